"""Answering a query: ranked documents pointing to their best section, facets, suggestions.

Matching and BM25 scoring run on cached per-term scores (scorer.py); facets are counted over
every matched document with per-searcher tables of facet values; snippets come from the best
section of each of the top hits (snippets.py).
"""

from __future__ import annotations

import heapq
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import chain

from whoosh.searching import Searcher

from tipdesk.core.catalogue import Catalogue
from tipdesk.core.index import SearchIndex
from tipdesk.core.model import LANGUAGES, DocumentMeta, FacetCount, Hit, SearchResults
from tipdesk.core.query import LanguageQuery, ParsedQuery, build_language_query, fields, parse_query
from tipdesk.core.scorer import Scores, TermScorer, all_of, any_of
from tipdesk.core.snippets import best_section
from tipdesk.core.suggest import suggest

FACETS = ("language", "kind", "topic", "country", "year")


@dataclass(frozen=True)
class Filters:
    language: str | None = None
    kind: str | None = None
    topic: str | None = None
    country: str | None = None
    year: int | None = None

    def values(self) -> dict[str, str | None]:
        return {"language": self.language, "kind": self.kind, "topic": self.topic,
                "country": self.country, "year": str(self.year) if self.year else None}

    def active(self) -> dict[str, str]:
        return {k: v for k, v in self.values().items() if v is not None}


def facet_values(meta: DocumentMeta, facet: str) -> tuple[str, ...]:
    if facet == "language":
        return (meta.language,)
    if facet == "kind":
        return (meta.kind,)
    if facet == "topic":
        return meta.topics
    if facet == "country":
        return meta.countries
    year = meta.year
    return (str(year),) if year else ()


class DocTable:
    """Per searcher: doc number -> id and facet values, and doc numbers per facet value."""

    def __init__(self, ids: list[str], metadata: Mapping[str, DocumentMeta]) -> None:
        self.ids = ids
        self.values: dict[str, list[tuple[str, ...]]] = {f: [] for f in FACETS}
        self.having: dict[str, dict[str, set[int]]] = {f: {} for f in FACETS}
        for docnum, doc_id in enumerate(ids):
            meta = metadata.get(doc_id)
            for facet in FACETS:
                values = facet_values(meta, facet) if meta is not None else ()
                self.values[facet].append(values)
                for value in values:
                    self.having[facet].setdefault(value, set()).add(docnum)

    def count(self, docs: set[int], facet: str) -> Counter[str]:
        if len(docs) < 200:
            return Counter(chain.from_iterable(map(self.values[facet].__getitem__, docs)))
        # many documents: one C-speed set intersection per facet value
        return Counter({value: n for value, having in self.having[facet].items()
                        if (n := len(docs & having))})


def count_facets(table: DocTable, matched: set[int],
                 filters: Filters) -> tuple[set[int], dict[str, tuple[FacetCount, ...]]]:
    """(documents passing every filter, counts per facet); each facet ignores its own filter."""
    wanted = {f: table.having[f].get(v, set()) for f, v in filters.active().items()}
    allowed = matched.intersection(*wanted.values()) if wanted else matched
    facets = {}
    for facet in FACETS:
        others = [docs for f, docs in wanted.items() if f != facet]
        base = matched.intersection(*others) if others else matched
        counts = table.count(base if facet in wanted else allowed, facet)
        facets[facet] = tuple(FacetCount(v, n) for v, n in counts.most_common())
    return allowed, facets


