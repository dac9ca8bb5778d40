"""The core's error types.

``UserError`` is an expected failure that a person can understand and act on (a corrupt file, a full
disk, a bad query); its message is a template with named fields so the GUI can translate it.
Anything else that escapes is a bug.
"""

from __future__ import annotations

from typing import Any


class TipdeskError(Exception):
    """Base class of every error the core raises on purpose."""


class UserError(TipdeskError):
    """An expected failure, with a message written for a person."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class ContentError(UserError):
    """A document file that cannot be imported (bad front matter, corrupt PDF, …)."""


class LibraryInUse(UserError):
    """Another TIPdesk process is writing to the same data folder."""


class StorageError(UserError):
    """The disk refused a write (full, read-only, permissions)."""


class Interrupted(TipdeskError):
    """The user cancelled a long operation; what was done so far is consistent."""
