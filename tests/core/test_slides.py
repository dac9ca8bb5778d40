"""Slides and handout content, without Qt: how documents and packs are cut and assembled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.packhelpers import build_pack, seminar_library
from tipdesk import Library
from tipdesk.core.deck import document_deck, pack_deck
from tipdesk.core.handout import build_handout, handout_languages
from tipdesk.core.model import Section
from tipdesk.core.packs import PackStore
from tipdesk.core.slides import cut_at_rules, document_slides, item_bounds, markdown_sections

BODY = """# Guide

Opening words.

## Indicators

Signs of forced labour.

---

Signs of debt bondage.

```
---
not a rule inside code
```

## Referral {#refer}

How to refer.
Title underline, not a rule
---

### Contacts

* Hotline
"""


def test_sections_keep_the_catalogues_anchors_and_drop_their_heading() -> None:
    sections = markdown_sections(BODY, "Guide")
    assert [(s.anchor, s.title, s.level) for s in sections] == [
        ("top", "Guide", 1),
        ("indicators", "Indicators", 2),
        ("refer", "Referral", 2),
        ("contacts", "Contacts", 3),
    ]
    assert sections[1].markdown.startswith("Signs of forced labour.")
    assert "## Indicators" not in sections[1].markdown


def test_a_section_is_cut_at_rules_but_not_in_code_or_under_a_title() -> None:
    parts = cut_at_rules(markdown_sections(BODY, "Guide")[1].markdown)
    assert parts[0] == "Signs of forced labour."
    assert parts[1].startswith("Signs of debt bondage.") and "not a rule inside code" in parts[1]
    assert len(parts) == 2
    assert len(cut_at_rules(markdown_sections(BODY, "Guide")[2].markdown)) == 1
    assert cut_at_rules("") == [""]
    assert cut_at_rules("---\n\nOnly part\n\n***\n") == ["Only part"]


def test_document_slides_one_per_section_part() -> None:
    slides = document_slides("guide", "Guide", BODY, note="Say hello", minutes=12, item=3)
    assert [(s.anchor, s.part, s.parts) for s in slides] == [
        ("top", 1, 1),
        ("indicators", 1, 2),
        ("indicators", 2, 2),
        ("refer", 1, 1),
        ("contacts", 1, 1),
    ]
    assert {(s.note, s.minutes, s.item) for s in slides} == {("Say hello", 12, 3)}
    only = document_slides("guide", "Guide", BODY, only_anchor="refer")
    assert [s.title for s in only] == ["Referral"]
    assert document_slides("guide", "Guide", BODY, only_anchor="gone") == document_slides(
        "guide", "Guide", BODY
    )


def test_a_pdf_gives_a_slide_per_page() -> None:
    pages = [Section("page-1", "Page 1", 1, "First", 1), Section("page-2", "Page 2", 1, "Two", 2)]
    slides = document_slides("report", "Report", None, sections=pages)
    assert [(s.title, s.markdown) for s in slides] == [("Page 1", "First"), ("Page 2", "Two")]
    assert [
        s.title for s in document_slides("r", "R", None, sections=pages, only_anchor="page-2")
    ] == ["Page 2"]
    assert len(document_slides("empty", "Empty", "")) == 1  # never an empty deck


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = seminar_library(tmp_path / "data", tmp_path / "content")
    yield lib
    lib.close()


def test_a_pack_deck_follows_the_items(library: Library) -> None:
    pack = build_pack(library)
    deck = pack_deck(library, pack)
    assert deck.title == "Identifying victims"
    first = deck.slides[0]
    assert (first.doc_id, first.anchor, first.note, first.minutes) == (
        "guide-one",
        "identifying-victims",
        "Start with a story",
        15,
    )
    assert [s.item for s in deck.slides][:3] == [0, 0, 1]
    assert deck.slides[-1].anchor == "referral" and deck.slides[-1].item == 3
    assert "<p>Second part of the first section.</p>" in deck.html[1]
    assert deck.planned_minutes == 40
    assert item_bounds(deck.slides)[0] == (0, 1)
    assert [s.title for s in deck.slides if s.doc_id == "field-report"] == ["Page 1", "Page 2"]

    PackStore(library.user).add_item(pack.id, "gone-document")
    with_gone = pack_deck(library, PackStore(library.user).get(pack.id))
    assert with_gone.missing == ("gone-document",)
    assert len(document_deck(library, "guide-two")) == 3


def test_a_handout_uses_the_chosen_language_where_it_exists(library: Library) -> None:
    pack = build_pack(library)
    assert handout_languages(library, pack) == ["en", "es"]
    english = build_handout(library, pack)
    assert [(p.doc_id, p.section_title) for p in english.parts] == [
        ("guide-one", "Identifying victims"),
        ("plain-note", ""),
        ("field-report", ""),
        ("guide-one", "Referral"),
    ]
    assert english.parts[0].citation.version == "2.1"
    assert english.parts[0].citation.source_url == "https://example.org/guide-one"

    spanish = build_handout(library, pack, "es", item_ids={pack.items[0].id, pack.items[3].id})
    assert [(p.doc_id, p.language, p.translated) for p in spanish.parts] == [
        ("guide-one-es", "es", True),
        ("guide-one-es", "es", True),
    ]
    assert "Indicadores de trata" in spanish.parts[0].html
    assert spanish.parts[0].citation.title == "Guía uno"
    assert spanish.details.place == "Quito"
    note_only = build_handout(library, pack, "es", item_ids={pack.items[1].id})
    assert note_only.parts[0].translated is False and note_only.parts[0].language == "en"
