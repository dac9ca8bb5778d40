"""PDF documents in their original form (QtPdf's QPdfView), opened at the page of a search hit.

Pages are 1-based everywhere outside this module (as in the core's ``Hit.page``); QtPdf counts
from 0. If QtPdf cannot be imported (a broken install or package), the reader shows the text the
core extracted from the PDF instead, and this module says why in the log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

try:
    from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
    from PySide6.QtPdfWidgets import QPdfView

    PDF_IMPORT_ERROR: ImportError | None = None
except ImportError as exc:  # pragma: no cover - depends on the installation
    PDF_IMPORT_ERROR = exc
    log.error("QtPdf is not available (%s): PDFs will be shown as extracted text", exc)


def pdf_viewer_available() -> bool:
    return PDF_IMPORT_ERROR is None


class PdfPane(QWidget):
    """A PDF with a small bar: previous/next page, "Page [n] of N", zoom out/in, fit width."""

    pageChanged = Signal(int)  # 1-based
    zoomStepRequested = Signal(int)  # +1 or -1: the reader owns the zoom level
    searchResult = Signal(int, int)  # 0-based index of the current match, number of matches

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if PDF_IMPORT_ERROR is not None:
            raise RuntimeError("QtPdf is not available") from PDF_IMPORT_ERROR
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.search_model.countChanged.connect(self._on_search_count)
        self._search_index = -1
        self._build_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._on_page)
        self.retranslateUi()

    def _build_bar(self) -> None:
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.page_label = QLabel(self)
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_label.setBuddy(self.page_box)
        self.count_label = QLabel(self)
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.fit_button = QToolButton(self)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.bar = QToolBar(self)  # a narrow window moves what does not fit into a menu
        spacer = QWidget(self.bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for widget in (
            self.previous_button,
            self.next_button,
            self.page_label,
            self.page_box,
            self.count_label,
            spacer,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
        ):
            self.bar.addWidget(widget)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_box.editingFinished.connect(lambda: self.go_to_page(self.page_box.value()))
        self.zoom_out_button.clicked.connect(lambda: self.zoomStepRequested.emit(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoomStepRequested.emit(1))
        self.fit_button.toggled.connect(self._on_fit_toggled)

    # --- document and pages ---------------------------------------------------------------------
    def load(self, path: Path) -> bool:
        """Open ``path``; False (and a log line) when QtPdf cannot read it."""
        self.search_model.setSearchString("")
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            log.error("QtPdf could not open %s: %s", path, error)
            return False
        count = self.document.pageCount()
        self.page_box.setMaximum(max(count, 1))
        metrics = self.page_box.fontMetrics()
        digits = metrics.horizontalAdvance("0" * (len(str(count)) + 1))
        self.page_box.setMinimumWidth(digits + 2 * metrics.height())
        self.retranslateUi()
        self._on_page(self.view.pageNavigator().currentPage())
        return True

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, 1-based."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, page: int) -> None:
        """Show ``page`` (1-based; clamped to the document)."""
        count = self.page_count()
        if count <= 0:
            return
        target = min(max(page, 1), count) - 1
        navigator = self.view.pageNavigator()
        navigator.jump(target, QPointF(), navigator.currentZoom())

    def set_zoom(self, percent: int) -> None:
        """Zoom to ``percent`` (leaves "fit width")."""
        blocked = self.fit_button.blockSignals(True)
        self.fit_button.setChecked(False)
        self.fit_button.blockSignals(blocked)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(percent / 100)

    def _on_fit_toggled(self, checked: bool) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth if checked else QPdfView.ZoomMode.Custom)

    def _on_page(self, page0: int) -> None:
        blocked = self.page_box.blockSignals(True)
        self.page_box.setValue(page0 + 1)
        self.page_box.blockSignals(blocked)
        self.previous_button.setEnabled(page0 > 0)
        self.next_button.setEnabled(page0 + 1 < self.page_count())
        self.pageChanged.emit(page0 + 1)

    # --- find in the PDF ------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Search the PDF (QtPdf finds matches page by page, in the background)."""
        self._search_index = -1
        self.search_model.setSearchString(text.strip())
        self._on_search_count()

    def step(self, forward: bool = True) -> None:
        count = self.search_model.count()
        if not count:
            return
        self._search_index = (self._search_index + (1 if forward else -1)) % count
        self._show_search_result()

    def _on_search_count(self) -> None:
        count = self.search_model.count()
        if count and self._search_index < 0:
            self._search_index = 0
            self._show_search_result()
        self.searchResult.emit(self._search_index, count)

    def _show_search_result(self) -> None:
        result = self.search_model.resultAtIndex(self._search_index)
        self.view.setCurrentSearchResultIndex(self._search_index)
        navigator = self.view.pageNavigator()
        navigator.jump(result.page(), result.location(), navigator.currentZoom())
        self.searchResult.emit(self._search_index, self.search_model.count())

    # --- Qt -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 (Qt naming)
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page_label.setText(self.tr("&Page"))
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.count_label.setText(self.tr("of %1").replace("%1", str(self.page_count())))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setAccessibleName(self.tr("Fit the page to the width of the window"))
        self.view.setAccessibleName(self.tr("PDF document"))
        self.bar.setAccessibleName(self.tr("PDF pages and zoom"))
        self.bar.setWindowTitle(self.tr("PDF pages and zoom"))
        more = self.bar.findChild(QToolButton, "qt_toolbar_ext_button")  # Qt's overflow button
        if more is not None:
            more.setAccessibleName(self.tr("More PDF controls"))
