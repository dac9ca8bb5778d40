"""Seminar packs: a trainer's ordered list of documents and sections, with notes and minutes.

A pack is a row of ``collections`` with kind ``"pack"``; its seminar details (title, date, place)
live in the row's ``details`` JSON, its items in ``collection_items``. Everything is in the user
database, which no import, reindex or sync writes to.

    packs = PackStore(lib.user)
    pack = packs.create("Border officials, day 1", SeminarDetails("Identifying victims",
                        "2025-03-14", "Quito"))
    packs.add_item(pack.id, "palermo-protocol-en", "article-3", note="Read aloud", minutes=10)
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tipdesk.core.db import CollectionItemRow, CollectionRow
from tipdesk.core.errors import UserError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.userdata import UserData

PACK_KIND = "pack"
MAX_NAME = 200
MAX_MINUTES = 24 * 60
MAX_NOTE = 20_000


class PackError(UserError):
    """A pack operation that cannot be done (unknown pack, empty name, …)."""


@dataclass(frozen=True)
class SeminarDetails:
    """Where and when the seminar takes place; every field may be empty."""

    title: str = ""
    date: str = ""  # ISO date "YYYY-MM-DD", or empty
    place: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"title": self.title, "date": self.date, "place": self.place}

    @classmethod
    def from_dict(cls, raw: Any) -> SeminarDetails:
        if not isinstance(raw, dict):
            return cls()
        return cls(*(str(raw.get(k) or "")[:MAX_NAME] for k in ("title", "date", "place")))


@dataclass(frozen=True)
class PackItem:
    """One document (``anchor`` empty) or one section of it, in a pack."""

    id: int
    position: int
    doc_id: str
    anchor: str = ""
    note: str = ""
    minutes: int = 0


@dataclass(frozen=True)
class Pack:
    id: int
    name: str
    details: SeminarDetails = SeminarDetails()
    items: tuple[PackItem, ...] = field(default_factory=tuple)
    updated: dt.datetime | None = None

    @property
    def minutes(self) -> int:
        """The planned duration of the whole pack."""
        return sum(item.minutes for item in self.items)

    def item(self, item_id: int) -> PackItem | None:
        return next((i for i in self.items if i.id == item_id), None)


def clean_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise PackError(QT_TRANSLATE_NOOP(CONTEXT, "A seminar pack needs a name."))
    return cleaned[:MAX_NAME]


def clean_minutes(minutes: int) -> int:
    try:
        value = int(minutes)
    except (TypeError, ValueError):
        value = -1
    if not 0 <= value <= MAX_MINUTES:
        raise PackError(
            QT_TRANSLATE_NOOP(CONTEXT, "The planned time must be between 0 and {max} minutes."),
            max=MAX_MINUTES,
        )
    return value


def _details(row: CollectionRow) -> SeminarDetails:
    try:
        return SeminarDetails.from_dict(json.loads(row.details or "{}"))
    except ValueError:
        return SeminarDetails()


def _to_pack(row: CollectionRow) -> Pack:
    items = tuple(
        PackItem(i.id, i.position, i.doc_id, i.anchor, i.note, i.minutes) for i in row.items
    )
    return Pack(row.id, row.name, _details(row), items, row.updated)


class PackStore:
    """Reads and writes seminar packs in the user database; each call is one transaction."""

    def __init__(self, user: UserData) -> None:
        self.user = user

    # --- packs ----------------------------------------------------------------------------------
    def packs(self) -> list[Pack]:
        """Every pack, by name."""
        with self.user.session() as session:
            stmt = select(CollectionRow).where(CollectionRow.kind == PACK_KIND)
            rows = session.scalars(stmt.order_by(func.lower(CollectionRow.name), CollectionRow.id))
            return [_to_pack(row) for row in rows]

    def get(self, pack_id: int) -> Pack | None:
        with self.user.session() as session:
            row = session.get(CollectionRow, pack_id)
            return _to_pack(row) if row is not None and row.kind == PACK_KIND else None

    def create(self, name: str, details: SeminarDetails | None = None) -> Pack:
        with self.user.session() as session:
            row = CollectionRow(
                name=clean_name(name),
                kind=PACK_KIND,
                details=json.dumps((details or SeminarDetails()).to_dict()),
            )
            session.add(row)
            session.flush()
            return _to_pack(row)

    def rename(self, pack_id: int, name: str) -> Pack:
        with self.user.session() as session:
            row = self._pack_row(session, pack_id)
            row.name = clean_name(name)
            session.flush()
            return _to_pack(row)

    def set_details(self, pack_id: int, details: SeminarDetails) -> Pack:
        with self.user.session() as session:
            row = self._pack_row(session, pack_id)
            row.details = json.dumps(SeminarDetails.from_dict(details.to_dict()).to_dict())
            session.flush()
            return _to_pack(row)

    def duplicate(self, pack_id: int, name: str | None = None) -> Pack:
        """A copy of the pack with its details and items (notes and minutes included)."""
        with self.user.session() as session:
            row = self._pack_row(session, pack_id)
            copy = CollectionRow(
                name=clean_name(name or self.copy_name(session, row.name)),
                kind=PACK_KIND,
                details=row.details,
            )
            copy.items = [
                CollectionItemRow(
                    position=i.position,
                    doc_id=i.doc_id,
                    anchor=i.anchor,
                    note=i.note,
                    minutes=i.minutes,
                )
                for i in row.items
            ]
            session.add(copy)
            session.flush()
            return _to_pack(copy)

    def delete(self, pack_id: int) -> None:
        with self.user.session() as session:
            session.delete(self._pack_row(session, pack_id))

    def unique_name(self, name: str) -> str:
        """``name``, or ``name (2)``, ``name (3)``… when a pack already has it."""
        with self.user.session() as session:
            return self._free_name(session, clean_name(name))

    @staticmethod
    def copy_name(session: Session, name: str) -> str:
        return PackStore._free_name(session, clean_name(name))

    @staticmethod
    def _free_name(session: Session, name: str) -> str:
        stmt = select(CollectionRow.name).where(CollectionRow.kind == PACK_KIND)
        taken = {n.casefold() for n in session.scalars(stmt)}
        if name.casefold() not in taken:
            return name
        number = 2
        while f"{name} ({number})".casefold() in taken:
            number += 1
        return f"{name} ({number})"

    # --- items ----------------------------------------------------------------------------------
    def add_item(
        self,
        pack_id: int,
        doc_id: str,
        anchor: str = "",
        *,
        note: str = "",
        minutes: int = 0,
        position: int | None = None,
    ) -> PackItem:
        """Add a document (or one of its sections) at ``position`` (default: at the end)."""
        if not doc_id:
            raise PackError(QT_TRANSLATE_NOOP(CONTEXT, "Choose a document to add to the pack."))
        with self.user.session() as session:
            row = self._pack_row(session, pack_id)
            item = CollectionItemRow(
                doc_id=doc_id,
                anchor=anchor or "",
                note=note[:MAX_NOTE],
                minutes=clean_minutes(minutes),
                position=len(row.items),
            )
            items = list(row.items)
            at = len(items) if position is None else max(0, min(position, len(items)))
            items.insert(at, item)
            row.items = items
            _renumber(items)
            session.flush()
            return PackItem(
                item.id, item.position, item.doc_id, item.anchor, item.note, item.minutes
            )

    def update_item(
        self, item_id: int, *, note: str | None = None, minutes: int | None = None
    ) -> PackItem:
        with self.user.session() as session:
            item = self._item_row(session, item_id)
            if note is not None:
                item.note = note[:MAX_NOTE]
            if minutes is not None:
                item.minutes = clean_minutes(minutes)
            return PackItem(
                item.id, item.position, item.doc_id, item.anchor, item.note, item.minutes
            )

    def move_item(self, item_id: int, position: int) -> Pack:
        """Move an item to ``position`` (0 = first); the others close up around it."""
        with self.user.session() as session:
            item = self._item_row(session, item_id)
            row = item.collection
            items = [i for i in row.items if i.id != item_id]
            items.insert(max(0, min(position, len(items))), item)
            _renumber(items)
            session.flush()
            session.refresh(row)
            return _to_pack(row)

    def set_order(self, pack_id: int, item_ids: list[int]) -> Pack:
        """Put the items in the order of ``item_ids`` (which must name each item once)."""
        with self.user.session() as session:
            row = self._pack_row(session, pack_id)
            by_id = {i.id: i for i in row.items}
            if sorted(item_ids) != sorted(by_id):
                raise PackError(QT_TRANSLATE_NOOP(CONTEXT, "The pack changed; reload it."))
            _renumber([by_id[i] for i in item_ids])
            session.flush()
            session.refresh(row)
            return _to_pack(row)

    def remove_item(self, item_id: int) -> Pack:
        with self.user.session() as session:
            item = self._item_row(session, item_id)
            row = item.collection
            row.items = [i for i in row.items if i.id != item_id]
            _renumber(row.items)
            session.flush()
            return _to_pack(row)

    # --- rows -----------------------------------------------------------------------------------
    @staticmethod
    def _pack_row(session: Session, pack_id: int) -> CollectionRow:
        row = session.get(CollectionRow, pack_id)
        if row is None or row.kind != PACK_KIND:
            raise PackError(
                QT_TRANSLATE_NOOP(CONTEXT, "This seminar pack no longer exists."), id=pack_id
            )
        return row

    @staticmethod
    def _item_row(session: Session, item_id: int) -> CollectionItemRow:
        item = session.get(CollectionItemRow, item_id)
        if item is None or item.collection.kind != PACK_KIND:
            raise PackError(
                QT_TRANSLATE_NOOP(CONTEXT, "This item is no longer in the pack."), id=item_id
            )
        return item


def _renumber(items: list[CollectionItemRow]) -> None:
    for number, item in enumerate(items):
        item.position = number
