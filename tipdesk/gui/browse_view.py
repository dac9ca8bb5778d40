"""The whole library as a tree, for someone who does not know what to search for.

Two groupings, switchable: Kind → documents, or Topic → documents (a document appears under each
of its topics; the four pillars come first). Groups show how many documents they hold; their
documents are made only when a group is expanded, so a library of thousands opens at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.model import KINDS, DocumentMeta
from tipdesk.gui.vocabulary import kind_name, language_name, topic_name, topic_order

DOC_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 3
NO_TOPIC = ""


def group_by_kind(documents: Sequence[DocumentMeta]) -> list[tuple[str, list[DocumentMeta]]]:
    groups: dict[str, list[DocumentMeta]] = {}
    for meta in documents:
        groups.setdefault(meta.kind, []).append(meta)
    known = [k for k in KINDS if k in groups]
    others = sorted((k for k in groups if k not in KINDS), key=lambda k: kind_name(k).lower())
    return [(k, groups[k]) for k in known + others]


def group_by_topic(documents: Sequence[DocumentMeta]) -> list[tuple[str, list[DocumentMeta]]]:
    groups: dict[str, list[DocumentMeta]] = {}
    for meta in documents:
        for topic in meta.topics or (NO_TOPIC,):
            groups.setdefault(topic, []).append(meta)
    order = topic_order([t for t in groups if t != NO_TOPIC])
    if NO_TOPIC in groups:
        order.append(NO_TOPIC)
    return [(t, groups[t]) for t in order]


class BrowseTree(QTreeWidget):
    """Groups and documents; Enter or a double click on a document asks to open it."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setRootIsDecorated(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.itemExpanded.connect(self._fill_group)
        self.itemActivated.connect(self._activated)
        self._groups: dict[str, list[DocumentMeta]] = {}
        self._by = "kind"

    def show_groups(self, groups: list[tuple[str, list[DocumentMeta]]], by: str) -> None:
        self.clear()
        self._groups = dict(groups)
        self._by = by
        for key, _members in groups:
            item = QTreeWidgetItem(self, ["", ""])
            item.setData(0, GROUP_ROLE, key)
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self.relabel()
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)

    def group_items(self) -> Iterator[QTreeWidgetItem]:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None:
                yield item

    def relabel(self) -> None:
        """Name the groups and languages again (the interface language changed)."""
        name = kind_name if self._by == "kind" else topic_name
        for item in self.group_items():
            key = str(item.data(0, GROUP_ROLE))
            label = name(key) if key else self.tr("No topic")
            item.setText(0, f"{label} ({len(self._groups.get(key, []))})")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("{group}: {count} documents").format(
                             group=label, count=len(self._groups.get(key, []))))
            for index in range(item.childCount()):
                child = item.child(index)
                if child is not None:
                    child.setText(1, language_name(str(child.data(1, LANGUAGE_ROLE))))

    def _fill_group(self, item: QTreeWidgetItem) -> None:
        if item.childCount() or item.parent() is not None:
            return
        for meta in self._groups.get(str(item.data(0, GROUP_ROLE)), []):
            child = QTreeWidgetItem(item, [meta.title, language_name(meta.language)])
            child.setData(0, DOC_ROLE, meta.id)
            child.setData(1, LANGUAGE_ROLE, meta.language)
            child.setToolTip(0, meta.summary or meta.title)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        doc_id = item.data(0, DOC_ROLE)
        if doc_id:
            self.openRequested.emit(str(doc_id))
        else:
            item.setExpanded(not item.isExpanded())

    def open_current(self) -> bool:
        item = self.currentItem()
        if item is None:
            return False
        self._activated(item, 0)
        return True

    def document_titles(self) -> list[str]:
        """Every document title under every group (filling the groups), for tests and checks."""
        titles: list[str] = []
        for group in self.group_items():
            self._fill_group(group)
            children = (group.child(i) for i in range(group.childCount()))
            titles.extend(child.text(0) for child in children if child is not None)
        return titles

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.open_current():
            return
        super().keyPressEvent(event)


class BrowseView(QWidget):
    """A "By kind" / "By topic" switch above the tree."""

    openRequested = Signal(str)
    groupingChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_kind = QRadioButton(self)
        self.by_kind.setObjectName("browse-by-kind")
        self.by_topic = QRadioButton(self)
        self.by_topic.setObjectName("browse-by-topic")
        self.by_kind.setChecked(True)
        self._buttons = QButtonGroup(self)
        self._buttons.addButton(self.by_kind)
        self._buttons.addButton(self.by_topic)
        self._buttons.buttonToggled.connect(self._toggled)
        self.tree = BrowseTree(self)
        self.tree.setObjectName("browse-tree")
        self.tree.openRequested.connect(self.openRequested)
        switch = QHBoxLayout()
        switch.addWidget(self.by_kind)
        switch.addWidget(self.by_topic)
        switch.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(switch)
        layout.addWidget(self.tree, 1)
        self._documents: list[DocumentMeta] = []
        self.retranslateUi()

    @property
    def grouping(self) -> str:
        return "topic" if self.by_topic.isChecked() else "kind"

    def set_grouping(self, by: str) -> None:
        (self.by_topic if by == "topic" else self.by_kind).setChecked(True)

    def show_documents(self, documents: Sequence[DocumentMeta]) -> None:
        self._documents = list(documents)
        self._regroup()

    def _regroup(self) -> None:
        by = self.grouping
        group = group_by_topic if by == "topic" else group_by_kind
        self.tree.show_groups(group(self._documents), by)

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._regroup()
            self.groupingChanged.emit(self.grouping)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.by_kind.setText(self.tr("By &kind"))
        self.by_kind.setAccessibleName(self.tr("Browse by kind of document"))
        self.by_topic.setText(self.tr("By t&opic"))
        self.by_topic.setAccessibleName(self.tr("Browse by topic"))
        self.tree.setHeaderLabels([self.tr("Document"), self.tr("Language")])
        self.tree.setAccessibleName(self.tr("Library by kind and topic"))
        self.tree.setAccessibleDescription(
            self.tr("Expand a group to see its documents; press Enter to open one.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.tree.relabel()
        super().changeEvent(event)
