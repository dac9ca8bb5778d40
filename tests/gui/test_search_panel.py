"""The search panel as a user meets it: type, filter, follow a suggestion, open with the keyboard.

A real library of small Markdown documents in four languages, the real worker thread and the real
widgets; nothing is waited for with sleeps.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import press, type_text
from tipdesk import Library
from tipdesk.gui.search_panel import PAGE_SIZE, SearchPanel
from tipdesk.gui.worker import LibraryWorker

# id: (language, kind, topics, countries, title, body)
DOCS: dict[str, tuple[str, str, str, str, str, str]] = {
    "victims-guide-en": (
        "en", "guide", "protection, victim-identification", "", "Guide to identifying victims",
        "# Guide to identifying victims\n\nThe Palermo Protocol frames this guide.\n\n"
        "## Indicators\n\nSigns of forced labour and debt bondage.\n\n"
        "## Referral\n\nHow to refer a presumed victim to shelter services.\n",
    ),
    "labour-report-en": (
        "en", "report", "prevention", "MX", "Report on labour exploitation",
        "# Report on labour exploitation\n\nA study after the Palermo Protocol.\n\n"
        "## Findings\n\nRecruitment fees and confiscated passports.\n",
    ),
    "plan-accion-es": (
        "es", "training-module", "prevention, partnership", "", "Plan de acción contra la trata",
        "# Plan de acción contra la trata\n\nEl Protocolo de Palermo y la cooperación.\n\n"
        "## Líneas de acción\n\nCoordinación entre instituciones y sociedad civil.\n",
    ),
    "protocole-fr": (
        "fr", "protocol", "prosecution", "", "Fiche du Protocole",
        "# Fiche du Protocole\n\nLe Protocole de Palerme définit la traite des personnes.\n\n"
        "## Définition\n\nActe, moyens et but d'exploitation.\n",
    ),
    "manual-pt": (
        "pt", "manual", "protection", "BR", "Manual de proteção às vítimas",
        "# Manual de proteção às vítimas\n\nO Protocolo de Palermo orienta este manual.\n\n"
        "## Abrigo\n\nAcolhimento seguro e confidencial.\n",
    ),
}


def write_library(folder: Path, docs: dict[str, tuple[str, str, str, str, str, str]]) -> Library:
    content = folder / "content"
    content.mkdir(parents=True)
    for doc_id, (language, kind, topics, countries, title, body) in docs.items():
        (content / f"{doc_id}.md").write_text(
            f"---\nid: {doc_id}\ntitle: {title}\nlanguage: {language}\nkind: {kind}\n"
            f"topics: [{topics}]\ncountries: [{countries}]\npublished: 2021-05-01\n"
            f"publisher: Test publisher\nsource_url: https://example.org/{doc_id}\n"
            f'version: "1.0"\nsummary: About {title}.\n---\n\n{body}',
            encoding="utf-8",
        )
    library = Library.open(folder / "data", bundled=False)
    report = library.import_paths([content])
    assert len(report.added) == len(docs), report
    return library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = write_library(tmp_path, DOCS)
    yield lib
    lib.close()


@pytest.fixture
def worker() -> Iterator[LibraryWorker]:
    work = LibraryWorker()
    yield work
    work.stop()


@pytest.fixture
def panel(qtbot, worker: LibraryWorker, library: Library) -> SearchPanel:  # type: ignore[no-untyped-def]
    """The panel, shown, after its first answer (the whole library to browse) is painted."""
    widget = SearchPanel(worker, library)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    with qtbot.waitSignal(widget.searchFinished, timeout=10_000):
        widget.show()
    qtbot.waitExposed(widget)
    widget.focusSearch()
    return widget


def search(qtbot, panel: SearchPanel, text: str) -> int:  # type: ignore[no-untyped-def]
    """Type ``text`` into the empty box and wait for its answer; returns the total found."""
    panel.search_box.clear()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        type_text(panel.search_box, text)
    return int(blocker.args[0])


def shown_ids(panel: SearchPanel) -> list[str]:
    return [hit.doc_id for hit in panel.model.hits]


def test_typing_a_query_shows_matching_documents(qtbot, panel: SearchPanel) -> None:
    total = search(qtbot, panel, "bondage")
    assert total == 1
    assert panel.pages.currentWidget() is panel.results_page
    assert shown_ids(panel) == ["victims-guide-en"]
    hit = panel.model.hits[0]
    assert hit.section_anchor == "indicators"
    assert "<b>bondage</b>" in hit.snippet_html
    assert panel.status.count_label.text() == "1 document"
    assert not panel.load_more_button.isVisible()


def test_search_as_you_type_finds_a_word_from_its_beginning(qtbot, panel: SearchPanel) -> None:
    assert search(qtbot, panel, "confisc") == 1
    assert shown_ids(panel) == ["labour-report-en"]


@pytest.mark.parametrize("query", ["acción", "accion"])
def test_accented_and_unaccented_queries_find_the_spanish_document(
    qtbot, panel: SearchPanel, query: str
) -> None:
    assert search(qtbot, panel, query) >= 1
    assert panel.search_box.text() == query
    assert shown_ids(panel)[0] == "plan-accion-es"


def test_a_language_filter_narrows_the_results_and_shows_counts(qtbot, panel: SearchPanel) -> None:
    assert search(qtbot, panel, "Palermo") == 5
    language = panel.filters.combos["language"]
    assert [language.itemText(i) for i in range(language.count())] == [
        "All languages", "English (2)", "Spanish (1)", "French (1)", "Portuguese (1)",
    ]
    language.setFocus()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        press(language, Qt.Key.Key_Down)  # → English
    assert blocker.args == [2]
    assert sorted(shown_ids(panel)) == ["labour-report-en", "victims-guide-en"]
    assert panel.status.count_label.text() == "2 documents"
    # the other filters now count only English documents
    assert language.currentText() == "English (2)"
    assert language.itemText(0) == "All languages"
    kind = panel.filters.combos["kind"]
    assert sorted(kind.itemText(i) for i in range(1, kind.count())) == ["Guide (1)", "Report (1)"]
    country = panel.filters.combos["country"]
    assert [country.itemText(i) for i in range(country.count())] == ["All countries", "Mexico (1)"]

    assert panel.filters.clear_button.isEnabled()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.filters.clear_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [5]
    assert language.currentText() == "All languages"


def test_topics_list_the_four_pillars_first(qtbot, panel: SearchPanel) -> None:
    search(qtbot, panel, "Palermo")
    topic = panel.filters.combos["topic"]
    labels = [topic.itemText(i) for i in range(1, topic.count())]
    assert labels == [
        "Prevention (2)", "Protection (2)", "Prosecution (1)", "Partnership (1)",
        "Victim identification (1)",
    ]


def test_a_typo_offers_did_you_mean_and_clicking_it_searches(qtbot, panel: SearchPanel) -> None:
    assert search(qtbot, panel, "bondge") == 0
    assert panel.pages.currentWidget() is panel.no_results_label
    assert "bondge" in panel.no_results_label.text()
    button = panel.status.suggestion_button
    assert button.isVisible()
    assert button.text() == "bondage"
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    assert panel.search_box.text() == "bondage"
    assert shown_ids(panel) == ["victims-guide-en"]
    assert not panel.status.suggestion_row.isVisible()


def test_documents_with_only_some_words_come_with_a_note(qtbot, panel: SearchPanel) -> None:
    assert search(qtbot, panel, "passports shelter") == 2
    assert panel.status.relaxed_label.isVisible()
    assert "some of them" in panel.status.relaxed_label.text()
    assert search(qtbot, panel, "passports") == 1
    assert not panel.status.relaxed_label.isVisible()


def test_down_and_enter_in_the_box_open_the_hit_at_its_section(qtbot, panel: SearchPanel) -> None:
    search(qtbot, panel, "shelter")
    assert panel.search_box.hasFocus()
    press(panel.search_box, Qt.Key.Key_Down)
    assert panel.results_view.currentIndex().row() == 0
    assert panel.search_box.hasFocus()  # typing can go on
    with qtbot.waitSignal(panel.openRequested, timeout=2_000) as blocker:
        press(panel.search_box, Qt.Key.Key_Return)
    assert blocker.args == ["victims-guide-en", "referral", None]


def test_enter_before_the_answer_searches_at_once(qtbot, panel: SearchPanel) -> None:
    panel.search_box.clear()
    type_text(panel.search_box, "bondage")
    assert panel._timer.isActive()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        press(panel.search_box, Qt.Key.Key_Return)
        assert not panel._timer.isActive()  # no waiting for the debounce
    assert blocker.args == [1]


def test_escape_clears_the_box_and_shows_the_library_again(qtbot, panel: SearchPanel) -> None:
    search(qtbot, panel, "bondage")
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        press(panel.search_box, Qt.Key.Key_Escape)
    assert panel.search_box.text() == ""
    assert blocker.args == [5]
    assert panel.pages.currentWidget() is panel.browse_view


def test_typing_in_the_results_list_goes_back_to_the_box(qtbot, panel: SearchPanel) -> None:
    search(qtbot, panel, "bondage")
    panel.results_view.setFocus()
    qtbot.waitUntil(panel.results_view.hasFocus)
    type_text(panel.results_view, "s")
    assert panel.search_box.hasFocus()
    assert panel.search_box.text() == "bondages"


def test_browse_view_lists_the_library_by_kind_and_by_topic(qtbot, panel: SearchPanel) -> None:
    assert panel.pages.currentWidget() is panel.browse_view
    assert panel.status.count_label.text() == "5 documents in the library"
    tree = panel.browse_view.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == [
        "Protocol (1)", "Guide (1)", "Manual (1)", "Training module (1)", "Report (1)",
    ]
    assert sorted(tree.document_titles()) == sorted(doc[4] for doc in DOCS.values())

    qtbot.mouseClick(panel.browse_view.by_topic, Qt.MouseButton.LeftButton)
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[:4] == ["Prevention (2)", "Protection (2)", "Prosecution (1)", "Partnership (1)"]
    assert groups[4:] == ["Victim identification (1)"]


def test_browse_with_a_filter_and_open_with_the_keyboard(qtbot, panel: SearchPanel) -> None:
    kind = panel.filters.combos["kind"]
    kind.setFocus()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        press(kind, Qt.Key.Key_Down)
    assert blocker.args == [1]
    assert kind.currentText() == "Guide (1)"
    tree = panel.browse_view.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["Guide (1)"]
    panel.focusSearch()
    press(panel.search_box, Qt.Key.Key_Return)  # Enter on a group opens the group...
    assert tree.topLevelItem(0).isExpanded()
    press(panel.search_box, Qt.Key.Key_Down)  # ...Down goes to its first document...
    with qtbot.waitSignal(panel.openRequested, timeout=2_000) as blocker:
        press(panel.search_box, Qt.Key.Key_Return)  # ...and Enter opens that
    assert blocker.args == ["victims-guide-en", "", None]


def test_an_older_answer_arriving_late_is_not_painted(
    qtbot, panel: SearchPanel, worker: LibraryWorker
) -> None:
    painted: list[int] = []
    panel.searchFinished.connect(painted.append)
    panel.search_box.setText("Palermo")
    panel.search_now()  # the first query runs on the worker...
    first_done = threading.Event()
    worker.call(first_done.set)
    assert first_done.wait(10)  # ...and has answered, but the answer is not delivered yet
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        panel.search_box.setText("bondage")
        panel.search_now()
    QApplication.processEvents()
    assert blocker.args == [1]
    assert painted == [1]
    assert shown_ids(panel) == ["victims-guide-en"]


def test_a_query_still_waiting_is_dropped_for_a_newer_one(
    qtbot, panel: SearchPanel, worker: LibraryWorker
) -> None:
    painted: list[int] = []
    panel.searchFinished.connect(painted.append)
    release = threading.Event()
    worker.call(lambda: release.wait(10))  # the worker is busy
    type_text(panel.search_box, "Palermo")
    panel.search_now()
    type_text(panel.search_box, "x")
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        panel.search_box.setText("shelter")
        panel.search_now()
        release.set()
    QApplication.processEvents()
    assert blocker.args == [1]
    assert painted == [1]


def test_load_more_fetches_the_next_page(qtbot, worker: LibraryWorker, tmp_path: Path) -> None:
    many = {
        f"note-{n:02d}": ("en", "report", "prevention", "", f"Field note {n:02d}",
                          f"# Field note {n:02d}\n\nObservations about recruiters.\n")
        for n in range(PAGE_SIZE + 3)
    }
    lib = write_library(tmp_path, many)
    try:
        widget = SearchPanel(worker, lib)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        assert search(qtbot, widget, "recruiters") == PAGE_SIZE + 3
        assert widget.model.rowCount() == PAGE_SIZE
        assert widget.load_more_button.isVisible()
        with qtbot.waitSignal(widget.searchFinished, timeout=10_000):
            qtbot.mouseClick(widget.load_more_button, Qt.MouseButton.LeftButton)
        assert widget.model.rowCount() == PAGE_SIZE + 3
        assert len(set(shown_ids(widget))) == PAGE_SIZE + 3
        assert not widget.load_more_button.isVisible()
    finally:
        lib.close()


def test_controls_have_accessible_names(panel: SearchPanel) -> None:
    assert panel.search_box.accessibleName() == "Search the library"
    assert panel.search_box.placeholderText() == "Search the library…"
    assert panel.results_view.accessibleName() == "Search results"
    for combo in panel.filters.combos.values():
        assert combo.accessibleName().endswith("filter")
    assert panel.browse_view.tree.accessibleName()


SPANISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>SearchPanel</name>
<message><source>Search the library…</source>
<translation>Buscar en la biblioteca…</translation></message>
</context>
<context><name>FilterBar</name>
<message><source>All languages</source><translation>Todos los idiomas</translation></message>
</context>
<context><name>Vocabulary</name>
<message><source>English</source><translation>Inglés</translation></message>
</context>
<context><name>SearchStatus</name>
<message numerus="yes"><source>%n document(s)</source><translation>
<numerusform>%n documento</numerusform><numerusform>%n documentos</numerusform>
</translation></message>
</context>
</TS>
"""


