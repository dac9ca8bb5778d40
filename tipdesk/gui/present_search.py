"""Searching while presenting: a participant asks, the trainer finds it, shows it, goes back.

An overlay with a search box and up to eight results; Enter (or a click) on a result loads that
section as slides and shows it in place of the current slide; Esc closes the overlay.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from tipdesk.core.deck import Deck, document_deck
from tipdesk.core.model import Hit, SearchResults
from tipdesk.gui.context import AppContext

RESULTS = 8
DEBOUNCE_MS = 200
HIT = Qt.ItemDataRole.UserRole


class SearchOverlay(QFrame):
    """A search box with results over the slide; emits ``chosen`` with the result as a deck."""

    chosen = Signal(object)  # Deck
    closed = Signal()
    answered = Signal(int)  # number of results shown (for tests)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationSearch")
        self.context = context
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.box = QLineEdit()
        self.box.setObjectName("presentationSearchBox")
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("presentationSearchResults")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self._sequence = 0
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self._activate)
        self.hide()
        self.retranslateUi()

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            width = int(parent.width() * 0.6)
            self.setGeometry(
                (parent.width() - width) // 2,
                parent.height() // 10,
                width,
                int(parent.height() * 0.6),
            )
        self.show()
        self.raise_()
        self.box.setFocus()
        self.box.selectAll()

    def close_overlay(self) -> None:
        self.hide()
        self.closed.emit()

    def search_now(self) -> None:
        query = self.box.text().strip()
        self._sequence += 1
        sequence = self._sequence
        if not query:
            self.results.clear()
            return
        library = self.context.library
        job = self.context.worker.call(lambda: library.search(query, limit=RESULTS))
        job.done.connect(lambda results: self._show(sequence, results))
        job.error.connect(self.context.errors.job_failed)

    def _show(self, sequence: int, results: SearchResults) -> None:
        if sequence != self._sequence:
            return  # an older query's answer
        self.results.clear()
        for hit in results.hits:
            label = hit.title + (
                f" — {hit.section_title}"
                if hit.section_title and hit.section_title != hit.title
                else ""
            )
            item = QListWidgetItem(label)
            item.setData(HIT, hit)
            item.setToolTip(hit.snippet_text)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.answered.emit(self.results.count())

    def _activate(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.results.currentItem()
        if item is None:
            return
        hit: Hit = item.data(HIT)
        library = self.context.library
        job = self.context.worker.call(
            lambda: document_deck(library, hit.doc_id, hit.section_anchor)
        )
        job.done.connect(self._loaded)
        job.error.connect(self.context.errors.job_failed)

    def _loaded(self, deck: Deck) -> None:
        self.hide()
        self.chosen.emit(deck)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_overlay()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self._timer.stop()
                    self.search_now()
                    return True
                self._activate()
                return True
            if watched is self.box and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.currentRow() + step, self.results.count() - 1))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.box.setPlaceholderText(self.tr("Search the library"))
        self.box.setAccessibleName(self.tr("Search while presenting"))
        self.results.setAccessibleName(self.tr("Results"))
        self.hint.setText(
            self.tr("Enter shows the result on the screen; Esc goes back to the slide.")
        )
