"""``SyncClient``: bring the library's synced documents up to the publisher's latest release.

Used by ``tipdesk sync`` and the GUI (on a worker thread). Sources are tried in order; within
one attempt a document that fails from the source is fetched from the other sources (per-file
fallback). Nothing is committed unless every file is verified, and the library is only changed
through ``lib.apply_synced`` after the commit (see ``store.py`` for the order).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

from tuf.api import exceptions as tuf_errors

from tipdesk import __version__
from tipdesk.core.progress import CancelToken, Progress, ProgressCallback, report
from tipdesk.sync.attempt import Plan, SyncAttempt, make_durable
from tipdesk.sync.errors import SyncError
from tipdesk.sync.failures import combine, explain
from tipdesk.sync.report import (
    DocumentChange,
    SyncReport,
    SyncStatus,
    UpdateCheck,
    changes_from_dict,
    diff,
    merge,
    report_to_dict,
)
from tipdesk.sync.sources import (
    Source,
    configured_sources,
    remember_trust,
    trust_label,
    trust_root,
)
from tipdesk.sync.store import Manifest, SyncStore
from tipdesk.sync.transfer import TransferMeter, TransferPolicy

USER_AGENT = f"TIPdesk/{__version__}"
_ATTEMPT_ERRORS = (tuf_errors.RepositoryError, tuf_errors.DownloadError, OSError, SyncError)


class SyncedLibrary(Protocol):
    """What sync needs from :class:`tipdesk.Library`."""

    @property
    def paths(self) -> Any: ...

    def apply_synced(self, files: Any, *, progress: Any = None, cancel: Any = None) -> Any: ...


APPLYING = "updating the library"


def _applying(progress: ProgressCallback | None) -> ProgressCallback | None:
    """The library's progress while applying, counted in documents and labelled as such."""
    if progress is None:
        return None
    outer = progress

    def relay(step: Progress) -> None:
        outer(Progress(step.done, step.total, f"{APPLYING}: {step.message}".rstrip(": ")))

    return relay


class _ProgressRelay:
    """Turns byte and file counts into ``Progress`` reports, at most ~10 per second."""

    def __init__(self, progress: ProgressCallback | None, meter: TransferMeter) -> None:
        self.progress = progress
        self.meter = meter
        self.total_bytes: int | None = None
        self.base_bytes = 0
        self.files = (0, 0)
        self._last = 0.0

    def on_bytes(self, _count: int) -> None:
        now = time.monotonic()
        if now - self._last >= 0.1:
            self._last = now
            self.emit()

    def on_file(self, done: int, total: int) -> None:
        self.files = (done, total)
        self.emit()

    def emit(self) -> None:
        done_files, total_files = self.files
        speed = self.meter.speed()
        report(
            self.progress,
            self.meter.bytes_received - self.base_bytes,
            self.total_bytes,
            f"{done_files}/{total_files} files, {speed / 1e6:.1f} MB/s",
        )


