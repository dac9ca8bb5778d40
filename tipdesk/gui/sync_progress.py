"""What a running sync is doing, in the interface language: bytes, files, speed.

``SyncClient`` reports ``Progress(done_bytes, total_bytes, "3/12 files, 1.3 MB/s")`` while it
downloads, ``"checking SOURCE"`` first and ``"updating the library"`` before the library's own
progress (documents done of total). ``SyncProgressText.update(progress)`` turns each report into a
translated line and a value for a progress bar, with sizes and speeds in the user's locale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject

from tipdesk.core.progress import Progress

CHECKING, DOWNLOADING, APPLYING = "checking", "downloading", "applying"
_FILES = re.compile(r"^(\d+)/(\d+) files, ([\d.]+) MB/s$")
_CHECKING = re.compile(r"^checking (.+)$")
_APPLYING = "updating the library"


@dataclass(frozen=True)
class ProgressLine:
    """One step of a sync as shown: the text, and the bar's value and maximum (0 = busy)."""

    phase: str
    text: str
    value: int = 0
    maximum: int = 0
    files: tuple[int, int] = (0, 0)


def data_size(count: float) -> str:
    """``1234567`` → "1.2 MB" in the user's locale (SI units, as the CLI shows)."""
    return QLocale().formattedDataSize(int(count), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class SyncProgressText(QObject):
    """Keeps the phase of one sync and describes each progress report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phase = CHECKING
        self.last: ProgressLine | None = None

    def update(self, progress: Progress) -> ProgressLine:
        message = progress.message or ""
        checking = _CHECKING.match(message)
        files = _FILES.match(message)
        if checking:
            self.phase = CHECKING
            line = ProgressLine(
                CHECKING, self.tr("Asking {source} what is new…").format(source=checking[1])
            )
        elif files and int(files[2]) == 0:  # metadata still arriving: nothing planned yet
            line = ProgressLine(self.phase, self.last.text if self.last else "")
        elif files:
            self.phase = DOWNLOADING
            line = self._downloading(progress, int(files[1]), int(files[2]), float(files[3]))
        elif message == _APPLYING or self.phase == APPLYING:
            self.phase = APPLYING
            line = self._applying(progress, message == _APPLYING)
        else:
            line = ProgressLine(self.phase, self.last.text if self.last else "")
        self.last = line
        return line

    def _downloading(self, progress: Progress, done: int, total: int, mb_s: float) -> ProgressLine:
        size = progress.total or 0
        text = self.tr("Downloading: {done} of {total} files · {got} of {size} · {speed}/s").format(
            done=QLocale().toString(done),
            total=QLocale().toString(total),
            got=data_size(progress.done),
            size=data_size(size),
            speed=data_size(mb_s * 1e6),
        )
        if size > 0:  # the bar counts kilobytes, so large downloads stay within an int
            return ProgressLine(
                DOWNLOADING,
                text,
                min(progress.done, size) // 1024,
                max(size // 1024, 1),
                (done, total),
            )
        return ProgressLine(DOWNLOADING, text, done, max(total, 1), (done, total))

    def _applying(self, progress: Progress, starting: bool) -> ProgressLine:
        if starting or not progress.total:
            return ProgressLine(APPLYING, self.tr("Updating the library…"))
        text = self.tr("Updating the library: {done} of {total} documents").format(
            done=QLocale().toString(progress.done), total=QLocale().toString(progress.total)
        )
        return ProgressLine(APPLYING, text, progress.done, progress.total)
