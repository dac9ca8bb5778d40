"""Kiosk mode on the real window: locked down, reset when idle, unlocked only by the PIN."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.gui.appcontext import on_worker
from tests.gui.conftest import StartWindow
from tests.gui.helpers import press, type_text
from tipdesk.core.kiosk import CONFIG_ENV, KioskConfig, KioskPolicy, hash_pin
from tipdesk.gui.kiosk import KioskMode, start_kiosk
from tipdesk.gui.kiosk_widgets import UnlockDialog
from tipdesk.gui.main_window import MainWindow

PIN = "4711"
WAIT = 30_000
FORBIDDEN = (
    "importFiles",
    "importFolder",
    "settings",
    "quit",
    "print",
    "savePdf",
    "bookmark",
    "note",
    "toggleNotes",
)


@pytest.fixture
def kiosk_window(  # type: ignore[no-untyped-def]
    qtbot, start_window: StartWindow, data_dir: Path
) -> Iterator[tuple[MainWindow, KioskMode]]:
    desktop = start_window(data_dir)
    window = desktop.window
    config = KioskConfig(
        pin=hash_pin(PIN, n=1 << 10), idle_seconds=60, home_document="protocol-card-fr"
    )
    kiosk = KioskMode(window, desktop.context, KioskPolicy(True, config), idle_ms=400)
    kiosk.install()
    qtbot.waitUntil(lambda: full_screen(window), timeout=WAIT)
    yield window, kiosk
    kiosk.shutdown()


def full_screen(window: MainWindow) -> bool:
    """The platform window's state (offscreen Qt may drop the widget's own flag on a resize)."""
    return window.windowHandle().windowState() == Qt.WindowState.WindowFullScreen


def _action(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.actions() if a.objectName() == name)


def _open_a_document(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_document("trafficking-guide-en", "indicators")
    qtbot.waitUntil(lambda: window.tabs.count() == 1, timeout=WAIT)


def test_forbidden_actions_are_really_unavailable(qtbot, kiosk_window) -> None:  # type: ignore[no-untyped-def]
    window, kiosk = kiosk_window
    assert not window.menuBar().isVisible() and kiosk.toolbar.isVisible()
    _open_a_document(qtbot, window)  # the window enables document actions: not these
    for name in FORBIDDEN:
        action = _action(window, name)
        assert not action.isEnabled() and not action.isVisible(), name
    for keys in (Qt.Key.Key_O, Qt.Key.Key_Comma, Qt.Key.Key_P, Qt.Key.Key_Q):
        press(window, keys, Qt.KeyboardModifier.ControlModifier)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    ]
    assert QApplication.activeModalWidget() is None
    window.close()  # refused: a visitor cannot close the kiosk
    assert window.isVisible()
    assert not window.acceptDrops()
    assert not window.notes_dock.isVisible()

    refused: list[str] = []
    kiosk.links.refused.connect(refused.append)
    QDesktopServices.openUrl(QUrl("https://example.org/elsewhere"))
    QDesktopServices.openUrl(QUrl.fromLocalFile("/etc/passwd"))
    assert refused == ["https://example.org/elsewhere", "file:///etc/passwd"]
    for allowed in ("search", "read", "present"):
        assert kiosk.allows(allowed)


def test_idle_time_returns_to_the_home_screen_and_forgets(qtbot, kiosk_window) -> None:  # type: ignore[no-untyped-def]
    window, kiosk = kiosk_window
    context = kiosk.context
    qtbot.waitUntil(lambda: kiosk.home.doc_id == "protocol-card-fr", timeout=WAIT)
    assert "Le Protocole définit la traite" in kiosk.home.document.toPlainText()
    _open_a_document(qtbot, window)
    window.open_document("trata-guia-es")
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=WAIT)
    box = window.search_panel.search_box
    type_text(box, "victims")
    on_worker(qtbot, context.worker, lambda: context.library.user.remember_search("victims"))
    assert on_worker(qtbot, context.worker, context.library.user.search_history) == ["victims"]

    with qtbot.waitSignal(kiosk.idleReset, timeout=WAIT):
        pass  # nobody touches anything
    qtbot.waitUntil(
        lambda: on_worker(qtbot, context.worker, context.library.user.search_history) == [],
        timeout=WAIT,
    )
    assert window.tabs.count() == 0
    assert box.text() == ""
    assert window.documents.currentWidget() is kiosk.home
    assert full_screen(window)


def test_clear_everything_i_did(qtbot, kiosk_window) -> None:  # type: ignore[no-untyped-def]
    window, kiosk = kiosk_window
    _open_a_document(qtbot, window)
    type_text(window.search_panel.search_box, "referral")
    with qtbot.waitSignal(kiosk.cleared, timeout=WAIT):
        kiosk.clear_action.trigger()
    assert window.tabs.count() == 0 and window.search_panel.search_box.text() == ""


def test_the_right_pin_unlocks_and_a_wrong_one_does_not(qtbot, kiosk_window) -> None:  # type: ignore[no-untyped-def]
    window, kiosk = kiosk_window
    kiosk.admin_action.trigger()
    dialog = window.findChild(UnlockDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.pin, "1234")
    press(dialog.pin, Qt.Key.Key_Return)
    assert "not the administrator PIN" in dialog.message.text()
    assert kiosk.policy.active and dialog.pin.text() == ""
    assert not _action(window, "importFiles").isEnabled()

    with qtbot.waitSignal(kiosk.unlocked, timeout=WAIT):
        type_text(dialog.pin, PIN)
        press(dialog.pin, Qt.Key.Key_Return)
    assert not kiosk.policy.active
    assert _action(window, "importFiles").isEnabled() and _action(window, "settings").isVisible()
    assert window.menuBar().isVisible() and not full_screen(window)
    assert kiosk.lock_action.isVisible()
    kiosk.lock_action.trigger()  # and back to kiosk mode
    assert kiosk.policy.active and not _action(window, "importFiles").isEnabled()


def test_five_wrong_pins_pause_the_prompt(qtbot, kiosk_window) -> None:  # type: ignore[no-untyped-def]
    window, kiosk = kiosk_window
    for _ in range(5):
        assert not kiosk.unlock("0000")
    assert kiosk.seconds_locked() > 0
    assert not kiosk.unlock(PIN)  # even the right PIN waits now
    dialog = UnlockDialog(kiosk, window)
    qtbot.addWidget(dialog)
    dialog.pin.setText(PIN)
    dialog.try_pin()
    assert "Try again in" in dialog.message.text() and kiosk.policy.active


def test_the_configuration_file_starts_kiosk_mode(  # type: ignore[no-untyped-def]
    qtbot,
    start_window: StartWindow,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = tmp_path / "kiosk.json"
    monkeypatch.setenv(CONFIG_ENV, str(config))
    desktop = start_window(data_dir)
    assert start_kiosk(desktop.window, desktop.context, asked=False) is None  # no file: no kiosk
    config.write_text(
        json.dumps(
            {
                "format": 1,
                "enabled": True,
                "idle_seconds": 30,
                "pin": hash_pin(PIN, n=1 << 10).to_dict(),
            }
        )
    )
    kiosk = start_kiosk(desktop.window, desktop.context, asked=False)
    try:
        assert kiosk is not None and kiosk.policy.active
        assert kiosk.idle.timer.interval() == 30_000
        assert not _action(desktop.window, "settings").isEnabled()
    finally:
        assert kiosk is not None
        kiosk.shutdown()
    config.write_text("{broken")  # a broken file still locks down when asked for
    kiosk = start_kiosk(desktop.window, desktop.context, asked=True)
    try:
        assert kiosk is not None and kiosk.policy.active and not kiosk.policy.can_unlock
    finally:
        assert kiosk is not None
        kiosk.shutdown()
