"""Updating the library from the window: a real signed repository published from Markdown files,
synced from a folder (a USB stick), a real HTTP server and a colleague's shared library."""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.client
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QProgressBar,
)
from pytestqt.qtbot import QtBot

from tests.gui.appcontext import close_context, on_worker, open_context
from tests.gui.helpers import press
from tests.sync.conftest import FAST_POLICY
from tests.sync.helpers import TestPublisher, expired_lifetimes
from tests.sync.servers import RepoServer
from tipdesk import Library
from tipdesk.core.errors import Interrupted
from tipdesk.gui.context import AppContext
from tipdesk.gui.sync_controller import SyncController
from tipdesk.gui.sync_dialog import SyncDialog
from tipdesk.sync.client import SyncClient
from tipdesk.sync.errors import SourceExpired, VerificationFailed
from tipdesk.sync.report import SyncReport
from tipdesk.sync.store import SyncStore

WAIT_MS = 60_000
NEVER_MS = 3_600_000  # background checks are started by hand in these tests
DOCS = {
    "victim-guide": ("Guide to identifying victims", "en"),
    "guia-victimas": ("Guía para identificar víctimas", "es"),
    "fiche-protocole": ("Fiche du Protocole", "fr"),
}


# --- fixtures ------------------------------------------------------------------------------------
@pytest.fixture
def publisher(tmp_path: Path) -> TestPublisher:
    """The publisher's signed repository: three Markdown documents, release 1."""
    pub = TestPublisher(tmp_path / "publisher")
    for doc_id, (title, language) in DOCS.items():
        pub.write(doc_id, title=title, language=language)
    pub.publish()
    return pub


@pytest.fixture
def context(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_context(qtbot, qapp, tmp_path / "data")
    yield ctx
    close_context(qtbot, ctx)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    main.menuBar().setNativeMenuBar(False)
    main.resize(900, 600)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def controller(
    qtbot: QtBot, context: AppContext, window: QMainWindow, publisher: TestPublisher
) -> Iterator[SyncController]:
    """Sync in a window, trusting the test publisher's root (as ``tipdesk sync --trust``)."""
    sync = SyncController(
        context,
        window,
        policy=FAST_POLICY,
        first_check_ms=NEVER_MS,
        check_interval_ms=NEVER_MS,
        share_port=0,
    )
    wait_for_job(qtbot, sync.service.configure(trust=str(publisher.root_file)))
    yield sync
    sync.shutdown()


@pytest.fixture
def repo_server(publisher: TestPublisher) -> Iterator[RepoServer]:
    server = RepoServer(publisher.repo).start()
    yield server
    server.stop()


def wait_for_job(qtbot: QtBot, job: Any) -> Any:
    outcome: dict[str, Any] = {}
    job.done.connect(lambda result: outcome.setdefault("done", result))
    job.error.connect(lambda error: outcome.setdefault("error", error))
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["done"]


def open_dialog(qtbot: QtBot, controller: SyncController) -> SyncDialog:
    dialog = controller.show_sync_dialog()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.status is not None, timeout=WAIT_MS)
    return dialog


