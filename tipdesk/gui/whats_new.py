"""The documents the last sync added or revised; double-click (or Enter) opens one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from tipdesk.gui.i18n import LANGUAGES
from tipdesk.sync.report import ADDED, UPDATED, DocumentChange


class WhatsNewList(QTreeWidget):
    """Title, language and what happened, newest sync only; withdrawn documents are not listed
    (they are gone), the summary above the list counts them."""

    openRequested = Signal(str, str, object)  # doc_id, anchor ("" = top), PDF page (None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatsNew")
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.changes: tuple[DocumentChange, ...] = ()
        self.itemActivated.connect(self._activated)
        self.retranslateUi()

    def show_changes(self, changes: Sequence[DocumentChange]) -> None:
        self.changes = tuple(c for c in changes if c.change in (ADDED, UPDATED))
        self.clear()
        for change in sorted(self.changes, key=lambda c: (c.change != ADDED, c.title.casefold())):
            item = QTreeWidgetItem(self, ["", "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, change.doc_id)
            item.setData(1, Qt.ItemDataRole.UserRole, change.language)
            item.setData(2, Qt.ItemDataRole.UserRole, change.change)
            self._describe(item, change.title)
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)

    def rows(self) -> list[tuple[str, str, str]]:
        """(title, language, change) as shown, for tests and screenshots."""
        return [(item.text(0), item.text(1), item.text(2)) for item in self._items()]

    def doc_ids(self) -> list[str]:
        return [str(item.data(0, Qt.ItemDataRole.UserRole)) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(row) for row in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _describe(self, item: QTreeWidgetItem, title: str | None = None) -> None:
        if title is not None:
            item.setText(0, title)
            item.setToolTip(0, title)
        language = str(item.data(1, Qt.ItemDataRole.UserRole))
        item.setText(1, LANGUAGES.get(language, language))
        added = item.data(2, Qt.ItemDataRole.UserRole) == ADDED
        item.setText(2, self.tr("New") if added else self.tr("Revised"))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        if doc_id:
            self.openRequested.emit(str(doc_id), "", None)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setHeaderLabels([self.tr("Document"), self.tr("Language"), self.tr("Change")])
        self.setAccessibleName(self.tr("What's new: documents added or revised by the last sync"))
        self.setToolTip(self.tr("Double-click a document, or press Enter, to open it"))
        for item in self._items():
            self._describe(item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
