"""Running core work off the GUI thread.

All library access happens on one background thread (the core's SQLite and Whoosh objects are
used from that thread only); results and errors come back to the GUI thread through queued
signals. Long jobs get a CancelToken and report Progress, which the GUI shows.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from tipdesk.core.errors import Interrupted, UserError
from tipdesk.core.progress import CancelToken, Progress

log = logging.getLogger(__name__)


class _Executor(QObject):
    """Lives on the worker thread and runs one job at a time, in order."""

    finished = Signal(int, object)  # job id, result
    failed = Signal(int, object)  # job id, UserError | Interrupted | BaseException
    progressed = Signal(int, object)  # job id, Progress

    @Slot(int, object)
    def run(self, job_id: int, call: Callable[[], Any]) -> None:
        try:
            result = call()
        except (UserError, Interrupted) as exc:
            self.failed.emit(job_id, exc)
        except BaseException as exc:  # a bug: the GUI shows the crash dialog
            log.error("job failed:\n%s", "".join(traceback.format_exception(exc)))
            exc.tipdesk_traceback = "".join(traceback.format_exception(exc))  # type: ignore[attr-defined]
            self.failed.emit(job_id, exc)
        else:
            self.finished.emit(job_id, result)


class Job(QObject):
    """A handle on one submitted job: connect to its signals, or cancel it."""

    done = Signal(object)
    error = Signal(object)
    progress = Signal(object)

    def __init__(self, job_id: int, cancel: CancelToken) -> None:
        super().__init__()
        self.job_id = job_id
        self.cancel_token = cancel

    def cancel(self) -> None:
        self.cancel_token.cancel()


class LibraryWorker(QObject):
    """Owns the background thread. ``submit(fn)`` runs ``fn(cancel, progress)`` there."""

    _request = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("tipdesk-library")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._request.connect(self._executor.run)
        self._executor.finished.connect(self._on_finished)
        self._executor.failed.connect(self._on_failed)
        self._executor.progressed.connect(self._on_progress)
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self._thread.start()

    def submit(self, fn: Callable[[CancelToken, Callable[[Progress], None]], Any]) -> Job:
        job_id = next(self._ids)
        job = Job(job_id, CancelToken())
        self._jobs[job_id] = job
        executor = self._executor

        def report(progress: Progress) -> None:
            executor.progressed.emit(job_id, progress)

        self._request.emit(job_id, lambda: fn(job.cancel_token, report))
        return job

    def call(self, fn: Callable[[], Any]) -> Job:
        """Submit a short call that needs no cancel token or progress."""
        return self.submit(lambda _cancel, _progress: fn())

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None:
            job.done.emit(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None:
            job.error.emit(exc)

    @Slot(int, object)
    def _on_progress(self, job_id: int, progress: object) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.progress.emit(progress)

    def stop(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        self._thread.quit()
        self._thread.wait(10000)
