"""The Whoosh full-text index: one Whoosh document per library document, per-language fields.

Matching and ranking are per document (every word of a query may sit in a different section);
the best section of each hit is chosen afterwards, from the catalogue's text (see snippets.py).

The catalogue is the source of truth; this index can always be rebuilt from it. After every commit a
new searcher is opened (never ``searcher.refresh()``, which returns stale documents in
whoosh-reloaded 2.7.5; see shared/notes/search-engines.md).
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as windex
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.query import Every
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from tipdesk.core.analysis import analyzer, spelling_analyzer
from tipdesk.core.model import LANGUAGES, DocumentMeta, Section
from tipdesk.core.suggest import SPELL_FIELD

INDEX_NAME = "sections"
SCHEMA_VERSION = "4"


def build_schema() -> Schema:
    schema = Schema(
        doc_id=ID(stored=True, unique=True, sortable=True),
        language=ID,
        kind=ID,
        topics=KEYWORD(commas=True, lowercase=True),
        countries=KEYWORD(commas=True, lowercase=False),
        year=ID,
    )
    schema.add(SPELL_FIELD, TEXT(analyzer=spelling_analyzer(), phrase=False))
    for language in LANGUAGES:
        lang_analyzer = analyzer(language)
        schema.add(f"title_{language}", TEXT(analyzer=lang_analyzer))
        schema.add(f"body_{language}", TEXT(analyzer=lang_analyzer))
    return schema


@dataclass(frozen=True)
class IndexedDocument:
    meta: DocumentMeta
    sections: tuple[Section, ...]


_WORDS = re.compile(r"\w+")


def _document_fields(meta: DocumentMeta, sections: tuple[Section, ...]) -> dict[str, str]:
    lang = meta.language
    year = meta.year
    body = "\n\n".join([meta.summary, *(s.text for s in sections)])
    return {
        "doc_id": meta.id,
        "language": lang,
        "kind": meta.kind,
        "topics": ",".join(meta.topics),
        "countries": ",".join(meta.countries),
        "year": str(year) if year else "",
        f"title_{lang}": meta.title,
        f"body_{lang}": body,
        SPELL_FIELD: " ".join(set(_WORDS.findall(f"{meta.title}\n{body}".lower()))),
    }


def _probe(ix: windex.Index) -> None:
    """Touch every segment's stored fields and term index, so damage shows now, not mid-search."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for _ in zip(range(2), reader.all_stored_fields(), strict=False):
            pass
        for _ in zip(range(2), reader.lexicon("doc_id"), strict=False):
            pass
        list(searcher.docs_for_query(Every()))


def _abandon(writer: IndexWriter) -> None:
    """Give up a writer and always release its lock, even when cancelling fails half-way."""
    try:
        if not getattr(writer, "is_closed", False):
            writer.cancel()
    except Exception:  # noqa: BLE001 - a failed cancel must not keep the index locked
        lock = getattr(writer, "writelock", None)
        if lock is not None:
            lock.release()


class IndexBatch:
    """Adds and removes documents inside one open writer (see ``SearchIndex.batch``)."""

    def __init__(self, writer: IndexWriter) -> None:
        self._writer = writer

    def add(self, document: IndexedDocument) -> None:
        self._writer.update_document(**_document_fields(document.meta, document.sections))

    def remove(self, doc_id: str) -> None:
        self._writer.delete_by_term("doc_id", doc_id)


class IndexCorrupt(Exception):
    """The index folder exists but cannot be opened."""


class SearchIndex:
    """A Whoosh index in one folder, with a cached searcher replaced after each commit."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.RLock()
        self._searcher: Searcher | None = None
        self._ix = self._open_or_create()

    def _open_or_create(self) -> windex.Index:
        version_file = self.directory / "SCHEMA_VERSION"
        try:
            exists = windex.exists_in(str(self.directory), INDEX_NAME)
            if exists:
                if not version_file.exists() or version_file.read_text().strip() != SCHEMA_VERSION:
                    raise IndexCorrupt("schema version changed")
                ix = windex.open_dir(str(self.directory), indexname=INDEX_NAME)
                _probe(ix)
                return ix
        except IndexCorrupt:
            raise
        except Exception as exc:  # whoosh raises many kinds of error on damaged files
            raise IndexCorrupt(str(exc)) from exc
        if self.directory.exists() and any(self.directory.iterdir()):
            raise IndexCorrupt("index files missing")
        self.directory.mkdir(parents=True, exist_ok=True)
        ix = windex.create_in(str(self.directory), build_schema(), indexname=INDEX_NAME)
        version_file.write_text(SCHEMA_VERSION)
        return ix

    @classmethod
    def recreate(cls, directory: Path) -> SearchIndex:
        """Delete whatever is in ``directory`` and start an empty index there."""
        if directory.exists():
            shutil.rmtree(directory)
        return cls(directory)

    def searcher(self) -> Searcher:
        with self._lock:
            if self._searcher is None:
                self._searcher = self._ix.searcher()
            return self._searcher

    def doc_count(self) -> int:
        return int(self._ix.doc_count())

    @contextmanager
    def batch(self) -> Iterator[IndexBatch]:
        """One writer and one commit for a whole import: one new segment, not one per file.

        An exception cancels everything written in the batch; the catalogue still marks those
        documents as not indexed, so the next open indexes them.
        """
        with self._lock:
            writer: IndexWriter = self._ix.writer(limitmb=128)
            try:
                yield IndexBatch(writer)
            except BaseException:
                _abandon(writer)
                raise
            try:
                writer.commit()
            except BaseException:  # e.g. the disk filled up while writing the segment
                _abandon(writer)
                raise
            finally:
                self._reset_searcher()

    def _reset_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None

    def optimize(self) -> None:
        """Merge all segments into one (slow; for package builds, never per update)."""
        with self._lock:
            self._ix.optimize()
            self._reset_searcher()

    def close(self) -> None:
        with self._lock:
            self._reset_searcher()
            self._ix.close()

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.directory.iterdir() if p.is_file())