def sync_from(qtbot: QtBot, dialog: SyncDialog, source: str) -> object:
    """Choose ``source`` and press "Update now"; the report, or the error."""
    assert dialog.sources.add_source(source), dialog.sources.problem.text()
    assert dialog.sources.current() == source
    with qtbot.waitSignal(dialog.syncFinished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def synced_state(qtbot: QtBot, context: AppContext) -> tuple[dict[str, str], str]:
    """The synced documents (id → version) and the committed manifest, read on the worker."""
    library = context.library

    def read() -> tuple[dict[str, str], str]:
        docs = {m.id: m.version for m in library.documents() if m.origin == "synced"}
        manifest = SyncStore(library.paths.sync_dir).manifest_path
        return docs, manifest.read_text() if manifest.exists() else ""

    return on_worker(qtbot, context.worker, read)


def document_requests(server: RepoServer) -> list[str]:
    return [r.path for r in server.requests if r.path.startswith("/targets/docs/")]


# --- syncing from a USB stick --------------------------------------------------------------------
def test_the_dialog_updates_from_a_folder_and_lists_whats_new(
    qtbot: QtBot, controller: SyncController, context: AppContext, publisher: TestPublisher
) -> None:
    dialog = open_dialog(qtbot, controller)
    assert dialog.state.text() == "This library has not been updated yet."
    assert not dialog.update_button.isEnabled()  # no source yet
    shown: list[str] = []
    dialog.progressed.connect(shown.append)
    changed: list[bool] = []
    controller.libraryChanged.connect(lambda: changed.append(True))

    report = sync_from(qtbot, dialog, str(publisher.repo))

    assert isinstance(report, SyncReport), report
    assert sorted(report.added) == sorted(DOCS)
    assert any(line.startswith("Downloading: 3 of 3 files") for line in shown), shown
    assert any(line.startswith("Updating the library") for line in shown), shown
    assert not dialog.progress_bar.isVisible()
    result = dialog.outcome.text()
    assert result.startswith("3 document") and "added, 0 revised, 0 withdrawn" in result
    assert str(publisher.repo) in dialog.details.text()
    assert sorted(dialog.whats_new.rows()) == sorted(
        (title, {"en": "English", "es": "Español", "fr": "Français"}[lang], "New")
        for title, lang in DOCS.values()
    )
    assert changed == [True]
    found = on_worker(qtbot, context.worker, lambda: context.library.search("victims"))
    assert found.total >= 1

    # the status bar and the dialog say when and from where
    qtbot.waitUntil(lambda: "Updated" in controller.status_widget.summary.text(), timeout=WAIT_MS)
    assert "3 new" in controller.status_widget.summary.text()
    assert str(publisher.repo) in controller.status_widget.summary.toolTip()
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Last updated"), timeout=WAIT_MS)
    assert str(publisher.repo) in dialog.state.text() and "release 1" in dialog.state.text()

    # double-click in "what's new" opens the document
    tree = dialog.whats_new
    item = tree.topLevelItem(0)
    doc_id = item.data(0, Qt.ItemDataRole.UserRole)
    centre = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(controller.openRequested, timeout=5_000) as opened:
        # (QTest's first double-click on a fresh widget arrives as a single press)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [doc_id, "", None]
    tree.setCurrentItem(tree.topLevelItem(1))
    tree.setFocus()
    with qtbot.waitSignal(controller.openRequested, timeout=5_000) as opened:
        press(tree, Qt.Key.Key_Return)
    assert opened.args == [tree.topLevelItem(1).data(0, Qt.ItemDataRole.UserRole), "", None]


def test_a_second_update_reports_revisions_and_withdrawals(
    qtbot: QtBot, controller: SyncController, context: AppContext, publisher: TestPublisher
) -> None:
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, str(publisher.repo))
    publisher.write("victim-guide", "Revised text about referral.", title="Guide, revised")
    publisher.remove("fiche-protocole.md")
    publisher.write("new-handbook", title="Handbook for inspectors")
    publisher.publish()

    report = sync_from(qtbot, dialog, str(publisher.repo))

    assert isinstance(report, SyncReport)
    assert (report.added, report.updated, report.removed) == (
        ("new-handbook",),
        ("victim-guide",),
        ("fiche-protocole",),
    )
    assert dialog.outcome.text().endswith("added, 1 revised, 1 withdrawn.")
    assert dialog.whats_new.rows() == [
        ("Handbook for inspectors", "English", "New"),
        ("Guide, revised", "English", "Revised"),
    ]
    docs, _ = synced_state(qtbot, context)
    assert sorted(docs) == ["guia-victimas", "new-handbook", "victim-guide"]

    # nothing new: the dialog says the library is up to date
    report = sync_from(qtbot, dialog, str(publisher.repo))
    assert isinstance(report, SyncReport) and not report.changed
    assert dialog.outcome.text().startswith("The library is up to date (release 2, 3 document")


