"""Building the 'seed': the bundled library's catalogue and search index, made at package time.

A packaged TIPdesk ships the seed in ``resources/seed``; its first start copies these few MB into
the user's data folder instead of parsing and indexing every bundled document.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tipdesk.core.library import Library

SEED_FILES = ("catalogue.sqlite", "index", "state.json")


def build_seed(out_dir: Path) -> Path:
    """Import the bundled library into a fresh folder and keep only what a first start needs."""
    work = out_dir.with_name(out_dir.name + ".building")
    shutil.rmtree(work, ignore_errors=True)
    with Library.open(work, bundled=True) as lib:
        lib.index.optimize()
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    for name in SEED_FILES:
        shutil.move(str(work / name), str(out_dir / name))
    shutil.rmtree(work)
    return out_dir


if __name__ == "__main__":
    print(build_seed(Path(sys.argv[1])))
