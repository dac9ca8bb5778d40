"""The window's side of ``tipdesk.sync``: syncs and update checks on their own thread.

    service = SyncService(context)
    job = service.sync("/media/usb/tipdesk", remember=["/media/usb/tipdesk", "https://…"])
    job.progress.connect(...); job.done.connect(...)   # SyncReport; job.cancel() stops it
    service.check()                                     # Job -> UpdateCheck (changes nothing)
    service.status()                                    # Job -> SyncStatus

Downloading can take minutes and a check may wait seconds for a source that does not answer, so
neither runs on the library's worker (searching would stall). They run on a second worker thread
of their own; only the final step, ``Library.apply_synced``, is handed to the library's worker,
where every call into the library belongs, and the sync thread waits for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tipdesk.core.errors import Interrupted
from tipdesk.core.library import Library
from tipdesk.core.progress import CancelToken, ProgressCallback
from tipdesk.gui.context import AppContext
from tipdesk.gui.worker import Job, LibraryWorker
from tipdesk.sync.client import SyncClient
from tipdesk.sync.report import SyncReport
from tipdesk.sync.transfer import TransferPolicy

WAIT_STEP_S = 0.1  # how often a waiting sync thread looks at its cancel token


class LibraryOnWorker:
    """The library as ``SyncClient`` sees it from the sync thread.

    ``paths`` is plain data; ``apply_synced`` is run on the library's worker thread and waited
    for. If the sync is cancelled before the library's worker gets to it, it is not run at all
    (the committed release is applied by the next sync).
    """

    def __init__(self, library: Library, worker: LibraryWorker) -> None:
        self.library = library
        self.worker = worker
        self.paths = library.paths

    def apply_synced(
        self,
        files: Mapping[str, Path],
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> Any:
        started, finished = threading.Event(), threading.Event()
        outcome: dict[str, Any] = {}

        def run(_cancel: CancelToken, _progress: Callable[..., None]) -> None:
            started.set()
            try:
                if cancel is not None:
                    cancel.check()
                outcome["result"] = self.library.apply_synced(
                    files, progress=progress, cancel=cancel
                )
            except BaseException as exc:  # handed back to the sync thread, raised there
                outcome["error"] = exc
            finally:
                finished.set()

        job = self.worker.submit(run)
        app = QCoreApplication.instance()
        if app is not None:
            job.moveToThread(app.thread())  # the library's worker reports to the GUI thread
        while not finished.wait(WAIT_STEP_S):
            if cancel is not None and cancel.cancelled and not started.is_set():
                job.cancel()
                raise Interrupted()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]


class SyncService(QObject):
    """Runs sync work on its own thread; says when the library changed and where sync stands."""

    statusChanged = Signal(object)  # SyncStatus, after every status look-up
    synced = Signal(object)  # SyncReport of a successful sync
    libraryChanged = Signal()  # a sync changed the documents in the library

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        policy: TransferPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.policy = policy
        self.thread_worker = LibraryWorker(self)
        self._library = LibraryOnWorker(context.library, context.worker)
        self._client: SyncClient | None = None  # made and used on the sync thread only
        self.running: Job | None = None  # the sync in progress, if any
        self._stopped = False

    @property
    def data_dir(self) -> Path:
        return Path(self.context.library.paths.data_dir)

    def _client_here(self) -> SyncClient:
        if self._client is None:
            self._client = SyncClient(self._library, policy=self.policy)
        return self._client

    def _submit(self, fn: Callable[[SyncClient, CancelToken, ProgressCallback], Any]) -> Job:
        return self.thread_worker.submit(
            lambda cancel, progress: fn(self._client_here(), cancel, progress)
        )

    # --- looking ---------------------------------------------------------------------------------
    def status(self) -> Job:
        job = self._submit(lambda client, _c, _p: client.status())
        job.done.connect(self.statusChanged)
        return job

    def check(self, sources: Sequence[str] | None = None) -> Job:
        """Ask the sources what a sync would bring (``UpdateCheck``); changes nothing."""
        wanted = list(sources) if sources else None
        return self._submit(lambda client, _c, _p: client.check_updates(wanted))

    # --- changing --------------------------------------------------------------------------------
    def configure(self, sources: Sequence[str] | None = None, trust: str | None = None) -> Job:
        """Remember sources and/or a trusted root file for this data folder."""
        wanted = list(sources) if sources else None
        job = self._submit(lambda client, _c, _p: client.configure(wanted, trust))
        job.done.connect(lambda _none: self.status())
        return job

    def sync(self, source: str, remember: Sequence[str] = ()) -> Job:
        """Sync from ``source`` only; afterwards the sources remembered are ``remember``
        (with ``source`` first), whether the sync worked or not."""
        ordered = [source, *(s for s in remember if s != source)]

        def run(client: SyncClient, cancel: CancelToken, progress: ProgressCallback) -> SyncReport:
            try:
                return client.sync([source], progress=progress, cancel=cancel)
            finally:
                client.configure(sources=ordered)

        job = self._submit(run)
        self.running = job
        job.done.connect(self._sync_done)
        job.error.connect(self._sync_failed)
        return job

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()

    def _sync_done(self, report: SyncReport) -> None:
        self.running = None
        self.synced.emit(report)
        if report.changed or report.problems:
            self.libraryChanged.emit()
        self.status()

    def _sync_failed(self, _error: object) -> None:
        self.running = None
        self.libraryChanged.emit()  # an earlier committed release may have been applied
        self.status()

    # --- stopping --------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Cancel a running sync and stop the sync thread (when the window closes)."""
        if self._stopped:
            return
        self._stopped = True
        self.cancel()
        self.thread_worker.stop()