def test_sources_are_checked_and_remembered(
    qtbot: QtBot, controller: SyncController, publisher: TestPublisher, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, controller)
    sources = dialog.sources
    assert not sources.add_source(str(tmp_path / "no such stick"))
    assert "is not a folder" in sources.problem.text() and sources.problem.isVisibleTo(dialog)
    assert not sources.add_source("ftp://example.org/repo")
    assert "neither a web address" in sources.problem.text()

    # a colleague's address as typed in the dialog
    asking = sources.ask_colleague()
    asking.setTextValue("192.168.1.20")
    asking.accept()
    assert sources.current() == "http://192.168.1.20:8765/"
    assert sources.list.currentItem().text() == (
        "Computer on this network: http://192.168.1.20:8765/"
    )
    asking = sources.ask_web_address()
    asking.setTextValue("updates.example.org/tipdesk")
    asking.accept()
    assert sources.current() == "https://updates.example.org/tipdesk"
    assert not sources.problem.isVisibleTo(dialog)

    # choosing the publisher's root file again refreshes the status, and keeps what was added
    with qtbot.waitSignal(controller.service.statusChanged, timeout=WAIT_MS):
        dialog.set_trust_root(str(publisher.root_file))
    assert sources.sources() == ["http://192.168.1.20:8765/", "https://updates.example.org/tipdesk"]
    assert sources.current() == "https://updates.example.org/tipdesk"

    # syncing from the folder remembers it first, and keeps the others
    sync_from(qtbot, dialog, str(publisher.repo))
    qtbot.waitUntil(lambda: dialog.status is not None and bool(dialog.status.sources))
    assert dialog.status.sources == (
        str(publisher.repo),
        "http://192.168.1.20:8765/",
        "https://updates.example.org/tipdesk",
    )


# --- cancel, and failures that change nothing ----------------------------------------------------
def test_cancel_stops_the_update_and_the_next_one_resumes(
    qtbot: QtBot, controller: SyncController, context: AppContext, repo_server: RepoServer
) -> None:
    repo_server.behaviour.delay = 0.5  # each document takes half a second to start arriving
    dialog = open_dialog(qtbot, controller)

    def cancel_once_downloading(line: str) -> None:
        if line.startswith("Downloading: 1 of 3 files") and dialog.cancel_button.isEnabled():
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.progressed.connect(cancel_once_downloading)
    outcome = sync_from(qtbot, dialog, repo_server.url)
    dialog.progressed.disconnect(cancel_once_downloading)

    assert isinstance(outcome, Interrupted)
    assert dialog.outcome.text() == "The update was cancelled."
    assert "continues where this one stopped" in dialog.details.text()
    assert dialog.update_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert synced_state(qtbot, context) == ({}, "")  # nothing was applied
    assert 1 <= len(document_requests(repo_server)) < len(DOCS)

    repo_server.behaviour.delay = 0.0
    repo_server.reset_log()
    report = sync_from(qtbot, dialog, repo_server.url)
    assert isinstance(report, SyncReport) and sorted(report.added) == sorted(DOCS)
    # the document that arrived before Cancel was kept, verified, and is not fetched again
    assert len(document_requests(repo_server)) == len(DOCS) - 1


SPANISH = {
    "tipdesk": {
        "the source {source} is out of date (its signature expired on {date}; this computer's "
        "clock says {clock}); your library still works offline": "la fuente {source} está "
        "desactualizada (su firma venció el {date}; el reloj de esta computadora indica {clock}); "
        "su biblioteca sigue funcionando sin conexión",
    },
    "SyncDialog": {
        "The library was not updated: {reason}": "La biblioteca no se actualizó: {reason}",
    },
}


@pytest.fixture
def spanish(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """A Spanish catalogue for the messages of this test, compiled with lrelease and installed."""
    root = ET.Element("TS", version="2.1", language="es")
    for name, messages in SPANISH.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, translation in messages.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    ts, qm = tmp_path / "sync_es.ts", tmp_path / "sync_es.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_an_expired_source_is_refused_translated_and_changes_nothing(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    publisher: TestPublisher,
    spanish: None,
) -> None:
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, str(publisher.repo))
    before = synced_state(qtbot, context)
    publisher.write("new-handbook", title="Handbook for inspectors")
    publisher.publish(lifetimes=expired_lifetimes())  # a frozen mirror: its timestamp expired

    error = sync_from(qtbot, dialog, str(publisher.repo))

    assert isinstance(error, SourceExpired)
    text = dialog.outcome.text()
    assert text.startswith(f"La biblioteca no se actualizó: la fuente {publisher.repo} está ")
    assert "su biblioteca sigue funcionando sin conexión" in text
    assert "{" not in text  # every field filled in
    assert dialog.details.text() == "Your library is unchanged and still works offline."
    assert synced_state(qtbot, context) == before
    found = on_worker(qtbot, context.worker, lambda: context.library.search("victims"))
    assert found.total >= 1  # still searchable


