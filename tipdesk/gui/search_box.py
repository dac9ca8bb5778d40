"""The search box: a line edit that hands arrow keys to the results and clears on Escape."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

NAVIGATION_KEYS = frozenset(
    {Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}
)


class SearchBox(QLineEdit):
    """Typing stays here while Up/Down/PageUp/PageDown move through the results.

    ``navigate`` carries the key event for the results view; ``submitted`` is Enter; Escape empties
    the box (a second Escape on an empty box is left to the window).
    """

    navigate = Signal(object)  # the QKeyEvent
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in NAVIGATION_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.navigate.emit(event)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)
