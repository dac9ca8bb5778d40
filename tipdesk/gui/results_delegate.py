"""Painting one search hit: title, kind and language badges, section, and a two-line snippet.

The snippet arrives as escaped HTML whose only markup is ``<b>`` around the matched words; it is
laid out with ``QTextLayout`` (bold ranges as formats) so two lines can be drawn and the second
elided, which a ``QTextDocument`` cannot do. Every size comes from the view's font, so the rows
grow with the system's text size.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from tipdesk.core.model import Hit
from tipdesk.gui.results_model import HIT_ROLE, section_label
from tipdesk.gui.vocabulary import kind_name, language_name

PADDING = 6.0
SPACING = 3.0
BADGE_PAD = 4.0
SNIPPET_LINES = 2
_MARK = re.compile(r"(</?b>)")

Index = QModelIndex | QPersistentModelIndex


def parse_snippet(snippet_html: str) -> tuple[str, list[tuple[int, int]]]:
    """``"a <b>b</b> &amp; c"`` → ``("a b & c", [(2, 1)])``: plain text and bold (start, length)."""
    text: list[str] = []
    bold: list[tuple[int, int]] = []
    inside = False
    length = 0
    for part in _MARK.split(snippet_html):
        if part == "<b>":
            inside = True
        elif part == "</b>":
            inside = False
        elif part:
            plain = html.unescape(part)
            if inside:
                bold.append((length, len(plain)))
            text.append(plain)
            length += len(plain)
    return "".join(text), bold


def scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``font`` made ``factor`` times bigger, whether it is sized in points or pixels."""
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        result.setPixelSize(max(1, round(font.pixelSize() * factor)))
    result.setBold(bold)
    return result


def _layout(text: str, font: QFont, bold: list[tuple[int, int]]) -> QTextLayout:
    layout = QTextLayout(text, font)
    formats = []
    for start, length in bold:
        if start >= len(text):
            continue
        fmt = QTextLayout.FormatRange()
        fmt.start = start
        fmt.length = min(length, len(text) - start)
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.Bold)
        fmt.format = char_format
        formats.append(fmt)
    layout.setFormats(formats)
    return layout


def _lay_out_lines(layout: QTextLayout, width: float, lines: int) -> tuple[list[int], bool]:
    """Lay out at most ``lines`` lines; returns where each starts and whether text is left over."""
    length = len(layout.text())
    layout.beginLayout()
    starts: list[int] = []
    y = 0.0
    end = 0
    while len(starts) < lines and end < length:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        starts.append(line.textStart())
        end = line.textStart() + line.textLength()
    layout.endLayout()
    return starts, end < length


def snippet_layouts(
    text: str, bold: list[tuple[int, int]], font: QFont, width: float, lines: int
) -> list[QTextLayout]:
    """At most ``lines`` laid-out lines of ``text``; the last is elided when text is left over."""
    trial = _layout(text, font, bold)
    starts, more = _lay_out_lines(trial, width, lines)
    if not starts:
        return []
    if not more:
        return [trial]
    result = []
    if lines > 1:
        head = _layout(text, font, bold)
        _lay_out_lines(head, width, lines - 1)
        result.append(head)
    last = starts[-1]
    metrics = QFontMetricsF(scaled(font, 1.0, bold=True))
    elided = metrics.elidedText(text[last:], Qt.TextElideMode.ElideRight, width)
    shifted = [(s - last, n) for s, n in bold if s + n > last]
    tail = _layout(elided, font, [(max(0, s), n + min(0, s)) for s, n in shifted])
    _lay_out_lines(tail, width, 1)
    result.append(tail)
    return result


class ResultsDelegate(QStyledItemDelegate):
    """Draws a :class:`Hit` row; every row has the same height (two snippet lines)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        regular = QFontMetricsF(option.font)
        title = QFontMetricsF(scaled(option.font, 1.0, bold=True))
        badge = QFontMetricsF(scaled(option.font, 0.85))
        height = (
            PADDING * 2
            + title.height()
            + SPACING
            + max(badge.height() + 2, regular.height())
            + SPACING
            + regular.lineSpacing() * SNIPPET_LINES
        )
        return QSize(int(regular.averageCharWidth() * 30), int(height + 0.99))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, Hit):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        painter.save()
        if style is not None:
            panel = QStyle.PrimitiveElement.PE_PanelItemViewItem
            style.drawPrimitive(panel, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = QRectF(opt.rect).adjusted(PADDING, PADDING, -PADDING, -PADDING)
        y = self._paint_title(painter, opt, hit, rect, text_role)
        y = self._paint_meta_line(painter, opt, hit, QRectF(rect.left(), y, rect.width(), 0),
                                  text_role, muted_role)
        self._paint_snippet(painter, opt, hit, QRectF(rect.left(), y, rect.width(), 0), text_role)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Mid))
        line = QRectF(opt.rect).adjusted(PADDING, 0, -PADDING, 0)
        painter.drawLine(QPointF(line.left(), line.bottom()), QPointF(line.right(), line.bottom()))
        painter.restore()

    def _paint_title(self, painter: QPainter, opt: QStyleOptionViewItem, hit: Hit,
                     rect: QRectF, role: QPalette.ColorRole) -> float:
        font = scaled(opt.font, 1.0, bold=True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(opt.palette.color(role))
        title = metrics.elidedText(hit.title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), title)
        return rect.top() + metrics.height() + SPACING

    def _paint_meta_line(self, painter: QPainter, opt: QStyleOptionViewItem, hit: Hit,
                         rect: QRectF, text_role: QPalette.ColorRole,
                         muted_role: QPalette.ColorRole) -> float:
        badge_font = scaled(opt.font, 0.85)
        badge_metrics = QFontMetricsF(badge_font)
        regular = QFontMetricsF(opt.font)
        line_height = max(badge_metrics.height() + 2, regular.height())
        x = rect.left()
        painter.setFont(badge_font)
        for label in (kind_name(hit.kind), language_name(hit.language)):
            width = badge_metrics.horizontalAdvance(label) + 2 * BADGE_PAD
            if x + width > rect.right():
                break
            box = QRectF(x, rect.top() + (line_height - badge_metrics.height() - 2) / 2,
                         width, badge_metrics.height() + 2)
            painter.setPen(opt.palette.color(muted_role))
            painter.setBrush(opt.palette.color(QPalette.ColorRole.AlternateBase)
                             if text_role == QPalette.ColorRole.Text else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(opt.palette.color(text_role))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            x += width + SPACING * 2
        section = section_label(hit)
        if section and x < rect.right():
            painter.setFont(opt.font)
            painter.setPen(opt.palette.color(muted_role))
            shown = regular.elidedText("§ " + section, Qt.TextElideMode.ElideRight,
                                       rect.right() - x)
            baseline = rect.top() + (line_height - regular.height()) / 2 + regular.ascent()
            painter.drawText(QPointF(x, baseline), shown)
        return rect.top() + line_height + SPACING

    def _paint_snippet(self, painter: QPainter, opt: QStyleOptionViewItem, hit: Hit,
                       rect: QRectF, role: QPalette.ColorRole) -> None:
        if hit.snippet_html:
            text, bold = parse_snippet(hit.snippet_html)
        else:
            text, bold = hit.summary, []
        if not text:
            return
        painter.setPen(opt.palette.color(role))
        y = rect.top()
        for layout in snippet_layouts(text, bold, opt.font, rect.width(), SNIPPET_LINES):
            layout.draw(painter, QPointF(rect.left(), y))
            y += layout.boundingRect().height()
