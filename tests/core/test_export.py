"""Exporting the user's bookmarks and notes as Markdown, grouped by document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from tests.pdfmaker import write_pdf
from tipdesk import Library
from tipdesk.core.export import (
    BOOKMARK,
    NOTE,
    ExportLabels,
    collect_annotations,
    notes_to_markdown,
)

GUIDE = (
    "# Guide to identifying victims\n\nIntro.\n\n## Indicators\n\nSigns.\n\n## Referral\n\nHow.\n"
)
GUIA = "# Guía para identificar víctimas\n\nIntroducción.\n\n## Indicadores\n\nSeñales.\n"
NOW = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


def small_library(empty_library: Library, write_doc: Callable[..., Path]) -> Library:
    write_doc("guide-en", GUIDE, title="Guide to identifying victims")
    write_doc("guia-es", GUIA, title="Guía para identificar víctimas", language="es")
    folder = write_doc("card-fr", "# Fiche\n\nTexte.\n", title="Fiche", language="fr").parent
    report = empty_library.import_paths([folder])
    assert len(report.added) == 3, report
    return empty_library


def test_nothing_to_export_says_so(empty_library: Library) -> None:
    text = notes_to_markdown(empty_library, now=NOW)
    assert text.startswith("# Notes and bookmarks\n")
    assert "There are no bookmarks or notes yet." in text


def test_notes_and_bookmarks_are_grouped_by_document_in_section_order(
    empty_library: Library, write_doc: Callable[..., Path]
) -> None:
    lib = small_library(empty_library, write_doc)
    lib.user.add_note("guide-en", "Ask about debts.\n# not a heading", "referral")
    lib.user.add_bookmark("guide-en", "indicators")
    lib.user.add_note("guide-en", "Whole guide: use in module 3.")
    lib.user.add_note("guia-es", "Revisar con la fiscalía.", "indicadores")

    groups = collect_annotations(lib)
    assert [g.doc_id for g in groups] == ["guide-en", "guia-es"]  # by title
    guide = groups[0]
    assert guide.title == "Guide to identifying victims" and guide.language == "en"
    assert [(a.kind, a.anchor, a.section_title) for a in guide.items] == [
        (NOTE, "", ""),
        (BOOKMARK, "indicators", "Indicators"),
        (NOTE, "referral", "Referral"),
    ]
    assert [g.doc_id for g in collect_annotations(lib, "guia-es")] == ["guia-es"]

    text = notes_to_markdown(lib, now=NOW)
    guide_at = text.index("## Guide to identifying victims")
    guia_at = text.index("## Guía para identificar víctimas")
    assert guide_at < guia_at
    assert "`guide-en` · Language: English" in text
    assert "`guia-es` · Language: Español" in text
    assert "### Note: Whole document" in text
    assert "### Bookmark: Indicators" in text
    assert "### Note: Referral" in text
    assert "### Note: Indicadores" in text
    assert "> Revisar con la fiscalía." in text
    # a note's own lines are quoted, never headings of the export
    assert "> Ask about debts.\n> # not a heading" in text
    assert "\n# not a heading" not in text
    assert (
        text.index("Whole guide")
        < text.index("### Bookmark: Indicators")
        < text.index("Ask about debts")
    )
    assert "*Added 20" in text and "*Updated 20" in text


def test_notes_survive_reindex_and_reimport_and_keep_their_titles(
    empty_library: Library, write_doc: Callable[..., Path]
) -> None:
    lib = small_library(empty_library, write_doc)
    lib.user.add_note("guide-en", "Keep me.", "indicators")
    lib.reindex()
    write_doc("guide-en", GUIDE.replace("Signs.", "Signs, changed."), title="Guide, 2nd edition")
    report = lib.import_paths([Path(lib.paths.data_dir).parent / "content"])
    assert report.updated == ("guide-en",)
    text = notes_to_markdown(lib, now=NOW)
    assert "## Guide, 2nd edition" in text
    assert "### Note: Indicators" in text and "> Keep me." in text


def test_a_document_no_longer_in_the_library_keeps_its_notes(
    empty_library: Library, write_doc: Callable[..., Path]
) -> None:
    lib = small_library(empty_library, write_doc)
    lib.user.add_note("card-fr", "Note on a card.", "gone-section")
    lib.remove(["card-fr"])
    [group] = collect_annotations(lib)
    assert not group.in_library and group.title == "card-fr"
    text = notes_to_markdown(lib, now=NOW)
    assert "## card-fr" in text
    assert "This document is no longer in the library." in text
    assert "### Note: gone-section" in text


def test_pdf_pages_and_translated_labels(empty_library: Library, tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "report.pdf", ["First page on trafficking", "Second page"], title="Annual report"
    )
    report = empty_library.import_paths([pdf], language="en")
    [doc_id] = report.added
    empty_library.user.add_bookmark(doc_id, "page-2")
    labels = ExportLabels(
        heading="Notas y marcadores",
        bookmark="Marcador",
        page="Página {page}",
        exported="Exportado el {date}.",
        added="Añadido el {date}",
    )
    text = notes_to_markdown(empty_library, labels=labels, now=NOW)
    assert text.startswith("# Notas y marcadores\n")
    assert "### Marcador: Página 2" in text
    assert "*Añadido el 20" in text
    [group] = collect_annotations(empty_library)
    assert group.items[0].page == 2
