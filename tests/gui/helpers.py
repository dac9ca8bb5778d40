"""Helpers for driving real widgets in tests.

``qtbot.keyClicks`` with a non-ASCII character aborts the whole process in PySide6 6.11-6.12
(``qasciikey.cpp`` assertion), so text is typed with key events that carry the text themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget


def key_for(char: str) -> int:
    """The Qt key code of ``char`` when there is a plain one, else 0 (the text carries it)."""
    if char == " ":
        return int(Qt.Key.Key_Space)
    if char.isascii() and char.isalnum():
        return ord(char.upper())
    return 0


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as a user would, one key press and release per character."""
    for char in text:
        key = key_for(char)
        modifiers = (
            Qt.KeyboardModifier.ShiftModifier
            if char.isalpha() and char.isupper()
            else Qt.KeyboardModifier.NoModifier
        )
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, char))


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press and release one key (no text), e.g. Enter or Down."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, int(key), modifiers))


def file_dialogs_opened_by(action: Callable[[], object]) -> list[str]:
    """Run ``action`` and return the titles of the file dialogs it opened.

    Each one is rejected as soon as it shows, so a blocking dialog cannot hang the test. Only file
    dialogs count: a dialog another test left open does not make this one fail.
    """
    seen: list[str] = []

    def reject_file_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(reject_file_dialogs)
    timer.start()
    try:
        action()
    finally:
        timer.stop()
    reject_file_dialogs()
    return seen
