"""The text view of the reader: a QTextBrowser that never loads anything by itself.

Links are not followed here (``setOpenLinks(False)``); the reader handles ``anchorClicked``.
Resources (images) are never fetched: not from the network, not from the disk. The browser knows
where each section starts, so the reader can tell which section is on screen.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QMouseEvent,
    QTextBlock,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

TOP_MARGIN = 6  # pixels of slack when deciding which section is at the top of the view


class DocumentBrowser(QTextBrowser):
    linkMiddleClicked = Signal(QUrl)
    zoomStepRequested = Signal(int)  # Ctrl+wheel: +1 or -1 (the reader owns the zoom level)
    sectionChanged = Signal(str)  # the section at the top of the view ("" before the first)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._blocks: list[tuple[str, QTextBlock]] = []
        self._top_anchor: str | None = None
        self.viewport().installEventFilter(self)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # QTextBrowser keeps a history of its own on Alt+Left/Right/Up; the reader has the real one.
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
        ):
            event.ignore()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step:
                self.zoomStepRequested.emit(1 if step > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def loadResource(self, kind: int, _name: QUrl | str) -> object:  # noqa: N802 (Qt API)
        return blank_resource(kind)  # the reader never loads anything by itself

    def set_section_anchors(self, anchors: Iterable[str]) -> None:
        """Find where each section anchor is in the document just set."""
        wanted = set(anchors)
        self._blocks = []
        block = self.document().begin()
        while block.isValid():
            names = _anchor_names(block)
            for name in names:
                if name in wanted:
                    self._blocks.append((name, block))
                    wanted.discard(name)
            block = block.next()
        self._top_anchor = None  # not known until the view is laid out and scrolled

    def has_anchor(self, anchor: str) -> bool:
        return any(name == anchor for name, _ in self._blocks)

    def anchor_names(self) -> set[str]:
        """Every anchor in the document (sections, footnotes, other ids)."""
        names: set[str] = set()
        block = self.document().begin()
        while block.isValid():
            names.update(_anchor_names(block))
            block = block.next()
        return names

    def anchor_top(self, anchor: str) -> float | None:
        """The y position of ``anchor`` in document coordinates, or None."""
        layout = self.document().documentLayout()
        for name, block in self._blocks:
            if name == anchor:
                return layout.blockBoundingRect(block).top()
        return None

    def top_anchor(self) -> str:
        """The section whose heading is at (or last above) the top of the view."""
        y = self.verticalScrollBar().value() + TOP_MARGIN
        layout = self.document().documentLayout()
        low, high = 0, len(self._blocks)  # sections are in document order: bisect on their tops
        while low < high:
            middle = (low + high) // 2
            if layout.blockBoundingRect(self._blocks[middle][1]).top() > y:
                high = middle
            else:
                low = middle + 1
        return self._blocks[low - 1][0] if low else ""

    def _on_scrolled(self, _value: int = 0) -> None:
        anchor = self.top_anchor()
        if anchor != self._top_anchor:
            self._top_anchor = anchor
            self.sectionChanged.emit(anchor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.MiddleButton
        ):
            href = self.anchorAt(event.position().toPoint())
            if href:
                self.linkMiddleClicked.emit(QUrl(href))
                return True
        return super().eventFilter(watched, event)


def blank_resource(kind: int) -> QImage | QByteArray:
    """A stand-in for any resource a document asks for. (Returning nothing would not do: Qt then
    reads the file itself, relative to the current folder.)"""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(0)
        return image
    return QByteArray()


def _anchor_names(block: QTextBlock) -> list[str]:
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names.extend(iterator.fragment().charFormat().anchorNames())
        iterator += 1
    return names
