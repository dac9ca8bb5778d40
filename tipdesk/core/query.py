"""Turning what the user typed into a Whoosh query, one sub-query per language.

Words must all match (AND); a quoted phrase must match in order; the last word, while the user is
still typing it, also matches as a prefix. Prefix expansion is bounded so that two typed letters
never expand into thousands of terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.reading import IndexReader

from tipdesk.core.analysis import fold, stem, terms

PREFIX_MIN = 3
PREFIX_MAX_TERMS = {3: 6, 4: 12}  # by typed length; longer prefixes take up to 24 terms
PREFIX_SCAN = 400
TITLE_BOOST = 3.0

_PART_RE = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    prefix: str | None  # the last, unfinished word

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.prefix)

    @property
    def all_words(self) -> tuple[str, ...]:
        extra = (self.prefix,) if self.prefix else ()
        return self.words + tuple(w for p in self.phrases for w in p) + extra


def parse_query(text: str, *, prefix: bool = True) -> ParsedQuery:
    """Split the query into words, "quoted phrases" and the unfinished last word."""
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    for match in _PART_RE.finditer(text):
        if match.group(1) is not None:
            phrase = tuple(re.findall(r"\w+", match.group(1)))
            if len(phrase) == 1:
                words.append(phrase[0])
            elif phrase:
                phrases.append(phrase)
        else:
            words.extend(re.findall(r"\w+", match.group(2)))
    last: str | None = None
    still_typing = prefix and text[-1:].isalnum() and not text.rstrip().endswith('"')
    if still_typing and words and len(words[-1]) >= PREFIX_MIN:
        last = words.pop()
    return ParsedQuery(tuple(words), tuple(phrases), last)


def any_of(subqueries: list[wq.Query], boost: float = 1.0) -> wq.Query:
    """An OR that walks its sub-matchers (Whoosh's array variant rebuilds arrays per query)."""
    if len(subqueries) == 1 and boost == 1.0:
        return subqueries[0]
    query = wq.Or(subqueries, boost=boost)
    query.matcher_type = wq.Or.DEFAULT_MATCHER
    return query


def fields(language: str) -> tuple[tuple[str, float], ...]:
    return (
        (f"title_{language}", TITLE_BOOST),
        (f"body_{language}", 1.0),
    )


def _term_anywhere(language: str, term: str, boost: float = 1.0) -> wq.Query:
    return any_of([wq.Term(name, term, boost=b * boost) for name, b in fields(language)])


def expand_prefix(reader: IndexReader, language: str, typed: str) -> list[str]:
    """Index terms the unfinished word may become: its stem, and the most frequent completions."""
    folded = fold(typed)
    body = f"body_{language}"
    found: dict[str, int] = {}
    stemmed = stem(language, folded)
    for cut in {stemmed, folded, *(folded[:-n] for n in (1, 2, 3) if len(folded) - n >= 4)}:
        freq = reader.doc_frequency(body, cut)
        if freq:
            found[cut] = freq
    completions: list[tuple[int, str]] = []
    for n, raw in enumerate(reader.expand_prefix(body, folded)):
        if n >= PREFIX_SCAN:
            break
        word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        completions.append((reader.doc_frequency(body, word), word))
    completions.sort(reverse=True)
    for freq, word in completions[: PREFIX_MAX_TERMS.get(len(folded), 24)]:
        found.setdefault(word, freq)
    return list(found)


@dataclass(frozen=True)
class LanguageQuery:
    query: wq.Query | None
    matched_terms: frozenset[str]
    estimate: int = 0  # an upper bound of the matching documents, from term frequencies


def build_language_query(
    parsed: ParsedQuery, language: str, reader: IndexReader, *, match_all: bool
) -> LanguageQuery:
    """The sub-query for documents in one language, and the terms a snippet should mark."""
    body = f"body_{language}"

    def df(term: str) -> int:
        return int(reader.doc_frequency(body, term))

    clauses: list[tuple[wq.Query, int]] = []
    marked: set[str] = set()
    for word in parsed.words:
        for term in terms(language, word):
            clauses.append((_term_anywhere(language, term), df(term)))
            marked.add(term)
    for phrase in parsed.phrases:
        analysed = terms(language, " ".join(phrase))
        marked.update(analysed)
        if len(analysed) == 1:
            clauses.append((_term_anywhere(language, analysed[0]), df(analysed[0])))
        elif analysed:
            phrases = [wq.Phrase(name, analysed, boost=b) for name, b in fields(language)]
            clauses.append((any_of(phrases), min(df(t) for t in analysed)))
    if parsed.prefix:
        expanded = expand_prefix(reader, language, parsed.prefix)
        if not expanded and match_all:
            return LanguageQuery(None, frozenset())
        marked.update(expanded)
        if expanded:
            clauses.append((any_of([_term_anywhere(language, t) for t in expanded]),
                            sum(df(t) for t in expanded)))
    if not clauses:
        return LanguageQuery(None, frozenset())
    queries = [q for q, _ in clauses]
    if match_all:
        return LanguageQuery(wq.And(queries), frozenset(marked), min(n for _, n in clauses))
    return LanguageQuery(any_of(queries), frozenset(marked), sum(n for _, n in clauses))
