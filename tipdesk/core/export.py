"""The user's bookmarks and notes, grouped by document, and written out as a Markdown file.

Bookmarks and notes live in the user's own database and only name a document id and a section
anchor; the titles come from the catalogue when the list is made, so they follow re-imports and
syncs. A document that is no longer in the library keeps its notes and is shown by its id.

    text = notes_to_markdown(lib)                      # English headings
    text = notes_to_markdown(lib, labels=my_labels)    # the GUI passes translated ones
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tipdesk.core.model import DocumentView

if TYPE_CHECKING:
    from tipdesk.core.library import Library

BOOKMARK = "bookmark"
NOTE = "note"
LANGUAGE_NAMES: dict[str, str] = {  # each language's own name, never translated
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
}


@dataclass(frozen=True)
class Annotation:
    """One bookmark or note, with the title of the section it points to."""

    kind: str  # BOOKMARK or NOTE
    id: int
    doc_id: str
    anchor: str  # "" = the whole document
    section_title: str  # "" for the whole document, or when the section is gone
    page: int | None  # the PDF page of the section, if any
    text: str  # the note's text; a bookmark's label
    when: dt.datetime  # a bookmark's creation, a note's last change (UTC, naive)


@dataclass(frozen=True)
class DocumentAnnotations:
    """A document's bookmarks and notes, in the order of its sections."""

    doc_id: str
    title: str  # the document id when the document is not in the library
    language: str
    in_library: bool
    items: tuple[Annotation, ...]


@dataclass(frozen=True)
class ExportLabels:
    """The fixed words of the Markdown export; the GUI passes them in the interface language."""

    heading: str = "Notes and bookmarks"
    exported: str = "Exported from TIPdesk on {date}."
    nothing: str = "There are no bookmarks or notes yet."
    bookmark: str = "Bookmark"
    note: str = "Note"
    whole_document: str = "Whole document"
    page: str = "Page {page}"
    added: str = "Added {date}"
    updated: str = "Updated {date}"
    not_in_library: str = "This document is no longer in the library."
    language: str = "Language: {language}"


# --- collecting ---------------------------------------------------------------------------------
def collect_annotations(lib: Library, doc_id: str | None = None) -> list[DocumentAnnotations]:
    """Every bookmark and note (or those of ``doc_id``), grouped by document, sorted by title."""
    notes = lib.user.notes(doc_id)
    bookmarks = [b for b in lib.user.bookmarks() if doc_id is None or b.doc_id == doc_id]
    doc_ids = sorted({n.doc_id for n in notes} | {b.doc_id for b in bookmarks})
    groups = []
    for current in doc_ids:
        view = lib.get(current)
        items = [
            _annotation(BOOKMARK, b.id, b.doc_id, b.anchor, b.label, b.created, view)
            for b in bookmarks
            if b.doc_id == current
        ] + [
            _annotation(NOTE, n.id, n.doc_id, n.anchor, n.text, n.updated, view)
            for n in notes
            if n.doc_id == current
        ]
        items.sort(key=lambda a: (_position(view, a.anchor), a.kind != BOOKMARK, a.when, a.id))
        groups.append(
            DocumentAnnotations(
                doc_id=current,
                title=view.meta.title if view else current,
                language=view.meta.language if view else "",
                in_library=view is not None,
                items=tuple(items),
            )
        )
    groups.sort(key=lambda g: (g.title.casefold(), g.language, g.doc_id))
    return groups


def _annotation(
    kind: str,
    item_id: int,
    doc_id: str,
    anchor: str,
    text: str,
    when: dt.datetime,
    view: DocumentView | None,
) -> Annotation:
    section = view.section(anchor) if view is not None and anchor else None
    return Annotation(
        kind=kind,
        id=item_id,
        doc_id=doc_id,
        anchor=anchor,
        section_title=section.title if section else "",
        page=section.page if section else None,
        text=text,
        when=when,
    )


def _position(view: DocumentView | None, anchor: str) -> int:
    """Where ``anchor`` is in the document: the whole document first, unknown sections last."""
    if not anchor:
        return -1
    if view is not None:
        for number, section in enumerate(view.sections):
            if section.anchor == anchor:
                return number
    return len(view.sections) if view is not None else 0


# --- writing ------------------------------------------------------------------------------------
def local_time(when: dt.datetime) -> str:
    """A stored UTC time as the user's local "YYYY-MM-DD HH:MM"."""
    aware = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def where_label(item: Annotation, labels: ExportLabels | None = None) -> str:
    """Where an item points: the whole document, a PDF page, or a section (its anchor if gone)."""
    labels = labels or ExportLabels()
    if not item.anchor:
        return labels.whole_document
    if item.page is not None:
        return labels.page.format(page=item.page)
    return item.section_title or item.anchor


def notes_to_markdown(
    lib: Library,
    *,
    labels: ExportLabels | None = None,
    now: dt.datetime | None = None,
) -> str:
    """The user's bookmarks and notes as a Markdown document, grouped by document."""
    return annotations_to_markdown(collect_annotations(lib), labels=labels, now=now)


def annotations_to_markdown(
    groups: list[DocumentAnnotations],
    *,
    labels: ExportLabels | None = None,
    now: dt.datetime | None = None,
) -> str:
    labels = labels or ExportLabels()
    stamp = local_time(now or dt.datetime.now(dt.UTC))
    lines = [f"# {labels.heading}", "", labels.exported.format(date=stamp), ""]
    if not groups:
        lines += [labels.nothing, ""]
    for group in groups:
        lines += _document_lines(group, labels)
    return "\n".join(lines).rstrip("\n") + "\n"


def _document_lines(group: DocumentAnnotations, labels: ExportLabels) -> list[str]:
    lines = [f"## {_one_line(group.title)}", ""]
    facts = [f"`{group.doc_id}`"]
    if group.language:
        name = LANGUAGE_NAMES.get(group.language, group.language)
        facts.append(labels.language.format(language=name))
    lines += [" · ".join(facts), ""]
    if not group.in_library:
        lines += [f"*{labels.not_in_library}*", ""]
    for item in group.items:
        lines += _item_lines(item, labels)
    return lines


def _item_lines(item: Annotation, labels: ExportLabels) -> list[str]:
    kind = labels.bookmark if item.kind == BOOKMARK else labels.note
    date = (labels.added if item.kind == BOOKMARK else labels.updated).format(
        date=local_time(item.when)
    )
    lines = [f"### {kind}: {_one_line(where_label(item, labels))}", "", f"*{date}*", ""]
    if item.text.strip():
        lines += [_quote(item.text), ""]
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _quote(text: str) -> str:
    """The note's own text as a block quote, so its lines never become headings of the export."""
    return "\n".join(f"> {line}".rstrip() for line in text.strip("\n").splitlines())
