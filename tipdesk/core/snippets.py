"""Choosing the best section of a hit and cutting a snippet around the matched words.

Whoosh's own highlighter re-analyses every hit and was three quarters of the query time in the
research measurements. Here one accent-insensitive regular expression finds, in the lower-cased
text, the words that start like a matched term; only those few words are folded and stemmed
(with a cache) to confirm the match.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from tipdesk.core.analysis import accent_variants, fold, stem
from tipdesk.core.model import Section

WINDOW = 220
SCAN_LIMIT = 30_000
HEAD = 3


_VARIANTS = accent_variants()


def _letter_class(char: str) -> str:
    variants = _VARIANTS.get(char)
    return f"[{char}{variants}]" if variants else re.escape(char)


@lru_cache(maxsize=512)
def _candidate_re(marked: frozenset[str]) -> re.Pattern[str] | None:
    heads = sorted({term[:HEAD] for term in marked if term})
    if not heads:
        return None
    alternatives = ("".join(_letter_class(c) for c in head) for head in heads)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\w*")


def find_matches(text: str, language: str, marked: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, stem) of every word of ``text`` that matches one of the ``marked`` terms."""
    pattern = _candidate_re(marked)
    if pattern is None:
        return []
    sample = text[:SCAN_LIMIT]
    lowered = sample.lower()
    if len(lowered) != len(sample):  # rare letters whose lower case is longer: no positions
        return []
    found = []
    for match in pattern.finditer(lowered):
        word = fold(match.group())
        if word in marked:
            found.append((match.start(), match.end(), word))
            continue
        stemmed = stem(language, word)
        if stemmed in marked:
            found.append((match.start(), match.end(), stemmed))
    return found


def make_snippet(text: str, spans: list[tuple[int, int, str]], width: int = WINDOW) -> str:
    """HTML-escaped snippet of ``text`` around the densest run of ``spans``, marked with <b>."""
    sample = text[:SCAN_LIMIT]
    if not spans:
        return _escape_marked(sample, 0, min(len(sample), width), [])
    best_start, best_count = spans[0][0], 0
    for i, (start, _, _) in enumerate(spans):
        count = sum(1 for s, _, _ in spans[i:i + 8] if s < start + width)
        if count > best_count:
            best_start, best_count = start, count
    begin = _word_boundary(sample, max(0, best_start - width // 4))
    end = min(len(sample), begin + width)
    inside = [(s, e) for s, e, _ in spans if s >= begin and e <= end]
    return _escape_marked(sample, begin, end, inside)


def _word_boundary(text: str, pos: int) -> int:
    if pos == 0:
        return 0
    space = text.find(" ", pos)
    return space + 1 if 0 <= space < pos + 20 else pos


def _escape_marked(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> str:
    parts: list[str] = ["… " if begin > 0 else ""]
    cursor = begin
    for start, stop in spans:
        parts.append(html.escape(text[cursor:start], quote=False))
        parts.append(f"<b>{html.escape(text[start:stop], quote=False)}</b>")
        cursor = stop
    parts.append(html.escape(text[cursor:end], quote=False))
    if end < len(text):
        parts.append(" …")
    return " ".join("".join(parts).split())


def best_section(sections: list[Section], language: str,
                 marked: frozenset[str]) -> tuple[Section, str]:
    """The section where most of the query's terms meet, and its snippet."""
    best, best_spans, best_key = sections[0], [], (-1, -1, -1)
    for section in sections:
        spans = find_matches(section.text, language, marked) if marked else []
        in_title = len(find_matches(section.title, language, marked)) if spans else 0
        key = (len({s for _, _, s in spans}), in_title, len(spans))
        if key > best_key:
            best, best_spans, best_key = section, spans, key
    return best, make_snippet(best.text, best_spans)
