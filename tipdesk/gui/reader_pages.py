"""The middle of a reader tab: a message, a text document, or a PDF original.

:class:`DocumentPages` knows how to show a fetched document, where the reader is in it (the
section on screen, the PDF page), how to go to a section or page, and how to find text in it.
What to show and when is decided by :class:`~tipdesk.gui.reader.ReaderTab`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from tipdesk.core.library import Library
from tipdesk.core.model import DocumentView
from tipdesk.core.render import page
from tipdesk.gui.document_browser import DocumentBrowser
from tipdesk.gui.find_bar import TextFinder
from tipdesk.gui.pdf_view import PdfPane, pdf_viewer_available

log = logging.getLogger(__name__)

EMPTY, MESSAGE, TEXT, PDF = "empty", "message", "text", "pdf"


@dataclass(frozen=True)
class LoadedDocument:
    """What the reader needs to show a document, fetched on the worker thread."""

    view: DocumentView
    body_html: str
    pdf_path: Path | None

    @property
    def doc_id(self) -> str:
        return self.view.meta.id


def fetch_document(library: Library, doc_id: str) -> LoadedDocument | None:
    """Runs on the worker: the document's metadata, sections, HTML body and PDF original."""
    view = library.get(doc_id)
    if view is None:
        return None
    original = library.file_path(doc_id)
    pdf_path = original if original is not None and original.suffix.lower() == ".pdf" else None
    return LoadedDocument(view, library.render_html(doc_id, full_page=False), pdf_path)


