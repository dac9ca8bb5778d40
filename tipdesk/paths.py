"""Where TIPdesk keeps writable state: per-user folders, overridable."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "TIPDESK_DATA_DIR"


def default_data_dir() -> Path:
    """``$TIPDESK_DATA_DIR`` if set, else the per-user data folder of this OS."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("TIPdesk", appauthor=False))


def resolve_data_dir(given: str | os.PathLike[str] | None) -> Path:
    """The data folder named on the command line, or the default one."""
    return Path(given).expanduser() if given else default_data_dir()
