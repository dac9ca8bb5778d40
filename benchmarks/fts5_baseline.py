"""SQLite FTS5 baseline on the same documents and queries as TIPdesk.

One FTS5 table per language, ``unicode61 remove_diacritics 2`` (plus ``porter`` for English: FTS5
has no Spanish, French or Portuguese stemmer), ranked by ``bm25`` with the title weighted 2 and
the body 1, snippets from ``snippet()``. A query searches every language (like TIPdesk's default)
and the per-language top lists are merged by bm25 score. Query syntax: words are ANDed, phrases
stay in quotes, a prefix query's last word becomes ``"term"*``, typos are sent as typed (FTS5 has
no fuzzy matching). For the long natural-language test-collection queries, words are ORed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus_files import MarkdownDoc

LANGUAGES = ("en", "es", "fr", "pt")
TOKENIZERS = {
    "en": "porter unicode61 remove_diacritics 2",
    "es": "unicode61 remove_diacritics 2",
    "fr": "unicode61 remove_diacritics 2",
    "pt": "unicode61 remove_diacritics 2",
}
TITLE_WEIGHT = 2.0
BODY_WEIGHT = 1.0

_QUOTED_OR_WORD = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Fts5Hit:
    doc_id: str
    language: str
    title: str
    score: float
    snippet_html: str


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(query: str, *, prefix_last: bool = False) -> str:
    """Turn a user query into an FTS5 MATCH expression (implicit AND between parts)."""
    parts: list[str] = []
    for match in _QUOTED_OR_WORD.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                parts.append(_quote(" ".join(words)))
        else:
            parts.extend(_quote(w) for w in _WORD.findall(word))
    if prefix_last and parts and not query.rstrip().endswith('"'):
        parts[-1] += "*"
    return " ".join(parts)


def any_words_expression(query: str) -> str:
    """The words of a natural-language query joined with OR (duplicates dropped)."""
    words = dict.fromkeys(w.lower() for w in _WORD.findall(query))
    return " OR ".join(_quote(w) for w in words)


class Fts5Library:
    """A file-backed FTS5 index of benchmark documents."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA journal_mode=WAL")
        for language in LANGUAGES:
            self.connection.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS docs_{language} USING fts5("
                f"id UNINDEXED, title, body, tokenize='{TOKENIZERS[language]}')"
            )

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Fts5Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def add(self, docs: Iterable[MarkdownDoc]) -> int:
        """Insert documents (one transaction), then ``optimize`` each table; returns the count."""
        count = 0
        with self.connection:
            for doc in docs:
                language = doc.language if doc.language in TOKENIZERS else "en"
                self.connection.execute(
                    f"INSERT INTO docs_{language}(id, title, body) VALUES (?, ?, ?)",
                    (doc.id, doc.title, doc.body),
                )
                count += 1
            for language in LANGUAGES:
                self.connection.execute(f"INSERT INTO docs_{language}(docs_{language}) "
                                        "VALUES ('optimize')")
        return count

    def size_bytes(self) -> int:
        files = [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")]
        return sum(f.stat().st_size for f in files if f.exists())

    def _query_table(
        self, language: str, expression: str, limit: int, snippets: bool
    ) -> list[Fts5Hit]:
        table = f"docs_{language}"
        snippet = (
            f"snippet({table}, 2, '<mark>', '</mark>', '…', 16)" if snippets else "''"
        )
        sql = (
            f"SELECT id, title, bm25({table}, 0.0, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score, "
            f"{snippet} FROM {table} WHERE {table} MATCH ? ORDER BY score LIMIT ?"
        )
        try:
            rows = self.connection.execute(sql, (expression, limit)).fetchall()
        except sqlite3.OperationalError:
            return []
        return [Fts5Hit(r[0], language, r[1], r[2], r[3]) for r in rows]

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        prefix_last: bool = False,
        any_words: bool = False,
        snippets: bool = True,
        languages: Sequence[str] = LANGUAGES,
    ) -> list[Fts5Hit]:
        """Top ``limit`` hits over all ``languages``, best (lowest bm25) first."""
        if any_words:
            expression = any_words_expression(query)
        else:
            expression = match_expression(query, prefix_last=prefix_last)
        if not expression:
            return []
        hits: list[Fts5Hit] = []
        for language in languages:
            hits.extend(self._query_table(language, expression, limit, snippets))
        hits.sort(key=lambda hit: hit.score)
        return hits[:limit]


def build_fts5(path: Path, docs: Iterable[MarkdownDoc]) -> Fts5Library:
    """A fresh FTS5 index at ``path`` holding ``docs``."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    library = Fts5Library(path)
    library.add(docs)
    return library