def test_a_tampered_copy_is_refused_and_changes_nothing(
    qtbot: QtBot,
    controller: SyncController,
    context: AppContext,
    publisher: TestPublisher,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, str(publisher.repo))
    before = synced_state(qtbot, context)
    publisher.write("victim-guide", "Revised text about referral.")
    publisher.publish()
    stick = publisher.snapshot_copy(tmp_path / "stick")
    [blob] = [
        p
        for p in (stick / "targets" / "docs").rglob("*victim-guide.md")
        if b"Revised" in p.read_bytes()
    ]
    blob.write_bytes(blob.read_bytes().replace(b"Revised", b"Tainted"))

    error = sync_from(qtbot, dialog, str(stick))

    assert isinstance(error, VerificationFailed)
    assert dialog.outcome.text().startswith(
        f"The library was not updated: the source {stick} sent data that does not match"
    )
    assert synced_state(qtbot, context) == before


# --- updates available ---------------------------------------------------------------------------
def test_updates_available_appears_when_the_source_has_a_newer_release(
    qtbot: QtBot, controller: SyncController, publisher: TestPublisher, repo_server: RepoServer
) -> None:
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, repo_server.url)
    dialog.hide()
    notice = controller.status_widget.updates
    with qtbot.waitSignal(controller.updatesChecked, timeout=WAIT_MS) as checked:
        assert controller.check_now() is not None
    assert checked.args[0].reachable and not checked.args[0].updates_available
    assert not notice.isVisible()

    publisher.write("new-handbook", title="Handbook for inspectors")
    publisher.write("victim-guide", "Revised text about referral.")
    publisher.publish()
    with qtbot.waitSignal(controller.updatesChecked, timeout=WAIT_MS) as checked:
        controller.check_now()
    assert (checked.args[0].added, checked.args[0].updated) == (1, 1)
    assert notice.isVisible() and notice.text() == "Updates available"
    assert "1 new, 1 revised and 0 withdrawn" in notice.toolTip()

    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)  # opens the dialog
    qtbot.waitExposed(dialog)
    report = sync_from(qtbot, dialog, repo_server.url)
    assert isinstance(report, SyncReport) and report.changed
    assert not notice.isVisible()


def test_the_check_is_quiet_when_offline(
    qtbot: QtBot, controller: SyncController, context: AppContext
) -> None:
    wait_for_job(qtbot, controller.service.configure(sources=["http://127.0.0.1:9/"]))
    with qtbot.waitSignal(controller.updatesChecked, timeout=WAIT_MS) as checked:
        controller.check_now()
    assert checked.args[0] is not None and not checked.args[0].reachable
    assert not controller.status_widget.updates.isVisible()
    assert context.errors.open_dialogs == []  # nothing pops up


