"""The settings dialog: what the user chooses is applied, kept, and shown again next time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.appcontext import close_context, on_worker, open_context
from tipdesk.gui.context import AppContext
from tipdesk.gui.preferences import Preferences
from tipdesk.gui.settings import (
    Settings,
    keeps_search_history,
    remember_search,
    set_keep_search_history,
)
from tipdesk.gui.settings_dialog import SettingsDialog
from tipdesk.gui.theme import DARK, HIGH_CONTRAST, current_theme


@pytest.fixture
def context(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_context(qtbot, qapp, tmp_path / "data")
    yield ctx
    close_context(qtbot, ctx)


def opened_dialog(qtbot: QtBot, context: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.settingsLoaded, timeout=10_000):
        dialog.open()
    return dialog


def test_the_dialog_shows_the_current_settings_and_the_data_folder(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = opened_dialog(qtbot, context)
    assert dialog.data_folder.text() == str(context.data_dir)
    assert dialog.data_folder.isReadOnly()
    assert dialog.keep_history.isEnabled() and dialog.keep_history.isChecked()
    assert dialog.language.currentData() is None  # follows the system until chosen
    assert dialog.chosen().font_pt == 11
    for control in (
        dialog.language,
        dialog.font_size,
        dialog.theme,
        dialog.data_folder,
        dialog.open_folder,
        dialog.keep_history,
    ):
        assert control.accessibleName(), control.objectName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()


def test_settings_round_trip(qtbot: QtBot, context: AppContext) -> None:
    dialog = opened_dialog(qtbot, context)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.font_size.setValue(15)
    dialog.theme.setCurrentIndex(dialog.theme.findData(HIGH_CONTRAST))
    dialog.keep_history.setChecked(False)
    with qtbot.waitSignal(dialog.settingsChanged) as changed:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert changed.args == [Settings("fr", 15, HIGH_CONTRAST, False)]
    assert not dialog.isVisible()

    # applied now ...
    assert context.language == "fr"
    assert current_theme(context.app) == HIGH_CONTRAST
    assert context.preferences.reader_points == 15.0
    assert on_worker(qtbot, context.worker, lambda: keeps_search_history(context.library)) is False
    # ... kept for the next start ...
    context.preferences.sync()
    again = Preferences(context.data_dir)
    assert (again.language, again.theme, again.reader_points) == ("fr", HIGH_CONTRAST, 15.0)
    # ... and shown the next time the dialog opens
    reopened = opened_dialog(qtbot, context)
    assert reopened.chosen() == Settings("fr", 15, HIGH_CONTRAST, False)


def test_cancel_changes_nothing(qtbot: QtBot, context: AppContext) -> None:
    dialog = opened_dialog(qtbot, context)
    before = dialog.chosen()
    dialog.theme.setCurrentIndex(dialog.theme.findData(DARK))
    dialog.font_size.setValue(20)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert current_theme(context.app) != DARK
    assert opened_dialog(qtbot, context).chosen() == before


def test_turning_history_off_forgets_it_and_stops_keeping_it(
    qtbot: QtBot, context: AppContext
) -> None:
    lib = context.library

    def searches_after(keep: bool) -> list[str]:
        remember_search(lib, "trata de personas")
        set_keep_search_history(lib, keep)
        remember_search(lib, "forced labour")
        return lib.user.search_history()

    assert on_worker(qtbot, context.worker, lambda: searches_after(True)) == [
        "forced labour",
        "trata de personas",
    ]
    assert on_worker(qtbot, context.worker, lambda: searches_after(False)) == []


def test_the_dialog_follows_a_language_change(qtbot: QtBot, context: AppContext) -> None:
    dialog = opened_dialog(qtbot, context)
    dialog.setWindowTitle("stale")
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.windowTitle() == "Settings"
    assert dialog.language.itemText(0) == "Same as the system"
