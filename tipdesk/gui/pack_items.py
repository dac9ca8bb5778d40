"""The items of a pack as a list the trainer reorders by drag and drop (or Alt+Up/Down), and
onto which search results and reader locations can be dropped.

Other widgets offer a document or section with :func:`location_mime` (MIME type
``application/x-tipdesk-location``: a JSON list of ``{"doc_id", "anchor"}``).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from tipdesk.core.packview import PackView

LOCATION_MIME = "application/x-tipdesk-location"
ITEM_ID = Qt.ItemDataRole.UserRole


def location_mime(locations: list[tuple[str, str]]) -> QMimeData:
    """MIME data for dragging documents or sections (``[(doc_id, anchor)]``) onto a pack."""
    mime = QMimeData()
    payload = [{"doc_id": d, "anchor": a} for d, a in locations]
    mime.setData(LOCATION_MIME, json.dumps(payload).encode("utf-8"))
    return mime


def locations_from(mime: QMimeData) -> list[tuple[str, str]]:
    if not mime.hasFormat(LOCATION_MIME):
        return []
    try:
        raw = json.loads(bytes(mime.data(LOCATION_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(raw, list):
        return []
    return [
        (str(e["doc_id"]), str(e.get("anchor") or ""))
        for e in raw
        if isinstance(e, dict) and isinstance(e.get("doc_id"), str) and e["doc_id"]
    ]


def item_text(number: int, title: str, section: str, minutes: int, missing: bool) -> str:
    text = f"{number}. {title}" + (f" — {section}" if section else "")
    if minutes:
        text += f"  ·  {minutes} min"
    if missing:
        text += "  ⚠"
    return text


class PackItemsList(QListWidget):
    """Shows a pack's items; reports a new order and dropped locations."""

    orderChanged = Signal(list)  # item ids in their new order
    locationsDropped = Signal(list, int)  # [(doc_id, anchor)], row to insert at

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packItems")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.missing_text = ""

    def show_view(self, view: PackView | None, missing_text: str) -> None:
        current = self.current_item_id()
        self.clear()
        if view is None:
            return
        for number, (item, label) in enumerate(zip(view.pack.items, view.labels, strict=True)):
            row = QListWidgetItem(
                item_text(number + 1, label.title, label.section, item.minutes, label.missing)
            )
            row.setData(ITEM_ID, item.id)
            if label.missing:
                row.setToolTip(missing_text)
            self.addItem(row)
            if item.id == current:
                self.setCurrentItem(row)

    def item_ids(self) -> list[int]:
        return [int(self.item(row).data(ITEM_ID)) for row in range(self.count())]

    def current_item_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(ITEM_ID)) if item is not None else None

    def select_item(self, item_id: int) -> None:
        for row in range(self.count()):
            if int(self.item(row).data(ITEM_ID)) == item_id:
                self.setCurrentRow(row)

    def move_current(self, step: int) -> None:
        """Move the current item up (-1) or down (+1): the keyboard way to reorder."""
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        ids = self.item_ids()
        ids.insert(target, ids.pop(row))
        self.orderChanged.emit(ids)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    # --- drag and drop --------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [*super().mimeTypes(), LOCATION_MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(LOCATION_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(LOCATION_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        locations = locations_from(event.mimeData())
        if locations:
            row = self.indexAt(event.position().toPoint()).row()
            self.locationsDropped.emit(locations, row if row >= 0 else self.count())
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        super().dropEvent(event)  # an internal move: the list reorders itself
        self.orderChanged.emit(self.item_ids())
