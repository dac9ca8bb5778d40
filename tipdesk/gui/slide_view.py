"""One slide on screen: a large title, the body in large type, the progress ("5 / 23").

The type scales with the widget's height, so the same widget is the projector's full-screen slide
and the presenter's small preview. A body too long for the screen is set smaller until it fits
(down to a floor; below that it scrolls). ``set_black`` shows nothing but black.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QStackedLayout, QTextBrowser, QVBoxLayout, QWidget

from tipdesk.core.slides import Slide
from tipdesk.gui.document_browser import blank_resource

PAPER = "#ffffff"
INK = "#111111"
ACCENT = "#0b4f8a"
MUTED = "#555555"
BODY_SHARE = 26.0  # screen height / body font size in pixels
TITLE_SHARE = 13.0
MIN_BODY_PX = 9
SHRINK_STEPS = 8


class SlideBrowser(QTextBrowser):
    """A read-only body that loads nothing from anywhere and opens no link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(f"QTextBrowser {{ border: none; background: {PAPER}; color: {INK}; }}")

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt API
        del name
        return blank_resource(kind)


def slide_css(body_px: int) -> str:
    return (
        f"body {{ color: {INK}; font-size: {body_px}px; }}"
        f"h1, h2, h3, h4 {{ color: {ACCENT}; }}"
        f"h1 {{ font-size: {int(body_px * 1.4)}px; }} h2 {{ font-size: {int(body_px * 1.25)}px; }}"
        f"h3, h4 {{ font-size: {int(body_px * 1.1)}px; }}"
        f"p, li {{ line-height: 130%; }}"
        f"table {{ border-collapse: collapse; }} td, th {{ border: 1px solid {MUTED}; "
        f"padding: {max(2, body_px // 4)}px; }}"
        f"code {{ font-family: monospace; }}"
    )


class SlideView(QWidget):
    """Shows one slide (or black); the text size follows the widget's height."""

    def __init__(self, parent: QWidget | None = None, *, preview: bool = False) -> None:
        super().__init__(parent)
        self.preview = preview
        self.slide: Slide | None = None
        self.body_html = ""
        self.progress_text = ""
        self.black = False
        self.body_px = 0
        self.setAutoFillBackground(True)
        self._paint_paper()
        self.page = QWidget()
        self.kicker = QLabel()  # the document's title above the slide's own title
        self.kicker.setObjectName("slideDocument")
        self.title = QLabel()
        self.title.setObjectName("slideTitle")
        self.title.setWordWrap(True)
        self.body = SlideBrowser()
        self.body.setObjectName("slideBody")
        if preview:  # a preview shows the top of the slide; it never scrolls
            self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = QLabel()
        self.progress.setObjectName("slideProgress")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self.kicker, self.title, self.progress):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(1)  # long titles wrap; they never widen the window
        self.kicker.setWordWrap(True)
        column = QVBoxLayout(self.page)
        column.addWidget(self.kicker)
        column.addWidget(self.title)
        column.addWidget(self.body, 1)
        column.addWidget(self.progress)
        self.blackout = QWidget()
        self.blackout.setObjectName("blackScreen")
        self.blackout.setAutoFillBackground(True)
        palette = self.blackout.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.blackout.setPalette(palette)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.blackout)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._apply_sizes)

    def _paint_paper(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
        palette.setColor(QPalette.ColorRole.Base, QColor(PAPER))
        palette.setColor(QPalette.ColorRole.Text, QColor(INK))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
        self.setPalette(palette)

    # --- content --------------------------------------------------------------------------------
    def show_slide(self, slide: Slide | None, body_html: str, progress: str = "") -> None:
        self.slide = slide
        self.body_html = body_html
        self.progress_text = progress
        if slide is None:
            self.kicker.setText("")
            self.title.setText("")
        else:
            self.kicker.setText(slide.doc_title if slide.title != slide.doc_title else "")
            part = f" ({slide.part}/{slide.parts})" if slide.parts > 1 else ""
            self.title.setText(slide.title + part)
        self.progress.setText(progress)
        self.progress.setVisible(bool(progress))
        self._apply_sizes()

    def set_black(self, black: bool) -> None:
        self.black = black
        self.stack.setCurrentWidget(self.blackout if black else self.page)

    def text(self) -> str:
        """What the slide says (title and body), for tests and screen readers."""
        return f"{self.title.text()}\n{self.body.toPlainText()}"

    # --- sizes ----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_timer.start()

    def _apply_sizes(self) -> None:
        height = max(self.height(), 120)
        margin = int(height / 22)
        self.page.layout().setContentsMargins(margin * 2, margin, margin * 2, margin // 2)
        title_px = max(10, int(height / TITLE_SHARE))
        self._set_label_px(self.title, title_px, bold=True, colour=ACCENT)
        self._set_label_px(self.kicker, max(8, title_px // 2), colour=MUTED)
        self._set_label_px(self.progress, max(8, int(height / 40)), colour=MUTED)
        self._fit_body(max(MIN_BODY_PX, int(height / BODY_SHARE)))

    def _set_label_px(self, label: QLabel, px: int, *, bold: bool = False, colour: str) -> None:
        font = label.font()
        font.setPixelSize(px)
        font.setBold(bold)
        label.setFont(font)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)

    def _fit_body(self, start_px: int) -> None:
        """The largest body size (from ``start_px`` down) at which the text fits without scroll."""
        px = start_px
        for _ in range(SHRINK_STEPS):
            self._set_body(px)
            available = self.body.viewport().height()
            if available <= 0 or self.body.document().size().height() <= available:
                break
            smaller = max(MIN_BODY_PX, int(px * 0.87))
            if smaller == px:
                break
            px = smaller
        self.body_px = px

    def _set_body(self, px: int) -> None:
        document = self.body.document()
        document.setDefaultStyleSheet(slide_css(px))
        font = self.body.font()
        font.setPixelSize(px)
        document.setDefaultFont(font)
        self.body.setHtml(f"<html><body>{self.body_html}</body></html>")
        document.setTextWidth(self.body.viewport().width())


def plain_html(text: str) -> str:
    """Plain text as HTML paragraphs (for notes and messages)."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
