"""Per-language text analysis, shared by indexing, querying and snippets.

Accents are folded *before* stemming, so a search typed without accents ("accion") finds the
accented word ("acción"), and singular and plural still meet (see shared/notes/search-engines.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
WORD_RE = re.compile(r"\w+", re.UNICODE)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code))
                       if not unicodedata.combining(c))
        if len(base) == 1 and base != chr(code):
            table[code] = base
    return table


_FOLD_TABLE = _fold_table()


def accent_variants() -> dict[str, str]:
    """Base letter -> the accented lower-case letters that fold to it ('a' -> 'àáâãäå…')."""
    variants: dict[str, str] = {}
    for code, base in _FOLD_TABLE.items():
        char = chr(code)
        if char.islower():
            variants[base] = variants.get(base, "") + char
    return variants


def fold(text: str) -> str:
    """Lower case without accents: 'Acción' -> 'accion'. Same length as the lower-cased text."""
    return text.lower().translate(_FOLD_TABLE)


@cache
def stopwords(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in stopwords_for_language(language))


_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\w)")


class ElisionFilter(Filter):
    """French elision: "l'exploitation" is the word "exploitation" (also "d’", "qu'", …)."""

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        for token in tokens:
            token.text = _ELISION.sub("", token.text)
            yield token


@cache
def analyzer(language: str) -> Analyzer:
    """Tokenize, lower-case, fold accents, drop stop words, stem — for one language."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | ElisionFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=stopwords(language), minsize=1)
        | StemFilter(lang=language, cachesize=50000)
    )


@cache
def spelling_analyzer() -> Analyzer:
    """Lower-case surface words, accents kept, no stemming: the vocabulary for 'did you mean'."""
    return RegexTokenizer(r"\w+") | LowercaseFilter()


@cache
def _stemmer(language: str):  # type: ignore[no-untyped-def]
    return stemmer_for_language(language)


@lru_cache(maxsize=200_000)
def stem(language: str, folded_word: str) -> str:
    return str(_stemmer(language)(folded_word))


def terms(language: str, text: str) -> list[str]:
    """The index terms of ``text`` in ``language`` (stop words removed)."""
    return [token.text for token in analyzer(language)(text)]
