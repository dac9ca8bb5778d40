"""What a sync did and where the library stands: plain dataclasses for the CLI and the GUI."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from tipdesk.sync.store import FileEntry, Manifest

ADDED, UPDATED, REMOVED = "added", "updated", "removed"


@dataclass(frozen=True)
class DocumentChange:
    """A document the sync added, revised or withdrew."""

    path: str
    doc_id: str
    title: str
    language: str
    change: str  # "added" | "updated" | "removed"

    @classmethod
    def of(cls, path: str, entry: FileEntry, change: str) -> DocumentChange:
        return cls(path, entry.doc_id, entry.title, entry.language, change)


@dataclass(frozen=True)
class SyncReport:
    """The result of a successful sync (also returned when nothing changed)."""

    source: str
    changes: tuple[DocumentChange, ...]
    release: int  # the publisher's targets version now applied
    documents: int  # documents in the library's synced set
    files_downloaded: int
    bytes_downloaded: int
    requests: int
    seconds: float
    expires: str  # when the applied signature expires (ISO 8601, UTC)
    problems: tuple[str, ...] = ()  # documents the library could not import, and why

    def _ids(self, change: str) -> tuple[str, ...]:
        return tuple(c.doc_id for c in self.changes if c.change == change)

    @property
    def added(self) -> tuple[str, ...]:
        return self._ids(ADDED)

    @property
    def updated(self) -> tuple[str, ...]:
        return self._ids(UPDATED)

    @property
    def removed(self) -> tuple[str, ...]:
        return self._ids(REMOVED)

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class SyncStatus:
    """Where the synced part of the library stands, for a status line or a settings page."""

    last_synced: dt.datetime | None
    source: str | None
    sources: tuple[str, ...]
    trust: str  # "shipped" or the path given with --trust
    release: int | None
    documents: int
    expires: dt.datetime | None  # when the applied signature expires
    stale: bool  # that signature has expired: the library works, but sync is overdue
    pending_apply: bool  # downloaded and committed, not yet applied to the catalogue
    whats_new: tuple[DocumentChange, ...]


@dataclass(frozen=True)
class UpdateCheck:
    """Whether a source is reachable and what a sync from it would change."""

    source: str
    reachable: bool
    added: int = 0
    updated: int = 0
    removed: int = 0
    error: str = ""

    @property
    def updates_available(self) -> bool:
        return self.reachable and bool(self.added or self.updated or self.removed)


def diff(old: Manifest, new_files: dict[str, FileEntry]) -> tuple[DocumentChange, ...]:
    changes = [
        DocumentChange.of(p, e, ADDED if p not in old.files else UPDATED)
        for p, e in sorted(new_files.items())
        if p not in old.files or old.files[p].sha256 != e.sha256
    ]
    changes += [
        DocumentChange.of(p, e, REMOVED) for p, e in sorted(old.files.items()) if p not in new_files
    ]
    return tuple(changes)


def merge(
    earlier: tuple[DocumentChange, ...], later: tuple[DocumentChange, ...]
) -> tuple[DocumentChange, ...]:
    """Changes of two syncs as one (when the earlier one was never applied to the library)."""
    merged = {c.path: c for c in earlier}
    for change in later:
        before = merged.get(change.path)
        if before is not None and before.change == ADDED and change.change == REMOVED:
            del merged[change.path]
        elif before is not None and before.change == ADDED:
            merged[change.path] = DocumentChange(
                change.path, change.doc_id, change.title, change.language, ADDED
            )
        else:
            merged[change.path] = change
    return tuple(sorted(merged.values(), key=lambda c: (c.change, c.path)))


def report_to_dict(report: SyncReport) -> dict[str, Any]:
    return asdict(report)


def report_from_dict(raw: dict[str, Any]) -> SyncReport:
    changes = tuple(DocumentChange(**c) for c in raw.get("changes", []))
    return SyncReport(**{**raw, "changes": changes, "problems": tuple(raw.get("problems", ()))})


def changes_from_dict(raw: dict[str, Any] | None) -> tuple[DocumentChange, ...]:
    if not raw:
        return ()
    return tuple(DocumentChange(**c) for c in raw.get("changes", []))
