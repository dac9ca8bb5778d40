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


def test_the_menu_commands_reach_the_reader(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = window_of(start_window(data_dir))
    a = window.actions_
    assert not a.zoom_in.isEnabled()  # nothing to act on yet
    reader = window.open_document("trafficking-guide-en")
    qtbot.waitUntil(lambda: reader.document() is not None, timeout=10_000)
    reader.open("protocol-card-fr", "definition")
    qtbot.waitUntil(lambda: reader.current_doc_id() == "protocol-card-fr")

    a.zoom_in.trigger()
    assert reader.zoom() > 100
    assert window.context.preferences.reader_zoom == reader.zoom()
    a.zoom_out.trigger()
    a.zoom_out.trigger()
    assert reader.zoom() < 100
    a.zoom_reset.trigger()
    assert reader.zoom() == 100

    a.back.trigger()
    qtbot.waitUntil(lambda: reader.current_doc_id() == "trafficking-guide-en")
    a.forward.trigger()
    qtbot.waitUntil(lambda: reader.current_doc_id() == "protocol-card-fr")

    a.find.trigger()
    assert reader.find_bar.isVisible()
    a.find_next.trigger()
    a.find_previous.trigger()

    a.bookmark.trigger()
    qtbot.waitUntil(lambda: window.notes_dock.isVisible())
    a.close_tab.trigger()
    assert window.tabs.count() == 0
    assert window.documents.currentWidget() is window.welcome


def test_controls_have_accessible_names_and_no_pixel_fonts(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QHeaderView,
        QLineEdit,
        QTabWidget,
    )

    window = window_of(start_window(data_dir))
    reader = window.open_document("trafficking-guide-en")
    qtbot.waitUntil(lambda: reader.document() is not None, timeout=10_000)
    unnamed = []
    for kind in (QLineEdit, QAbstractItemView, QTabWidget, QAbstractButton):
        for widget in window.findChildren(kind):
            named = widget.accessibleName() or (
                isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip()
            )
            if isinstance(widget, QHeaderView):
                continue  # a view's column titles: part of the (named) view
            if widget.isVisibleTo(window) and not named:
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []
    assert window.font().pixelSize() == -1  # sizes in points: they follow the system font
    assert "px" not in window.styleSheet()


def test_files_dropped_on_the_window_are_imported(
    qtbot, start_window: StartWindow, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from tests.gui.conftest import write_document

    window = window_of(start_window(data_dir))
    qtbot.waitUntil(lambda: window.counts.text().startswith("3 documents"))
    incoming = tmp_path / "dropped"
    incoming.mkdir()
    new = write_document(incoming, "dropped-note", "en", "Dropped note", "# Dropped note\n\nText.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(new))])
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPointF(20, 20), copy, mime, left, none)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.importer.importFinished, timeout=30_000) as finished:
        QApplication.sendEvent(window, QDropEvent(QPointF(20, 20), copy, mime, left, none))
    assert finished.args[0].added == ("dropped-note",)
    qtbot.waitUntil(lambda: window.counts.text().startswith("4 documents"))

    text_only = QMimeData()
    text_only.setText("not a file")
    refused = QDragEnterEvent(QPointF(20, 20), copy, text_only, left, none)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


def test_f6_moves_the_keyboard_between_the_panes(
    qtbot, start_window: StartWindow, data_dir: Path
) -> None:
    window = window_of(start_window(data_dir))
    reader = window.open_document("trafficking-guide-en")
    qtbot.waitUntil(lambda: reader.document() is not None, timeout=10_000)
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(lambda: window.search_panel.isAncestorOf(window.focusWidget()))
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: reader.isAncestorOf(window.focusWidget()))
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.notes_panel.isAncestorOf(window.focusWidget()))
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.search_panel.isAncestorOf(window.focusWidget()))
