"""Finding bundled files (``resources/``, ``ui/``) from a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    frozen = getattr(sys, "_MEIPASS", None)
    roots: list[Path] = []
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR / "_data")  # installed wheel: data copied inside the package
    roots.append(_PACKAGE_DIR.parent)  # source checkout: resources/ and ui/ at the top level
    return tuple(roots)


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled file or folder, e.g. ``resource_path("library")``.

    ``resource_path("library")`` is ``resources/library``; ``resource_path("ui", "icons")`` looks in
    ``ui/icons``. Raises FileNotFoundError naming every place it looked.
    """
    top, rest = ("ui", parts[1:]) if parts and parts[0] == "ui" else ("resources", parts)
    tried = []
    for root in _roots():
        candidate = root.joinpath(top, *rest)
        if candidate.exists():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError("bundled file not found; looked in: " + ", ".join(tried))
