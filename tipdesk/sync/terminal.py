"""Sync progress on a terminal (stderr): bytes, files and speed on one updating line."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from tipdesk.cli.progressbar import TerminalProgress
from tipdesk.core.progress import CancelToken, Progress

WIDTH = 24


def human_bytes(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000
    return f"{count:.1f} GB"  # pragma: no cover


class SyncProgressLine(TerminalProgress):
    """Draws ``Syncing [####----] 12.3/50.1 MB  3/10 files, 2.1 MB/s`` (progress in bytes)."""

    width = 100

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__("Syncing", stream)

    def line(self, progress: Progress) -> str:
        if progress.total and progress.message.startswith("updating the library"):
            return f"Updating the library: {progress.done}/{progress.total} documents"
        if progress.total:
            filled = int(WIDTH * min(progress.done, progress.total) / progress.total)
            bar = "#" * filled + "-" * (WIDTH - filled)
            return (
                f"Syncing [{bar}] {human_bytes(progress.done)}/"
                f"{human_bytes(progress.total)}  {progress.message}"
            )
        return f"Syncing: {progress.message}"


@contextmanager
def ctrl_c_cancels(cancel: CancelToken) -> Iterator[None]:
    """The first Ctrl+C asks the sync to stop cleanly; a second one stops at once."""

    def handler(_signum: int, _frame: Any) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()
        sys.stderr.write("\nStopping… (the next sync continues from here)\n")

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
