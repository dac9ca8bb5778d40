"""The kiosk's own widgets: the home screen and the administrator's PIN prompt."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tipdesk.gui.context import AppContext


class KioskHome(QWidget):
    """What a visitor sees first: a greeting, where to search, and the chosen home document."""

    clearRequested = Signal()
    documentShown = Signal(str)  # the home document's id, once shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHomeScreen")
        self.context = context
        self.doc_id = ""
        self.heading = QLabel()
        self.heading.setObjectName("kioskHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("kioskHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.document = QTextBrowser()
        self.document.setObjectName("kioskDocument")
        self.document.setOpenLinks(False)
        self.document.setOpenExternalLinks(False)
        self.document.hide()
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("kioskClearButton")
        self.clear_button.clicked.connect(self.clearRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.document, 1)
        layout.addLayout(buttons)
        self.retranslateUi()

    # The main window sets its welcome text on whatever shows when no document is open.
    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name
        self.hint.setText(text)

    def text(self) -> str:
        return self.hint.text()

    def load_document(self, doc_id: str) -> None:
        if not doc_id:
            self.document.hide()
            return
        library, css = self.context.library, self.context.reader_css()

        def render() -> str | None:
            return library.render_html(doc_id, css=css) if library.get(doc_id) else None

        job = self.context.worker.call(render)
        job.done.connect(lambda html: self._show(doc_id, html))
        job.error.connect(self.context.errors.job_failed)

    def _show(self, doc_id: str, html: str | None) -> None:
        self.doc_id = doc_id if html else ""
        self.document.setVisible(bool(html))
        if html:
            self.document.setHtml(html)
            self.documentShown.emit(doc_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.heading.setText(self.tr("TIPdesk — a library on trafficking in persons"))
        if not self.hint.text():
            self.hint.setText(
                self.tr("Type in the search box to find guides, checklists and laws.")
            )
        self.clear_button.setText(self.tr("Clear everything I did"))
        self.document.setAccessibleName(self.tr("Information"))


class UnlockDialog(QDialog):
    """Asks for the administrator PIN; a wrong PIN is said plainly, and the field emptied."""

    def __init__(self, kiosk: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskUnlockDialog")
        self.kiosk = kiosk
        self.prompt = QLabel()
        self.pin = QLineEdit()
        self.pin.setObjectName("kioskPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.prompt.setBuddy(self.pin)
        self.message = QLabel()
        self.message.setObjectName("kioskPinMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslateUi()
        if not kiosk.policy.can_unlock:
            self.message.setText(
                self.tr("No administrator PIN is configured for this kiosk (see docs/kiosk.md).")
            )
            self.pin.setEnabled(False)

    def try_pin(self) -> None:
        if self.kiosk.unlock(self.pin.text()):
            self.accept()
            return
        self.pin.clear()
        wait = self.kiosk.seconds_locked()
        if wait > 0:
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in %n second(s).", "", math.ceil(wait))
            )
        else:
            self.message.setText(self.tr("That is not the administrator PIN."))

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("Administrator"))
        self.prompt.setText(self.tr("Administrator &PIN:"))
