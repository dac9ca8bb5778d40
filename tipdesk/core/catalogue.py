"""The catalogue: the documents the library holds, their sections and text.

It lives in SQLite and can always be rebuilt from the content.."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tipdesk.core.db import DocumentRow, IndexTombstone, SectionRow
from tipdesk.core.errors import StorageError
from tipdesk.core.i18n import CONTEXT, QT_TRANSLATE_NOOP
from tipdesk.core.migrate import make_engine, upgrade
from tipdesk.core.model import DocumentMeta, Section
from tipdesk.core.parse import ParsedDocument


@dataclass(frozen=True)
class StoredSource:
    doc_id: str
    origin: str
    source_key: str
    content_hash: str


def row_to_meta(row: DocumentRow) -> DocumentMeta:
    return DocumentMeta(
        id=row.id,
        title=row.title,
        language=row.language,
        kind=row.kind,
        group=row.group_key,
        topics=tuple(row.topics),
        regions=tuple(row.regions),
        countries=tuple(row.countries),
        audience=tuple(row.audience),
        publisher=row.publisher,
        source_url=row.source_url,
        published=row.published,
        version=row.version,
        summary=row.summary,
        review=row.review,
        origin=row.origin,
        fmt=row.fmt,
        content_hash=row.content_hash,
    )


def _fill_row(
    row: DocumentRow, parsed: ParsedDocument, origin: str, source_key: str, file_name: str | None
) -> None:
    meta = parsed.meta
    row.title, row.language, row.kind = meta.title, meta.language, meta.kind
    row.group_key = meta.group
    row.topics, row.regions = list(meta.topics), list(meta.regions)
    row.countries, row.audience = list(meta.countries), list(meta.audience)
    row.publisher, row.source_url, row.published = meta.publisher, meta.source_url, meta.published
    row.version, row.summary, row.review = meta.version, meta.summary, meta.review
    row.origin, row.source_key, row.fmt = origin, source_key, parsed.fmt
    row.content_hash, row.indexed_hash = meta.content_hash, None
    row.markdown, row.file_name = parsed.markdown, file_name
    row.sections = [
        SectionRow(
            ordinal=n, anchor=s.anchor, title=s.title, level=s.level, page=s.page, text=s.text
        )
        for n, s in enumerate(parsed.sections)
    ]


class Catalogue:
    """Reads and writes the catalogue database. Every write is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        upgrade(self.engine, "catalogue", path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._shared: Session | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction, or the enclosing one when inside ``transaction()``."""
        if self._shared is not None:
            yield self._shared
            return
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every write inside one transaction: all of it is stored, or none of it."""
        try:
            with self._sessions.begin() as session:
                self._shared = session
                try:
                    yield
                finally:
                    self._shared = None
        except OperationalError as exc:
            raise storage_error(exc) from exc

    def close(self) -> None:
        self.engine.dispose()

    # --- writes -------------------------------------------------------------------------------
    def store(
        self, parsed: ParsedDocument, origin: str, source_key: str, file_name: str | None
    ) -> str:
        """Insert or replace a document; return 'added' or 'updated'."""
        with self.session() as session:
            row = session.get(DocumentRow, parsed.meta.id)
            outcome = "updated" if row is not None else "added"
            if row is None:
                row = DocumentRow(id=parsed.meta.id)
                session.add(row)
            else:
                row.sections.clear()
                session.flush()
            _fill_row(row, parsed, origin, source_key, file_name)
            session.execute(delete(IndexTombstone).where(IndexTombstone.doc_id == row.id))
        return outcome

    def remove(self, doc_ids: Iterable[str]) -> list[str]:
        ids = list(doc_ids)
        if not ids:
            return []
        with self.session() as session:
            found = list(session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(ids))))
            session.execute(delete(SectionRow).where(SectionRow.doc_id.in_(found)))
            session.execute(delete(DocumentRow).where(DocumentRow.id.in_(found)))
            for doc_id in found:
                session.merge(IndexTombstone(doc_id=doc_id))
        return found

    def mark_indexed(self, doc_ids: Sequence[str], removed: Sequence[str]) -> None:
        with self.session() as session:
            if doc_ids:
                session.execute(
                    update(DocumentRow)
                    .where(DocumentRow.id.in_(doc_ids))
                    .values(indexed_hash=DocumentRow.content_hash)
                )
            if removed:
                session.execute(delete(IndexTombstone).where(IndexTombstone.doc_id.in_(removed)))

    def mark_all_unindexed(self) -> None:
        with self.session() as session:
            session.execute(update(DocumentRow).values(indexed_hash=None))
            session.execute(delete(IndexTombstone))

    # --- reads --------------------------------------------------------------------------------
    def sources(self) -> dict[str, StoredSource]:
        with self.session() as session:
            rows = session.execute(
                select(
                    DocumentRow.id,
                    DocumentRow.origin,
                    DocumentRow.source_key,
                    DocumentRow.content_hash,
                )
            )
            return {r.id: StoredSource(r.id, r.origin, r.source_key, r.content_hash) for r in rows}

    def all_meta(self) -> list[DocumentMeta]:
        """Every document's metadata: plain columns only (not the text), no ORM objects."""
        t = DocumentRow.__table__.c
        stmt = select(t.id, t.title, t.language, t.kind, t.group_key, t.topics, t.regions,
                      t.countries, t.audience, t.publisher, t.source_url, t.published, t.version,
                      t.summary, t.review, t.origin, t.fmt, t.content_hash).order_by(t.title)
        with self.session() as session:
            return [
                DocumentMeta(r.id, r.title, r.language, r.kind, r.group_key, tuple(r.topics),
                             tuple(r.regions), tuple(r.countries), tuple(r.audience),
                             r.publisher, r.source_url, r.published, r.version, r.summary,
                             r.review, r.origin, r.fmt, r.content_hash)
                for r in session.execute(stmt)
            ]

    def get(self, doc_id: str) -> tuple[DocumentMeta, list[Section], str | None, str | None] | None:
        with self.session() as session:
            row = session.get(DocumentRow, doc_id)
            if row is None:
                return None
            sections = [Section(s.anchor, s.title, s.level, s.text, s.page) for s in row.sections]
            return row_to_meta(row), sections, row.markdown, row.file_name

    def sections_of(self, doc_ids: Sequence[str]) -> dict[str, list[Section]]:
        """The sections of several documents, in order, in one query (no ORM objects: fast)."""
        out: dict[str, list[Section]] = {doc_id: [] for doc_id in doc_ids}
        if not out:
            return out
        table = SectionRow.__table__
        stmt = (select(table.c.doc_id, table.c.anchor, table.c.title, table.c.level,
                       table.c.text, table.c.page)
                .where(table.c.doc_id.in_(list(out)))
                .order_by(table.c.doc_id, table.c.ordinal))
        with self.session() as session:
            for doc_id, anchor, title, level, text, page in session.execute(stmt):
                out[doc_id].append(Section(anchor, title, level, text, page))
        return out

    def documents_for_index(
        self, doc_ids: Sequence[str]
    ) -> list[tuple[DocumentMeta, list[Section]]]:
        out = []
        for doc_id in doc_ids:
            found = self.get(doc_id)
            if found is not None:
                out.append((found[0], found[1]))
        return out

    def pending_index(self) -> tuple[list[str], list[str]]:
        """(ids to (re)index, ids to remove from the index) after an interrupted write."""
        with self.session() as session:
            stale = list(
                session.scalars(
                    select(DocumentRow.id).where(
                        (DocumentRow.indexed_hash.is_(None))
                        | (DocumentRow.indexed_hash != DocumentRow.content_hash)
                    )
                )
            )
            gone = list(session.scalars(select(IndexTombstone.doc_id)))
            return stale, gone

    def counts(self) -> tuple[int, int]:
        with self.session() as session:
            docs = session.scalar(select(func.count()).select_from(DocumentRow)) or 0
            sections = session.scalar(select(func.count()).select_from(SectionRow)) or 0
            return docs, sections

    def all_ids(self) -> list[str]:
        with self.session() as session:
            return list(session.scalars(select(DocumentRow.id)))


def storage_error(exc: Exception) -> StorageError:
    text = str(exc).lower()
    if "full" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The disk is full: free some space and try again. Nothing in the library was lost.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(CONTEXT, "The library folder is read-only: {path}"), path=str(exc)
        )
    return StorageError(
        QT_TRANSLATE_NOOP(CONTEXT, "The library database could not be written: {detail}"),
        detail=str(exc).splitlines()[0],
    )
