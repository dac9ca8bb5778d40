"""The reader's keyboard commands.

They are handled as key presses that reach the reader tab, not as ``QShortcut``s: when the main
window's menus carry the same keys, the menu actions win and nothing is ambiguous; without menus
(a reader on its own, tests) the tab still answers its keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

STANDARD_COMMANDS: tuple[tuple[QKeySequence.StandardKey, str], ...] = (
    (QKeySequence.StandardKey.Find, "show_find"),
    (QKeySequence.StandardKey.FindNext, "find_next"),
    (QKeySequence.StandardKey.FindPrevious, "find_previous"),
    (QKeySequence.StandardKey.ZoomIn, "zoom_in"),
    (QKeySequence.StandardKey.ZoomOut, "zoom_out"),
    (QKeySequence.StandardKey.Back, "back"),
    (QKeySequence.StandardKey.Forward, "forward"),
)
CTRL_KEYS: dict[int, str] = {  # Ctrl + key, with or without Shift (keyboard layouts differ)
    int(Qt.Key.Key_Plus): "zoom_in",
    int(Qt.Key.Key_Equal): "zoom_in",
    int(Qt.Key.Key_Minus): "zoom_out",
    int(Qt.Key.Key_0): "zoom_reset",
    int(Qt.Key.Key_F): "show_find",
}
ALT_KEYS: dict[int, str] = {int(Qt.Key.Key_Left): "back", int(Qt.Key.Key_Right): "forward"}


def reader_command(event: QKeyEvent) -> str | None:
    """The name of the ReaderTab method a key press asks for, or None."""
    for standard, command in STANDARD_COMMANDS:
        if event.matches(standard):
            return command
    modifiers = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    if modifiers == Qt.KeyboardModifier.ControlModifier:
        return CTRL_KEYS.get(event.key())
    if modifiers == Qt.KeyboardModifier.AltModifier:
        return ALT_KEYS.get(event.key())
    return None
