"""Short snippets around the matched words of a section, with the words marked ``<b>``.

Whoosh's own highlighter re-analyses every hit and was three quarters of the query time in the
research measurements; this one scans the section text once, stems only the words whose first
letters could match, and stops at the first good window.
"""

from __future__ import annotations

import html
import re

from tipdesk.core.analysis import fold, stem
from tipdesk.core.model import Section

WINDOW = 220
SCAN_LIMIT = 30_000
_WORD = re.compile(r"\w+", re.UNICODE)


def _is_match(language: str, word: str, marked: frozenset[str], heads: frozenset[str]) -> bool:
    folded = fold(word)
    if folded[:3] not in heads:
        return False
    return folded in marked or stem(language, folded) in marked


def make_snippet(text: str, language: str, marked: frozenset[str], width: int = WINDOW) -> str:
    """HTML-escaped snippet of ``text`` around the densest run of marked terms."""
    sample = text[:SCAN_LIMIT]
    heads = frozenset(term[:3] for term in marked)
    spans = (
        [m.span() for m in _WORD.finditer(sample) if _is_match(language, m.group(), marked, heads)]
        if marked
        else []
    )
    if not spans:
        return _escape_marked(sample, 0, min(len(sample), width), [])
    best_start, best_count = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, _ in spans[i : i + 8] if s < start + width)
        if count > best_count:
            best_start, best_count = start, count
    begin = max(0, best_start - width // 4)
    begin = _word_boundary(sample, begin)
    end = min(len(sample), begin + width)
    inside = [(s, e) for s, e in spans if s >= begin and e <= end]
    snippet = _escape_marked(sample, begin, end, inside)
    return snippet


def _word_boundary(text: str, pos: int) -> int:
    if pos == 0:
        return 0
    space = text.find(" ", pos)
    return space + 1 if 0 <= space < pos + 20 else pos


def _escape_marked(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> str:
    parts: list[str] = ["… " if begin > 0 else ""]
    cursor = begin
    for start, stop in spans:
        parts.append(html.escape(text[cursor:start]))
        parts.append(f"<b>{html.escape(text[start:stop])}</b>")
        cursor = stop
    parts.append(html.escape(text[cursor:end]))
    if end < len(text):
        parts.append(" …")
    return " ".join("".join(parts).split())


def _section_score(section: Section, language: str, marked: frozenset[str],
                   heads: frozenset[str]) -> tuple[int, int, int]:
    words = _WORD.findall(section.text[:SCAN_LIMIT])
    matched = [fold(w) for w in words if _is_match(language, w, marked, heads)]
    distinct = len({stem(language, w) for w in matched})
    in_title = sum(1 for w in _WORD.findall(section.title) if _is_match(language, w, marked, heads))
    return distinct, in_title, len(matched)


def best_section(sections: list[Section], language: str,
                 marked: frozenset[str]) -> tuple[Section, str]:
    """The section where most of the query's terms meet, and its snippet."""
    heads = frozenset(term[:3] for term in marked)
    best = max(sections, key=lambda s: _section_score(s, language, marked, heads)) if marked \
        else sections[0]
    return best, make_snippet(best.text, language, marked)
