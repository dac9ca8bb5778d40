"""Starting and stopping the TIPdesk window: ``python -m tipdesk.gui [--data-dir D] [--lang xx]``.

The order matters and lives here only: a pre-Qt check with a readable message, the log file in the
data folder, a second start handing over to the first window, the interface language and theme
(before anything is shown), then the library opened on the worker thread while a small window
shows progress (the first start imports the starter library; a damaged index is rebuilt), and
finally the main window, restored where the user left it.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import Shiboken

from tipdesk import __version__
from tipdesk.core.errors import LibraryInUse, UserError
from tipdesk.core.library import Library
from tipdesk.core.progress import CancelToken, Progress, ProgressCallback
from tipdesk.gui.context import AppContext
from tipdesk.gui.crash import ErrorReporter
from tipdesk.gui.i18n import LANGUAGES, InterfaceLanguage, system_language, user_error_text
from tipdesk.gui.instance import InstanceServer, ask_running_instance_to_raise
from tipdesk.gui.kiosk import KioskMode, start_kiosk
from tipdesk.gui.preferences import Preferences
from tipdesk.gui.pyside_fix import protect_singletons
from tipdesk.gui.startup import StartupWindow
from tipdesk.gui.theme import apply_theme, system_theme
from tipdesk.gui.worker import Job, LibraryWorker
from tipdesk.paths import resolve_data_dir

log = logging.getLogger(__name__)

STARTUP_WINDOW_DELAY_MS = 300  # a quick open never flashes the progress window
LOG_NAME = "tipdesk.log"


def add_log_file(log_file: Path) -> logging.Handler:
    """Send TIPdesk's log to ``log_file`` (rotated at 1 MB, three old files kept)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("tipdesk")
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return handler


def wait_for(job: Job, timeout_ms: int = 10_000) -> None:
    """Run the event loop until ``job`` ends (or the timeout): used only while shutting down."""
    loop = QEventLoop()
    job.done.connect(loop.quit)
    job.error.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


