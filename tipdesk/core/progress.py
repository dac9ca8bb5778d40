"""Progress reports and cancellation for long operations (import, reindex, sync)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from tipdesk.core.errors import Interrupted


@dataclass(frozen=True)
class Progress:
    """How far a long operation has got. ``total`` is None while unknown."""

    done: int
    total: int | None
    message: str = ""


ProgressCallback = Callable[[Progress], None]


class CancelToken:
    """Set from any thread; the worker calls :meth:`check` between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Interrupted()


def report(progress: ProgressCallback | None, done: int, total: int | None, message: str) -> None:
    """Call ``progress`` if there is one."""
    if progress is not None:
        progress(Progress(done, total, message))


def check(cancel: CancelToken | None) -> None:
    """Raise :class:`Interrupted` if ``cancel`` was set."""
    if cancel is not None:
        cancel.check()