class SearchEngine:
    """Searches the index; document metadata comes from an in-memory copy of the catalogue."""

    def __init__(self, catalogue: Catalogue, index: SearchIndex,
                 metadata: Callable[[], Mapping[str, DocumentMeta]]) -> None:
        self.catalogue = catalogue
        self.index = index
        self._metadata = metadata
        self._lock = threading.Lock()
        self._state: tuple[Searcher, object, TermScorer, DocTable] | None = None

    def _current(self) -> tuple[Searcher, TermScorer, DocTable]:
        """The searcher with its scorer and doc table, rebuilt after a commit or an import."""
        searcher = self.index.searcher()
        metadata = self._metadata()
        state = self._state
        if state is None or state[0] is not searcher or state[1] is not metadata:
            reader = searcher.reader()
            ids = ([str(v) for v in reader.column_reader("doc_id")]
                   if reader.doc_count_all() else [])
            state = (searcher, metadata, TermScorer(searcher), DocTable(ids, metadata))
            self._state = state
        return state[0], state[2], state[3]

    def warm_up(self) -> None:
        """Load what the first query needs (field lengths, facet tables) ahead of time."""
        with self._lock:
            _, scorer, _ = self._current()
            for language in LANGUAGES:
                for field, _ in fields(language):
                    scorer.field_lengths(field)

    def search(self, text: str, filters: Filters, *, limit: int = 10, offset: int = 0,
               match: str = "all", prefix: bool = True) -> SearchResults:
        parsed = parse_query(text, prefix=prefix)
        with self._lock:
            if parsed.empty:
                return self._browse(text, filters, limit, offset)
            results = self._run(text, parsed, filters, limit, offset, match_all=match == "all")
            if results.total == 0 and match == "all" and len(parsed.all_words) > 1:
                relaxed = self._run(text, parsed, filters, limit, offset, match_all=False)
                results = SearchResults(text, relaxed.total, relaxed.hits, relaxed.facets,
                                        relaxed.suggestion, relaxed=True)
            if results.total == 0:
                reader = self.index.searcher().reader()
                results = SearchResults(text, 0, (), results.facets,
                                        suggest(reader, parsed.all_words))
            return results

    def _run(self, text: str, parsed: ParsedQuery, filters: Filters, limit: int, offset: int,
             *, match_all: bool) -> SearchResults:
        searcher, scorer, table = self._current()
        reader = searcher.reader()
        languages = [filters.language] if filters.language else list(LANGUAGES)
        queries = [build_language_query(parsed, lang, reader, match_all=match_all)
                   for lang in languages]
        scores = any_of([_evaluate(searcher, scorer, q, match_all) for q in queries
                         if not q.empty])
        allowed, facets = count_facets(table, set(scores), filters)
        top = heapq.nlargest(limit + offset, allowed, key=lambda d: (scores[d], -d))
        marked = {q.language: q.matched_terms for q in queries}
        rows = [(table.ids[d], scores[d]) for d in top[offset:]]
        return SearchResults(text, len(allowed), tuple(self._hits(rows, marked)), facets)

    def _hits(self, rows: list[tuple[str, float]],
              marked: Mapping[str, frozenset[str]]) -> list[Hit]:
        metadata = self._metadata()
        sections = self.catalogue.sections_of([doc_id for doc_id, _ in rows])
        hits = []
        for doc_id, score in rows:
            meta = metadata.get(doc_id)
            if meta is None or not sections.get(doc_id):
                continue
            terms = marked.get(meta.language, frozenset())
            section, snippet = best_section(sections[doc_id], meta.language, terms)
            hits.append(Hit(doc_id, meta.title, meta.language, meta.kind, section.anchor,
                            section.title, section.page, float(score), snippet, meta.summary))
        return hits

    def _browse(self, text: str, filters: Filters, limit: int, offset: int) -> SearchResults:
        """No words typed: every document that passes the filters, by title."""
        _, _, table = self._current()
        allowed, facets = count_facets(table, set(range(len(table.ids))), filters)
        metadata = self._metadata()
        chosen = sorted((metadata[table.ids[d]] for d in allowed if table.ids[d] in metadata),
                        key=lambda m: m.title.lower())
        hits = tuple(Hit(m.id, m.title, m.language, m.kind, "top", m.title, None, 0.0, "",
                         m.summary) for m in chosen[offset:offset + limit])
        return SearchResults(text, len(chosen), hits, facets)


def _evaluate(searcher: Searcher, scorer: TermScorer, query: LanguageQuery,
              match_all: bool) -> Scores:
    """Scores of the documents in one language that satisfy the query's clauses."""
    where = fields(query.language)
    parts = []
    for clause in query.clauses:
        if clause.phrase is None:
            parts.append(scorer.any_term(where, clause.terms))
            continue
        together = all_of([scorer.any_term(where, (term,)) for term in clause.terms])
        if together:  # positions decide: Whoosh checks the phrase itself
            in_order = set(searcher.docs_for_query(clause.phrase))
            together = {d: s for d, s in together.items() if d in in_order}
        parts.append(together)
    return all_of(parts) if match_all else any_of(parts)
