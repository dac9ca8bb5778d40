"""Importing documents: every format, incremental updates, and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter

from tests.pdfmaker import write_pdf
from tipdesk import Library
from tipdesk.core import formats


def test_markdown_is_split_into_sections_with_stable_anchors(empty_library: Library,
                                                             write_doc) -> None:
    path = write_doc("proto-en", "# Protocol\n\nIntro.\n\n## Article 3 — Definitions {#art-3}\n\n"
                     "Act, means, purpose.\n\n## Victims' rights\n\nAssistance.\n")
    report = empty_library.import_paths([path])
    assert report.added == ("proto-en",)
    view = empty_library.get("proto-en")
    assert view is not None
    assert [s.anchor for s in view.sections] == ["top", "art-3", "victims-rights"]
    assert view.section("art-3").title == "Article 3 — Definitions"


def test_plain_text_html_and_pdf_are_imported_with_inferred_metadata(empty_library: Library,
                                                                     tmp_path: Path) -> None:
    txt = tmp_path / "nota.txt"
    txt.write_text("Nota sobre la trata de personas\n\nLas víctimas de la trata tienen derecho a "
                   "la protección y a la asistencia de los Estados.\n", encoding="utf-8")
    html = tmp_path / "page.html"
    html.write_text("<html><head><title>Guide de terrain</title><script>alert(1)</script></head>"
                    "<body><h1>Guide de terrain</h1><p>La traite des personnes est un crime et "
                    "les victimes ont des droits dans le pays.</p><h2>Indicateurs</h2><p>Les "
                    "documents sont retenus par un employeur.</p></body></html>")
    pdf = write_pdf(tmp_path / "Annual Report 2024.pdf",
                    ["Annual report on labour inspection and the workers of the region",
                     "Page two is about forced labour and the withholding of wages by the "
                     "employer"], title="Labour inspection report")
    report = empty_library.import_paths([txt, html, pdf])
    assert sorted(report.added) == ["annual-report-2024", "nota", "page"]
    assert not report.problems
    meta = empty_library.metadata()
    assert meta["nota"].language == "es" and meta["nota"].title.startswith("Nota sobre")
    assert meta["page"].language == "fr" and meta["page"].title == "Guide de terrain"
    assert "alert" not in empty_library.render_text("page")
    assert meta["annual-report-2024"].title == "Labour inspection report"
    hits = empty_library.search("withholding wages").hits
    assert hits[0].doc_id == "annual-report-2024" and hits[0].page == 2
    assert empty_library.file_path("annual-report-2024").read_bytes()[:5] == b"%PDF-"


def test_language_flag_overrides_detection(empty_library: Library, tmp_path: Path) -> None:
    txt = tmp_path / "short.txt"
    txt.write_text("OK\n\nSigned.\n")
    report = empty_library.import_paths([txt])
    assert report.problems and "language" in report.problems[0].message
    report = empty_library.import_paths([txt], language="pt")
    assert report.added == ("short",)
    assert empty_library.metadata()["short"].language == "pt"


def test_reimport_skips_unchanged_and_replaces_changed(empty_library: Library,
                                                       write_doc) -> None:
    path = write_doc("guide-en", "# G\n\nThe first wording mentions shelters.\n")
    assert empty_library.import_paths([path]).added == ("guide-en",)
    assert empty_library.import_paths([path]).unchanged == ("guide-en",)
    write_doc("guide-en", "# G\n\nThe second wording mentions interpreters.\n")
    assert empty_library.import_paths([path]).updated == ("guide-en",)
    assert empty_library.search("interpreters").total == 1
    assert empty_library.search("shelters").total == 0


def test_bad_files_are_reported_by_name_and_the_rest_goes_on(empty_library: Library,
                                                            write_doc, tmp_path: Path,
                                                            monkeypatch) -> None:
    good = write_doc("good-en", "# Good\n\nA document about referral mechanisms.\n")
    bad_yaml = tmp_path / "bad-yaml.md"
    bad_yaml.write_text("---\nid: [unclosed\ntitle: x\n---\n\nText\n")
    unclosed = tmp_path / "unclosed.md"
    unclosed.write_text("---\nid: x\n\nNo closing line.\n")
    missing = tmp_path / "missing-fields.md"
    missing.write_text("---\nid: lonely\ntitle: Lonely\nlanguage: en\n---\n\nText\n")
    unknown_lang = write_doc("de-doc", "# D\n\nText.\n", language="de", name="german.md")
    empty = tmp_path / "empty.md"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n this is not really a pdf \n%%EOF")
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * 3000)
    monkeypatch.setattr(formats, "MAX_TEXT_BYTES", 10_000)
    duplicate = write_doc("good-en", "# Other\n\nAnother file claiming the same id.\n",
                          name="copy-of-good.md")
    encrypted = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=PdfReader(write_pdf(tmp_path / "plain.pdf", ["secret text"])))
    writer.encrypt("s3cret")
    writer.write(encrypted)
    nowhere = tmp_path / "does-not-exist.md"

    report = empty_library.import_paths([good, bad_yaml, unclosed, missing, unknown_lang, empty,
                                         binary, corrupt, huge, duplicate, encrypted, nowhere])
    assert report.added == ("good-en",)
    messages = {Path(p.path).name: p.message for p in report.problems}
    assert "not valid YAML" in messages["bad-yaml.md"]
    assert "not closed" in messages["unclosed.md"]
    assert "missing field" in messages["missing-fields.md"] and "kind" in messages[
        "missing-fields.md"]
    assert "unknown language 'de'" in messages["german.md"]
    assert "empty" in messages["empty.md"]
    assert "not a text file" in messages["binary.txt"]
    assert "damaged" in messages["corrupt.pdf"]
    assert "too large" in messages["huge.txt"]
    assert "already used" in messages["copy-of-good.md"]
    assert "password" in messages["locked.pdf"]
    assert "no such file" in messages["does-not-exist.md"]
    for name, message in messages.items():
        if name != "does-not-exist.md":
            assert name in message  # every message names the file
    assert empty_library.search("referral").total == 1


def test_a_folder_is_imported_recursively_ignoring_data_files(empty_library: Library,
                                                             write_doc, tmp_path: Path) -> None:
    write_doc("one-en", "# One\n\nAlpha text.\n")
    sub = tmp_path / "content" / "sub"
    sub.mkdir()
    (sub / "two.md").write_text("# Two\n\nThe second document is in English and it is here.\n")
    (sub / "glossary.json").write_text("{}")
    report = empty_library.import_paths([tmp_path / "content"])
    assert sorted(report.added) == ["one-en", "two"]
    assert not report.problems


def test_apply_synced_adds_replaces_and_withdraws(empty_library: Library, write_doc) -> None:
    a = write_doc("sync-a", "# A\n\nAbout labour inspection.\n")
    b = write_doc("sync-b", "# B\n\nAbout shelters.\n")
    report = empty_library.apply_synced({"docs/a.md": a, "docs/b.md": b})
    assert sorted(report.added) == ["sync-a", "sync-b"]
    assert {m.origin for m in empty_library.metadata().values()} == {"synced"}
    write_doc("sync-a", "# A\n\nAbout recruitment fees.\n")
    report = empty_library.apply_synced({"docs/a.md": a})
    assert report.updated == ("sync-a",) and report.removed == ("sync-b",)
    assert empty_library.search("shelters").total == 0
    assert empty_library.search("recruitment").total == 1


def test_user_notes_survive_import_reindex_and_sync(empty_library: Library, write_doc) -> None:
    path = write_doc("doc-en", "# D\n\nText on victims.\n")
    empty_library.import_paths([path])
    note = empty_library.user.add_note("doc-en", "Use this in module 6", anchor="top")
    empty_library.user.add_bookmark("doc-en", "top", "Victims")
    empty_library.reindex()
    empty_library.apply_synced({})
    write_doc("doc-en", "# D\n\nChanged text on victims.\n")
    empty_library.import_paths([path])
    assert [n.text for n in empty_library.user.notes("doc-en")] == [note.text]
    assert [b.label for b in empty_library.user.bookmarks()] == ["Victims"]


def test_apply_synced_is_all_or_nothing(empty_library: Library, write_doc) -> None:
    import pytest

    from tipdesk.core.errors import Interrupted
    from tipdesk.core.progress import CancelToken

    first = {f"docs/d{i}.md": write_doc(f"d{i}", f"# D{i}\n\nOldrelease text {i}.\n",
                                        name=f"old-{i}.md") for i in range(4)}
    empty_library.apply_synced(first)
    second = {f"docs/d{i}.md": write_doc(f"d{i}", f"# D{i}\n\nNewrelease words {i}.\n",
                                         name=f"new-{i}.md") for i in range(4)}
    cancel = CancelToken()

    def stop_half_way(progress) -> None:  # noqa: ANN001
        if progress.done == 2:
            cancel.cancel()

    with pytest.raises(Interrupted):
        empty_library.apply_synced(second, progress=stop_half_way, cancel=cancel)
    assert empty_library.search("oldrelease", prefix=False).total == 4
    assert empty_library.search("newrelease", prefix=False).total == 0
    assert empty_library.catalogue.pending_index() == ([], [])
    empty_library.apply_synced(second)
    assert empty_library.search("newrelease", prefix=False).total == 4
