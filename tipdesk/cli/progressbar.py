"""A one-line progress display on stderr, shown only on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tipdesk.core.progress import Progress

WIDTH = 30


class TerminalProgress:
    """A ProgressCallback drawing ``Label [#####-----] 12/40 name``; subclasses change the line."""

    width = 90

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = 0.0
        self._shown = False

    def line(self, progress: Progress) -> str:
        if progress.total:
            filled = int(WIDTH * min(progress.done, progress.total) / progress.total)
            bar = "#" * filled + "-" * (WIDTH - filled)
            return f"{self.label} [{bar}] {progress.done}/{progress.total} {progress.message[:30]}"
        return f"{self.label} {progress.done} {progress.message[:40]}"

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = progress.total is not None and progress.done >= progress.total
        if now - self._last < 0.1 and not finished:
            return
        self._last = now
        self.stream.write("\r" + self.line(progress)[: self.width].ljust(self.width))
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False
