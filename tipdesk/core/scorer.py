"""BM25 scoring over Whoosh's postings, with the per-term work cached.

Whoosh walks a tree of matchers one posting at a time, in Python; with four languages, two fields
and prefix expansions a query builds hundreds of matchers, and a broad query took seconds. Here
each (field, term) posting list is decoded once, block by block, into ``{docnum: score}`` and kept
in a bounded cache; a query is then a few dictionary merges. Whoosh still does the analysis, the
storage, phrase checks (positions) and the vocabulary.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterable

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

K1 = 1.2
B = 0.75
CACHE_POSTINGS = 600_000  # about 60 MB of cached scores at the most
_BYTE_LENGTH = [byte_to_length(n) for n in range(256)]

Scores = dict[int, float]


def _leaf_postings(leaf, field: str, term: str) -> tuple[list[int], list[float]]:  # noqa: ANN001
    """Doc numbers and term frequencies of one segment, read a block at a time."""
    matcher = leaf.postings(field, term)
    deleted: frozenset[int] = frozenset()
    if isinstance(matcher, FilterMatcher):  # the segment has deleted documents
        deleted = frozenset(matcher._ids)  # noqa: SLF001 - whoosh-reloaded 2.7.5, pinned
        matcher = matcher.child
    ids: list[int] = []
    weights: list[float] = []
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():  # whole blocks: ~100x fewer Python steps than next()
            matcher._read_ids()  # noqa: SLF001
            matcher._read_weights()  # noqa: SLF001
            ids.extend(matcher._ids)  # noqa: SLF001
            weights.extend(matcher._weights)  # noqa: SLF001
            matcher._next_block()  # noqa: SLF001
    else:  # short posting lists are stored inline in the term index
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
    if deleted:
        kept = [(i, w) for i, w in zip(ids, weights, strict=True) if i not in deleted]
        ids, weights = [i for i, _ in kept], [w for _, w in kept]
    return ids, weights


def _length_column(leaf, field: str):  # noqa: ANN001, ANN202
    """The segment's column of encoded field lengths (what ``doc_field_length`` reads)."""
    perdoc = getattr(leaf, "_perdoc", None)
    if perdoc is None or not hasattr(perdoc, "_cached_reader"):
        return None
    return perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)  # noqa: SLF001


class TermScorer:
    """Per searcher: field lengths, document counts and cached BM25 term scores."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        reader = searcher.reader()
        self._leaves = list(reader.leaf_readers())
        self._size = reader.doc_count_all()
        self._lengths: dict[str, list[int]] = {}
        self._field_stats: dict[str, tuple[int, float]] = {}
        self._cache: OrderedDict[tuple[str, str, float], Scores] = OrderedDict()
        self._cached_postings = 0

    def field_lengths(self, field: str) -> list[int]:
        lengths = self._lengths.get(field)
        if lengths is None:
            lengths = [0] * self._size
            for leaf, offset in self._leaves:
                column = _length_column(leaf, field)
                if column is None:  # another codec: ask document by document
                    for n in range(leaf.doc_count_all()):
                        lengths[offset + n] = leaf.doc_field_length(n, field) or 0
                    continue
                for n, value in enumerate(column):
                    lengths[offset + n] = _BYTE_LENGTH[value]
            self._lengths[field] = lengths
            having = sum(1 for n in lengths if n)
            self._field_stats[field] = (having, sum(lengths) / having if having else 1.0)
        return lengths

    def term_scores(self, field: str, term: str, boost: float) -> Scores:
        """``{docnum: score}`` of one term in one field (BM25, times the field's boost)."""
        key = (field, term, boost)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        ids: list[int] = []
        weights: list[float] = []
        for leaf, offset in self._leaves:
            if (field, term) in leaf:
                leaf_ids, leaf_weights = _leaf_postings(leaf, field, term)
                ids.extend(i + offset for i in leaf_ids)
                weights.extend(leaf_weights)
        scores = self._bm25(field, ids, weights, boost)
        self._remember(key, scores)
        return scores

    def _bm25(self, field: str, ids: list[int], weights: list[float], boost: float) -> Scores:
        if not ids:
            return {}
        lengths = self.field_lengths(field)
        having, average = self._field_stats[field]
        df = len(ids)
        idf = math.log(1.0 + (having - df + 0.5) / (df + 0.5)) * boost
        norm = K1 * (1.0 - B)
        per_length = K1 * B / average
        return {
            doc: idf * tf * (K1 + 1.0) / (tf + norm + per_length * lengths[doc])
            for doc, tf in zip(ids, weights, strict=True)
        }

    def _remember(self, key: tuple[str, str, float], scores: Scores) -> None:
        self._cache[key] = scores
        self._cached_postings += len(scores)
        while self._cached_postings > CACHE_POSTINGS and len(self._cache) > 1:
            _, dropped = self._cache.popitem(last=False)
            self._cached_postings -= len(dropped)

    def any_term(self, fields: Iterable[tuple[str, float]], terms: Iterable[str]) -> Scores:
        """Documents with at least one of ``terms`` in one of ``fields``; scores add up."""
        return any_of([self.term_scores(field, boost=boost, term=term)
                       for term in terms for field, boost in fields])


def all_of(parts: list[Scores]) -> Scores:
    """Documents in every part, their scores added (smallest part first)."""
    if not parts:
        return {}
    parts = sorted(parts, key=len)
    result = dict(parts[0])
    for part in parts[1:]:
        result = {doc: score + part[doc] for doc, score in result.items() if doc in part}
        if not result:
            break
    return result


def any_of(parts: list[Scores]) -> Scores:
    """Documents in any part, their scores added (the largest part is copied, not walked).

    May return one of ``parts`` itself (they are cached): never modify the result."""
    parts = [part for part in parts if part]
    if not parts:
        return {}
    if len(parts) == 1:
        return parts[0]
    parts = sorted(parts, key=len, reverse=True)
    result = dict(parts[0])
    get = result.get
    for part in parts[1:]:
        for doc, score in part.items():
            result[doc] = get(doc, 0.0) + score
    return result
