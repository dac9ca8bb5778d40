"""The interface language: the system's first, the user's choice over it, Qt's dialogs too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.gui.conftest import StartWindow
from tipdesk.gui.i18n import InterfaceLanguage, normalise_language, system_language
from tipdesk.gui.main_window import MainWindow
from tipdesk.gui.preferences import Preferences


@pytest.mark.parametrize(
    ("given", "expected"),
    [("pt_BR", "pt"), ("es-419", "es"), ("FR", "fr"), ("en_GB", "en"), ("de_DE", None), ("", None)],
)
def test_locale_names_map_to_the_four_languages(given: str, expected: str | None) -> None:
    assert normalise_language(given) == expected


def test_the_system_language_is_one_tipdesk_speaks() -> None:
    assert system_language() in ("en", "es", "fr", "pt")


@pytest.mark.parametrize(
    ("language", "cancel"), [("es", "Cancelar"), ("fr", "Annuler"), ("pt", "Cancelar")]
)
def test_qt_standard_buttons_follow_the_language(qapp, language: str, cancel: str) -> None:
    interface = InterfaceLanguage(qapp)
    try:
        interface.switch(language)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QLocale().name().startswith(language)
    finally:
        interface.uninstall()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_saved_choice_wins_over_the_system_language(
    qtbot, qapp, start_window: StartWindow, data_dir: Path
) -> None:
    preferences = Preferences(data_dir)
    preferences.language = "fr"
    preferences.sync()
    desktop = start_window(data_dir, language=None)
    window = desktop.window
    assert isinstance(window, MainWindow)
    assert desktop.interface_language.language == "fr"
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.actions_.language_actions["fr"].isChecked()
    qtbot.waitUntil(lambda: window.counts.text() == "3 documents · 3 langues")
