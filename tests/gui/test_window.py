"""The window as a user meets it: it opens, the keyboard reaches search, tabs come back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui.conftest import StartWindow
from tipdesk.gui.main_window import MainWindow


def window_of(desktop) -> MainWindow:  # type: ignore[no-untyped-def]
    assert isinstance(desktop.window, MainWindow)
    return desktop.window


def test_start_shows_the_window_with_the_library_counts(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = window_of(start_window(data_dir))
    assert window.isVisible()
    assert window.windowTitle() == "TIPdesk"
    qtbot.waitUntil(lambda: window.counts.text() == "3 documents · 3 languages")
    assert [
        m.title()
        for m in window.actions_.file_menu.parent()
        .menuBar()
        .findChildren(type(window.actions_.file_menu))
    ][:0] == []
    assert window.menuBar().actions()[0].text() == "&File"


def test_ctrl_k_focuses_the_search_box(qtbot, start_window: StartWindow, data_dir: Path) -> None:
    window = window_of(start_window(data_dir))
    window.activateWindow()
    window.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.focusWidget(), QLineEdit))
    assert window.search_panel.isAncestorOf(window.focusWidget())
    window.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_panel.isAncestorOf(window.focusWidget()))


def test_tabs_and_geometry_come_back_after_a_restart(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    desktop = start_window(data_dir)
    window = window_of(desktop)
    window.setGeometry(QRect(30, 40, 720, 560))  # the offscreen screen is 800x800
    window.open_document("trafficking-guide-en", "referral")
    window.open_document("protocol-card-fr", "definition")
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Fiche du Protocole")
    window.tabs.setCurrentIndex(0)
    desktop.shutdown()

    again = window_of(start_window(data_dir))
    assert (again.width(), again.height()) == (720, 560)
    assert [(t.doc_id, t.anchor) for t in again.open_tabs()] == [
        ("trafficking-guide-en", "referral"),
        ("protocol-card-fr", "definition"),
    ]
    assert again.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: again.tabs.tabText(0) == "Guide to identifying victims")


def test_an_open_document_is_reused_not_opened_twice(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = window_of(start_window(data_dir))
    first = window.open_document("trafficking-guide-en")
    window.open_document("protocol-card-fr")
    again = window.open_document("trafficking-guide-en", "indicators")
    assert again is first
    assert window.tabs.count() == 2
    assert window.tabs.currentWidget() is first
    window.close_tab(0)
    window.close_tab(0)
    assert window.documents.currentWidget() is window.welcome
