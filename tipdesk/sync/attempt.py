"""One sync attempt against one source: refresh the trusted metadata, plan, download, verify.

A new ``Updater`` is made for every attempt (``refresh()`` runs once per instance, P10). The
attempt never touches the committed state; it only fills ``staging/`` with verified files.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tuf.api import exceptions as tuf_errors
from tuf.api.metadata import Metadata, Snapshot, TargetFile, Targets, Timestamp
from tuf.ngclient import Updater, UpdaterConfig

from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.progress import CancelToken
from tipdesk.sync.errors import VerificationFailed
from tipdesk.sync.fetcher import SchemeFetcher
from tipdesk.sync.index import IndexEntry, parse_index
from tipdesk.sync.naming import INDEX_PATH
from tipdesk.sync.sources import Source
from tipdesk.sync.store import FileEntry, Manifest, SyncStore
from tipdesk.sync.transfer import TransferMeter, TransferPolicy

FileProgress = Callable[[int, int], None]  # (files done, files to download)


@dataclass
class Plan:
    """What the verified release contains and what is missing locally."""

    files: dict[str, FileEntry]
    index: FileEntry
    infos: dict[str, TargetFile] = field(repr=False)
    missing: list[str]  # target paths (documents or the index) to download

    @property
    def missing_bytes(self) -> int:
        return sum(self.infos[p].length for p in self.missing)


class SyncAttempt:
    def __init__(
        self,
        store: SyncStore,
        source: Source,
        fallbacks: Sequence[Source],
        trust_root: bytes,
        *,
        policy: TransferPolicy,
        meter: TransferMeter,
        cancel: CancelToken | None,
        user_agent: str,
    ) -> None:
        self.store = store
        self.source = source
        self.fallbacks = list(fallbacks)
        self.fetcher = SchemeFetcher(
            store.partial_dir, policy=policy, meter=meter, cancel=cancel, user_agent=user_agent
        )
        self.updater = Updater(
            str(store.tuf_dir),
            source.metadata_url,
            target_base_url=source.targets_url,
            fetcher=self.fetcher,
            config=UpdaterConfig(app_user_agent=user_agent),
            bootstrap=trust_root,
        )

    def close(self) -> None:
        self.fetcher.close()

    def refresh(self) -> None:
        self.updater.refresh()

    # -- planning ---------------------------------------------------------------------------
    def plan(self, manifest: Manifest) -> Plan:
        index_info = self.updater.get_targetinfo(INDEX_PATH)
        if index_info is None:
            raise VerificationFailed(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "the source {source} has no signed document index; is it a TIPdesk repository?",
                ),
                source=self.source.given,
            )
        committed = manifest.object_names()
        index_sha = index_info.hashes["sha256"]
        index_entry = FileEntry(index_sha, index_info.length)
        if not self.store.have_verified(INDEX_PATH, index_sha, index_info.length, committed):
            self.download(INDEX_PATH, index_info)
        entries = self._read_index(index_sha)
        infos: dict[str, TargetFile] = {INDEX_PATH: index_info}
        files: dict[str, FileEntry] = {}
        missing: list[str] = []
        for entry in entries:
            info = self.updater.get_targetinfo(entry.path)
            if info is None:
                raise VerificationFailed(
                    QT_TRANSLATE_NOOP(
                        CONTEXT,
                        "the source {source} lists a document the publisher did not sign "
                        "({path}); nothing was changed",
                    ),
                    source=self.source.given,
                    path=entry.path,
                )
            sha = info.hashes["sha256"]
            infos[entry.path] = info
            files[entry.path] = FileEntry(sha, info.length, entry.id, entry.title, entry.language)
            if not self.store.have_verified(entry.path, sha, info.length, committed):
                missing.append(entry.path)
        return Plan(files, index_entry, infos, missing)

    def _read_index(self, sha: str) -> list[IndexEntry]:
        for folder in (self.store.staging_dir, self.store.objects_dir):
            path = folder / f"{sha}.{INDEX_PATH}"
            if path.exists():
                try:
                    return parse_index(path.read_bytes())
                except ValueError as exc:
                    raise VerificationFailed(
                        QT_TRANSLATE_NOOP(
                            CONTEXT, "the publisher's document index cannot be read: {detail}"
                        ),
                        detail=str(exc),
                    ) from exc
        raise FileNotFoundError(f"index {sha} vanished from the sync folder")

    # -- downloading ------------------------------------------------------------------------
    def download_missing(
        self, plan: Plan, on_file: FileProgress | None = None, cancel: CancelToken | None = None
    ) -> None:
        total = len(plan.missing)
        for done, path in enumerate(plan.missing, 1):
            if cancel is not None:
                cancel.check()
            self.download(path, plan.infos[path])
            if on_file is not None:
                on_file(done, total)

    def download(self, path: str, info: TargetFile) -> Path:
        """Download ``path`` from the source (then from the fallbacks) into ``staging/``.

        A download that resumed a partial and then failed verification is tried once more
        from scratch (the fetcher deleted the poisoned partial).
        """
        sha = info.hashes["sha256"]
        staged = self.store.staged_path(path, sha)
        temporary = staged.with_name(staged.name + ".tmp")
        mirrors = [self.source, *self.fallbacks]
        if (self.store.partial_dir / f"{sha}.part").exists():
            mirrors.insert(0, self.source)
        first_error: Exception | None = None
        for mirror in mirrors:
            try:
                self.updater.download_target(info, str(temporary), mirror.targets_url)
            except (tuf_errors.DownloadError, tuf_errors.RepositoryError) as exc:
                with contextlib.suppress(FileNotFoundError):
                    temporary.unlink()
                first_error = first_error or exc
                continue
            os.replace(temporary, staged)
            return staged
        assert first_error is not None
        raise first_error

    # -- what to keep for sharing -----------------------------------------------------------
    def metadata_files(self) -> tuple[dict[str, bytes], Timestamp, int]:
        """The verified metadata as served to peers: {versioned name: bytes}, timestamp,
        targets version."""
        tuf_dir = self.store.tuf_dir
        files: dict[str, bytes] = {}
        for root_file in (tuf_dir / "root_history").glob("*.root.json"):
            files[root_file.name] = root_file.read_bytes()
        timestamp_bytes = (tuf_dir / "timestamp.json").read_bytes()
        snapshot_bytes = (tuf_dir / "snapshot.json").read_bytes()
        targets_bytes = (tuf_dir / "targets.json").read_bytes()
        timestamp = Metadata[Timestamp].from_bytes(timestamp_bytes).signed
        snapshot_version = Metadata[Snapshot].from_bytes(snapshot_bytes).signed.version
        targets_version = Metadata[Targets].from_bytes(targets_bytes).signed.version
        files["timestamp.json"] = timestamp_bytes
        files[f"{snapshot_version}.snapshot.json"] = snapshot_bytes
        files[f"{targets_version}.targets.json"] = targets_bytes
        return files, timestamp, targets_version


def make_durable(paths: Sequence[Path]) -> None:
    """Flush verified files to disk before the manifest names them (power-cut safety)."""
    if not paths:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:  # pragma: no cover - Windows
        with open(path, "r+b") as handle:
            os.fsync(handle.fileno())


def elapsed_since(start: float) -> float:
    return time.monotonic() - start
