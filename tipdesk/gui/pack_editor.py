"""Editing one seminar pack: seminar details, the ordered items, a note and minutes per item.

Every change is written at once (on the worker) and the pack is read back, so what is shown is
always what is stored. ``PacksPanel`` hosts this editor next to the list of packs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.packs import MAX_MINUTES, PackStore, SeminarDetails
from tipdesk.core.packview import PackView, load_pack_view
from tipdesk.gui.context import AppContext
from tipdesk.gui.pack_items import PackItemsList

NOTE_SAVE_MS = 500


class PackEditor(QWidget):
    openRequested = Signal(str, str, object)  # doc_id, anchor, page
    presentRequested = Signal(int)
    handoutRequested = Signal(int)
    viewChanged = Signal(object)  # PackView | None, after every (re)load

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packEditor")
        self.context = context
        self.view: PackView | None = None
        self._build()
        self.retranslateUi()
        self.show_view(None)

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("seminarTitle")
        self.date = QLineEdit()
        self.date.setObjectName("seminarDate")
        self.date.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^$|^\d{4}(-\d{2}(-\d{2})?)?$"))
        )
        self.place = QLineEdit()
        self.place.setObjectName("seminarPlace")
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.title, self.date, self.place), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
            field.editingFinished.connect(self.save_details)
        self.items_label = QLabel()
        self.items = PackItemsList()
        self.items_label.setBuddy(self.items)
        self.items.orderChanged.connect(self.set_order)
        self.items.locationsDropped.connect(self.add_locations)
        self.items.currentRowChanged.connect(lambda _row: self._show_item())
        self.items.itemActivated.connect(lambda _item: self.open_current())
        self.total = QLabel()
        self.total.setObjectName("packTotal")
        self.note_label = QLabel()
        self.note = QPlainTextEdit()
        self.note.setObjectName("itemNote")
        self.note_label.setBuddy(self.note)
        self.minutes_label = QLabel()
        self.minutes = QSpinBox()
        self.minutes.setObjectName("itemMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes_label.setBuddy(self.minutes)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_MS)
        self._note_timer.timeout.connect(self.save_item)
        self.note.textChanged.connect(self._note_edited)
        self.minutes.valueChanged.connect(self._minutes_edited)
        self._loading = False
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (
            ("up", lambda: self.items.move_current(-1)),
            ("down", lambda: self.items.move_current(1)),
            ("remove", self.remove_current),
            ("open", self.open_current),
            ("present", lambda: self._emit_pack(self.presentRequested)),
            ("handouts", lambda: self._emit_pack(self.handoutRequested)),
        ):
            button = QPushButton()
            button.setObjectName(f"pack-{name}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes_label)
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)
        minutes_row.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 3)
        layout.addLayout(row)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        layout.addLayout(minutes_row)

    # --- showing --------------------------------------------------------------------------------
    @property
    def pack_id(self) -> int | None:
        return self.view.pack.id if self.view is not None else None

    def load(self, pack_id: int | None) -> None:
        if pack_id is None:
            self.show_view(None)
            return
        self.run(lambda lib: load_pack_view(lib, pack_id), self.show_view)

    def show_view(self, view: PackView | None) -> None:
        self.view = view
        self._loading = True
        details = view.pack.details if view else SeminarDetails()
        for field, value in (
            (self.title, details.title),
            (self.date, details.date),
            (self.place, details.place),
        ):
            if not field.hasFocus():
                field.setText(value)
            field.setEnabled(view is not None)
        self.items.show_view(view, self.tr("This document is no longer in the library."))
        minutes = view.pack.minutes if view else 0
        self.total.setText(self.tr("Planned: %n minute(s)", "", minutes))
        has_items = view is not None and bool(view.pack.items)
        for button in self.buttons.values():
            button.setEnabled(has_items)
        self._loading = False
        self._show_item()
        self.viewChanged.emit(view)

    def _current(self) -> Any:
        item_id = self.items.current_item_id()
        return self.view.pack.item(item_id) if self.view and item_id is not None else None

    def _show_item(self) -> None:
        item = self._current()
        self._loading = True
        if not self.note.hasFocus() or item is None:
            self.note.setPlainText(item.note if item else "")
        self.minutes.setValue(item.minutes if item else 0)
        for widget in (self.note, self.minutes):
            widget.setEnabled(item is not None)
        self._loading = False

    # --- writing --------------------------------------------------------------------------------
    def run(self, fn: Callable[[Any], Any], then: Callable[[Any], None] | None = None) -> None:
        library = self.context.library
        job = self.context.worker.call(lambda: fn(library))
        if then is not None:
            job.done.connect(then)
        job.error.connect(self.context.errors.job_failed)

    def _change(self, fn: Callable[[PackStore], Any], select: int | None = None) -> None:
        """Write with the pack store on the worker, then show the pack as stored."""
        pack_id = self.pack_id
        if pack_id is None:
            return

        def work(lib: Any) -> PackView | None:
            fn(PackStore(lib.user))
            return load_pack_view(lib, pack_id)

        def shown(view: PackView | None) -> None:
            self.show_view(view)
            if select is not None:
                self.items.select_item(select)

        self.run(work, shown)

    def save_details(self) -> None:
        if self.view is None or self._loading:
            return
        details = SeminarDetails(
            self.title.text().strip(), self.date.text().strip(), self.place.text().strip()
        )
        if details != self.view.pack.details:
            pack_id = self.view.pack.id
            self._change(lambda store: store.set_details(pack_id, details))

    def set_order(self, item_ids: list[int]) -> None:
        if self.view is None:
            return
        pack_id, current = self.view.pack.id, self.items.current_item_id()
        self._change(lambda store: store.set_order(pack_id, item_ids), select=current)

    def add_locations(self, locations: list[tuple[str, str]], row: int = -1) -> None:
        """Add documents or sections (from a drop, or the window's "add to pack")."""
        if self.view is None or not locations:
            return
        pack_id = self.view.pack.id
        at = row if row >= 0 else None

        def add(store: PackStore) -> None:
            for offset, (doc_id, anchor) in enumerate(locations):
                position = None if at is None else at + offset
                store.add_item(pack_id, doc_id, anchor, position=position)

        self._change(add)

    def remove_current(self) -> None:
        item_id = self.items.current_item_id()
        if item_id is not None:
            self._change(lambda store: store.remove_item(item_id))

    def _note_edited(self) -> None:
        if not self._loading:
            self._note_timer.start()

    def _minutes_edited(self, _value: int) -> None:
        if not self._loading:
            self.save_item()

    def save_item(self) -> None:
        self._note_timer.stop()
        item = self._current()
        if item is None:
            return
        note, minutes = self.note.toPlainText(), self.minutes.value()
        if (note, minutes) != (item.note, item.minutes):
            self._change(
                lambda store: store.update_item(item.id, note=note, minutes=minutes), select=item.id
            )

    def open_current(self) -> None:
        item = self._current()
        if item is not None:
            self.openRequested.emit(item.doc_id, item.anchor, None)

    def _emit_pack(self, signal: Any) -> None:
        if self.pack_id is not None:
            self.save_item()
            signal.emit(self.pack_id)

    # --- language -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        for label, text in zip(
            self.labels,
            (self.tr("Seminar &title:"), self.tr("&Date:"), self.tr("P&lace:")),
            strict=True,
        ):
            label.setText(text)
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.items_label.setText(self.tr("&Items (drag to reorder, or Alt+Up / Alt+Down):"))
        self.note_label.setText(self.tr("Trainer's &note for this item:"))
        self.minutes_label.setText(self.tr("Planned &minutes:"))
        texts = {
            "up": self.tr("Move up"),
            "down": self.tr("Move down"),
            "remove": self.tr("Remove"),
            "open": self.tr("Open"),
            "present": self.tr("Present"),
            "handouts": self.tr("Handouts…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.items.setAccessibleName(self.tr("Items of the pack"))
        self.note.setAccessibleName(self.tr("Trainer's note"))
        if self.view is not None:
            self.show_view(self.view)