class DocumentPages(QStackedWidget):
    sectionChanged = Signal(str)  # the section on screen ("" at the top)
    findResult = Signal(int, int)  # 0-based current match (-1 for none), number of matches

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded: LoadedDocument | None = None
        self.mode = EMPTY
        self._message: Callable[[], str] = lambda: self.tr("No document is open.")
        self._fallback = ""  # why a PDF is shown as extracted text ("" when it is not)
        self.message_label = QLabel(self)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.browser = DocumentBrowser(self)
        self.finder = TextFinder(self.browser)
        self.pdf_pane: PdfPane | None = PdfPane(self) if pdf_viewer_available() else None
        self.addWidget(self.message_label)
        self.addWidget(self.browser)
        self.browser.sectionChanged.connect(self.sectionChanged)
        if self.pdf_pane is not None:
            self.addWidget(self.pdf_pane)
            self.pdf_pane.pageChanged.connect(
                lambda number: self.sectionChanged.emit(self._anchor_for_page(number))
            )
            self.pdf_pane.searchResult.connect(self.findResult)
        self.retranslateUi()

    # --- showing ----------------------------------------------------------------------------------
    def show_message(self, message: Callable[[], str]) -> None:
        self.loaded = None
        self.mode = MESSAGE
        self._message = message
        self._fallback = ""
        self.message_label.setText(message())
        self.setCurrentWidget(self.message_label)

    def show_document(self, loaded: LoadedDocument, css: str) -> None:
        """Show ``loaded``: a PDF in the PDF view when it can, else its text with ``css``."""
        self.loaded = loaded
        self._fallback = ""
        if loaded.pdf_path is not None:
            if self._show_pdf(loaded.pdf_path):
                return
            self._fallback = "no-viewer" if self.pdf_pane is None else "unreadable"
        self.mode = TEXT
        self.setCurrentWidget(self.browser)  # first, so the text is laid out at its real width
        self._render_text(css)

    def fallback_note(self) -> str:
        """Why this PDF is shown as extracted text, or ""."""
        if self._fallback == "no-viewer":
            return self.tr(
                "The PDF viewer is not available in this installation, so this PDF is shown as "
                "the text extracted from it. Layout, pictures and tables may be missing."
            )
        if self._fallback == "unreadable":
            return self.tr(
                "This PDF could not be displayed, so it is shown as the text extracted from it. "
                "Layout, pictures and tables may be missing."
            )
        return ""

    def restyle(self, css: str) -> None:
        """Show the text again with ``css`` (another theme or size), keeping the place."""
        if self.mode != TEXT or self.loaded is None:
            return
        bar = self.browser.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        self._render_text(css)
        self.browser.document().documentLayout().documentSize()  # lay out now, to restore
        bar.setValue(round(fraction * bar.maximum()))
        if self.finder.count:
            self.finder.refresh()
            self.findResult.emit(self.finder.index, self.finder.count)

    def set_pdf_zoom(self, percent: int) -> None:
        if self.mode == PDF and self.pdf_pane is not None:
            self.pdf_pane.set_zoom(percent)

    def _show_pdf(self, path: Path) -> bool:
        if self.pdf_pane is None:
            log.error("the PDF viewer (QtPdf) is not available; showing the extracted text")
            return False
        if not self.pdf_pane.load(path):
            return False
        self.mode = PDF
        self.setCurrentWidget(self.pdf_pane)
        return True

    def _render_text(self, css: str) -> None:
        assert self.loaded is not None
        self.browser.setHtml(page(self.loaded.body_html, css))
        self.browser.set_section_anchors(s.anchor for s in self.loaded.view.sections)

    # --- where the reader is ---------------------------------------------------------------------
    def current_anchor(self) -> str:
        if self.mode == PDF and self.pdf_pane is not None:
            return self._anchor_for_page(self.pdf_pane.current_page())
        if self.mode == TEXT:
            return self.browser.top_anchor()
        return ""

    def current_page(self) -> int | None:
        if self.mode == PDF and self.pdf_pane is not None:
            return self.pdf_pane.current_page()
        return None

    def go_to(self, anchor: str, page_number: int | None) -> None:
        """Show section ``anchor`` or PDF page ``page_number``; the top when there is neither."""
        if self.mode == PDF and self.pdf_pane is not None:
            self.pdf_pane.go_to_page(page_number or self._page_for_anchor(anchor) or 1)
        elif self.mode == TEXT:
            anchor = anchor or (f"page-{page_number}" if page_number else "")
            if anchor and self.has_anchor(anchor):
                self.browser.scrollToAnchor(anchor)
            else:
                self.browser.verticalScrollBar().setValue(0)

    def go_to_section(self, anchor: str) -> None:
        self.go_to(anchor, None)

    def has_anchor(self, anchor: str) -> bool:
        return self.browser.has_anchor(anchor) or anchor in self.browser.anchor_names()

    def focus_content(self) -> None:
        target = self.pdf_pane.view if self.mode == PDF and self.pdf_pane else self.browser
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_for_anchor(self, anchor: str) -> int | None:
        if self.loaded is None or not anchor:
            return None
        section = self.loaded.view.section(anchor)
        return section.page if section is not None else None

    def _anchor_for_page(self, number: int) -> str:
        if self.loaded is None:
            return ""
        return next((s.anchor for s in self.loaded.view.sections if s.page == number), "")

    # --- find -------------------------------------------------------------------------------------
    def find_text(self, text: str) -> None:
        if self.mode == PDF and self.pdf_pane is not None:
            self.pdf_pane.search(text)  # reports through findResult as matches come in
            return
        self.finder.search(text)
        self.findResult.emit(self.finder.index, self.finder.count)

    def find_step(self, forward: bool) -> None:
        if self.mode == PDF and self.pdf_pane is not None:
            self.pdf_pane.step(forward)
            return
        self.finder.step(forward)
        self.findResult.emit(self.finder.index, self.finder.count)

    def find_clear(self) -> None:
        self.finder.clear()
        if self.pdf_pane is not None:
            self.pdf_pane.search("")

    # --- Qt ---------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 (Qt naming)
        self.browser.setAccessibleName(self.tr("Document text"))
        self.message_label.setAccessibleName(self.tr("Reader message"))
        self.message_label.setText(self._message())
