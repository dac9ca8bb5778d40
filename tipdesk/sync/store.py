"""The client's sync state in ``data_dir/sync``: verified objects, staging, and the manifest.

::

    config.json          sources and trust root remembered for this data folder
    trusted_root.json    the root given with --trust (when not the shipped one)
    lock                 held while a sync runs (one sync per data folder)
    tuf/                 ngclient's trust state (metadata_dir)
    partial/             resumable downloads, named by content hash
    staging/             verified downloads not yet committed
    objects/<sha256>.<name>   verified documents of the committed manifest
    meta/<sha256>.json   the signed metadata files as applied (served by ``tipdesk share``)
    manifest.json        the commit point: one os.replace switches to a new release
    last_report.json     what the last sync changed ("what's new")

Commit order (crash-safe, see docs/sync.md): verify into ``staging/``; move into ``objects/``;
copy the verified metadata into ``meta/``; replace ``manifest.json`` (library_applied false);
apply to the library; replace ``manifest.json`` again (library_applied true); then delete what no
manifest references. ngclient's ``tuf/`` may run ahead of the manifest after a crash (pitfall P3),
so every sync diffs the trusted targets against the manifest, never against ``tuf/``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.sync.errors import SyncBusy
from tipdesk.sync.files import json_bytes, read_json, remove_quietly, sha256_file, write_atomic
from tipdesk.sync.naming import object_name

MANIFEST_FORMAT = 1


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    length: int
    doc_id: str = ""
    title: str = ""
    language: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "length": self.length,
            "id": self.doc_id,
            "title": self.title,
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> FileEntry:
        return cls(
            str(raw["sha256"]),
            int(raw["length"]),
            str(raw.get("id", "")),
            str(raw.get("title", "")),
            str(raw.get("language", "")),
        )


@dataclass(frozen=True)
class Manifest:
    """The committed release: documents, index and metadata, as verified and applied."""

    files: dict[str, FileEntry] = field(default_factory=dict)
    index: FileEntry | None = None
    metadata: dict[str, str] = field(default_factory=dict)  # "5.targets.json" -> sha256
    targets_version: int = 0
    timestamp_version: int = 0
    expires: str = ""  # ISO date the applied timestamp signature expires
    source: str = ""
    synced_at: str = ""
    library_applied: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "files": {p: e.to_dict() for p, e in sorted(self.files.items())},
            "index": self.index.to_dict() if self.index else None,
            "metadata": dict(sorted(self.metadata.items())),
            "targets_version": self.targets_version,
            "timestamp_version": self.timestamp_version,
            "expires": self.expires,
            "source": self.source,
            "synced_at": self.synced_at,
            "library_applied": self.library_applied,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Manifest:
        index = raw.get("index")
        return cls(
            files={p: FileEntry.from_dict(e) for p, e in raw.get("files", {}).items()},
            index=FileEntry.from_dict(index) if index else None,
            metadata=dict(raw.get("metadata", {})),
            targets_version=int(raw.get("targets_version", 0)),
            timestamp_version=int(raw.get("timestamp_version", 0)),
            expires=str(raw.get("expires", "")),
            source=str(raw.get("source", "")),
            synced_at=str(raw.get("synced_at", "")),
            library_applied=bool(raw.get("library_applied", True)),
        )

    def object_names(self) -> set[str]:
        names = {object_name(p, e.sha256) for p, e in self.files.items()}
        if self.index is not None:
            names.add(object_name("index.json", self.index.sha256))
        return names


class SyncStore:
    """Paths and atomic operations on ``data_dir/sync``."""

    def __init__(self, sync_dir: Path) -> None:
        self.dir = sync_dir
        self.tuf_dir = sync_dir / "tuf"
        self.partial_dir = sync_dir / "partial"
        self.staging_dir = sync_dir / "staging"
        self.objects_dir = sync_dir / "objects"
        self.meta_dir = sync_dir / "meta"
        self.manifest_path = sync_dir / "manifest.json"
        self.config_path = sync_dir / "config.json"
        self.report_path = sync_dir / "last_report.json"
        self.trusted_root_path = sync_dir / "trusted_root.json"

    def ensure(self) -> None:
        """Create the folders; drop temporary files a killed run left behind (under the lock)."""
        for directory in (
            self.tuf_dir,
            self.partial_dir,
            self.staging_dir,
            self.objects_dir,
            self.meta_dir,
        ):
            directory.mkdir(parents=True, exist_ok=True)
        for directory in (self.dir, self.staging_dir, self.objects_dir, self.meta_dir):
            for leftover in directory.glob(".tmp-*"):
                remove_quietly(leftover)
        for leftover in self.staging_dir.glob("*.tmp"):
            remove_quietly(leftover)
        for leftover in self.tuf_dir.glob("tmp*"):  # ngclient's NamedTemporaryFile names
            if leftover.is_file():
                remove_quietly(leftover)

    # -- one sync at a time -----------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        self.dir.mkdir(parents=True, exist_ok=True)
        handle = open(self.dir / "lock", "a+b")  # noqa: SIM115 - closed below
        try:
            if not _try_lock(handle):
                raise SyncBusy(
                    QT_TRANSLATE_NOOP(
                        CONTEXT,
                        "another sync is already running for this library; wait for it to finish",
                    )
                )
            yield
        finally:
            handle.close()  # closing releases the lock

    # -- manifest ---------------------------------------------------------------------------
    def manifest(self) -> Manifest:
        if not self.manifest_path.exists():
            return Manifest()
        raw = read_json(self.manifest_path)
        if raw.get("format") != MANIFEST_FORMAT:
            return Manifest()
        return Manifest.from_dict(raw)

    def write_manifest(self, manifest: Manifest) -> None:
        """The commit point: readers see the old or the new manifest, never a mix."""
        write_atomic(self.manifest_path, json_bytes(manifest.to_dict()))

    def mark_applied(self, manifest: Manifest) -> Manifest:
        applied = replace(manifest, library_applied=True)
        self.write_manifest(applied)
        return applied

    # -- objects ----------------------------------------------------------------------------
    def object_path(self, path: str, sha256: str) -> Path:
        return self.objects_dir / object_name(path, sha256)

    def staged_path(self, path: str, sha256: str) -> Path:
        return self.staging_dir / object_name(path, sha256)

    def have_verified(self, path: str, sha256: str, length: int, committed: set[str]) -> bool:
        """True when a verified copy is in ``objects/`` (committed) or ``staging/`` (checked)."""
        name = object_name(path, sha256)
        if name in committed and (self.objects_dir / name).exists():
            return True
        for candidate in (self.staging_dir / name, self.objects_dir / name):
            if candidate.exists() and _matches(candidate, sha256, length):
                return True
            remove_quietly(candidate)
        return False

    def promote_staged(self) -> None:
        """Move every staged (verified) object into ``objects/``."""
        for staged in self.staging_dir.iterdir():
            if staged.name.endswith(".tmp"):
                continue
            os.replace(staged, self.objects_dir / staged.name)

    def keep_metadata(self, files: dict[str, bytes]) -> dict[str, str]:
        """Store verified metadata content-addressed; return {versioned name: sha256}."""
        names = {}
        for name, data in files.items():
            digest = hashlib.sha256(data).hexdigest()
            target = self.meta_dir / f"{digest}.json"
            if not target.exists():
                write_atomic(target, data)
            names[name] = digest
        return names

    def collect_garbage(self, manifest: Manifest) -> None:
        """Delete objects and metadata the committed manifest no longer references."""
        keep = manifest.object_names()
        for entry in self.objects_dir.iterdir():
            if entry.name not in keep:
                remove_quietly(entry)
        keep_meta = {f"{sha}.json" for sha in manifest.metadata.values()}
        for entry in self.meta_dir.iterdir():
            if entry.name not in keep_meta:
                remove_quietly(entry)
        for entry in self.staging_dir.iterdir():
            remove_quietly(entry)

    # -- config and report ------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        try:
            raw = read_json(self.config_path)
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def write_config(self, config: dict[str, Any]) -> None:
        write_atomic(self.config_path, json_bytes(config))

    def last_report(self) -> dict[str, Any] | None:
        try:
            raw = read_json(self.report_path)
        except (OSError, ValueError):
            return None
        return raw if isinstance(raw, dict) else None

    def write_report(self, report: dict[str, Any]) -> None:
        write_atomic(self.report_path, json_bytes(report))


def _matches(path: Path, sha256: str, length: int) -> bool:
    try:
        return path.stat().st_size == length and sha256_file(path) == sha256
    except OSError:
        return False


def _try_lock(handle: Any) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
