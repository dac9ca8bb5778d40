"""Bookmarks and notes in the side panel: add, list, edit, delete, open, export, and they last."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.appcontext import close_context, on_worker, open_context, write_documents
from tests.gui.conftest import StartWindow
from tests.gui.helpers import press, type_text
from tipdesk import Library
from tipdesk.gui.context import AppContext
from tipdesk.gui.main_window import MainWindow
from tipdesk.gui.notes_panel import NotesPanel

WAIT_MS = 20_000


@pytest.fixture
def content(tmp_path: Path) -> list[Path]:
    return write_documents(tmp_path / "content", 3)


@pytest.fixture
def context(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, content: list[Path]
) -> Iterator[AppContext]:
    with Library.open(tmp_path / "data", bundled=False) as lib:
        assert len(lib.import_paths(content).added) == 3
    ctx = open_context(qtbot, qapp, tmp_path / "data")
    yield ctx
    close_context(qtbot, ctx)


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext) -> NotesPanel:
    with qtbot.waitSignal(context.worker.call(lambda: None).done):
        notes = NotesPanel(context)
    qtbot.addWidget(notes)
    notes.resize(360, 600)
    notes.show()
    qtbot.waitUntil(lambda: notes.empty.isVisible(), timeout=WAIT_MS)
    return notes


def texts(panel: NotesPanel) -> list[tuple[str, list[str]]]:
    """(document line, [item lines]) as the list shows them."""
    rows = []
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        rows.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())]))
    return rows


def item_at(panel: NotesPanel, group: int, child: int) -> QTreeWidgetItem:
    item = panel.tree.topLevelItem(group).child(child)
    assert item is not None
    return item


def go_to(qtbot: QtBot, panel: NotesPanel, doc_id: str, anchor: str) -> None:
    panel.set_current(doc_id, anchor)
    qtbot.waitUntil(
        lambda: panel.location is not None and panel.location.title != doc_id, timeout=WAIT_MS
    )


def add_note(qtbot: QtBot, panel: NotesPanel, text: str, *, whole_document: bool = False) -> None:
    panel.note_button.click()
    assert panel.editor.isVisible()
    if whole_document:
        panel.editor.attach.setCurrentIndex(0)
    type_text(panel.editor.text, text)
    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        press(panel.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not panel.editor.isVisible()


def test_a_bookmark_and_a_note_are_added_where_the_reader_is_and_listed(
    qtbot: QtBot, panel: NotesPanel
) -> None:
    assert not panel.bookmark_button.isEnabled()  # no document open yet
    go_to(qtbot, panel, "doc-0001", "indicators")
    assert panel.bookmark_button.isEnabled()
    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        panel.bookmark_button.click()
    add_note(qtbot, panel, "Ask about debts owed to the recruiter — ¿deuda?")
    add_note(qtbot, panel, "Use in module 3.", whole_document=True)
    assert texts(panel) == [
        (
            "Document 1 (en)",
            [
                "Note: Use in module 3.",
                "Bookmark: Indicators",
                "Note on Indicators: Ask about debts owed to the recruiter — ¿deuda?",
            ],
        )
    ]
    assert panel.empty.isHidden()
    notes = on_worker(qtbot, panel.context.worker, lambda: panel.context.library.user.notes())
    assert sorted((n.anchor, n.text) for n in notes) == [
        ("", "Use in module 3."),
        ("indicators", "Ask about debts owed to the recruiter — ¿deuda?"),
    ]


def test_notes_survive_reindex_and_reimport_and_are_exported(
    qtbot: QtBot, panel: NotesPanel, content: list[Path], tmp_path: Path
) -> None:
    go_to(qtbot, panel, "doc-0000", "indicators")
    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        panel.add_bookmark()
    add_note(qtbot, panel, "Check the referral numbers.")
    lib = panel.context.library
    content[0].write_text(content[0].read_text().replace("Document 0", "Document zero"))
    report = on_worker(
        qtbot, panel.context.worker, lambda: (lib.reindex(), lib.import_paths(content))[1]
    )
    assert report.updated == ("doc-0000",)

    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        panel.refresh()
    assert texts(panel) == [
        (
            "Document zero (en)",
            ["Bookmark: Indicators", "Note on Indicators: Check the referral numbers."],
        )
    ]

    target = tmp_path / "my notes.md"
    with qtbot.waitSignal(panel.exported, timeout=WAIT_MS) as done:
        panel.export_markdown(target)
    assert done.args == [str(target)]
    text = target.read_text(encoding="utf-8")
    assert "## Document zero" in text
    assert "### Bookmark: Indicators" in text
    assert "> Check the referral numbers." in text
    assert str(target) in panel.status.text()


def test_double_click_and_enter_open_the_document_at_the_section(
    qtbot: QtBot, panel: NotesPanel
) -> None:
    go_to(qtbot, panel, "doc-0002", "indicators")
    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        panel.add_bookmark()
    item = item_at(panel, 0, 0)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected() is not None and panel.delete_button.isEnabled()
    with qtbot.waitSignal(panel.openRequested) as opened:
        # (QTest's first double-click on a fresh widget arrives as a single press)
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["doc-0002", "indicators", None]

    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.openRequested) as opened:
        press(panel.tree, Qt.Key.Key_Return)
    assert opened.args == ["doc-0002", "", None]


def test_a_note_is_edited_and_deleted_after_confirmation(qtbot: QtBot, panel: NotesPanel) -> None:
    go_to(qtbot, panel, "doc-0000", "indicators")
    add_note(qtbot, panel, "First thought")
    panel.tree.setCurrentItem(item_at(panel, 0, 0))
    assert panel.edit_button.isEnabled()
    panel.edit_button.click()
    assert panel.editor.text.toPlainText() == "First thought"
    assert panel.editor.attach.isHidden()  # a note keeps its place
    type_text(panel.editor.text, ", revised")
    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        panel.editor.buttons.button(panel.editor.buttons.StandardButton.Save).click()
    assert texts(panel)[0][1] == ["Note on Indicators: First thought, revised"]

    panel.tree.setCurrentItem(item_at(panel, 0, 0))
    panel.delete_button.click()
    box = panel.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert texts(panel) == []
    assert panel.empty.isVisible()


def test_the_delete_key_removes_a_bookmark(qtbot: QtBot, panel: NotesPanel) -> None:
    go_to(qtbot, panel, "doc-0000", "indicators")
    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        panel.add_bookmark()
    panel.tree.setCurrentItem(item_at(panel, 0, 0))
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert texts(panel) == []


def test_only_this_document(qtbot: QtBot, panel: NotesPanel) -> None:
    for doc_id in ("doc-0000", "doc-0001"):
        go_to(qtbot, panel, doc_id, "indicators")
        with qtbot.waitSignal(panel.listRefreshed, timeout=WAIT_MS):
            panel.add_bookmark()
    assert [t for t, _ in texts(panel)] == ["Document 0 (en)", "Document 1 (en)"]
    panel.only_current.setChecked(True)
    assert [t for t, _ in texts(panel)] == ["Document 1 (en)"]
    go_to(qtbot, panel, "doc-0000", "")
    assert [t for t, _ in texts(panel)] == ["Document 0 (en)"]
    panel.set_current(None, None)  # no document open: everything again
    assert [t for t, _ in texts(panel)] == ["Document 0 (en)", "Document 1 (en)"]
    assert not panel.bookmark_button.isEnabled()


def test_every_control_is_named_and_the_panel_follows_a_language_change(
    qtbot: QtBot, panel: NotesPanel
) -> None:
    go_to(qtbot, panel, "doc-0000", "indicators")
    panel.note_button.click()
    controls: list[QWidget] = [
        panel.only_current,
        panel.tree,
        panel.bookmark_button,
        panel.note_button,
        panel.edit_button,
        panel.delete_button,
        panel.export_button,
        panel.editor.attach,
        panel.editor.text,
    ]
    for control in controls:
        assert control.accessibleName(), control.objectName()
    assert panel.editor.attach.currentText() == "This section: Indicators"
    panel.bookmark_button.setText("stale")
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.bookmark_button.text() == "&Bookmark"


def test_in_the_window_ctrl_d_bookmarks_the_section_being_read(
    qtbot: QtBot, start_window: StartWindow, data_dir: Path
) -> None:
    window = start_window(data_dir).window
    assert isinstance(window, MainWindow)
    notes = window.notes_panel
    assert isinstance(notes, NotesPanel)
    reader = window.open_document("trafficking-guide-en", "referral")
    qtbot.waitUntil(
        lambda: notes.location is not None and notes.location.section_title == "Referral",
        timeout=WAIT_MS,
    )
    assert reader is window.current_reader()
    with qtbot.waitSignal(notes.listRefreshed, timeout=WAIT_MS):
        window.actions_.bookmark.trigger()
    assert texts(notes) == [("Guide to identifying victims (en)", ["Bookmark: Referral"])]

    window.open_document("protocol-card-fr")
    qtbot.waitUntil(
        lambda: notes.location is not None and notes.location.doc_id == "protocol-card-fr"
    )
    notes.tree.setCurrentItem(item_at(notes, 0, 0))
    notes.open_selected()
    qtbot.waitUntil(lambda: window.current_reader() is reader, timeout=WAIT_MS)
