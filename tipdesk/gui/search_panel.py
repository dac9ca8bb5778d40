"""The left side of the window: search as you type, filters with counts, results, and browsing.

Every keystroke restarts a short timer; when it fires, the query runs on the library worker and only
the newest query's answer is painted (each request carries a sequence number; an older answer that
arrives late is dropped, and a request still waiting in the worker's queue is cancelled before it
starts). With an empty box the panel shows the whole library as a tree by kind or by topic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.errors import Interrupted, UserError
from tipdesk.core.library import Library
from tipdesk.core.model import DocumentMeta, SearchResults
from tipdesk.core.progress import CancelToken, Progress
from tipdesk.gui.browse_view import BrowseView
from tipdesk.gui.context import AppContext
from tipdesk.gui.facets import FilterBar
from tipdesk.gui.i18n import user_error_text
from tipdesk.gui.results_delegate import ResultsDelegate
from tipdesk.gui.results_model import ResultsModel
from tipdesk.gui.search_box import SearchBox
from tipdesk.gui.search_status import SearchStatus, no_results_text
from tipdesk.gui.worker import Job, LibraryWorker

DEBOUNCE_MS = 150
PAGE_SIZE = 20
COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

BrowseAnswer = tuple[SearchResults, list[DocumentMeta]]


class SearchPanel(QWidget):
    """Search box, filters, status, and either the results list or the browse tree.

    ``SearchPanel(worker, library, parent)``; the main window may also pass its ``AppContext``
    (``SearchPanel(context, parent)``), which connects ``jobFailed`` to its crash handler.
    """

    openRequested = Signal(str, str, object)  # doc_id, section anchor ("" = top), PDF page or None
    searchFinished = Signal(int)  # total, emitted once the answer is painted
    jobFailed = Signal(object)  # an exception that is a bug, for the crash dialog

    def __init__(
        self,
        worker: LibraryWorker | AppContext,
        library: Library | QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        context = worker if isinstance(worker, AppContext) else None
        if context is not None:
            parent = library if isinstance(library, QWidget) else parent
            worker, library = context.worker, context.library
        super().__init__(parent)
        assert isinstance(worker, LibraryWorker)
        self.worker = worker
        self.library = library if isinstance(library, Library) else None
        self._seq = 0
        self._job: Job | None = None
        self._shown_query: str | None = None  # the query whose answer is on screen
        self._results: SearchResults | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()
        if context is not None:
            self.jobFailed.connect(context.errors.job_failed)
        self.retranslateUi()
        if self.library is not None:
            QTimer.singleShot(0, self, self.search_now)

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = SearchBox(self)
        self.search_box.setObjectName("search-box")
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.submitted.connect(self._enter_pressed)
        self.search_box.navigate.connect(self._navigate)
        self.filters = FilterBar(self)
        self.filters.changed.connect(self.search_now)
        self.status = SearchStatus(self)
        self.status.suggestionChosen.connect(self.search_for)
        self.model = ResultsModel(self)
        self.results_view = QListView(self)
        self.results_view.setObjectName("search-results")
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(ResultsDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.results_view.setDragEnabled(True)  # onto a seminar pack
        self.results_view.setDragDropMode(QListView.DragDropMode.DragOnly)
        self.results_view.clicked.connect(self._open_index)
        self.results_view.installEventFilter(self)
        self.load_more_button = QPushButton(self)
        self.load_more_button.setObjectName("load-more")
        self.load_more_button.clicked.connect(self.load_more)
        self.no_results_label = QLabel(self)
        self.no_results_label.setObjectName("no-results")
        self.no_results_label.setWordWrap(True)
        self.no_results_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_results_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.browse_view = BrowseView(self)
        self.browse_view.setObjectName("browse-view")
        self.browse_view.openRequested.connect(self._open_document)
        self.browse_view.tree.installEventFilter(self)

        results_page = QWidget(self)
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_view, 1)
        results_layout.addWidget(self.load_more_button)
        self.pages = QStackedWidget(self)
        self.results_page = results_page
        for page in (results_page, self.no_results_label, self.browse_view):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.filters)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        self.pages.setCurrentWidget(self.browse_view)
        self.load_more_button.hide()

    # --- public --------------------------------------------------------------------------------
    def setLibrary(self, library: Library) -> None:  # noqa: N802 - Qt naming
        """The library opened (or was reopened): show its contents for the current query."""
        self.library = library
        self.search_now()

    def refresh(self) -> None:
        """The library changed (import, sync): run the current query again."""
        self.search_now()

    def focusSearch(self) -> None:  # noqa: N802 - Qt naming
        """Put the cursor in the search box with its text selected (Ctrl+K / Ctrl+L)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    focus_search = focusSearch

    def search_for(self, text: str) -> None:
        """Put ``text`` in the box and search for it at once."""
        self.search_box.setText(text)
        self.search_now()

    @property
    def debounce_ms(self) -> int:
        """How long typing must pause before the query runs (Enter runs it at once)."""
        return self._timer.interval()

    @debounce_ms.setter
    def debounce_ms(self, value: int) -> None:
        self._timer.setInterval(max(0, int(value)))

    def query(self) -> str:
        return self.search_box.text().strip()

    # --- running searches ----------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        self._timer.start()

    def search_now(self) -> None:
        """Run the box's query with the chosen filters now (no waiting for the timer)."""
        self._timer.stop()
        if self.library is None:
            return
        query = self.query()
        if query:
            self._search(query, offset=0)
        else:
            self._browse()

    def load_more(self) -> None:
        if self._shown_query:
            self._search(self._shown_query, offset=self.model.rowCount())

    def _search(self, query: str, offset: int) -> None:
        library = self.library
        assert library is not None
        filters = self.filters.search_filters()

        def run() -> SearchResults:
            return library.search(query, limit=PAGE_SIZE, offset=offset, **filters)

        self._submit(run, lambda results: self._show_results(query, results, offset > 0))

    def _browse(self) -> None:
        library = self.library
        assert library is not None
        filters = self.filters.search_filters()

        def run() -> BrowseAnswer:
            return library.search("", limit=0, **filters), library.documents(**filters)

        self._submit(run, self._show_browse)

    def _submit(self, call: Callable[[], Any], paint: Callable[[Any], None]) -> None:
        if self._job is not None:
            self._job.cancel()  # still queued behind another job? then it never starts
        self._seq += 1
        seq = self._seq

        def job_body(cancel: CancelToken, _progress: Callable[[Progress], None]) -> Any:
            cancel.check()
            return call()

        job = self.worker.submit(job_body)
        job.done.connect(lambda answer: self._arrived(seq, answer, paint))
        job.error.connect(lambda error: self._failed(seq, error))
        self._job = job

    def _arrived(self, seq: int, answer: Any, paint: Callable[[Any], None]) -> None:
        if seq != self._seq:
            return  # an older query's answer: a newer one is on its way
        self._job = None
        paint(answer)

    def _failed(self, seq: int, error: object) -> None:
        if isinstance(error, Interrupted):
            return
        if isinstance(error, UserError):
            if seq == self._seq:
                self._job = None
                self.status.show_error(user_error_text(error))
            return
        self.jobFailed.emit(error)

    # --- painting answers ----------------------------------------------------------------------
    def _show_results(self, query: str, results: SearchResults, append: bool) -> None:
        if append and self._results is not None:
            self.model.append(results.hits)
        else:
            self.model.replace(results.hits)
            self.results_view.scrollToTop()
        self._shown_query = query
        self._results = results
        self.filters.show_counts(results.facets)
        self.status.show_results(results)
        self.no_results_label.setText(no_results_text(query, self.filters.active))
        self.pages.setCurrentWidget(self.results_page if results.total else self.no_results_label)
        self.load_more_button.setVisible(self.model.rowCount() < results.total)
        self._painted(results.total)

    def _show_browse(self, answer: BrowseAnswer) -> None:
        summary, documents = answer
        self._shown_query = ""
        self._results = None
        self.model.replace(())
        self.filters.show_counts(summary.facets)
        self.status.show_browse(summary.total)
        self.browse_view.show_documents(documents)
        self.pages.setCurrentWidget(self.browse_view)
        self._painted(summary.total)

    def _painted(self, total: int) -> None:
        page = self.pages.currentWidget()
        if page is not None and page.isVisible():
            page.repaint()  # painted now, so searchFinished means "the user can see it"
        self.searchFinished.emit(total)

    # --- keyboard ------------------------------------------------------------------------------
    def _answer_is_current(self) -> bool:
        return not self._timer.isActive() and self._job is None and (
            self._shown_query == self.query()
        )

    def _enter_pressed(self) -> None:
        if not self._answer_is_current():
            self.search_now()
        elif self.pages.currentWidget() is self.browse_view:
            self.browse_view.tree.open_current()
        elif self.pages.currentWidget() is self.results_page:
            index = self.results_view.currentIndex()
            self._open_index(index if index.isValid() else self.model.index(0))

    def _navigate(self, event: QKeyEvent) -> None:
        page = self.pages.currentWidget()
        view = self.results_view if page is self.results_page else self.browse_view.tree
        if page is self.no_results_label:
            return
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        QApplication.sendEvent(view, copy)
        view.scrollTo(view.currentIndex())

    def _open_document(self, doc_id: str) -> None:
        self.openRequested.emit(doc_id, "", None)

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row()) if index.isValid() else None
        if hit is not None:
            self.results_view.setCurrentIndex(index)
            self.openRequested.emit(hit.doc_id, hit.section_anchor, hit.page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """In the results list or tree: Enter opens, Escape and typing go back to the box."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.results_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.results_view.currentIndex())
            return True
        if key == Qt.Key.Key_Escape:
            self.focusSearch()
            return True
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not event.modifiers() & COMMAND:
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search_box.insert(text)
            return True
        return super().eventFilter(watched, event)

    # --- language ------------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        box = self.search_box
        box.setPlaceholderText(self.tr("Search the library…"))
        box.setAccessibleName(self.tr("Search the library"))
        box.setAccessibleDescription(
            self.tr("Results appear as you type. Down and Up move through them; Enter opens one.")
        )
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setAccessibleDescription(
            self.tr("Each result shows the title, kind, language, section and matching words.")
        )
        self.load_more_button.setText(self.tr("Load more results"))
        self.load_more_button.setAccessibleName(self.tr("Load more results"))
        self.no_results_label.setAccessibleName(self.tr("No results"))
        if self._results is not None and self._shown_query:
            self.no_results_label.setText(no_results_text(self._shown_query, self.filters.active))
        self.model.refresh_labels()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
