"""Printing a document, or saving it as a PDF file, with its title, version and source on every
page and "Page n of N" at the bottom.

The text is laid out with ``QTextDocument`` at the printer's resolution and painted page by page,
header and footer included. Printing always uses the light reader colours (paper is white),
whatever the screen theme. No image is loaded from anywhere (``QTextDocument.print_()`` would
print a clone that lost its base URL: see ``shared/notes/qt-packaging.md`` §5; we do not use it).
PDF originals are printed from their own pages (QtPdf), with the same header and footer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextEdit, QWidget

from tipdesk.core.model import DocumentMeta
from tipdesk.core.render import page
from tipdesk.gui.document_browser import blank_resource
from tipdesk.gui.theme import DEFAULT_READER_POINTS, LIGHT, reader_css

MARGIN_MM = 15.0
BAND_POINTS = 8.0  # header and footer font size
PDF_RENDER_DPI = 200  # resolution at which pages of a PDF original are printed
INK = QColor("#000000")
MUTED_INK = QColor("#444444")


class OfflineTextDocument(QTextDocument):
    """A QTextDocument that loads no resource at all (no image from the disk or elsewhere)."""

    def loadResource(self, kind: int, _name: QUrl | str) -> object:  # noqa: N802 (Qt API)
        return blank_resource(kind)


@dataclass(frozen=True)
class PageBands:
    """What is written around every page."""

    title: str
    version: str
    source: str

    @classmethod
    def for_document(cls, meta: DocumentMeta) -> PageBands:
        version = (
            QCoreApplication.translate("Printing", "Version %1").replace("%1", meta.version)
            if meta.version
            else ""
        )
        origin = meta.source_url or meta.publisher
        source = (
            QCoreApplication.translate("Printing", "Source: %1").replace("%1", origin)
            if origin
            else ""
        )
        return cls(meta.title, version, source)

    def page_label(self, number: int, total: int) -> str:
        return (
            QCoreApplication.translate("Printing", "Page %1 of %2")
            .replace("%1", str(number))
            .replace("%2", str(total))
        )


def print_html_for(body_html: str, points: float = DEFAULT_READER_POINTS) -> str:
    """A document body wrapped in the light reader CSS, for paper."""
    return page(body_html, reader_css(LIGHT, points))


def make_pdf_printer(path: Path | str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _set_layout(printer)
    return printer


def _set_layout(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def _light_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, INK)
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0a53be"))
    return palette


def _to_document(source: QTextDocument | QTextEdit | str) -> QTextDocument:
    if isinstance(source, QTextEdit):
        source = source.document()
    document = OfflineTextDocument()
    if isinstance(source, QTextDocument):
        document.setHtml(source.toHtml())
    else:
        document.setHtml(source)
    return document


class _PagePainter:
    """Paints the header and footer bands and tells where the body goes, in device pixels."""

    def __init__(self, printer: QPrinter, bands: PageBands) -> None:
        self.bands = bands
        self.area = printer.pageRect(QPrinter.Unit.DevicePixel)
        self.font = QFont()
        self.font.setPointSizeF(BAND_POINTS)
        metrics = QFontMetricsF(self.font, printer)
        self.line = metrics.height()
        self.band = self.line * 2
        self.metrics = metrics
        width, height = self.area.width(), self.area.height()
        self.body = QRectF(0, self.band, width, height - 2 * self.band)

    def draw_bands(self, painter: QPainter, number: int, total: int) -> None:
        width, height = self.area.width(), self.area.height()
        painter.save()
        painter.setFont(self.font)
        half = width / 2 - self.line
        self._text(
            painter,
            QRectF(0, 0, width - half / 2, self.line),
            self.bands.title,
            INK,
            Qt.AlignmentFlag.AlignLeft,
        )
        self._text(
            painter,
            QRectF(width - half / 2, 0, half / 2, self.line),
            self.bands.version,
            MUTED_INK,
            Qt.AlignmentFlag.AlignRight,
        )
        footer_top = height - self.line
        label = self.bands.page_label(number, total)
        label_width = self.metrics.horizontalAdvance(label) + self.line
        self._text(
            painter,
            QRectF(0, footer_top, width - label_width, self.line),
            self.bands.source,
            MUTED_INK,
            Qt.AlignmentFlag.AlignLeft,
        )
        self._text(
            painter,
            QRectF(width - label_width, footer_top, label_width, self.line),
            label,
            INK,
            Qt.AlignmentFlag.AlignRight,
        )
        painter.setPen(MUTED_INK)
        rule_y = self.line * 1.4
        painter.drawLine(0, int(rule_y), int(width), int(rule_y))
        painter.drawLine(0, int(height - rule_y), int(width), int(height - rule_y))
        painter.restore()

    def _text(
        self, painter: QPainter, rect: QRectF, text: str, colour: QColor, align: Qt.AlignmentFlag
    ) -> None:
        if not text:
            return
        painter.setPen(colour)
        shown = self.metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)


def _begin(printer: QPrinter) -> QPainter:
    painter = QPainter()
    if not painter.begin(printer):
        target = printer.outputFileName() or printer.printerName()
        raise OSError(
            QCoreApplication.translate("Printing", "Cannot write to %1.").replace("%1", target)
        )
    return painter


def print_text(
    source: QTextDocument | QTextEdit | str, meta: DocumentMeta, printer: QPrinter
) -> int:
    """Print HTML (or a text document) with header and footer bands; returns the page count."""
    document = _to_document(source)
    bands = _PagePainter(printer, PageBands.for_document(meta))
    layout = document.documentLayout()
    layout.setPaintDevice(printer)
    document.setPageSize(QSizeF(bands.body.width(), bands.body.height()))
    total = max(document.pageCount(), 1)
    painter = _begin(printer)
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = _light_palette()
        height = bands.body.height()
        for index in range(total):
            if index:
                printer.newPage()
            painter.save()
            painter.setClipRect(bands.body)
            painter.translate(0, bands.body.top() - index * height)
            context.clip = QRectF(0, index * height, bands.body.width(), height)
            layout.draw(painter, context)
            painter.restore()
            bands.draw_bands(painter, index + 1, total)
    finally:
        painter.end()
    return total


def print_pdf_pages(pdf_path: Path, meta: DocumentMeta, printer: QPrinter) -> int:
    """Print the pages of a PDF original, each scaled into the body, with the bands."""
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()
    if pdf.load(str(pdf_path)) != QPdfDocument.Error.None_:
        raise OSError(QCoreApplication.translate("Printing", "The PDF file could not be read."))
    bands = _PagePainter(printer, PageBands.for_document(meta))
    total = pdf.pageCount()
    scale = PDF_RENDER_DPI / max(printer.resolution(), 1)
    painter = _begin(printer)
    try:
        for index in range(total):
            if index:
                printer.newPage()
            size = pdf.pagePointSize(index)
            target = _fit(size, bands.body)
            image = pdf.render(
                index, QSize(int(target.width() * scale), int(target.height() * scale))
            )
            painter.drawImage(target, image)
            bands.draw_bands(painter, index + 1, total)
    finally:
        painter.end()
        pdf.close()
    return total


def _fit(size: QSizeF, box: QRectF) -> QRectF:
    if size.width() <= 0 or size.height() <= 0:
        return QRectF(box)
    factor = min(box.width() / size.width(), box.height() / size.height())
    width, height = size.width() * factor, size.height() * factor
    return QRectF(box.left() + (box.width() - width) / 2, box.top(), width, height)


def save_pdf(
    view_or_html: QTextDocument | QTextEdit | str,
    meta: DocumentMeta,
    path: Path | str,
    *,
    pdf_original: Path | None = None,
) -> int:
    """Write the document to a PDF file at ``path``; returns the number of pages."""
    printer = make_pdf_printer(path)
    if pdf_original is not None:
        return print_pdf_pages(pdf_original, meta, printer)
    return print_text(view_or_html, meta, printer)


def print_with_dialog(
    parent: QWidget,
    view_or_html: QTextDocument | QTextEdit | str,
    meta: DocumentMeta,
    *,
    pdf_original: Path | None = None,
    allow_file: bool = True,
) -> bool:
    """Ask for a printer, then print. False when the user cancelled or printing failed.

    Without ``allow_file`` (a kiosk) the dialog offers printers only, never a file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _set_layout(printer)
    printer.setDocName(meta.title)
    dialog = print_dialog(printer, parent, allow_file=allow_file)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if not allow_file and prints_to_file(printer):
        return False
    try:
        if pdf_original is not None:
            print_pdf_pages(pdf_original, meta, printer)
        else:
            print_text(view_or_html, meta, printer)
    except OSError as error:
        _warn(
            parent,
            QCoreApplication.translate("Printing", "The document could not be printed."),
            error,
        )
        return False
    return True