def test_checks_run_after_start_and_then_periodically(
    qtbot: QtBot, context: AppContext, publisher: TestPublisher, repo_server: RepoServer
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    sync = SyncController(
        context, main, policy=FAST_POLICY, first_check_ms=0, check_interval_ms=200, share_port=0
    )
    try:
        with qtbot.waitSignal(sync.updatesChecked, timeout=WAIT_MS) as first:
            pass  # no source configured yet: the check fails quietly
        assert first.args == [None] and not sync.status_widget.updates.isVisibleTo(main)
        wait_for_job(
            qtbot,
            sync.service.configure(sources=[repo_server.url], trust=str(publisher.root_file)),
        )
        checks: list[Any] = []
        sync.updatesChecked.connect(checks.append)
        qtbot.waitUntil(lambda: any(c is not None for c in checks), timeout=WAIT_MS)  # timer
        found = next(c for c in checks if c is not None)
        assert found.updates_available and found.added == len(DOCS)
        assert sync.status_widget.updates.isVisibleTo(main)
    finally:
        sync.shutdown()


def test_a_stale_source_is_shown_in_the_status_bar(
    qtbot: QtBot, controller: SyncController, publisher: TestPublisher
) -> None:
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, str(publisher.repo))
    qtbot.waitUntil(
        lambda: (
            controller.status_widget.status is not None
            and controller.status_widget.status.last_synced is not None
        )
    )
    status = controller.status_widget.status
    expired = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.UTC)
    controller.status_widget.show_status(dataclasses.replace(status, stale=True, expires=expired))
    summary = controller.status_widget.summary
    assert summary.text() == "Source out of date"
    date = QLocale().toString(expired.date(), QLocale.FormatType.ShortFormat)
    assert f"expired on {date}" in summary.toolTip() and "still works offline" in summary.toolTip()


# --- sharing on the local network ----------------------------------------------------------------
def test_sharing_serves_the_library_to_a_colleague(
    qtbot: QtBot, controller: SyncController, publisher: TestPublisher, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, str(publisher.repo))
    share_dialog = controller.share_window()
    share_dialog.choose_host("127.0.0.1")  # tests listen on this computer only

    controller.share_action.trigger()  # Library → Share my library on this network

    qtbot.waitExposed(share_dialog)
    assert controller.share.running and controller.share_action.isChecked()
    address = share_dialog.address.text()
    assert address.startswith("http://127.0.0.1:") and address == controller.share.url
    assert "Only this computer can use this address" in share_dialog.explain.text()
    assert share_dialog.address.font().pointSizeF() > share_dialog.copy.font().pointSizeF() * 1.5
    assert controller.status_widget.sharing.isVisible()
    assert address in controller.status_widget.sharing.text()
    qtbot.mouseClick(share_dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == address

    with Library.open(tmp_path / "participant", bundled=False) as participant:
        client = SyncClient(participant, policy=FAST_POLICY)
        client.configure(trust=str(publisher.root_file))
        report = client.sync([address])
        assert sorted(report.added) == sorted(DOCS)
        assert participant.search("victims").total >= 1
    assert controller.share.requests > 0

    controller.share_action.trigger()  # off again
    assert not controller.share.running and not share_dialog.toggle.isChecked()
    assert not controller.status_widget.sharing.isVisible()
    host, port = address[len("http://") :].rstrip("/").split(":")
    with pytest.raises(OSError):
        http.client.HTTPConnection(host, int(port), timeout=2).connect()


def test_sharing_before_any_update_says_so(qtbot: QtBot, controller: SyncController) -> None:
    controller.share_window().choose_host("127.0.0.1")
    controller.share_action.trigger()
    share_dialog = controller.share_window()
    assert not controller.share.running and not controller.share_action.isChecked()
    assert "nothing to share yet" in share_dialog.explain.text()


def test_closing_the_window_stops_sharing(
    qtbot: QtBot, controller: SyncController, publisher: TestPublisher, window: QMainWindow
) -> None:
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, str(publisher.repo))
    controller.share_window().choose_host("127.0.0.1")
    controller.share_action.trigger()
    assert controller.share.running
    window.close()
    assert not controller.share.running
    assert not controller.service.thread_worker._thread.isRunning()