def compiled_catalogue(folder: Path) -> Path:
    """A tiny Spanish catalogue compiled with Qt's own lrelease."""
    source = folder / "panel_es.ts"
    source.write_text(SPANISH_TS, encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    subprocess.run([lrelease, "-silent", str(source)], check=True)
    return source.with_suffix(".qm")


def test_a_new_interface_language_keeps_the_query_and_filters(
    qtbot, panel: SearchPanel, tmp_path: Path
) -> None:
    search(qtbot, panel, "Palermo")
    language = panel.filters.combos["language"]
    language.setFocus()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        press(language, Qt.Key.Key_Down)
    translator = QTranslator()
    assert translator.load(str(compiled_catalogue(tmp_path)))
    QApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.search_box.placeholderText() == "Buscar en la biblioteca…")
        assert panel.search_box.text() == "Palermo"
        assert language.currentData() == "en"
        assert language.currentText() == "Inglés (2)"
        assert language.itemText(0) == "Todos los idiomas"
        assert panel.status.count_label.text() == "2 documentos"
        assert len(panel.model.hits) == 2
    finally:
        QApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.search_box.placeholderText() == "Search the library…")
    assert panel.status.count_label.text() == "2 documents"


def test_focus_search_selects_the_query_for_a_new_one(qtbot, panel: SearchPanel) -> None:
    search(qtbot, panel, "shelter")
    panel.results_view.setFocus()
    qtbot.waitUntil(panel.results_view.hasFocus)
    panel.focusSearch()
    assert panel.search_box.hasFocus()
    assert panel.search_box.selectedText() == "shelter"
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        type_text(panel.search_box, "passports")  # replaces the selected query
    assert panel.search_box.text() == "passports"
    assert blocker.args == [1]


def test_no_results_under_a_filter_says_so(qtbot, panel: SearchPanel) -> None:
    kind = panel.filters.combos["kind"]
    kind.setFocus()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        press(kind, Qt.Key.Key_Down)  # Guide
    panel.focusSearch()
    assert search(qtbot, panel, "passports") == 0
    assert panel.pages.currentWidget() is panel.no_results_label
    assert "clear them" in panel.no_results_label.text()
    assert kind.currentText() == "Guide (0)"
    assert "Report (1)" in [kind.itemText(i) for i in range(kind.count())]
