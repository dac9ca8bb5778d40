"""The table of contents beside the reader: a tree of the document's sections."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from tipdesk.core.model import Section

ANCHOR_ROLE = Qt.ItemDataRole.UserRole


class TocTree(QTreeWidget):
    """Sections nested by heading level. Clicking or pressing Enter emits ``sectionActivated``."""

    sectionActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.itemClicked.connect(self._on_item)
        self.itemActivated.connect(self._on_item)
        self.retranslateUi()

    def set_sections(self, sections: Sequence[Section]) -> None:
        """Show ``sections`` as a tree: a section nests under the nearest higher-level one."""
        self.clear()
        self._items = {}
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for section in sections:
            if not section.title.strip():
                continue
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            parent = stack[-1][1] if stack else None
            item = QTreeWidgetItem([section.title])
            item.setData(0, ANCHOR_ROLE, section.anchor)
            item.setToolTip(0, section.title)
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            stack.append((section.level, item))
            self._items.setdefault(section.anchor, item)
        self.expandToDepth(1)

    def anchors(self) -> list[str]:
        return list(self._items)

    def titles(self) -> list[str]:
        return [item.text(0) for item in self._items.values()]

    def current_anchor(self) -> str:
        item = self.currentItem()
        return str(item.data(0, ANCHOR_ROLE)) if item is not None else ""

    def set_current(self, anchor: str) -> None:
        """Highlight the section the reader is in, without emitting ``sectionActivated``."""
        item = self._items.get(anchor)
        if item is self.currentItem():
            return
        blocked = self.blockSignals(True)
        if item is None:
            self.setCurrentIndex(QModelIndex())
            self.clearSelection()
        else:
            self.setCurrentItem(item)
            self.scrollToItem(item)
        self.blockSignals(blocked)

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.sectionActivated.emit(str(item.data(0, ANCHOR_ROLE)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 (Qt naming)
        self.setAccessibleName(self.tr("Contents"))
        self.setAccessibleDescription(self.tr("Sections of this document"))
