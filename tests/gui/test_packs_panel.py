"""The pack editor: a trainer builds, reorders, annotates, exports and imports a seminar pack."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.core.packhelpers import seminar_library
from tests.gui.appcontext import close_context, on_worker, open_context
from tests.gui.helpers import file_dialogs_opened_by, press, type_text
from tipdesk import Library
from tipdesk.core.packs import Pack, PackStore
from tipdesk.gui.context import AppContext
from tipdesk.gui.pack_items import location_mime, locations_from
from tipdesk.gui.packs_panel import PacksPanel

WAIT = 30_000


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    seminar_library(tmp_path / "data", tmp_path / "content").close()
    return tmp_path / "data"


@pytest.fixture
def context(qtbot, qapp: QApplication, data_dir: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = open_context(qtbot, qapp, data_dir)
    yield ctx
    close_context(qtbot, ctx)


@pytest.fixture
def panel(qtbot, context: AppContext) -> PacksPanel:  # type: ignore[no-untyped-def]
    widget = PacksPanel(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.list.count() == 0 and not widget.buttons["rename"].isEnabled())
    return widget


def stored(qtbot, context: AppContext) -> list[Pack]:  # type: ignore[no-untyped-def]
    return on_worker(qtbot, context.worker, lambda: PackStore(context.library.user).packs())


def wait_items(qtbot, panel: PacksPanel, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.editor.items.count() == count, timeout=WAIT)


def drop_locations(panel: PacksPanel, locations: list[tuple[str, str]], row: int) -> None:
    """Drag MIME data as another widget offers it over the items, and drop it on ``row``."""
    items = panel.editor.items
    point = items.visualItemRect(items.item(row)).center()
    mime = location_mime(locations)  # kept alive: the events only point to it
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with warnings.catch_warnings():  # Qt 6 has only QPoint constructors for these two
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(point, copy, mime, left, none)
        move = QDragMoveEvent(point, copy, mime, left, none)
    for event in (enter, move, QDropEvent(QPointF(point), copy, mime, left, none)):
        QApplication.sendEvent(items.viewport(), event)


def test_a_trainer_builds_and_reorders_a_pack(qtbot, panel: PacksPanel, context: AppContext):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        panel.create_pack("Border officials, day 1")
    assert panel.list.currentItem().text() == "Border officials, day 1"
    qtbot.waitUntil(lambda: panel.editor.view is not None, timeout=WAIT)
    panel.add_location("guide-one", "identifying-victims")  # the window's "add to pack"
    wait_items(qtbot, panel, 1)
    panel.add_location("plain-note")
    wait_items(qtbot, panel, 2)
    drop_locations(panel, [("field-report", ""), ("guide-two", "referral")], row=1)
    wait_items(qtbot, panel, 4)
    items = panel.editor.items
    texts = [items.item(r).text() for r in range(items.count())]
    assert texts == [
        "1. Guide guide-one — Identifying victims",
        "2. Field report",
        "3. Guide guide-two — Referral",
        "4. A plain note",
    ]

    items.setCurrentRow(3)
    items.setFocus()
    press(items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # keyboard reorder
    qtbot.waitUntil(lambda: items.item(2).text().endswith("A plain note"), timeout=WAIT)
    assert items.currentItem().text() == "3. A plain note"
    items.model().moveRow(items.rootIndex(), 0, items.rootIndex(), 4)  # as a drag would
    items.orderChanged.emit(items.item_ids())
    qtbot.waitUntil(lambda: items.item(3).text().startswith("4. Guide guide-one"), timeout=WAIT)
    pack = stored(qtbot, context)[0]
    assert [i.doc_id for i in pack.items] == [
        "field-report",
        "plain-note",
        "guide-two",
        "guide-one",
    ]

    items.setCurrentRow(0)
    panel.editor.note.setFocus()
    type_text(panel.editor.note, "Pass the report round")
    panel.editor.minutes.setValue(12)
    qtbot.waitUntil(lambda: stored(qtbot, context)[0].items[0].minutes == 12, timeout=WAIT)
    qtbot.waitUntil(
        lambda: stored(qtbot, context)[0].items[0].note == "Pass the report round", timeout=WAIT
    )
    qtbot.waitUntil(lambda: "12 min" in items.item(0).text(), timeout=WAIT)
    assert "12" in panel.editor.total.text()

    for field, text in (
        (panel.editor.title, "Identifying victims"),
        (panel.editor.date, "2025-03-14"),
        (panel.editor.place, "Quito"),
    ):
        field.setFocus()
        type_text(field, text)
        field.editingFinished.emit()
    qtbot.waitUntil(lambda: stored(qtbot, context)[0].details.place == "Quito", timeout=WAIT)
    assert stored(qtbot, context)[0].details.date == "2025-03-14"

    items.setCurrentRow(1)
    panel.editor.buttons["remove"].click()
    wait_items(qtbot, panel, 3)
    assert [i.doc_id for i in stored(qtbot, context)[0].items] == [
        "field-report",
        "guide-two",
        "guide-one",
    ]


def test_rename_duplicate_delete(qtbot, panel: PacksPanel, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        panel.create_pack("Day 1")
    qtbot.waitUntil(lambda: panel.editor.view is not None, timeout=WAIT)
    panel.add_location("guide-one")
    wait_items(qtbot, panel, 1)
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        panel.duplicate()
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == ["Day 1", "Day 1 (2)"]
    assert panel.list.currentItem().text() == "Day 1 (2)"
    wait_items(qtbot, panel, 1)
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        panel.rename_pack("Day 2")
    assert {p.name for p in stored(qtbot, context)} == {"Day 1", "Day 2"}
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        panel.delete_pack()
    assert [p.name for p in stored(qtbot, context)] == ["Day 1"]
    with qtbot.waitSignal(panel.failed, timeout=WAIT) as failed:
        panel.rename_pack("   ")
    assert "needs a name" in failed.args[0]


def test_export_to_a_colleague_and_import_there(
    qtbot, panel: PacksPanel, context: AppContext, tmp_path: Path, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.packsChanged, timeout=WAIT):
        panel.create_pack("Day 1")
    qtbot.waitUntil(lambda: panel.editor.view is not None, timeout=WAIT)
    panel.add_location("guide-one", "referral")
    wait_items(qtbot, panel, 1)
    panel.add_location("field-report")
    wait_items(qtbot, panel, 2)
    with qtbot.waitSignal(panel.exported, timeout=WAIT) as exported:
        panel.export_to(tmp_path / "day1")
    path = exported.args[0].path
    assert path.name == "day1.tipdesk-pack" and path.exists()

    Library.open(tmp_path / "colleague", bundled=False).close()
    other = open_context(qtbot, qapp, tmp_path / "colleague")
    try:
        theirs = PacksPanel(other)
        qtbot.addWidget(theirs)
        theirs.show()
        with qtbot.waitSignal(theirs.imported, timeout=WAIT) as imported:
            theirs.import_from(path)
        report = imported.args[0]
        assert set(report.added) == {"guide-one", "guide-one-es", "field-report"}
        assert "Shared by a colleague" in theirs.import_summary(report)
        wait_items(qtbot, theirs, 2)
        assert theirs.list.currentItem().text() == "Day 1"
        assert theirs.editor.items.item(0).text() == "1. Guide guide-one — Referral"

        hostile = tmp_path / "hostile.tipdesk-pack"
        hostile.write_bytes(b"PK\x05\x06" + b"\0" * 18)
        with qtbot.waitSignal(theirs.failed, timeout=WAIT) as failed:
            theirs.import_from(hostile)
        assert "Nothing was imported" in failed.args[0]
        assert len(stored(qtbot, other)) == 1
        qtbot.waitUntil(
            lambda: (
                qapp.activeModalWidget() is not None
                or theirs.findChild(object, "packsMessage") is not None
            ),
            timeout=WAIT,
        )
    finally:
        for box in theirs.findChildren(object, "packsMessage"):
            box.close()
        close_context(qtbot, other)


def test_location_mime_round_trip() -> None:
    mime = location_mime([("guide-one", "referral"), ("plain-note", "")])
    assert locations_from(mime) == [("guide-one", "referral"), ("plain-note", "")]
    mime.setData("application/x-tipdesk-location", b"not json")
    assert locations_from(mime) == []


def test_kiosk_hides_the_file_buttons(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    widget = PacksPanel(context, allow_files=False)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.buttons["import"].isVisible() and not widget.buttons["export"].isVisible()
    assert file_dialogs_opened_by(widget.choose_import) == []  # refused even when called
    assert file_dialogs_opened_by(widget.choose_export) == []
    with_files = PacksPanel(context)  # the same call outside a kiosk does ask for a file
    qtbot.addWidget(with_files)
    assert file_dialogs_opened_by(with_files.choose_import) == ["Import a seminar pack"]
