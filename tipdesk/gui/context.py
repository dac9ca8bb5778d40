"""What every part of the window needs, built once at start-up and passed in (no globals).

context.worker.call(lambda: context.library.search("trata"))   # a Job; never call the
                                                               # library on the GUI thread
context.errors.job_failed                                      # default Job.error handler
context.preferences.reader_points                              # the window's settings
context.set_language("es") / context.set_theme("dark")         # emits the matching signal
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from tipdesk.core.library import Library
from tipdesk.gui.crash import ErrorReporter
from tipdesk.gui.i18n import InterfaceLanguage
from tipdesk.gui.preferences import Preferences
from tipdesk.gui.theme import apply_theme, current_theme, reader_css
from tipdesk.gui.worker import LibraryWorker


class AppContext(QObject):
    """The opened library, its worker thread, settings, error reporting, language and theme."""

    languageChanged = Signal(str)
    themeChanged = Signal(str)
    readerPointsChanged = Signal(float)

    def __init__(
        self,
        app: QApplication,
        library: Library,
        worker: LibraryWorker,
        preferences: Preferences,
        errors: ErrorReporter,
        language: InterfaceLanguage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.library = library
        self.worker = worker
        self.preferences = preferences
        self.errors = errors
        self.interface_language = language

    @property
    def data_dir(self) -> Path:
        return self.library.paths.data_dir

    @property
    def language(self) -> str:
        return self.interface_language.language

    @property
    def theme(self) -> str:
        return current_theme(self.app)

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        used = self.interface_language.switch(language)
        self.preferences.language = used
        self.languageChanged.emit(used)

    def set_theme(self, theme: str) -> None:
        apply_theme(self.app, theme)
        self.preferences.theme = self.theme
        self.themeChanged.emit(self.theme)

    def set_reader_points(self, points: float) -> None:
        self.preferences.reader_points = points
        self.readerPointsChanged.emit(float(points))

    def reader_css(self) -> str:
        """CSS for the reader in the current theme and reader font size."""
        return reader_css(self.theme, self.preferences.reader_points)
