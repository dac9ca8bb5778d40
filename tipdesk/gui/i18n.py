"""Interface languages: loading TIPdesk's and Qt's own catalogues, and switching at run time.

TIPdesk's messages live in ``ui/translations/tipdesk_<lang>.qm`` (compiled from the ``.ts`` files by
``scripts/bootstrap.sh``; English has a catalogue too, holding only the plural forms of messages
like "%n document(s)"); Qt's standard dialogs and context menus use ``qtbase_<lang>.qm`` from the
Qt installation (there is no ``qtbase_pt_PT``, so Portuguese uses ``pt_BR``). Installing a
translator sends every widget a ``LanguageChange`` event; widgets retranslate themselves in
``changeEvent``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from tipdesk.core.errors import UserError
from tipdesk.core.i18n import CONTEXT
from tipdesk.resources import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {  # code -> the language's own name (never translated)
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
}
QT_CATALOGUES: dict[str, str] = {"es": "qtbase_es", "fr": "qtbase_fr", "pt": "qtbase_pt_BR"}
QT_LOCALES: dict[str, str] = {"en": "en_US", "es": "es", "fr": "fr", "pt": "pt_BR"}


def normalise_language(code: str | None) -> str | None:
    """``"pt_BR"``, ``"es-419"`` or ``"FR"`` → a supported code, or None."""
    if not code:
        return None
    head = code.replace("-", "_").split("_")[0].lower()
    return head if head in LANGUAGES else None


def system_language() -> str:
    """The desktop's language if TIPdesk speaks it, else English."""
    locale = QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        found = normalise_language(name)
        if found:
            return found
    return SOURCE_LANGUAGE


def translations_dir() -> Path | None:
    try:
        return resource_path("ui", "translations")
    except FileNotFoundError:
        return None


class InterfaceLanguage:
    """The translators installed in the application; one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> str:
        """Use ``language`` (unknown → English); returns the language now in use."""
        language = normalise_language(language) or SOURCE_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        self.language = language
        self._install_catalogues(language)
        if not self._installed:  # nothing installed, yet widgets must hear about the change
            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        log.info("interface language: %s", language)
        return language

    def uninstall(self) -> None:
        """Remove TIPdesk's translators from the application (when the window shuts down)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = SOURCE_LANGUAGE
        QLocale.setDefault(QLocale.system())

    def _install_catalogues(self, language: str) -> None:
        own = translations_dir()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted: list[tuple[str, Path | None]] = [(f"tipdesk_{language}", own)]
        if language in QT_CATALOGUES:
            wanted.append((QT_CATALOGUES[language], Path(qt_dir)))
        for name, folder in wanted:
            translator = QTranslator(self._app)
            if folder is not None and translator.load(name, str(folder)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation catalogue %s not found in %s", name, folder)


def translate_core(message: str) -> str:
    """A core message (marked ``QT_TRANSLATE_NOOP("tipdesk", …)``) in the interface language."""
    return QCoreApplication.translate(CONTEXT, message) if message else message


def user_error_text(error: UserError) -> str:
    """A :class:`UserError`'s message, translated, with its fields filled in."""
    template = translate_core(error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message
