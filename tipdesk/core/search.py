"""Answering a query: ranked section hits collapsed to documents, facets, snippets, suggestions."""

from __future__ import annotations

import heapq
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.collectors import ScoredCollector
from whoosh.searching import Searcher

from tipdesk.core.catalogue import Catalogue
from tipdesk.core.index import SearchIndex
from tipdesk.core.model import LANGUAGES, DocumentMeta, FacetCount, Hit, SearchResults
from tipdesk.core.query import ParsedQuery, any_of, build_language_query, parse_query
from tipdesk.core.snippets import best_section
from tipdesk.core.suggest import suggest

FACETS = ("language", "kind", "topic", "country", "year")
SCORE_ALL_LIMIT = 1500  # above this many possible matches, score only the best


@dataclass(frozen=True)
class Filters:
    language: str | None = None
    kind: str | None = None
    topic: str | None = None
    country: str | None = None
    year: int | None = None

    def values(self) -> dict[str, str | None]:
        return {
            "language": self.language,
            "kind": self.kind,
            "topic": self.topic,
            "country": self.country,
            "year": str(self.year) if self.year else None,
        }

    @property
    def active(self) -> bool:
        return any(v is not None for v in self.values().values())


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


class FacetCounter:
    """Counts facet values over matched documents; each facet ignores its own filter."""

    def __init__(self, filters: Filters) -> None:
        self.wanted = {k: v for k, v in filters.values().items() if v is not None}
        self.counts: dict[str, Counter[str]] = {f: Counter() for f in FACETS}
        self.allowed: set[str] = set()

    def add(self, meta: DocumentMeta) -> None:
        failed = [f for f, v in self.wanted.items() if v not in facet_values(meta, f)]
        if len(failed) > 1:
            return
        if not failed:
            self.allowed.add(meta.id)
            for facet in FACETS:
                self.counts[facet].update(facet_values(meta, facet))
        else:
            self.counts[failed[0]].update(facet_values(meta, failed[0]))

    def facets(self) -> dict[str, tuple[FacetCount, ...]]:
        return {
            f: tuple(FacetCount(v, n) for v, n in c.most_common()) for f, c in self.counts.items()
        }


class _ScoreAll(ScoredCollector):
    """Scores every match in one pass: facets need them all, and the top hits are picked after
    the filters, without a second search."""

    def _collect(self, global_docnum: int, score: float) -> float:
        self.items.append((score, global_docnum))
        return 0 - score


class SearchEngine:
    """Searches the index; document metadata comes from an in-memory copy of the catalogue."""

    def __init__(
        self,
        catalogue: Catalogue,
        index: SearchIndex,
        metadata: Callable[[], Mapping[str, DocumentMeta]],
    ) -> None:
        self.catalogue = catalogue
        self.index = index
        self._metadata = metadata
        self._lock = threading.Lock()
        self._doc_ids: tuple[int, list[str]] | None = None

    def _docnum_ids(self, searcher: Searcher) -> list[str]:
        if self._doc_ids is None or self._doc_ids[0] != id(searcher):
            column = searcher.reader().column_reader("doc_id")
            self._doc_ids = (id(searcher), [str(v) for v in column])
        return self._doc_ids[1]

    def search(
        self,
        text: str,
        filters: Filters,
        *,
        limit: int = 10,
        offset: int = 0,
        match: str = "all",
        prefix: bool = True,
    ) -> SearchResults:
        parsed = parse_query(text, prefix=prefix)
        with self._lock:
            if parsed.empty:
                return self._browse(text, filters, limit, offset)
            results = self._run(text, parsed, filters, limit, offset, match_all=match == "all")
            if results.total == 0 and match == "all" and len(parsed.all_words) > 1:
                relaxed = self._run(text, parsed, filters, limit, offset, match_all=False)
                results = SearchResults(
                    text,
                    relaxed.total,
                    relaxed.hits,
                    relaxed.facets,
                    relaxed.suggestion,
                    relaxed=True,
                )
            if results.total == 0:
                reader = self.index.searcher().reader()
                results = SearchResults(
                    text, 0, (), results.facets, suggest(reader, parsed.all_words)
                )
            return results

    def _run(self, text: str, parsed: ParsedQuery, filters: Filters, limit: int, offset: int,
             *, match_all: bool) -> SearchResults:
        searcher = self.index.searcher()
        reader = searcher.reader()
        languages = [filters.language] if filters.language else list(LANGUAGES)
        parts = [build_language_query(parsed, lang, reader, match_all=match_all)
                 for lang in languages]
        subqueries = [p.query for p in parts if p.query is not None]
        if not subqueries:
            return SearchResults(text, 0, ())
        marked = {lang: p.matched_terms for lang, p in zip(languages, parts, strict=True)}
        whoosh_query = any_of(subqueries)
        ids = self._docnum_ids(searcher)
        metadata = self._metadata()
        counter = FacetCounter(filters)
        if sum(p.estimate for p in parts) <= SCORE_ALL_LIMIT:
            rows = self._score_all(searcher, whoosh_query, ids, metadata, counter, filters,
                                   limit + offset)
        else:
            rows = self._score_top(searcher, whoosh_query, ids, metadata, counter, filters,
                                   limit + offset)
        rows = rows[offset:]
        hits = self._hits(rows, marked, metadata)
        return SearchResults(text, len(counter.allowed), tuple(hits), counter.facets())

    def _score_all(self, searcher: Searcher, whoosh_query: wq.Query, ids: list[str],
                   metadata: Mapping[str, DocumentMeta], counter: FacetCounter, filters: Filters,
                   count: int) -> list[tuple[str, float]]:
        """Few matches: score them all in one pass; facets and filtered top hits from the same."""
        collector = _ScoreAll()
        searcher.search_with_collector(whoosh_query, collector)
        for _, docnum in collector.items:
            meta = metadata.get(ids[docnum])
            if meta is not None:
                counter.add(meta)
        ranked = collector.items
        if filters.active:
            ranked = [item for item in ranked if ids[item[1]] in counter.allowed]
        top = heapq.nlargest(count, ranked, key=lambda item: (item[0], -item[1]))
        return [(ids[docnum], score) for score, docnum in top]

    def _score_top(self, searcher: Searcher, whoosh_query: wq.Query, ids: list[str],
                   metadata: Mapping[str, DocumentMeta], counter: FacetCounter, filters: Filters,
                   count: int) -> list[tuple[str, float]]:
        """Many matches: list them without scoring for the facets, then let Whoosh's block-quality
        optimisation score only what can reach the top."""
        docnums = list(searcher.docs_for_query(whoosh_query))
        for docnum in docnums:
            meta = metadata.get(ids[docnum])
            if meta is not None:
                counter.add(meta)
        allow = {n for n in docnums if ids[n] in counter.allowed} if filters.active else None
        if allow is not None and not allow:
            return []
        found = searcher.search(whoosh_query, limit=count, filter=allow, scored=True)
        return [(hit["doc_id"], float(hit.score)) for hit in found]

    def _hits(self, rows: list[tuple[str, float]], marked: Mapping[str, frozenset[str]],
              metadata: Mapping[str, DocumentMeta]) -> list[Hit]:
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
        counter = FacetCounter(filters)
        metadata = self._metadata()
        for meta in metadata.values():
            counter.add(meta)
        chosen = sorted((metadata[d] for d in counter.allowed), key=lambda m: m.title.lower())
        hits = tuple(
            Hit(m.id, m.title, m.language, m.kind, "top", m.title, None, 0.0, "", m.summary)
            for m in chosen[offset : offset + limit]
        )
        return SearchResults(text, len(chosen), hits, counter.facets())