def print_dialog(printer: QPrinter, parent: QWidget, *, allow_file: bool = True) -> QPrintDialog:
    """The printer dialog; without ``allow_file`` it has no "print to file" choice."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print document"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, allow_file)
    return dialog


def prints_to_file(printer: QPrinter) -> bool:
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or bool(
        printer.outputFileName()
    )


def save_with_dialog(
    parent: QWidget,
    view_or_html: QTextDocument | QTextEdit | str,
    meta: DocumentMeta,
    path: Path | None = None,
    *,
    pdf_original: Path | None = None,
) -> Path | None:
    """Save as PDF to ``path`` (asked for when None). None when cancelled or it failed."""
    path = path or ask_pdf_path(parent, meta)
    if path is None:
        return None
    try:
        save_pdf(view_or_html, meta, path, pdf_original=pdf_original)
    except OSError as error:
        message = QCoreApplication.translate("Printing", "The PDF could not be saved to %1.")
        _warn(parent, message.replace("%1", str(path)), error)
        return None
    return path


def _warn(parent: QWidget, message: str, error: OSError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Printing", "Printing"), f"{message}\n\n{error}"
    )


def ask_pdf_path(parent: QWidget, meta: DocumentMeta, folder: Path | None = None) -> Path | None:
    """The "Save as PDF" file dialog; None when cancelled."""
    suggested = (folder or Path.home()) / f"{meta.id}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        str(suggested),
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
