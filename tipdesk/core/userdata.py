"""The user's own data: notes, bookmarks, collections (seminar packs), settings, search history.

It lives in its own database (``user.sqlite``) that no import, reindex or sync ever writes to.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tipdesk.core.catalogue import storage_error
from tipdesk.core.db import BookmarkRow, NoteRow, SearchHistoryRow, SettingRow
from tipdesk.core.migrate import make_engine, upgrade


@dataclass(frozen=True)
class Note:
    id: int
    doc_id: str
    anchor: str
    text: str
    updated: dt.datetime


@dataclass(frozen=True)
class Bookmark:
    id: int
    doc_id: str
    anchor: str
    label: str
    created: dt.datetime


class UserData:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self.backup = upgrade(self.engine, "user", path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise storage_error(exc) from exc

    def close(self) -> None:
        self.engine.dispose()

    # --- notes ----------------------------------------------------------------------------------
    def add_note(self, doc_id: str, text: str, anchor: str = "") -> Note:
        with self.session() as session:
            row = NoteRow(doc_id=doc_id, anchor=anchor, text=text)
            session.add(row)
            session.flush()
            return Note(row.id, row.doc_id, row.anchor, row.text, row.updated)

    def update_note(self, note_id: int, text: str) -> None:
        with self.session() as session:
            row = session.get(NoteRow, note_id)
            if row is not None:
                row.text = text

    def delete_note(self, note_id: int) -> None:
        with self.session() as session:
            session.execute(delete(NoteRow).where(NoteRow.id == note_id))

    def notes(self, doc_id: str | None = None) -> list[Note]:
        with self.session() as session:
            stmt = select(NoteRow).order_by(NoteRow.doc_id, NoteRow.created)
            if doc_id is not None:
                stmt = stmt.where(NoteRow.doc_id == doc_id)
            return [
                Note(r.id, r.doc_id, r.anchor, r.text, r.updated) for r in session.scalars(stmt)
            ]

    # --- bookmarks ------------------------------------------------------------------------------
    def add_bookmark(self, doc_id: str, anchor: str = "", label: str = "") -> Bookmark:
        with self.session() as session:
            row = session.scalar(
                select(BookmarkRow).where(
                    BookmarkRow.doc_id == doc_id, BookmarkRow.anchor == anchor
                )
            )
            if row is None:
                row = BookmarkRow(doc_id=doc_id, anchor=anchor, label=label)
                session.add(row)
                session.flush()
            return Bookmark(row.id, row.doc_id, row.anchor, row.label, row.created)

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self.session() as session:
            session.execute(delete(BookmarkRow).where(BookmarkRow.id == bookmark_id))

    def bookmarks(self) -> list[Bookmark]:
        with self.session() as session:
            rows = session.scalars(select(BookmarkRow).order_by(BookmarkRow.created))
            return [Bookmark(r.id, r.doc_id, r.anchor, r.label, r.created) for r in rows]

    # --- settings -------------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.session() as session:
            row = session.get(SettingRow, key)
            return json.loads(row.value) if row is not None else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.session() as session:
            session.merge(SettingRow(key=key, value=json.dumps(value)))

    # --- search history -------------------------------------------------------------------------
    def remember_search(self, query: str) -> None:
        if query.strip():
            with self.session() as session:
                session.add(SearchHistoryRow(query=query.strip()))

    def search_history(self, limit: int = 50) -> list[str]:
        with self.session() as session:
            stmt = select(SearchHistoryRow.query).order_by(SearchHistoryRow.id.desc()).limit(limit)
            return list(session.scalars(stmt))

    def clear_search_history(self) -> None:
        with self.session() as session:
            session.execute(delete(SearchHistoryRow))
