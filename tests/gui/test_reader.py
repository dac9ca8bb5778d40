"""The reader tab, driven as a user would: open at a section, follow links, find, zoom, go back,
switch to the Spanish version, read a PDF at the page of a hit, and save as PDF.

A real small library (Markdown in English and Spanish sharing a group and anchors, and a PDF) is
built in a temporary folder; the reader reaches it only through a real worker thread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.helpers import press, type_text
from tests.pdfmaker import write_pdf
from tipdesk import Library
from tipdesk.gui.reader import ReaderTab
from tipdesk.gui.worker import LibraryWorker

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
FILLER = " ".join(["Words that fill the page so that the reader has something to scroll."] * 12)


def _front(
    doc_id: str, title: str, language: str, review: str = "", group: str = "victims-guide"
) -> str:
    return (
        f"---\nid: {doc_id}\ntitle: {title}\nlanguage: {language}\nkind: guide\n"
        f"group: {group}\ntopics: [protection]\npublisher: Test Publisher\n"
        f'published: 2021-05-01\nversion: "2.3"\nsource_url: https://example.org/{doc_id}\n'
        f"review: {review}\nsummary: A test document.\n---\n\n"
    )


def _sections(titles: dict[str, str], extra: dict[str, str]) -> str:
    parts = []
    for anchor, title in titles.items():
        parts.append(f"## {title} {{#{anchor}}}\n\n{extra.get(anchor, '')}\n\n{FILLER}\n\n{FILLER}")
    return "\n\n".join(parts)


GUIDE_EN = _front("guide-en", "Guide to identifying victims", "en", "unverified-facts") + (
    "# Guide to identifying victims\n\nStart here. [Jump to referral](#referral).\n\n"
    + _sections(
        {"intro": "Introduction", "indicators": "Indicators", "referral": "Referral"},
        {
            "intro": "See [the protocol card](doc:card-en#definition) and "
            "[the official site](https://example.org/official).",
            "indicators": "Debt bondage is an indicator. Another indicator: debt bondage again. "
            "A third time: DEBT bondage.",
        },
    )
)
GUIDE_ES = _front("guide-es", "Guía para identificar víctimas", "es") + (
    "# Guía para identificar víctimas\n\nEmpiece aquí.\n\n"
    + _sections(
        {"intro": "Introducción", "indicators": "Indicadores", "referral": "Derivación"},
        {"indicators": "La servidumbre por deudas es un indicador."},
    )
)
CARD_EN = (
    _front("card-en", "Protocol card", "en", group="card")
    + "# Protocol card\n\n"
    + _sections(
        {"scope": "Scope", "definition": "Definition"}, {"definition": "Act, means, purpose."}
    )
)


@pytest.fixture(scope="module")
def library_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reader")
    content = root / "content"
    content.mkdir()
    (content / "guide-en.md").write_text(GUIDE_EN, encoding="utf-8")
    (content / "guide-es.md").write_text(GUIDE_ES, encoding="utf-8")
    (content / "card-en.md").write_text(CARD_EN, encoding="utf-8")
    write_pdf(
        content / "annual-report.pdf",
        ["Annual report on trafficking\nFirst page", "Second page about apples", "Third page"],
        title="Annual report on trafficking",
    )
    with Library.open(root / "data", bundled=False) as lib:
        report = lib.import_paths([content], language="en")
        assert not report.problems, report.problems
        assert len(report.added) == 4
        assert lib.get("guide-es").meta.language == "es"  # type: ignore[union-attr]
    return root / "data"


@pytest.fixture
def worker() -> Iterator[LibraryWorker]:
    worker = LibraryWorker()
    yield worker
    worker.stop()


@pytest.fixture
def library(library_dir: Path) -> Iterator[Library]:
    lib = Library.open(library_dir, bundled=False)
    yield lib
    lib.close()


@pytest.fixture
def reader(qtbot, worker: LibraryWorker, library: Library) -> ReaderTab:  # type: ignore[no-untyped-def]
    tab = ReaderTab(worker, library)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def open_and_wait(
    qtbot, tab: ReaderTab, doc_id: str, anchor: str | None = None, page: int | None = None
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.documentLoaded, timeout=10_000):
        tab.open(doc_id, anchor, page)


def scroll_value(tab: ReaderTab) -> int:
    return tab.browser.verticalScrollBar().value()


def pdf_doc_id(library: Library) -> str:
    return next(m.id for m in library.documents() if m.fmt == "pdf")


# --- opening, contents, header ----------------------------------------------------------------
def test_open_at_a_section_scrolls_there(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en", "referral")
    qtbot.waitUntil(lambda: reader.current_anchor() == "referral")
    top = reader.browser.anchor_top("referral")
    assert top is not None and top > 0
    assert abs(scroll_value(reader) - top) < 10
    assert reader.current_doc_id() == "guide-en"
    assert reader.toc.current_anchor() == "referral"


def test_contents_lists_the_sections_and_clicking_scrolls(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en")
    assert reader.toc.titles()[:4] == [
        "Guide to identifying victims",
        "Introduction",
        "Indicators",
        "Referral",
    ]
    assert scroll_value(reader) == 0
    recursive = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    item = reader.toc.findItems("Indicators", recursive)[0]
    rect = reader.toc.visualItemRect(item)
    qtbot.mouseClick(reader.toc.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: reader.current_anchor() == "indicators")
    assert scroll_value(reader) > 0


def test_header_shows_metadata_review_notice_and_languages(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(reader.titleChanged) as title:
        reader.open("guide-en")
    assert title.args == ["Guide to identifying victims"]
    header = reader.header
    qtbot.waitUntil(lambda: header.title_label.text() == "Guide to identifying victims")
    details = header.details_label.text()
    assert "Guide" in details and "Test Publisher" in details and "2.3" in details
    assert "2021" in details
    assert "https://example.org/guide-en" in header.source_label.text()
    assert header.review_notice_visible()
    assert "confirmed against the official text" in header.review_label.text()
    assert list(header.language_buttons) == ["es"]
    assert header.language_buttons["es"].text() == "Español"
    open_and_wait(qtbot, reader, "guide-es")
    assert not reader.header.review_notice_visible()
    assert reader.header.language_buttons["en"].text() == "English"


# --- links --------------------------------------------------------------------------------------
def test_doc_link_opens_the_other_document_and_back_returns(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en", "intro")
    with qtbot.waitSignal(reader.documentLoaded, timeout=10_000) as loaded:
        reader.browser.anchorClicked.emit(QUrl("doc:card-en#definition"))
    assert loaded.args == ["card-en"]
    qtbot.waitUntil(lambda: reader.current_anchor() == "definition")
    assert reader.current_title() == "Protocol card"
    assert reader.canGoBack()
    with qtbot.waitSignal(reader.documentLoaded, timeout=10_000):
        reader.back()
    qtbot.waitUntil(lambda: reader.current_anchor() == "intro")
    assert reader.current_doc_id() == "guide-en"
    assert reader.canGoForward()
    with qtbot.waitSignal(reader.documentLoaded, timeout=10_000):
        press(reader.browser, Qt.Key.Key_Right, ALT)
    assert reader.current_doc_id() == "card-en"


def test_ctrl_click_on_a_doc_link_asks_for_a_new_tab(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en")
    with qtbot.waitSignal(reader.openRequested) as request:
        reader.follow_link(QUrl("doc:card-en#scope"), new_tab=True)
    assert request.args == ["card-en", "scope", None]
    assert reader.current_doc_id() == "guide-en"


def test_fragment_link_scrolls_within_the_document(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en")
    reader.browser.anchorClicked.emit(QUrl("#referral"))
    qtbot.waitUntil(lambda: reader.current_anchor() == "referral")
    reader.back()
    qtbot.waitUntil(lambda: scroll_value(reader) == 0)


def test_external_link_asks_and_does_not_open_when_declined(
    qtbot,
    reader: ReaderTab,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    asked: list[str] = []
    opened: list[QUrl] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    open_and_wait(qtbot, reader, "guide-en")
    reader.browser.anchorClicked.emit(QUrl("https://example.org/official"))
    assert len(asked) == 1 and "web browser" in asked[0] and "example.org/official" in asked[0]
    assert opened == []
    assert reader.current_doc_id() == "guide-en" and reader.browser.toPlainText()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    reader.header.source_label.linkActivated.emit("https://example.org/guide-en")
    assert [u.toString() for u in opened] == ["https://example.org/guide-en"]
    reader.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert len(opened) == 1


# --- find, zoom -----------------------------------------------------------------------------------
def test_find_in_page_counts_matches_and_moves(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en")
    qtbot.keyClick(reader.browser, Qt.Key.Key_F, CTRL)
    assert reader.find_bar.isVisible()
    assert reader.find_bar.field.hasFocus()
    qtbot.keyClicks(reader.find_bar.field, "debt bondage")
    assert reader.find_bar.count_label.text() == "1 of 3"
    first = reader.browser.textCursor().selectionStart()
    press(reader.find_bar.field, Qt.Key.Key_Return)
    assert reader.find_bar.count_label.text() == "2 of 3"
    assert reader.browser.textCursor().selectionStart() > first
    assert reader.browser.textCursor().selectedText().lower() == "debt bondage"
    reader.find_bar.previous_button.click()
    assert reader.find_bar.count_label.text() == "1 of 3"
    reader.find_bar.previous_button.click()
    assert reader.find_bar.count_label.text() == "3 of 3"
    qtbot.keyClick(reader.find_bar.field, Qt.Key.Key_Escape)
    assert not reader.find_bar.isVisible()
    assert reader.browser.extraSelections() == []


def test_find_ignores_accents(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-es")
    reader.show_find()
    type_text(reader.find_bar.field, "guia")
    assert reader.find_bar.count_label.text() == "1 of 1"  # "Guía" in the heading
    assert reader.browser.textCursor().selectedText() == "Guía"
    reader.find_bar.field.clear()
    type_text(reader.find_bar.field, "derivación")
    assert reader.find_bar.count_label.text().endswith("of 1")
    reader.find_bar.field.clear()
    type_text(reader.find_bar.field, "zzzz")
    assert reader.find_bar.count_label.text() == "No matches"


def test_zoom_changes_text_size_and_emits(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en")
    height = reader.browser.document().size().height()
    with qtbot.waitSignal(reader.zoomChanged) as changed:
        qtbot.keyClick(reader.browser, Qt.Key.Key_Plus, CTRL)
    assert changed.args == [110]
    assert reader.zoom() == 110
    assert reader.browser.document().size().height() > height
    reader.setZoom(1000)
    assert reader.zoom() == 300
    with qtbot.waitSignal(reader.zoomChanged) as changed:
        qtbot.keyClick(reader.browser, Qt.Key.Key_0, CTRL)
    assert changed.args == [100]
    with qtbot.assertNotEmitted(reader.zoomChanged):
        reader.setZoom(100)


def test_zoom_keeps_the_place(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en", "indicators")
    qtbot.waitUntil(lambda: reader.current_anchor() == "indicators")
    reader.setZoom(150)
    assert reader.current_anchor() in ("intro", "indicators")
    assert scroll_value(reader) > 0


# --- other language version -----------------------------------------------------------------------
def test_spanish_version_opens_at_the_same_section(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en", "indicators")
    qtbot.waitUntil(lambda: reader.current_anchor() == "indicators")
    with qtbot.waitSignal(reader.documentLoaded, timeout=10_000) as loaded:
        reader.header.language_buttons["es"].click()
    assert loaded.args == ["guide-es"]
    qtbot.waitUntil(lambda: reader.current_anchor() == "indicators")
    assert reader.toc.currentItem().text(0) == "Indicadores"  # type: ignore[union-attr]
    assert scroll_value(reader) > 0
    with qtbot.waitSignal(reader.documentLoaded, timeout=10_000):
        reader.back()
    assert reader.current_doc_id() == "guide-en"


def test_language_version_without_the_section_opens_at_the_top(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-es", "referral")
    with qtbot.waitSignal(reader.documentLoaded, timeout=10_000):
        reader.open("guide-en", "no-such-section")
    assert scroll_value(reader) == 0


def test_missing_document_shows_a_message(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(reader.titleChanged, timeout=10_000):
        reader.open("not-there")
    assert "no longer in the library" in reader.pages.message_label.text()
    assert reader.pages.currentWidget() is reader.pages.message_label


# --- PDF ------------------------------------------------------------------------------------------
def test_pdf_opens_in_the_pdf_view_at_the_page_of_the_hit(
    qtbot,
    reader: ReaderTab,
    library: Library,  # type: ignore[no-untyped-def]
) -> None:
    doc_id = pdf_doc_id(library)
    open_and_wait(qtbot, reader, doc_id, "page-2", 2)
    assert reader.is_pdf_view()
    pane = reader.pdf_pane
    assert pane is not None and reader.pages.currentWidget() is pane
    assert pane.view.pageNavigator().currentPage() == 1  # QtPdf counts from 0
    assert reader.current_page() == 2 and reader.current_anchor() == "page-2"
    assert reader.toc.titles() == ["Page 1", "Page 2", "Page 3"]
    pane.next_button.click()
    qtbot.waitUntil(lambda: reader.current_page() == 3)
    with qtbot.waitSignal(reader.locationChanged) as moved:
        reader.toc.sectionActivated.emit("page-1")
    assert moved.args == [doc_id, "page-1"]


def test_find_in_a_pdf(qtbot, reader: ReaderTab, library: Library) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, pdf_doc_id(library), None, 1)
    reader.show_find()
    qtbot.keyClicks(reader.find_bar.field, "apples")
    qtbot.waitUntil(lambda: reader.find_bar.count_label.text() == "1 of 1")
    qtbot.waitUntil(lambda: reader.current_page() == 2)


# --- printing -------------------------------------------------------------------------------------
def page_texts(path: Path) -> list[str]:
    """Each page's text, with ligatures ("ﬃ") undone and white space collapsed."""
    return [
        re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text()))
        for p in PdfReader(str(path)).pages
    ]


