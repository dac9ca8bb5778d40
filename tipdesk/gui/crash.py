"""The GUI's one error boundary: a plain message for user errors, a crash dialog for bugs.

A :class:`~tipdesk.core.errors.UserError` (a bad file, a full disk, the library in use) is shown as
a short translated message. Anything else is a bug: its details go to the log file in the data
folder and a dialog says so, with a "Copy details" button for a bug report. Unhandled exceptions in
the GUI thread reach here through ``sys.excepthook``; failed worker jobs through
:meth:`ErrorReporter.job_failed`.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QObject, Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk import __version__
from tipdesk.core.errors import Interrupted, UserError
from tipdesk.gui.i18n import user_error_text

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def bug_details(error: BaseException) -> str:
    """Versions and the traceback of ``error``: what a bug report needs, nothing personal."""
    trace = getattr(error, "tipdesk_traceback", None) or "".join(traceback.format_exception(error))
    return (
        f"TIPdesk {__version__}; Python {platform.python_version()}; "
        f"PySide6 {pyside_version}; Qt {qVersion()}; {platform.platform()}\n\n{trace}"
    )


class CrashDialog(QDialog):
    """Says that something went wrong and where the details went; lets the user copy them."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.log_file = log_file
        self.setObjectName("crashDialog")
        self.setMinimumWidth(520)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("TIPdesk ran into a problem"))
        text = self.tr(
            "Something went wrong inside TIPdesk. This is a bug, not something you did. "
            "Your library and notes are safe; you can keep working."
        )
        if self.log_file is not None:
            text += " " + self.tr("The details were written to {path}.").format(
                path=str(self.log_file)
            )
        self.explanation.setText(text)
        self.copy_button.setText(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy the error details"))
        self.details_view.setAccessibleName(self.tr("Error details"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class ErrorReporter(QObject):
    """Shows errors to the user. One per application, passed to whoever needs it."""

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.window: Callable[[], QWidget | None] = lambda: None
        self.open_dialogs: list[QDialog] = []
        self._previous_hook: ExceptHook | None = None

    # --- entry points ----------------------------------------------------------------------------
    def install_excepthook(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook

    def uninstall_excepthook(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        error.tipdesk_traceback = "".join(  # type: ignore[attr-defined]
            traceback.format_exception(kind, error, tb)
        )
        self.show_error(error)

    def job_failed(self, error: object) -> None:
        """Connect a worker ``Job.error`` here when the GUI has nothing better to do with it."""
        if isinstance(error, BaseException):
            self.show_error(error)

    def show_error(self, error: BaseException) -> QDialog | None:
        if isinstance(error, Interrupted):
            return None
        if isinstance(error, UserError):
            return self.show_user_error(error)
        return self.show_bug(error)

    # --- dialogs ---------------------------------------------------------------------------------
    def show_user_error(self, error: UserError, title: str | None = None) -> QMessageBox:
        log.info("user error: %s", error.message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title or self.tr("TIPdesk"),
            user_error_text(error),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setObjectName("userErrorBox")
        return self.present(box)

    def show_bug(self, error: BaseException) -> CrashDialog:
        details = bug_details(error)
        log.critical("unexpected error (bug):\n%s", details)
        dialog = CrashDialog(details, self.log_file, self.window())
        return self.present(dialog)

    def present(self, dialog: QDialog) -> QDialog:
        """Open ``dialog`` without blocking, delete it when closed, keep it listed meanwhile."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
