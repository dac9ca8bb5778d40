"""Cutting documents into slides for presentation mode (no Qt, so it is easy to test).

One slide per section (headings down to ``###``, as the reader's table of contents), and a section
is cut again at each horizontal rule (a line ``---``, ``***`` or ``___`` after a blank line). A PDF
document gives one slide per page. A pack gives the slides of each item in order, each carrying
the trainer's note and planned minutes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tipdesk.core.model import Section
from tipdesk.core.sections import (
    FENCE_RE,
    PREAMBLE_ANCHOR,
    section_spans,
)

_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


@dataclass(frozen=True)
class MarkdownSection:
    """A section of a Markdown body with its own Markdown (heading line removed)."""

    anchor: str
    title: str
    level: int
    markdown: str


@dataclass(frozen=True)
class Slide:
    doc_id: str
    doc_title: str
    anchor: str
    title: str
    markdown: str
    part: int = 1  # 1-based part of the section (cut at rules)
    parts: int = 1
    item: int = 0  # which pack item (0 for a single document)
    note: str = ""
    minutes: int = 0


def markdown_sections(markdown: str, title: str) -> list[MarkdownSection]:
    """The sections of a body, with the same anchors and bounds as the catalogue's sections."""
    lines, spans = section_spans(markdown, title)
    out = []
    for span in spans:
        body = "\n".join(lines[span.start : span.end]).strip("\n")
        if span.anchor == PREAMBLE_ANCHOR and not body.strip():
            continue
        out.append(MarkdownSection(span.anchor, span.title, span.level, body))
    return out


def cut_at_rules(markdown: str) -> list[str]:
    """Parts of a section between horizontal rules; empty parts are dropped."""
    parts: list[list[str]] = [[]]
    in_fence = False
    previous_blank = True
    for line in markdown.splitlines():
        if FENCE_RE.match(line.strip()):
            in_fence = not in_fence
        if not in_fence and previous_blank and _RULE.match(line):
            parts.append([])
            previous_blank = True
            continue
        parts[-1].append(line)
        previous_blank = not line.strip()
    texts = ["\n".join(p).strip("\n") for p in parts]
    return [t for t in texts if t.strip()] or [""]


def document_slides(
    doc_id: str,
    doc_title: str,
    markdown: str | None,
    *,
    sections: Sequence[Section] = (),
    only_anchor: str = "",
    item: int = 0,
    note: str = "",
    minutes: int = 0,
) -> list[Slide]:
    """The slides of a document (or of one of its sections when ``only_anchor`` is given).

    ``markdown`` is None for a PDF: then each of ``sections`` (its pages) is one slide.
    """
    if markdown is None:
        chosen = [s for s in sections if not only_anchor or s.anchor == only_anchor] or list(
            sections
        )
        pieces = [(s.anchor, s.title, [s.text]) for s in chosen]
    else:
        found = markdown_sections(markdown, doc_title)
        chosen_md = [s for s in found if s.anchor == only_anchor] if only_anchor else found
        pieces = [(s.anchor, s.title, cut_at_rules(s.markdown)) for s in chosen_md or found]
    slides = []
    for anchor, title, parts in pieces:
        for number, text in enumerate(parts, start=1):
            slides.append(
                Slide(
                    doc_id, doc_title, anchor, title, text, number, len(parts), item, note, minutes
                )
            )
    return slides or [
        Slide(doc_id, doc_title, "", doc_title, "", item=item, note=note, minutes=minutes)
    ]


def item_bounds(slides: Sequence[Slide]) -> dict[int, tuple[int, int]]:
    """{item: (first slide index, last slide index)} for the presenter's per-item timer."""
    bounds: dict[int, tuple[int, int]] = {}
    for index, slide in enumerate(slides):
        first, _ = bounds.get(slide.item, (index, index))
        bounds[slide.item] = (first, index)
    return bounds
