"""SQLAlchemy 2 typed models: the catalogue (rebuildable from content) and the user's own data.

They live in two SQLite files so that an import, a reindex or a sync can never touch what the user
wrote. Schema changes go through the Alembic migrations in ``tipdesk/core/migrations``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class CatalogueBase(DeclarativeBase):
    type_annotation_map = {list[str]: JSON}


class DocumentRow(CatalogueBase):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(2), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    group_key: Mapped[str | None] = mapped_column(String(80), index=True)
    topics: Mapped[list[str]] = mapped_column(default=list)
    regions: Mapped[list[str]] = mapped_column(default=list)
    countries: Mapped[list[str]] = mapped_column(default=list)
    audience: Mapped[list[str]] = mapped_column(default=list)
    publisher: Mapped[str] = mapped_column(Text, default="")
    source_url: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str] = mapped_column(String(10), default="")
    version: Mapped[str] = mapped_column(String(40), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    review: Mapped[str] = mapped_column(String(40), default="")
    origin: Mapped[str] = mapped_column(String(16), index=True)
    source_key: Mapped[str] = mapped_column(Text, index=True)
    fmt: Mapped[str] = mapped_column(String(8))
    content_hash: Mapped[str] = mapped_column(String(64))
    indexed_hash: Mapped[str | None] = mapped_column(String(64))
    markdown: Mapped[str | None] = mapped_column(Text)
    file_name: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(default=_now)

    sections: Mapped[list[SectionRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="SectionRow.ordinal"
    )


class SectionRow(CatalogueBase):
    __tablename__ = "sections"
    __table_args__ = (Index("ix_sections_doc_anchor", "doc_id", "anchor", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    anchor: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    document: Mapped[DocumentRow] = relationship(back_populates="sections")


class IndexTombstone(CatalogueBase):
    """A document removed from the catalogue whose removal the search index has not seen yet."""

    __tablename__ = "index_tombstones"

    doc_id: Mapped[str] = mapped_column(String(80), primary_key=True)


class UserBase(DeclarativeBase):
    pass


class NoteRow(UserBase):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(80), index=True)
    anchor: Mapped[str] = mapped_column(String(120), default="")
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[dt.datetime] = mapped_column(default=_now)
    updated: Mapped[dt.datetime] = mapped_column(default=_now, onupdate=_now)


class BookmarkRow(UserBase):
    __tablename__ = "bookmarks"
    __table_args__ = (Index("ix_bookmarks_doc_anchor", "doc_id", "anchor", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(80))
    anchor: Mapped[str] = mapped_column(String(120), default="")
    label: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[dt.datetime] = mapped_column(default=_now)


class CollectionRow(UserBase):
    """A named, ordered list of documents and sections (a seminar pack is one)."""

    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="collection")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: seminar title, date, place…
    created: Mapped[dt.datetime] = mapped_column(default=_now)
    updated: Mapped[dt.datetime] = mapped_column(default=_now, onupdate=_now)

    items: Mapped[list[CollectionItemRow]] = relationship(
        back_populates="collection",
        cascade="all, delete-orphan",
        order_by="CollectionItemRow.position",
    )


class CollectionItemRow(UserBase):
    __tablename__ = "collection_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection_id: Mapped[int] = mapped_column(ForeignKey("collections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    doc_id: Mapped[str] = mapped_column(String(80))
    anchor: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)

    collection: Mapped[CollectionRow] = relationship(back_populates="items")


class SettingRow(UserBase):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class SearchHistoryRow(UserBase):
    __tablename__ = "search_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    query: Mapped[str] = mapped_column(Text)
    searched: Mapped[dt.datetime] = mapped_column(default=_now)
