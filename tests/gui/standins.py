"""Tiny stand-ins for panels that are not written yet, used by these tests only.

Each follows the documented interface (gui-plan.md); the real module replaces it as soon as it can
be imported.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class StandInSearchPanel(QWidget):
    openRequested = Signal(str, str, object)
    searchFinished = Signal(int)

    def __init__(self, context, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
        self.box = QLineEdit()
        self.results = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results)
        self.box.textChanged.connect(self._search)
        self.results.itemActivated.connect(self._open)

    def _search(self, text: str) -> None:
        lib = self.context.library
        job = self.context.worker.call(lambda: lib.search(text))
        job.done.connect(self._show)

    def _show(self, results) -> None:  # type: ignore[no-untyped-def]
        self.results.clear()
        for hit in results.hits:
            item = QListWidgetItem(hit.title)
            item.setData(256, (hit.doc_id, hit.section_anchor, hit.page))
            self.results.addItem(item)
        self.searchFinished.emit(results.total)

    def _open(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(*item.data(256))


class StandInReaderTab(QWidget):
    openRequested = Signal(str, str, object)
    titleChanged = Signal(str)
    locationChanged = Signal(str, str)

    def __init__(self, context, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
        self.browser = QTextBrowser()
        QVBoxLayout(self).addWidget(self.browser)
        self.doc_id = ""
        self.anchor = ""

    def open(self, doc_id: str, anchor: str | None = None, page: object = None) -> None:
        lib = self.context.library
        job = self.context.worker.call(lambda: (lib.get(doc_id), lib.render_html(doc_id)))
        job.done.connect(lambda result: self._show(doc_id, anchor or "", *result))

    def _show(self, doc_id: str, anchor: str, view, html: str) -> None:  # type: ignore[no-untyped-def]
        self.doc_id, self.anchor = doc_id, anchor
        self.browser.setHtml(html)
        if anchor:
            self.browser.scrollToAnchor(anchor)
        self.titleChanged.emit(view.meta.title)
        self.locationChanged.emit(doc_id, anchor)


class StandInNotesPanel(QWidget):
    openRequested = Signal(str, str, object)

    def __init__(self, context, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)


STAND_INS = {
    "make_search_panel": ("tipdesk.gui.search_panel", StandInSearchPanel),
    "make_reader_tab": ("tipdesk.gui.reader", StandInReaderTab),
    "make_notes_panel": ("tipdesk.gui.notes_panel", StandInNotesPanel),
}


def missing_panels() -> dict[str, type[QWidget]]:
    """Factory name -> stand-in class, for each panel module that cannot be imported yet."""
    missing = {}
    for factory, (module, stand_in) in STAND_INS.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing[factory] = stand_in
    return missing
