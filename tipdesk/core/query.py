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
PREFIX_MAX_TERMS = {3: 10, 4: 14}  # by typed length; longer prefixes take up to 24 terms
PREFIX_SCAN = 120
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


def whoosh_any(subqueries: list[wq.Query], boost: float = 1.0) -> wq.Query:
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
class Clause:
    """One thing a document must have: any of ``terms`` or, for a phrase, all of them in order."""

    terms: tuple[str, ...]
    phrase: wq.Query | None = None


@dataclass(frozen=True)
class LanguageQuery:
    language: str
    clauses: tuple[Clause, ...]
    matched_terms: frozenset[str]

    @property
    def empty(self) -> bool:
        return not self.clauses


def build_language_query(
    parsed: ParsedQuery, language: str, reader: IndexReader, *, match_all: bool
) -> LanguageQuery:
    """The clauses for documents in one language, and the terms a snippet should mark."""
    clauses: list[Clause] = []
    marked: set[str] = set()
    for word in parsed.words:
        for term in terms(language, word):
            clauses.append(Clause((term,)))
            marked.add(term)
    for phrase in parsed.phrases:
        analysed = terms(language, " ".join(phrase))
        marked.update(analysed)
        if len(analysed) == 1:
            clauses.append(Clause((analysed[0],)))
        elif analysed:
            phrases = [wq.Phrase(name, analysed, boost=b) for name, b in fields(language)]
            clauses.append(Clause(tuple(analysed), whoosh_any(phrases)))
    if parsed.prefix:
        expanded = expand_prefix(reader, language, parsed.prefix)
        if not expanded and match_all:
            return LanguageQuery(language, (), frozenset())
        marked.update(expanded)
        if expanded:
            clauses.append(Clause(tuple(expanded)))
    return LanguageQuery(language, tuple(clauses), frozenset(marked))