class DesktopApp(QObject):
    """One running TIPdesk window on one data folder, from start to shutdown."""

    ready = Signal(object)  # the MainWindow, shown
    finished = Signal(int)  # the application should quit with this exit code
    openingProgress = Signal(object)  # Progress while the library opens (import, index rebuild)

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        *,
        language: str | None = None,
        bundled: bool = True,
        kiosk: bool = False,
    ) -> None:
        super().__init__()
        self.app = app
        self.data_dir = Path(data_dir)
        self.language_override = language
        self.bundled = bundled
        self.kiosk_asked = kiosk  # --kiosk; a kiosk.json with "enabled" starts it too
        self.kiosk: KioskMode | None = None
        self.log_file = self.data_dir / "logs" / LOG_NAME
        self.preferences = Preferences(self.data_dir)
        self.errors = ErrorReporter(self.log_file, self)
        self.interface_language = InterfaceLanguage(app)
        self.server = InstanceServer(self.data_dir, self)
        self.worker: LibraryWorker | None = None
        self.context: AppContext | None = None
        self.window: object | None = None  # MainWindow, imported late (it imports every panel)
        self.startup_window: StartupWindow | None = None
        self._library: Library | None = None  # touched on the worker thread only
        self._log_handler: logging.Handler | None = None

    # --- start -----------------------------------------------------------------------------------
    def start(self) -> bool:
        """Begin opening; False when another window already has this data folder (it was raised)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._log_handler = add_log_file(self.log_file)
        log.info("TIPdesk %s starting on %s", __version__, self.data_dir)
        if ask_running_instance_to_raise(self.data_dir):
            log.info("another TIPdesk window has this data folder; it was asked to come forward")
            return False
        self.server.listen()
        self.interface_language.switch(
            self.language_override or self.preferences.language or system_language()
        )
        apply_theme(self.app, self.preferences.theme or system_theme())
        self.startup_window = StartupWindow()
        QTimer.singleShot(STARTUP_WINDOW_DELAY_MS, self._show_startup_window)
        self.worker = LibraryWorker(self)
        job = self.worker.submit(self._open_library)
        job.progress.connect(self._opening_progress)
        job.done.connect(self._library_opened)
        job.error.connect(self._library_failed)
        return True

    def _open_library(self, _cancel: CancelToken, progress: ProgressCallback) -> Library:
        library = Library.open(self.data_dir, bundled=self.bundled, progress=progress)
        self._library = library
        return library

    def _show_startup_window(self) -> None:
        if self.startup_window is not None and self.window is None:
            self.startup_window.show()

    def _opening_progress(self, progress: Progress) -> None:
        if self.startup_window is not None:
            self.startup_window.show_progress(progress)
            if self.startup_window.rebuilding_index():
                self._show_startup_window()
        self.openingProgress.emit(progress)

    def _library_opened(self, library: Library) -> None:
        from tipdesk.gui.main_window import MainWindow

        assert self.worker is not None
        self.context = AppContext(
            self.app,
            library,
            self.worker,
            self.preferences,
            self.errors,
            self.interface_language,
            self,
        )
        window = MainWindow(self.context)
        self.window = window
        self.errors.window = lambda: window
        self.server.raiseRequested.connect(window.bring_to_front)
        window.restore_state()
        window.show()
        self.kiosk = start_kiosk(window, self.context, asked=self.kiosk_asked)
        self._close_startup_window()
        warm = self.worker.call(library.warm_up)  # the first search is as quick as the rest
        warm.error.connect(lambda error: log.warning("search warm-up failed: %s", error))
        log.info("window ready: %d documents", library.index_health.documents)
        self.ready.emit(window)

    def _library_failed(self, error: object) -> None:
        self._close_startup_window()
        if isinstance(error, LibraryInUse) and ask_running_instance_to_raise(self.data_dir):
            self.finished.emit(0)  # a window that started at the same moment won the race
            return
        if isinstance(error, LibraryInUse):
            dialog = self._library_in_use_box(error)
        elif isinstance(error, UserError):
            dialog = self.errors.show_user_error(error)
        elif isinstance(error, BaseException):
            dialog = self.errors.show_bug(error)
        else:
            self.finished.emit(1)
            return
        dialog.finished.connect(lambda _result: self.finished.emit(1))

    def _library_in_use_box(self, error: LibraryInUse) -> QMessageBox:
        log.warning("library in use by another process: %s", error.message)
        text = (
            user_error_text(error)
            + "\n\n"
            + self.tr(
                "Another program is using it right now, most likely a TIPdesk command running "
                "in a terminal (an import, a sync or a reindex). Wait until it finishes, or stop "
                "it, then start TIPdesk again."
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("The library is in use"),
            text,
            QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("libraryInUseBox")
        return self.errors.present(box)

    def _close_startup_window(self) -> None:
        if self.startup_window is not None:
            self.startup_window.close()
            self.startup_window.deleteLater()
            self.startup_window = None

    # --- stop ------------------------------------------------------------------------------------
    def _close_library(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None

    def shutdown(self) -> None:
        """Save the window's state, close the library on its thread, stop listening."""
        window, self.window = self.window, None
        self.errors.window = lambda: None
        if self.kiosk is not None:
            self.kiosk.shutdown()  # the kiosk refuses to close the window
            self.kiosk = None
        if window is not None and Shiboken.isValid(window):
            window.save_state()  # type: ignore[attr-defined]
            window.close()  # type: ignore[attr-defined]
        self._close_startup_window()
        self.preferences.sync()
        if self.worker is not None:
            wait_for(self.worker.call(self._close_library))
            self.worker.stop()
            self.worker = None
        QCoreApplication.processEvents()  # answers already on their way reach a live window
        if window is not None and Shiboken.isValid(window):
            window.deleteLater()  # type: ignore[attr-defined]
        self.server.close()
        self.errors.uninstall_excepthook()
        self.interface_language.uninstall()
        for dialog in list(self.errors.open_dialogs):
            dialog.close()
        # The window and its panels go now, while the objects they use still exist.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        log.info("TIPdesk stopped")
        if self._log_handler is not None:
            logging.getLogger("tipdesk").removeHandler(self._log_handler)
            self._log_handler.close()
            self._log_handler = None


# --- command line --------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="tipdesk-gui", description="TIPdesk: the offline library on trafficking in persons."
    )
    parser.add_argument("--data-dir", help="the library's data folder (default: per-user folder)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="interface language for this run")
    parser.add_argument(
        "--kiosk", action="store_true", help="kiosk mode for a public stand (see docs/kiosk.md)"
    )
    parser.add_argument("--version", action="version", version=f"TIPdesk {__version__}")
    return parser.parse_known_args(argv)


def display_problem() -> str | None:
    """A readable reason why no window can open here, or None."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return (
                "tipdesk-gui: no graphical display found (neither DISPLAY nor WAYLAND_DISPLAY is "
                "set). Start TIPdesk from a desktop session, or use the command line: "
                "tipdesk --help"
            )
    return None


def _qt_message_to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("tipdesk.qt").log(level, "%s", message)


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    protect_singletons()
    data_dir = resolve_data_dir(args.data_dir)
    QCoreApplication.setOrganizationName("TIPdesk")
    QCoreApplication.setApplicationName("TIPdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setDesktopFileName("tipdesk")
    qInstallMessageHandler(_qt_message_to_log)
    desktop = DesktopApp(app, data_dir, language=args.lang, kiosk=args.kiosk)
    desktop.errors.install_excepthook()
    code = 0
    try:
        if desktop.start():
            desktop.finished.connect(app.exit)
            code = app.exec()
    finally:
        desktop.shutdown()
        qInstallMessageHandler(None)
    return code