class SyncClient:
    def __init__(
        self,
        lib: SyncedLibrary,
        *,
        policy: TransferPolicy | None = None,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.lib = lib
        self.store = SyncStore(lib.paths.sync_dir)
        self.policy = policy or TransferPolicy()
        self.user_agent = user_agent

    # -- configuration ----------------------------------------------------------------------
    def configure(self, sources: Sequence[str] | None = None, trust: str | None = None) -> None:
        """Remember sources and/or a trust root file for this data folder."""
        if trust:
            remember_trust(self.store, trust)
        if sources:
            configured_sources(self.store, list(sources))

    # -- syncing ----------------------------------------------------------------------------
    def sync(
        self,
        sources: Sequence[str] | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> SyncReport:
        """Sync from the first source that works; raise a SyncError naming each failure."""
        with self.store.locked():
            self.store.ensure()
            chosen = configured_sources(self.store, list(sources) if sources else None)
            root = trust_root(self.store)
            failures: list[tuple[Source, SyncError]] = []
            for position, source in enumerate(chosen):
                others = chosen[:position] + chosen[position + 1 :]
                try:
                    return self._sync_from(source, others, root, progress, cancel)
                except SyncError as exc:
                    failures.append((source, exc))
            raise combine(failures)

    def _sync_from(
        self,
        source: Source,
        others: list[Source],
        root: bytes,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
    ) -> SyncReport:
        started = time.monotonic()
        meter = TransferMeter()
        relay = _ProgressRelay(progress, meter)
        meter.on_bytes = relay.on_bytes
        attempt = SyncAttempt(
            self.store,
            source,
            others,
            root,
            policy=self.policy,
            meter=meter,
            cancel=cancel,
            user_agent=self.user_agent,
        )
        try:
            report(progress, 0, None, f"checking {source.given}")
            attempt.refresh()
            old = self.store.manifest()
            plan = attempt.plan(old)
            relay.total_bytes = plan.missing_bytes
            relay.base_bytes = meter.bytes_received
            relay.files = (0, len(plan.missing))
            attempt.download_missing(plan, relay.on_file, cancel)
            files_downloaded = len(plan.missing)
            return self._commit(
                attempt, plan, old, source, progress, cancel, meter, files_downloaded, started
            )
        except _ATTEMPT_ERRORS as exc:
            raise explain(exc, source, attempt.fetcher) from exc
        finally:
            attempt.close()

    def _commit(
        self,
        attempt: SyncAttempt,
        plan: Plan,
        old: Manifest,
        source: Source,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
        meter: TransferMeter,
        files_downloaded: int,
        started: float,
    ) -> SyncReport:
        metadata, timestamp, targets_version = attempt.metadata_files()
        changes = diff(old, plan.files)
        previous = changes_from_dict(self.store.last_report())
        if not old.library_applied:
            changes = merge(previous, changes)
        staged = [p for p in self.store.staging_dir.iterdir() if not p.name.endswith(".tmp")]
        make_durable(staged)
        self.store.promote_staged()
        new = Manifest(
            files=plan.files,
            index=plan.index,
            metadata=self.store.keep_metadata(metadata),
            targets_version=targets_version,
            timestamp_version=timestamp.version,
            expires=timestamp.expires.isoformat(),
            source=source.given,
            synced_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            library_applied=old.library_applied and not changes,
        )
        self.store.write_manifest(new)  # commit point of the sync state
        result = SyncReport(
            source.given,
            changes,
            targets_version,
            len(plan.files),
            files_downloaded,
            meter.bytes_received,
            meter.requests,
            time.monotonic() - started,
            new.expires,
        )
        if changes:
            self.store.write_report(report_to_dict(result))
        if not new.library_applied:
            report(progress, 0, None, APPLYING)
            mapping = {p: self.store.object_path(p, e.sha256) for p, e in new.files.items()}
            applied = self.lib.apply_synced(mapping, progress=_applying(progress), cancel=cancel)
            by_file = {str(local): path for path, local in mapping.items()}
            problems = tuple(
                f"{by_file.get(p.path, p.path)}: {p.message}"
                for p in getattr(applied, "problems", ())
            )
            result = replace(result, problems=problems)
            if problems:
                self.store.write_report(report_to_dict(result))
            new = self.store.mark_applied(new)
        self.store.collect_garbage(new)
        return replace(result, seconds=time.monotonic() - started)

    # -- looking without changing -----------------------------------------------------------
    def status(self) -> SyncStatus:
        manifest = self.store.manifest()
        config = self.store.config()
        expires = _parse_time(manifest.expires)
        now = dt.datetime.now(dt.UTC)
        changes: tuple[DocumentChange, ...] = changes_from_dict(self.store.last_report())
        return SyncStatus(
            last_synced=_parse_time(manifest.synced_at),
            source=manifest.source or None,
            sources=tuple(config.get("sources") or ()),
            trust=trust_label(self.store),
            release=manifest.targets_version or None,
            documents=len(manifest.files),
            expires=expires,
            stale=expires is not None and expires < now,
            pending_apply=not manifest.library_applied,
            whats_new=changes,
        )

    def check_updates(self, sources: Sequence[str] | None = None) -> UpdateCheck:
        """Ask the first reachable source what a sync would change (downloads metadata only,
        plus the index when it changed)."""
        with self.store.locked():
            self.store.ensure()
            chosen = configured_sources(
                self.store, list(sources) if sources else None, remember=False
            )
            root = trust_root(self.store)
            last = UpdateCheck(chosen[0].given, False)
            for source in chosen:
                attempt = SyncAttempt(
                    self.store,
                    source,
                    [],
                    root,
                    policy=self.policy,
                    meter=TransferMeter(),
                    cancel=None,
                    user_agent=self.user_agent,
                )
                try:
                    attempt.refresh()
                    old = self.store.manifest()
                    changes = diff(old, attempt.plan(old).files)
                except _ATTEMPT_ERRORS as exc:
                    last = UpdateCheck(
                        source.given, False, error=explain(exc, source, attempt.fetcher).message
                    )
                    continue
                finally:
                    attempt.close()
                kinds = [c.change for c in changes]
                return UpdateCheck(
                    source.given,
                    True,
                    added=kinds.count("added"),
                    updated=kinds.count("updated"),
                    removed=kinds.count("removed"),
                )
            return last

    def check_available(self, source: str | None = None) -> bool:
        """True when ``source`` (or a configured one) is reachable and has something new."""
        return self.check_updates([source] if source else None).updates_available


def _parse_time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
