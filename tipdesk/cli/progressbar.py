"""A one-line progress bar on stderr, shown only on a terminal."""

from __future__ import annotations

import sys
import time

from tipdesk.core.progress import Progress

WIDTH = 30


class TerminalProgress:
    def __init__(self, label: str, stream=None) -> None:  # noqa: ANN001
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(stream, "isatty", lambda: False)())
        self._last = 0.0
        self._shown = False

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = progress.total is not None and progress.done >= progress.total
        if now - self._last < 0.1 and not finished:
            return
        self._last = now
        if progress.total:
            filled = int(WIDTH * progress.done / progress.total)
            bar = "#" * filled + "-" * (WIDTH - filled)
            line = f"{self.label} [{bar}] {progress.done}/{progress.total} {progress.message[:30]}"
        else:
            line = f"{self.label} {progress.done} {progress.message[:40]}"
        self.stream.write("\r" + line.ljust(90))
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
