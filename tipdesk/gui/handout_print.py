"""Painting a handout onto a printer or a PDF file: a cover page, the parts, page numbers.

The cover names the seminar (title, date, place) and lists the parts with the page each starts
on. Each part starts on a new page with its document's title, and ends with its citation
(title, publisher, version, date, source). Every page but the cover has the seminar title at the
top and "Page n of N" at the bottom. Pages are painted one by one from the document layout, never
with ``QTextDocument.print_()`` (which prints a clone that lost its base URL and resources: see
``shared/notes/qt-packaging.md`` §5).
"""

from __future__ import annotations

import html
import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from tipdesk.core.handout import Citation, Handout
from tipdesk.gui.printing import OfflineTextDocument, make_pdf_printer, print_html_for

BAND_POINTS = 8.5
INK = QColor("#000000")
MUTED = QColor("#444444")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handouts", text)


def citation_text(citation: Citation) -> str:
    """'Source: Title. Publisher, version 2.1, 2021-05-01. https://…' (empty parts left out)."""
    facts = [citation.publisher]
    if citation.version:
        facts.append(_tr("version %1").replace("%1", citation.version))
    facts.append(citation.published)
    details = ", ".join(f for f in facts if f)
    text = citation.title + (f". {details}" if details else "")
    if citation.source_url:
        text += f". {citation.source_url}"
    return _tr("Source: %1").replace("%1", text)


def seminar_line(handout: Handout) -> str:
    details = handout.details
    return " · ".join(
        v for v in (details.title or handout.pack_name, details.date, details.place) if v
    )


def body_html(handout: Handout) -> str:
    """Every part on its own page, each ending with its citation."""
    blocks = []
    for number, part in enumerate(handout.parts):
        brk = ' style="page-break-before: always"' if number else ""
        blocks.append(f"<h1{brk}>{html.escape(part.title)}</h1>")
        if part.section_title:
            blocks.append(f"<h2>{html.escape(part.section_title)}</h2>")
        if not part.translated and handout.language:
            blocks.append(
                '<p style="color:#444444"><i>'
                + html.escape(
                    _tr("Not available in the chosen language; printed in the original language.")
                )
                + "</i></p>"
            )
        blocks.append(part.html)
        blocks.append(
            '<p style="color:#333333; font-size:9pt; margin-top:12px">'
            + html.escape(citation_text(part.citation))
            + "</p>"
        )
    return "\n".join(blocks)


def cover_html(handout: Handout, contents: list[tuple[str, int]]) -> str:
    details = handout.details
    title = details.title or handout.pack_name
    rows = "".join(
        f"<tr><td style='border: none'>{html.escape(name)}</td>"
        f"<td style='border: none' align='right'>{page}</td></tr>"
        for name, page in contents
    )
    when_where = " · ".join(v for v in (details.date, details.place) if v)
    return (
        "<div align='center'><br><br><br>"
        f"<p style='font-size:26pt; font-weight:bold'>{html.escape(title)}</p>"
        + (f"<p style='font-size:15pt'>{html.escape(when_where)}</p>" if when_where else "")
        + (
            f"<p style='font-size:11pt; color:#444444'>{html.escape(handout.pack_name)}</p>"
            if details.title and handout.pack_name != details.title
            else ""
        )
        + "</div><br><br>"
        f"<p style='font-size:13pt; font-weight:bold'>{html.escape(_tr('Contents'))}</p>"
        f"<table width='100%' cellpadding='4'>{rows}</table>"
    )


def _palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, INK)
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    return palette


def _layout(source: str, printer: QPrinter, size: QSizeF) -> QTextDocument:
    document = OfflineTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setHtml(print_html_for(source))
    document.setPageSize(size)
    return document


def part_pages(document: QTextDocument, page_height: float) -> list[int]:
    """The 0-based page on which each part's title (each ``<h1>``) is laid out."""
    layout = document.documentLayout()
    pages = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            pages.append(int(layout.blockBoundingRect(block).top() // page_height))
        block = block.next()
    return pages


class _Pages:
    """Where the body goes on a page, and the bands above and below it (device pixels)."""

    def __init__(self, printer: QPrinter) -> None:
        self.area = printer.pageRect(QPrinter.Unit.DevicePixel)
        self.font = QFont()
        self.font.setPointSizeF(BAND_POINTS)
        self.metrics = QFontMetricsF(self.font, printer)
        self.line = self.metrics.height()
        band = self.line * 2
        self.body = QRectF(0, band, self.area.width(), self.area.height() - 2 * band)

    def draw_bands(self, painter: QPainter, top_left: str, number: int, total: int) -> None:
        width, height = self.area.width(), self.area.height()
        painter.save()
        painter.setFont(self.font)
        painter.setPen(MUTED)
        shown = self.metrics.elidedText(top_left, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(0, 0, width, self.line), int(Qt.AlignmentFlag.AlignLeft), shown)
        label = _tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))
        painter.setPen(INK)
        painter.drawText(
            QRectF(0, height - self.line, width, self.line), int(Qt.AlignmentFlag.AlignRight), label
        )
        painter.setPen(MUTED)
        rule = self.line * 1.4
        painter.drawLine(0, int(rule), int(width), int(rule))
        painter.drawLine(0, int(height - rule), int(width), int(height - rule))
        painter.restore()


def _draw_page(painter: QPainter, document: QTextDocument, body: QRectF, index: int) -> None:
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = _palette()
    height = body.height()
    painter.save()
    painter.setClipRect(body)
    painter.translate(body.left(), body.top() - index * height)
    context.clip = QRectF(0, index * height, body.width(), height)
    document.documentLayout().draw(painter, context)
    painter.restore()


def paint_handout(handout: Handout, printer: QPrinter) -> int:
    """Paint the cover and every page of the handout; returns the number of pages."""
    pages = _Pages(printer)
    size = QSizeF(pages.body.width(), pages.body.height())
    body = _layout(body_html(handout), printer, size)
    body_pages = max(body.pageCount(), 1)
    starts = part_pages(body, size.height())
    contents = [
        (part.title + (f" — {part.section_title}" if part.section_title else ""), start + 2)
        for part, start in zip(handout.parts, starts, strict=False)
    ]
    cover = _layout(
        cover_html(handout, contents), printer, QSizeF(pages.area.width(), pages.area.height())
    )
    total = body_pages + 1
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr("Cannot write to %1.").replace("%1", printer.outputFileName()))
    try:
        _draw_page(painter, cover, QRectF(0, 0, pages.area.width(), pages.area.height()), 0)
        heading = seminar_line(handout)
        for index in range(body_pages):
            printer.newPage()
            _draw_page(painter, body, pages.body, index)
            pages.draw_bands(painter, heading, index + 2, total)
    finally:
        painter.end()
    return total


def save_handout_pdf(handout: Handout, path: Path | str) -> int:
    printer = make_pdf_printer(path)
    printer.setDocName(seminar_line(handout))
    return paint_handout(handout, printer)


def pages_needed(handout: Handout, printer: QPrinter) -> int:
    """How many pages the handout will take (for the dialog's summary)."""
    pages = _Pages(printer)
    body = _layout(body_html(handout), printer, QSizeF(pages.body.width(), pages.body.height()))
    return 1 + max(math.ceil(body.pageCount()), 1)
