"""An installed wheel finds its bundled library through the same function as a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_carries_the_library_and_finds_it(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("tipdesk-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "site")
    assert "tipdesk/_data/resources/library/instruments/tip-protocol-en.md" in names
    assert "tipdesk/_data/resources/library/glossary/glossary.json" in names
    assert not any(name.endswith(".ts") for name in names)
    code = ("from tipdesk.resources import resource_path; "
            "print(resource_path('library', 'instruments', 'tip-protocol-en.md'))")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, env={"PYTHONPATH": str(tmp_path / "site")}, check=True)
    assert result.stdout.strip().startswith(str(tmp_path / "site" / "tipdesk" / "_data"))
