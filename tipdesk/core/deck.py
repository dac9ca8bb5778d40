"""Slides ready to show: a document's or a pack's slides with their HTML (runs on the worker)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tipdesk.core.packs import Pack
from tipdesk.core.render import markdown_to_html
from tipdesk.core.slides import Slide, document_slides


@dataclass(frozen=True)
class Deck:
    title: str
    slides: tuple[Slide, ...]
    html: tuple[str, ...]  # sanitised HTML of each slide's body
    missing: tuple[str, ...] = field(default_factory=tuple)  # pack documents no longer here

    @property
    def planned_minutes(self) -> int:
        seen: dict[int, int] = {}
        for slide in self.slides:
            seen[slide.item] = slide.minutes
        return sum(seen.values())

    def __len__(self) -> int:
        return len(self.slides)


def _slides_of(
    lib: Any, doc_id: str, anchor: str = "", item: int = 0, note: str = "", minutes: int = 0
) -> list[Slide] | None:
    view = lib.get(doc_id)
    if view is None:
        return None
    markdown = lib.markdown(doc_id) if view.meta.fmt != "pdf" else None
    return document_slides(
        doc_id,
        view.meta.title,
        markdown,
        sections=view.sections,
        only_anchor=anchor,
        item=item,
        note=note,
        minutes=minutes,
    )


def _deck(title: str, slides: list[Slide], missing: tuple[str, ...] = ()) -> Deck:
    return Deck(title, tuple(slides), tuple(markdown_to_html(s.markdown) for s in slides), missing)


def document_deck(lib: Any, doc_id: str, anchor: str = "") -> Deck:
    """A whole document (or one section) as slides."""
    slides = _slides_of(lib, doc_id, anchor) or []
    title = slides[0].doc_title if slides else doc_id
    return _deck(title, slides)


def pack_deck(lib: Any, pack: Pack) -> Deck:
    """Every item of a pack in order; each slide carries its item's note and minutes."""
    slides: list[Slide] = []
    missing: list[str] = []
    for number, item in enumerate(pack.items):
        found = _slides_of(lib, item.doc_id, item.anchor, number, item.note, item.minutes)
        if found is None:
            missing.append(item.doc_id)
        else:
            slides.extend(found)
    return _deck(pack.details.title or pack.name, slides, tuple(missing))
