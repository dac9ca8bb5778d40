"""Find in page: the bar (text, previous/next, "3 of 12", close) and the search over a QTextEdit.

The search ignores case and accents, so "accion" finds "acción" and "Acción" (Spanish and
Portuguese users often type without accents). All matches are highlighted; the current one is
selected and scrolled into view.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

MAX_MATCHES = 5000
_VARIANTS = {
    "a": "aáàâãäå",
    "c": "cç",
    "e": "eéèêë",
    "i": "iíìîï",
    "n": "nñ",
    "o": "oóòôõö",
    "u": "uúùûü",
    "y": "yýÿ",
}


def base_letters(text: str) -> str:
    """``"Acción"`` → ``"accion"``: lower case, accents dropped."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def accent_insensitive_pattern(text: str) -> QRegularExpression:
    """A case- and accent-insensitive expression for ``text``; runs of spaces match any space."""
    parts: list[str] = []
    for ch in base_letters(text.strip()):
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in _VARIANTS:
            parts.append(f"[{_VARIANTS[ch]}]")
        else:
            parts.append(re.escape(ch))
    return QRegularExpression(
        "".join(parts),
        QRegularExpression.PatternOption.CaseInsensitiveOption
        | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
    )


class TextFinder:
    """Finds every match of a text in a QTextEdit's document and steps through them."""

    def __init__(self, editor: QTextEdit) -> None:
        self._editor = editor
        self._matches: list[QTextCursor] = []
        self._index = -1
        self._text = ""

    @property
    def count(self) -> int:
        return len(self._matches)

    @property
    def index(self) -> int:
        """0-based index of the current match, or -1."""
        return self._index

    def search(self, text: str) -> None:
        """Find all matches of ``text``; the current one is the first at or after the view."""
        self._text = text
        self._matches = self._find_all(text)
        self._index = -1
        if self._matches:
            start = self._editor.cursorForPosition(self._editor.viewport().rect().topLeft())
            after = [
                i for i, m in enumerate(self._matches) if m.selectionStart() >= start.position()
            ]
            self._index = after[0] if after else 0
        self._show()

    def refresh(self) -> None:
        """Search again for the same text (after the document changed)."""
        if self._text:
            self.search(self._text)

    def step(self, forward: bool = True) -> None:
        if not self._matches:
            return
        self._index = (self._index + (1 if forward else -1)) % len(self._matches)
        self._show()

    def clear(self) -> None:
        self._text = ""
        self._matches = []
        self._index = -1
        self._editor.setExtraSelections([])

    def _find_all(self, text: str) -> list[QTextCursor]:
        if not base_letters(text).strip():
            return []
        document: QTextDocument = self._editor.document()
        pattern = accent_insensitive_pattern(text)
        found: list[QTextCursor] = []
        cursor = document.find(pattern, 0)
        while not cursor.isNull() and len(found) < MAX_MATCHES:
            if cursor.hasSelection():
                found.append(QTextCursor(cursor))
            cursor = document.find(pattern, cursor)
        return found

    def _show(self) -> None:
        palette = self._editor.palette()
        others = QTextCharFormat()
        others.setBackground(QColor(palette.highlight().color()).lighter(170))
        others.setForeground(palette.text())
        selections = []
        for i, match in enumerate(self._matches):
            if i == self._index:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format = others
            selections.append(selection)
        self._editor.setExtraSelections(selections)
        if 0 <= self._index < len(self._matches):
            self._editor.setTextCursor(self._matches[self._index])
            self._editor.ensureCursorVisible()
        else:
            cursor = self._editor.textCursor()
            cursor.clearSelection()
            self._editor.setTextCursor(cursor)


class FindBar(QWidget):
    """The find bar under the reader. It only asks; the reader does the searching."""

    searchChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.count_label = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.label = QLabel(self)
        self.label.setBuddy(self.field)
        for widget in (self.label, self.field, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.count_label, 1)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(self.searchChanged)
        self.next_button.clicked.connect(self.nextRequested)
        self.previous_button.clicked.connect(self.previousRequested)
        self.close_button.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)
        self._index, self._total = -1, 0
        self.retranslateUi()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.searchChanged.emit(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def text(self) -> str:
        return self.field.text()

    def show_result(self, index: int, total: int) -> None:
        """Show "3 of 12" (``index`` is 0-based), or "No matches" when there is text."""
        self._index, self._total = index, total
        if total:
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(total))
            )
        elif self.field.text().strip():
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText("")
        self.next_button.setEnabled(total > 1)
        self.previous_button.setEnabled(total > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
                (self.previousRequested if shift else self.nextRequested).emit()
                return True
            if event.matches(QKeySequence.StandardKey.FindNext):  # type: ignore[attr-defined]
                self.nextRequested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.FindPrevious):  # type: ignore[attr-defined]
                self.previousRequested.emit()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 (Qt naming, called by the window)
        self.label.setText(self.tr("&Find:"))
        self.field.setPlaceholderText(self.tr("Find in this document"))
        self.field.setAccessibleName(self.tr("Find in this document"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.count_label.setAccessibleName(self.tr("Matches"))
        for clear_button in self.field.findChildren(QToolButton):  # Qt's own "clear" button
            clear_button.setAccessibleName(self.tr("Clear the text"))
        self.show_result(self._index, self._total)
