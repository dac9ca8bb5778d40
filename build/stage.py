"""Stage what the package carries besides code: the bundled library, its seed and the trust root.

    python build/stage.py STAGING      # e.g. .pyinstaller/staging (``make package`` does this)

Writes ``STAGING/resources/library`` (the checkout's library without hidden files and caches),
``STAGING/resources/seed`` (catalogue and search index built from exactly that copy, so the
fingerprint the first start compares matches the bundled files) and ``STAGING/resources/trust``.
The spec (``build/tipdesk.spec``) takes them from there.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_NAMES = ("__pycache__",)
SKIPPED_SUFFIXES = (".pyc", ".pyo", ".swp", "~")


def wanted(path: Path) -> bool:
    """A file or folder to ship: no hidden entries (``.mypy_cache``, ``.DS_Store``), no caches."""
    return not (
        path.name.startswith(".")
        or path.name in SKIPPED_NAMES
        or path.name.endswith(SKIPPED_SUFFIXES)
    )


def copy_shipped(source: Path, target: Path) -> int:
    """Copy ``source`` to ``target`` without unwanted entries; returns the number of files."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    count = 0
    for entry in sorted(source.iterdir()):
        if not wanted(entry):
            continue
        if entry.is_dir():
            count += copy_shipped(entry, target / entry.name)
        else:
            shutil.copy2(entry, target / entry.name)
            count += 1
    return count


def build_seed_from(staging: Path) -> Path:
    """Build the seed against the staged library (``resource_path`` looks in ``_MEIPASS`` first)."""
    sys._MEIPASS = str(staging)  # type: ignore[attr-defined]  # as the frozen app will see it
    from tipdesk.core.seed import build_seed
    from tipdesk.resources import resource_path

    library = resource_path("library")
    if library != staging / "resources" / "library":
        raise SystemExit(f"the seed would be built from {library}, not the staged library")
    return build_seed(staging / "resources" / "seed")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    staging = Path(argv[0]).resolve()
    resources = staging / "resources"
    files = copy_shipped(ROOT / "resources" / "library", resources / "library")
    print(f"staged the bundled library: {files} files")
    trust = copy_shipped(ROOT / "resources" / "trust", resources / "trust")
    print(f"staged the trust folder: {trust} files" + ("" if trust else " (no trust root yet)"))
    started = time.perf_counter()
    seed = build_seed_from(staging)
    size = sum(p.stat().st_size for p in seed.rglob("*") if p.is_file())
    took = time.perf_counter() - started
    print(f"built the seed in {took:.1f} s: {size / 1e6:.1f} MB in {seed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
