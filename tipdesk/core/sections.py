"""Splitting a Markdown body into sections with stable anchors, and stripping markup to text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tipdesk.core.model import Section

HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
ATTR_ID_RE = re.compile(r"\s*\{\s*#([A-Za-z0-9_:.-]+)[^}]*\}\s*$")
FENCE_RE = re.compile(r"^(```|~~~)")
PREAMBLE_ANCHOR = "top"
SPLIT_LEVEL = 3  # headings down to ### start a section; deeper ones stay inside their parent


def slugify(text: str) -> str:
    """An anchor from heading text: accents dropped, lower case, '-' between words."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words) or "section"


def heading_parts(raw: str) -> tuple[str, str | None]:
    """Split heading text into (title, explicit anchor or None)."""
    match = ATTR_ID_RE.search(raw)
    if match:
        return raw[: match.start()].strip(), match.group(1)
    return raw.strip(), None


_INLINE_SUBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[\^[^\]]+\]:?"), ""),  # footnote references and definitions
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<[^>\n]+>"), " "),  # inline HTML tags
    (re.compile(r"`+([^`]*)`+"), r"\1"),  # code spans
    (re.compile(r"(\*{1,3}|_{1,3})(?=\S)((?:(?!\n\n).)+?)(?<=\S)\1", re.S), r"\2"),  # emphasis
    (re.compile(r"~~((?:(?!\n\n).)+?)~~", re.S), r"\1"),
    (re.compile(r"\{[:#.][^}]*\}"), ""),  # attribute lists
)
_LINE_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d+[.)])\s+|^:\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HR = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown fragment: what a reader sees, without syntax."""
    lines = []
    for line in markdown.splitlines():
        if _TABLE_RULE.match(line) or _HR.match(line) or FENCE_RE.match(line.strip()):
            continue
        line = _LINE_PREFIX.sub("", line)
        heading = HEADING_RE.match(line)
        if heading:
            line = heading_parts(heading.group(2))[0]
        lines.append(line.replace("|", " ").strip())
    text = "\n".join(lines)
    for pattern, repl in _INLINE_SUBS:
        text = pattern.sub(repl, text)
    text = text.replace("\\", "")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _unique(anchor: str, seen: set[str]) -> str:
    candidate, n = anchor, 1
    while candidate in seen:
        candidate = f"{anchor}-{n}"
        n += 1
    seen.add(candidate)
    return candidate


def iter_headings(markdown: str) -> list[tuple[int, int, str, str | None]]:
    """(line number, level, title, explicit anchor) of each heading outside code fences."""
    found, in_fence = [], False
    for number, line in enumerate(markdown.splitlines()):
        if FENCE_RE.match(line.strip()):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING_RE.match(line)
        if match:
            title, anchor = heading_parts(match.group(2))
            found.append((number, len(match.group(1)), title, anchor))
    return found


def heading_anchors(markdown: str) -> dict[int, str]:
    """Line number -> anchor for every heading, explicit ids kept, others slugified and unique."""
    seen: set[str] = {PREAMBLE_ANCHOR}
    anchors: dict[int, str] = {}
    headings = iter_headings(markdown)
    for _, _, _, explicit in headings:  # explicit ids claim their names first
        if explicit:
            seen.add(explicit)
    for number, _, title, explicit in headings:
        anchors[number] = explicit or _unique(slugify(title), seen)
    return anchors


@dataclass(frozen=True)
class SectionSpan:
    """Where a section sits in the Markdown: its heading line (None for the preamble) and the
    lines of its body, ``start`` (after the heading) up to ``end``."""

    anchor: str
    title: str
    level: int
    heading_line: int | None
    start: int
    end: int


def section_spans(markdown: str, title: str) -> tuple[list[str], list[SectionSpan]]:
    """The lines of a body and its sections: a preamble ('top'), then one per heading of level
    1–3 (a first '#' heading that only repeats the title belongs to no section)."""
    lines = markdown.splitlines()
    anchors = heading_anchors(markdown)
    starts = [(n, lvl, t) for n, lvl, t, _ in iter_headings(markdown) if lvl <= SPLIT_LEVEL]
    first_is_title = (
        bool(starts) and starts[0][1] == 1 and not "".join(lines[: starts[0][0]]).strip()
    )
    heads: list[tuple[int | None, int, str, str, int]] = [
        (None, starts[0][0] + 1 if first_is_title else 0, PREAMBLE_ANCHOR, title, 1)
    ]
    for index, (number, level, heading) in enumerate(starts):
        if not (index == 0 and first_is_title):
            heads.append((number, number + 1, anchors[number], heading, level))
    spans = []
    for index, (heading_line, start, anchor, heading, level) in enumerate(heads):
        nxt = heads[index + 1] if index + 1 < len(heads) else None
        end = len(lines) if nxt is None else (nxt[0] if nxt[0] is not None else nxt[1])
        spans.append(SectionSpan(anchor, heading, level, heading_line, start, end))
    return lines, spans


def split_sections(markdown: str, title: str) -> list[Section]:
    """Sections of a Markdown body with their plain text (the heading's words included)."""
    lines, spans = section_spans(markdown, title)
    sections: list[Section] = []
    for span in spans:
        first = span.heading_line if span.heading_line is not None else span.start
        text = markdown_to_text("\n".join(lines[first:span.end]))
        if span.anchor == PREAMBLE_ANCHOR and not text:
            continue
        sections.append(Section(anchor=span.anchor, title=span.title, level=span.level,
                                text=text))
    return sections
