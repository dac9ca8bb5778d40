"""What goes into a handout (no Qt; runs on the worker): the chosen items of a pack, each in the
chosen language where a translation exists, as HTML with its citation.

A section of a translation is found by its anchor, or else by its position when both versions
have the same number of sections (translations keep the structure of the original).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from tipdesk.core.model import DocumentMeta
from tipdesk.core.packs import Pack, SeminarDetails
from tipdesk.core.render import markdown_to_html
from tipdesk.core.sections import PREAMBLE_ANCHOR
from tipdesk.core.slides import MarkdownSection, markdown_sections


@dataclass(frozen=True)
class Citation:
    title: str
    publisher: str
    source_url: str
    version: str
    published: str


@dataclass(frozen=True)
class HandoutPart:
    doc_id: str
    language: str
    title: str  # the document's title (in the language printed)
    section_title: str  # empty for a whole document
    html: str  # sanitised body HTML, without the document's own title
    citation: Citation
    translated: bool  # False when the chosen language was not available


@dataclass(frozen=True)
class Handout:
    pack_name: str
    details: SeminarDetails
    language: str | None
    parts: tuple[HandoutPart, ...]


def citation_of(meta: DocumentMeta) -> Citation:
    return Citation(meta.title, meta.publisher, meta.source_url, meta.version, meta.published)


def version_in(lib: Any, doc_id: str, language: str | None) -> DocumentMeta | None:
    """The document in ``language`` when a translation exists, else the document itself."""
    meta = lib.metadata().get(doc_id)
    if meta is None or language is None or meta.language == language:
        return meta
    for other in lib.translations(doc_id):
        if other.language == language:
            return other
    return meta


def handout_languages(lib: Any, pack: Pack) -> list[str]:
    """Languages in which at least one document of the pack exists, most covered first."""
    counts: dict[str, int] = {}
    for doc_id in {item.doc_id for item in pack.items}:
        meta = lib.metadata().get(doc_id)
        if meta is None:
            continue
        for language in {meta.language, *(m.language for m in lib.translations(doc_id))}:
            counts[language] = counts.get(language, 0) + 1
    return sorted(counts, key=lambda lang: (-counts[lang], lang))


def _sections(lib: Any, meta: DocumentMeta) -> list[MarkdownSection]:
    markdown = lib.markdown(meta.id) if meta.fmt != "pdf" else None
    if markdown is not None:
        return markdown_sections(markdown, meta.title)
    view = lib.get(meta.id)
    return [
        MarkdownSection(s.anchor, s.title, s.level, s.text) for s in (view.sections if view else ())
    ]


def _matching_section(
    original: list[MarkdownSection], chosen: list[MarkdownSection], anchor: str
) -> MarkdownSection | None:
    by_anchor = next((s for s in chosen if s.anchor == anchor), None)
    if by_anchor is not None:
        return by_anchor
    position = next((i for i, s in enumerate(original) if s.anchor == anchor), None)
    if position is not None and len(original) == len(chosen):
        return chosen[position]
    return None


def _section_markdown(section: MarkdownSection, headed: bool) -> str:
    if not headed or section.anchor == PREAMBLE_ANCHOR:
        return section.markdown
    return f"{'#' * min(section.level + 1, 4)} {section.title}\n\n{section.markdown}"


def _part(lib: Any, doc_id: str, anchor: str, language: str | None) -> HandoutPart | None:
    original = lib.metadata().get(doc_id)
    meta = version_in(lib, doc_id, language)
    if original is None or meta is None:
        return None
    sections = _sections(lib, meta)
    if anchor:
        section = _matching_section(_sections(lib, original), sections, anchor)
        if section is None and meta.id != original.id:  # no such section in the translation
            meta, sections = original, _sections(lib, original)
            section = next((s for s in sections if s.anchor == anchor), None)
        chosen = [section] if section is not None else sections
    else:
        chosen = sections
    headed = not (anchor and len(chosen) == 1)
    body = "\n\n".join(_section_markdown(s, headed) for s in chosen)
    title = chosen[0].title if anchor and len(chosen) == 1 else ""
    return HandoutPart(
        meta.id,
        meta.language,
        meta.title,
        title,
        markdown_to_html(body),
        citation_of(meta),
        language is None or meta.language == language,
    )


def build_handout(
    lib: Any, pack: Pack, language: str | None = None, item_ids: Collection[int] | None = None
) -> Handout:
    """The chosen items (all when ``item_ids`` is None) in ``language`` where possible."""
    parts = []
    for item in pack.items:
        if item_ids is not None and item.id not in item_ids:
            continue
        part = _part(lib, item.doc_id, item.anchor, language)
        if part is not None:
            parts.append(part)
    return Handout(pack.name, pack.details, language, tuple(parts))
