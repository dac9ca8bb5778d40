"""Handouts: a trainer prints a pack (or chosen parts) in a chosen language, as a real PDF."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from tests.core.packhelpers import build_pack, seminar_library
from tests.gui.appcontext import close_context, on_worker, open_context
from tests.gui.helpers import file_dialogs_opened_by
from tipdesk.core.packs import Pack
from tipdesk.gui.context import AppContext
from tipdesk.gui.handouts import HandoutDialog


@pytest.fixture
def seminar(tmp_path: Path) -> tuple[Path, Pack]:
    lib = seminar_library(tmp_path / "data", tmp_path / "content")
    pack = build_pack(lib)
    lib.close()
    return tmp_path / "data", pack


@pytest.fixture
def context(qtbot, qapp: QApplication, seminar: tuple[Path, Pack]) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = open_context(qtbot, qapp, seminar[0])
    yield ctx
    close_context(qtbot, ctx)


def _text(path: Path) -> list[str]:
    """Each page's text, with ligatures (ﬃ) undone and spaces normalised."""
    pages = PdfReader(path).pages
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in pages]


def _dialog(qtbot, context: AppContext, pack: Pack) -> HandoutDialog:  # type: ignore[no-untyped-def]
    dialog = HandoutDialog(context, pack.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=30_000):
        pass
    return dialog


def test_a_whole_pack_handout_has_a_cover_citations_and_page_numbers(
    qtbot, context: AppContext, seminar: tuple[Path, Pack], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pack = seminar[1]
    dialog = _dialog(qtbot, context, pack)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "es"]
    assert dialog.items.count() == 4 and len(dialog.chosen_items()) == 4
    out = tmp_path / "handout.pdf"
    with qtbot.waitSignal(dialog.written, timeout=30_000) as written:
        dialog.save_pdf(out)
    pages = _text(out)
    assert written.args == [str(out), len(pages)]
    assert len(pages) == 5  # cover + one page per item
    cover = pages[0]
    for expected in (
        "Identifying victims",
        "2025-03-14",
        "Quito",
        "Contents",
        "Guide guide-one — Identifying victims 2",
        "A plain note 3",
        "Field report 4",
        "Guide guide-one — Referral 5",
    ):
        assert expected in cover, (expected, cover)
    assert "Page 1" not in cover  # the cover has no page band
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of 5" in page
        assert "Identifying victims · 2025-03-14 · Quito" in page
    assert (
        "Source: Guide guide-one. Test publisher, version 2.1, 2021-05-01. "
        "https://example.org/guide-one"
    ) in pages[1]
    assert "Indicators of trafficking for guide-one" in pages[1]
    assert "Refer the person" not in pages[1]  # only the chosen section
    assert "Source: A plain note" in pages[2]
    assert "Victims were identified at the border" in pages[3]
    assert "Refer the person to the protection service guide-one" in pages[4]


def test_chosen_sections_in_spanish(
    qtbot, context: AppContext, seminar: tuple[Path, Pack], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pack = seminar[1]
    dialog = _dialog(qtbot, context, pack)
    dialog.set_language("es")
    dialog.set_items({pack.items[0].id, pack.items[1].id})
    out = tmp_path / "es.pdf"
    with qtbot.waitSignal(dialog.written, timeout=30_000):
        dialog.save_pdf(out)
    pages = _text(out)
    assert len(pages) == 3
    assert "Guía uno — Identifying victims 2" in pages[0] and "A plain note 3" in pages[0]
    assert "Indicadores de trata de personas" in pages[1]
    assert "https://example.org/guide-one-es" in pages[1]
    assert "Not available in the chosen language" in pages[2]
    assert "Page 3 of 3" in pages[2]


def test_in_a_kiosk_without_files_there_is_no_save_button(
    qtbot, context: AppContext, seminar: tuple[Path, Pack]
) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoutDialog(context, seminar[1].id, allow_print=True, allow_files=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=30_000)
    assert not dialog.pdf_button.isVisible() and dialog.print_button.isVisible()
    assert file_dialogs_opened_by(dialog.choose_pdf_file) == []  # refused even when called
    dialog.reject()


def test_a_deleted_pack_says_so(qtbot, context: AppContext, seminar: tuple[Path, Pack]) -> None:  # type: ignore[no-untyped-def]
    from tipdesk.core.packs import PackStore

    on_worker(qtbot, context.worker, lambda: PackStore(context.library.user).delete(seminar[1].id))
    dialog = HandoutDialog(context, seminar[1].id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "no longer exists" in dialog.heading.text(), timeout=30_000)
    assert not dialog.print_button.isEnabled()