def test_save_as_pdf_writes_title_source_and_version_on_every_page(
    qtbot,
    reader: ReaderTab,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    open_and_wait(qtbot, reader, "guide-en")
    target = reader.save_as_pdf(tmp_path / "guide.pdf")
    assert target == tmp_path / "guide.pdf"
    pages = page_texts(target)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "Guide to identifying victims" in text
        assert "Source: https://example.org/guide-en" in text
        assert "Version 2.3" in text
        assert f"Page {number} of {len(pages)}" in text
    assert "Debt bondage is an indicator" in " ".join(pages)


def test_save_a_pdf_document_prints_its_own_pages(
    qtbot,
    reader: ReaderTab,
    library: Library,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    open_and_wait(qtbot, reader, pdf_doc_id(library), None, 1)
    pages = page_texts(reader.save_as_pdf(tmp_path / "report.pdf"))  # type: ignore[arg-type]
    assert len(pages) == 3
    assert all("Annual report on trafficking" in text for text in pages)
    assert "Page 3 of 3" in pages[2]


# --- robustness and accessibility -------------------------------------------------------------
def test_pdf_falls_back_to_extracted_text_without_qtpdf(
    qtbot,
    worker: LibraryWorker,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    caplog,  # type: ignore[no-untyped-def]
) -> None:
    from tipdesk.gui import reader_pages

    monkeypatch.setattr(reader_pages, "pdf_viewer_available", lambda: False)
    tab = ReaderTab(worker, library)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.pdf_pane is None
    with caplog.at_level("ERROR"):
        open_and_wait(qtbot, tab, pdf_doc_id(library), None, 2)
    assert any("QtPdf" in record.message for record in caplog.records)
    assert not tab.is_pdf_view()
    assert tab.note_label.isVisible() and "extracted" in tab.note_label.text()
    assert "Second page about apples" in tab.browser.toPlainText()
    assert tab.pages.has_anchor("page-2")  # a hit on page 2 scrolls there


def test_the_reader_loads_no_image_by_itself(
    qtbot,
    reader: ReaderTab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtGui import QColor, QImage, QTextDocument

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(tmp_path / "pic.png"))
    monkeypatch.chdir(tmp_path)
    reader.browser.setHtml('<p><img src="pic.png"></p>')
    resource = reader.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("pic.png")
    )
    assert isinstance(resource, QImage) and resource.width() <= 1  # a blank stand-in, not the file


def test_middle_click_on_a_doc_link_asks_for_a_new_tab(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en", "intro")
    qtbot.waitUntil(lambda: reader.current_anchor() == "intro")
    cursor = reader.browser.document().find("the protocol card")
    reader.browser.setTextCursor(cursor)
    rect = reader.browser.cursorRect(cursor)
    point = rect.center()
    point.setX(point.x() - 10)
    assert reader.browser.anchorAt(point) == "doc:card-en#definition"
    with qtbot.waitSignal(reader.openRequested) as request:
        qtbot.mouseClick(reader.browser.viewport(), Qt.MouseButton.MiddleButton, pos=point)
    assert request.args == ["card-en", "definition", None]
    assert reader.current_doc_id() == "guide-en"


def test_the_text_follows_the_application_theme(qtbot, reader: ReaderTab, qapp) -> None:  # type: ignore[no-untyped-def]
    from tipdesk.gui import theme

    open_and_wait(qtbot, reader, "guide-en")
    dark_base = theme.colours(theme.DARK).base
    try:
        theme.apply_theme(qapp, theme.DARK)
        qtbot.waitUntil(
            lambda: (
                dark_base in reader.browser.document().defaultStyleSheet()
                or dark_base in reader.browser.toHtml()
            )
        )
    finally:
        theme.apply_theme(qapp, theme.LIGHT)
    qtbot.waitUntil(lambda: dark_base not in reader.browser.toHtml())


def test_every_control_has_an_accessible_name(qtbot, reader: ReaderTab, library: Library) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QTextEdit, QTreeView

    open_and_wait(qtbot, reader, "guide-en")
    reader.show_find()
    controls = [
        w
        for kind in (QAbstractButton, QAbstractSpinBox, QLineEdit, QTextEdit, QTreeView)
        for w in reader.findChildren(kind)
        if not isinstance(w.parent(), QAbstractSpinBox)  # the spin box's own line edit
    ]
    assert len(controls) > 8
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_language_change_retranslates_without_losing_the_place(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    open_and_wait(qtbot, reader, "guide-en", "referral")
    qtbot.waitUntil(lambda: reader.current_anchor() == "referral")
    QCoreApplication.sendEvent(reader, QEvent(QEvent.Type.LanguageChange))
    for child in reader.findChildren(QWidget):
        QCoreApplication.sendEvent(child, QEvent(QEvent.Type.LanguageChange))
    assert reader.current_anchor() == "referral"
    assert reader.header.title_label.text() == "Guide to identifying victims"


def test_saving_to_a_folder_that_does_not_exist_says_so(
    qtbot,
    reader: ReaderTab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(str(args[2])))
    open_and_wait(qtbot, reader, "guide-en")
    target = tmp_path / "missing-folder" / "guide.pdf"
    assert reader.save_as_pdf(target) is None
    assert len(warnings) == 1 and str(target) in warnings[0]
    assert not target.exists()


def test_scrolling_reports_the_section_on_screen(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en")
    bar = reader.browser.verticalScrollBar()
    with qtbot.waitSignal(reader.locationChanged) as moved:
        bar.setValue(bar.maximum())
    assert moved.args == ["guide-en", "referral"]
    assert reader.toc.current_anchor() == "referral"


def test_only_the_last_document_asked_for_is_shown(
    qtbot,
    reader: ReaderTab,
    worker: LibraryWorker,  # type: ignore[no-untyped-def]
) -> None:
    open_and_wait(qtbot, reader, "guide-en", "intro")
    shown: list[str] = []
    reader.documentLoaded.connect(shown.append)
    reader.open("card-en")
    reader.back()  # before card-en arrived: its answer must be dropped
    with qtbot.waitSignal(worker.call(lambda: None).done):
        pass  # the worker answers in order: every earlier answer has arrived now
    assert shown == []
    assert reader.current_doc_id() == "guide-en"
    assert reader.current_title() == "Guide to identifying victims"
    reader.open("card-en")
    reader.open("guide-es", "referral")
    with qtbot.waitSignal(worker.call(lambda: None).done):
        pass
    assert shown == ["guide-es"]
    assert reader.current_title() == "Guía para identificar víctimas"
    reader.back()
    assert reader.current_doc_id() == "card-en"  # history: guide-en, card-en, guide-es


def test_reader_font_size_setting_scales_the_text(qtbot, reader: ReaderTab) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, reader, "guide-en")
    height = reader.browser.document().size().height()
    reader.setReaderStyle(points=16)
    assert reader.reader_points() == 16
    assert reader.browser.document().size().height() > height * 1.2
    reader.setZoom(150)
    assert reader.reader_points() == 24
