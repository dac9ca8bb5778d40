"""The reader: one document in a tab, with its contents, metadata, find bar, zoom and history.

Text documents (Markdown, HTML, text) are shown in a :class:`DocumentBrowser`; PDF originals in a
:class:`PdfPane` at the page of the hit. The library is only reached on the worker thread
(``fetch_document``); the tab paints what comes back, dropping answers that arrived too late.
Links are followed here: ``#section`` scrolls, ``doc:ID#section`` opens another document (a new
tab on Ctrl+click or middle click), ``http(s)`` opens the system browser only after asking.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from tipdesk.core.errors import UserError
from tipdesk.core.library import Library
from tipdesk.core.model import DocumentView
from tipdesk.gui import printing
from tipdesk.gui.find_bar import FindBar
from tipdesk.gui.i18n import user_error_text
from tipdesk.gui.reader_header import DocumentHeader
from tipdesk.gui.reader_history import History, Location
from tipdesk.gui.reader_keys import reader_command
from tipdesk.gui.reader_links import LinkKind, classify_link
from tipdesk.gui.reader_pages import PDF, DocumentPages, LoadedDocument, fetch_document
from tipdesk.gui.reader_toc import TocTree
from tipdesk.gui.theme import DEFAULT_READER_POINTS, current_theme, reader_css
from tipdesk.gui.worker import LibraryWorker

log = logging.getLogger(__name__)

ZOOM_DEFAULT = 100
ZOOM_MIN = 50
ZOOM_MAX = 300
ZOOM_STEP = 10


class ReaderTab(QWidget):
    openRequested = Signal(str, str, object)  # doc id, anchor, page: open in a new tab
    titleChanged = Signal(str)
    locationChanged = Signal(str, str)  # doc id, anchor of the section on screen
    zoomChanged = Signal(int)  # percent
    jobFailed = Signal(object)  # an exception from the worker that is a bug
    documentLoaded = Signal(str)  # doc id, once shown (for tests and the notes panel)
    historyChanged = Signal()  # back/forward availability may have changed

    def __init__(
        self, worker: LibraryWorker, library: Library, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._library = library
        self._history = History()
        self._serial = 0
        self._zoom = ZOOM_DEFAULT
        self._theme = current_theme()
        self._points = DEFAULT_READER_POINTS
        self._last_location: tuple[str, str] | None = None
        self.allow_external_links = True  # False in a kiosk: web links are not even offered
        self.allow_print_to_file = True  # False in a kiosk: printers only, no PDF file
        self._build()
        self._connect()
        self.retranslateUi()

    # --- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = DocumentHeader(self)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.toc = TocTree(self)
        self.pages = DocumentPages(self)
        self.browser = self.pages.browser
        self.pdf_pane = self.pages.pdf_pane
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.toc)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 700])
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.note_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self.setFocusProxy(self.browser)

    def _connect(self) -> None:
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.browser.linkMiddleClicked.connect(lambda url: self.follow_link(url, new_tab=True))
        self.browser.zoomStepRequested.connect(self._zoom_step)
        self.pages.sectionChanged.connect(self._on_section_changed)
        self.pages.findResult.connect(self.find_bar.show_result)
        self.toc.sectionActivated.connect(self.pages.go_to_section)
        self.header.translationRequested.connect(self.open_translation)
        self.header.externalLinkRequested.connect(self.open_external)
        self.find_bar.searchChanged.connect(self.pages.find_text)
        self.find_bar.nextRequested.connect(self.find_next)
        self.find_bar.previousRequested.connect(self.find_previous)
        self.find_bar.closed.connect(self._on_find_closed)
        if self.pdf_pane is not None:
            self.pdf_pane.zoomStepRequested.connect(self._zoom_step)

    # --- what is shown ----------------------------------------------------------------------------
    def current_doc_id(self) -> str:
        place = self._history.current
        return place.doc_id if place else ""

    def current_anchor(self) -> str:
        """The section on screen (its anchor), or "" at the top or before anything is shown."""
        if self.pages.loaded is None:
            place = self._history.current
            return place.anchor if place else ""
        return self.pages.current_anchor()

    def current_page(self) -> int | None:
        """The PDF page on screen (1-based), or None for a text document."""
        return self.pages.current_page()

    def current_title(self) -> str:
        loaded = self.pages.loaded
        return loaded.view.meta.title if loaded else ""

    def document(self) -> DocumentView | None:
        return self.pages.loaded.view if self.pages.loaded else None

    def is_pdf_view(self) -> bool:
        return self.pages.mode == PDF

    # --- navigation -------------------------------------------------------------------------------
    def open(self, doc_id: str, anchor: str | None = None, page: int | None = None) -> None:
        """Show ``doc_id`` at ``anchor`` (a section) or ``page`` (1-based, PDFs), with history."""
        self._remember_place()
        self._history.visit(Location(doc_id, anchor or "", page))
        self._show(self._history.current)  # type: ignore[arg-type]
        self.historyChanged.emit()

    def canGoBack(self) -> bool:  # noqa: N802 (Qt naming)
        return self._history.can_go_back()

    def canGoForward(self) -> bool:  # noqa: N802 (Qt naming)
        return self._history.can_go_forward()

    def back(self) -> None:
        self._remember_place()
        place = self._history.back()
        if place is not None:
            self._show(place)
            self.historyChanged.emit()

    def forward(self) -> None:
        self._remember_place()
        place = self._history.forward()
        if place is not None:
            self._show(place)
            self.historyChanged.emit()

    def reload(self) -> None:
        """Fetch the current document again (after an import or sync changed it)."""
        self._remember_place()
        place = self._history.current
        if place is not None:
            self.pages.loaded = None
            self._show(place)

    def open_translation(self, doc_id: str) -> None:
        """Open another language version at the section on screen (the top if it lacks it)."""
        self.open(doc_id, self.current_anchor() or None, None)

    def _remember_place(self) -> None:
        """Note where the reader is in the shown document, if the history is at that document."""
        loaded, place = self.pages.loaded, self._history.current
        if loaded is not None and place is not None and loaded.doc_id == place.doc_id:
            self._history.update_current(self.current_anchor(), self.current_page())

    def _show(self, place: Location) -> None:
        self._serial += 1  # whatever was still being fetched is not wanted any more
        loaded = self.pages.loaded
        if loaded is not None and loaded.doc_id == place.doc_id:
            self._go_to(place)
            return
        serial = self._serial
        library, doc_id = self._library, place.doc_id
        job = self._worker.call(lambda: fetch_document(library, doc_id))
        job.done.connect(lambda result: self._on_fetched(serial, place, result))
        job.error.connect(lambda error: self._on_fetch_failed(serial, error))

    def _on_fetched(self, serial: int, place: Location, result: object) -> None:
        if not Shiboken.isValid(self) or serial != self._serial:
            return  # the tab was closed, or the user went elsewhere meanwhile
        if not isinstance(result, LoadedDocument):
            self._show_message(lambda: self.tr("This document is no longer in the library."))
            self.titleChanged.emit(place.doc_id)
            return
        view = result.view
        self.header.show_document(view.meta, view.translations)
        self.toc.set_sections(view.sections)
        self.pages.show_document(result, self._css())
        self.setFocusProxy(
            self.pdf_pane.view if self.pdf_pane and self.is_pdf_view() else self.browser
        )
        self._update_note()
        self.titleChanged.emit(view.meta.title)
        self._go_to(place)
        if self.find_bar.isVisible():
            self.pages.find_text(self.find_bar.text())
        self.documentLoaded.emit(view.meta.id)

    def _on_fetch_failed(self, serial: int, error: object) -> None:
        if not Shiboken.isValid(self) or serial != self._serial:
            return
        if isinstance(error, UserError):
            self._show_message(lambda: user_error_text(error))
        else:
            self._show_message(lambda: self.tr("This document could not be opened."))
            self.jobFailed.emit(error)

    def _show_message(self, message: Callable[[], str]) -> None:
        self.pages.show_message(message)
        self.header.show_document(None)
        self.toc.set_sections(())
        self._update_note()

    def _go_to(self, place: Location) -> None:
        self.pages.go_to(place.anchor, place.page)
        self._on_section_changed(self.current_anchor())

    def _on_section_changed(self, anchor: str) -> None:
        self.toc.set_current(anchor)
        doc_id = self.current_doc_id()
        if doc_id and self.pages.loaded is not None and (doc_id, anchor) != self._last_location:
            self._last_location = (doc_id, anchor)
            self.locationChanged.emit(doc_id, anchor)

    # --- links ------------------------------------------------------------------------------------
    def _on_anchor_clicked(self, url: QUrl) -> None:
        ctrl = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
        self.follow_link(url, new_tab=ctrl)

    def follow_link(self, url: QUrl | str, new_tab: bool = False) -> None:
        """Act on a link from the document, as a click on it would."""
        target = classify_link(url)
        if target.kind is LinkKind.FRAGMENT and self.current_doc_id():
            self.open(self.current_doc_id(), target.anchor)
        elif target.kind is LinkKind.DOCUMENT:
            if new_tab:
                self.openRequested.emit(target.doc_id, target.anchor, None)
            else:
                self.open(target.doc_id, target.anchor or None)
        elif target.kind is LinkKind.EXTERNAL:
            self.open_external(target.url)
        else:
            log.info("link not followed: %s", target.url)

    def open_external(self, url: str) -> bool:
        """Open ``url`` in the system's web browser, only if the user says yes."""
        if classify_link(url).kind is not LinkKind.EXTERNAL:
            return False
        if not self.allow_external_links:
            log.info("link not opened (web links are not allowed here): %s", url)
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Open in web browser"),
            self.tr("Open this page in your web browser? You may need an internet connection.")
            + "\n\n"
            + url,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return QDesktopServices.openUrl(QUrl(url))

    # --- find in page -----------------------------------------------------------------------------
    def show_find(self) -> None:
        self.find_bar.open_bar()

    def find_next(self) -> None:
        self._step_find(True)

    def find_previous(self) -> None:
        self._step_find(False)

    def _step_find(self, forward: bool) -> None:
        if self.find_bar.isVisible():
            self.pages.find_step(forward)
        else:
            self.show_find()

    def _on_find_closed(self) -> None:
        self.pages.find_clear()
        self.pages.focus_content()

    # --- zoom and style ---------------------------------------------------------------------------
    def zoom(self) -> int:
        return self._zoom

    def setZoom(self, percent: int) -> None:  # noqa: N802 (Qt naming)
        percent = min(max(int(percent), ZOOM_MIN), ZOOM_MAX)
        if percent == self._zoom:
            return
        self._zoom = percent
        self.pages.set_pdf_zoom(percent)
        self.pages.restyle(self._css())
        self.zoomChanged.emit(percent)

    def _zoom_step(self, step: int) -> None:
        self.setZoom(self._zoom + step * ZOOM_STEP)

    def zoom_in(self) -> None:
        self.setZoom(self._zoom + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.setZoom(self._zoom - ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.setZoom(ZOOM_DEFAULT)

    def setReaderStyle(  # noqa: N802 (Qt naming)
        self, theme: str | None = None, points: float | None = None
    ) -> None:
        """Use another theme and/or reader font size (points); the place on screen is kept."""
        self._theme = theme or self._theme
        self._points = float(points) if points else self._points
        self.pages.restyle(self._css())

    def reader_points(self) -> float:
        """The font size the text is shown in now (reader size × zoom)."""
        return round(self._points * self._zoom / 100, 2)

    def _css(self) -> str:
        return reader_css(self._theme, self.reader_points())

    def _follow_theme(self) -> None:
        if Shiboken.isValid(self) and current_theme() != self._theme:
            self.setReaderStyle(current_theme())

    # --- printing ---------------------------------------------------------------------------------
    def print_document(self) -> bool:
        """Print the document (asks for a printer). False if nothing is open or cancelled."""
        view = self.document()
        if view is None:
            return False
        html, original = self._print_source()
        return printing.print_with_dialog(
            self, html, view.meta, pdf_original=original, allow_file=self.allow_print_to_file
        )

    def save_as_pdf(self, path: Path | None = None) -> Path | None:
        """Save the document as a PDF file (asks where when ``path`` is None); None if not."""
        view = self.document()
        if view is None or not self.allow_print_to_file:
            return None
        html, original = self._print_source()
        return printing.save_with_dialog(self, html, view.meta, path, pdf_original=original)

    def _print_source(self) -> tuple[str, Path | None]:
        loaded = self.pages.loaded
        assert loaded is not None
        original = loaded.pdf_path if self.pages.mode == PDF else None
        return printing.print_html_for(loaded.body_html, self._points), original

    # --- Qt ---------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """The reader's keys, for keys no window menu took first (see ``reader_keys``)."""
        command = reader_command(event)
        if command is not None:
            getattr(self, command)()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self._follow_theme)  # the theme name is set after the palette
        super().changeEvent(event)

    def _update_note(self) -> None:
        note = self.pages.fallback_note()
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    def retranslateUi(self) -> None:  # noqa: N802 (Qt naming)
        self.note_label.setAccessibleName(self.tr("Note about this document"))
        self.splitter.setAccessibleName(self.tr("Contents and document"))
        self._update_note()
