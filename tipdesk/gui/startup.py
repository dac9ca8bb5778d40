"""The small window shown while the library opens: the first start imports the starter library,
and a damaged search index is rebuilt, both with progress."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from tipdesk.core.progress import Progress
from tipdesk.gui.i18n import translate_core

REBUILDING = "Rebuilding the search index…"


class StartupWindow(QWidget):
    """ "Opening the library…" with a progress bar; it never takes input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("startupWindow")
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setProperty("role", "muted")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the core reports a total
        self.bar.setTextVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        for widget in (self.title, self.status, self.bar, self.detail):
            layout.addWidget(widget)
        self._message = ""
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("TIPdesk"))
        self.title.setText(self.tr("TIPdesk"))
        self.bar.setAccessibleName(self.tr("Progress"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_progress(self, progress: Progress) -> None:
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        self._message = progress.message
        self._show_status()

    def rebuilding_index(self) -> bool:
        return self._message == REBUILDING

    def _show_status(self) -> None:
        if self.rebuilding_index():
            self.status.setText(translate_core(REBUILDING))
            self.detail.clear()
        elif self.bar.maximum() > 0:
            self.status.setText(self.tr("Preparing the library for its first use…"))
            self.detail.setText(self._message)
        else:
            self.status.setText(self.tr("Opening the library…"))
            self.detail.clear()
        self.bar.setAccessibleDescription(self.status.text())