# --- in the real window ---------------------------------------------------------------------------
def test_the_window_has_a_library_menu_and_refreshes_after_an_update(
    qtbot: QtBot, start_window: Any, data_dir: Path, publisher: TestPublisher
) -> None:
    desktop = start_window(data_dir)
    window = desktop.window
    sync = window.sync
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Library") == titles.index("&Go") - 1
    assert [a.text() for a in sync.menu.actions() if a.text()] == [
        "&Update the library…",
        "&Share my library on this network",
    ]
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert shortcuts.count("Ctrl+Shift+U") == 1
    qtbot.waitUntil(lambda: window.counts.text().startswith("3 document"), timeout=WAIT_MS)
    assert sync.status_widget.summary.text() == "Never updated"
    assert sync.status_widget.isVisible()

    wait_for_job(qtbot, sync.service.configure(trust=str(publisher.root_file)))
    qtbot.keyClick(
        window,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = sync.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    report = sync_from(qtbot, dialog, str(publisher.repo))
    assert isinstance(report, SyncReport) and len(report.added) == 3

    qtbot.waitUntil(lambda: window.counts.text().startswith("6 document"), timeout=WAIT_MS)
    tree = dialog.whats_new
    tree.setCurrentItem(tree.topLevelItem(0))
    tree.setFocus()
    press(tree, Qt.Key.Key_Return)
    doc_id = tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: window.tabs.count() == 1, timeout=WAIT_MS)
    assert window.tabs.currentWidget().current_doc_id() == doc_id

    sync.share_window().choose_host("127.0.0.1")
    sync.share_action.trigger()
    assert sync.share.running
    window.close()
    assert not sync.share.running


def test_a_screenshot_of_the_dialog_after_an_update(
    qtbot: QtBot, controller: SyncController, publisher: TestPublisher, tmp_path: Path
) -> None:
    """Also makes docs/screenshots/sync-dialog.png: TIPDESK_SCREENSHOTS=docs/screenshots pytest …"""
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, str(publisher.repo))
    publisher.write("victim-guide", "Revised text.", title="Guide to identifying victims")
    publisher.write("referral-checklist", title="Referral checklist for first responders")
    publisher.publish()
    dialog.sources.add_source("http://192.168.1.20:8765/")
    sync_from(qtbot, dialog, str(publisher.repo))
    dialog.resize(720, 640)
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Last updated"), timeout=WAIT_MS)

    folder = Path(os.environ.get("TIPDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(folder / "sync-dialog.png"))
    image = QImage(str(folder / "sync-dialog.png"))
    assert (image.width(), image.height()) == (720, 640)


# --- language, accessibility, keyboard ------------------------------------------------------------
def test_the_sync_parts_speak_a_new_language_at_once(
    qtbot: QtBot, controller: SyncController, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, controller)
    share_dialog = controller.show_share_dialog()
    assert controller.menu.title() == "&Library"

    context.set_language("es")

    qtbot.waitUntil(lambda: controller.menu.title() == "&Biblioteca")  # (the event is posted)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Actualizar la biblioteca")
    assert controller.share_action.text() == "&Compartir mi biblioteca en esta red"
    assert dialog.windowTitle() == "Actualizar la biblioteca"
    assert dialog.update_button.text() == "&Actualizar ahora"
    assert share_dialog.windowTitle() == "Compartir mi biblioteca en esta red"
    assert controller.status_widget.summary.text() == "Nunca actualizada"
    assert dialog.whats_new.headerItem().text(0) != "Document"


def test_every_control_is_named_and_reachable_with_the_keyboard(
    qtbot: QtBot, controller: SyncController, publisher: TestPublisher
) -> None:
    dialog = open_dialog(qtbot, controller)
    sync_from(qtbot, dialog, str(publisher.repo))
    share_dialog = controller.show_share_dialog()
    qtbot.waitExposed(share_dialog)
    kinds = (QAbstractButton, QAbstractItemView, QLineEdit, QComboBox, QProgressBar)
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for top in (dialog, share_dialog, controller.status_widget)
        for kind in kinds
        for widget in top.findChildren(kind)
        if widget.isVisibleTo(top)
        and not isinstance(widget, QHeaderView)
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip())
    ]
    assert unnamed == []

    reachable, widget = [], dialog.sources.list
    for _ in range(40):  # the Tab order, once round
        reachable.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.sources.list:
            break
    tab_stops = {
        w.objectName()
        for w in reachable
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(dialog) and w.isEnabled()
    }
    assert {
        "syncSourceList",
        "addWebSource",
        "addFolderSource",
        "addPeerSource",
        "removeSource",
        "whatsNew",
        "chooseTrustRoot",
        "updateNow",
    } <= tab_stops
    assert dialog.sources.heading.buddy() is dialog.sources.list  # Alt+U goes to the list
    assert dialog.whats_new_heading.buddy() is dialog.whats_new  # Alt+W to what's new
