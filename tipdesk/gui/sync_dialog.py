"""Library → Update the library…: choose a source, follow the progress, cancel, read the result,
and open what is new.

    dialog = SyncDialog(service, shipped_sources(), window)
    dialog.openRequested.connect(window.open_document)
    dialog.show_and_refresh()
    dialog.start_sync()          # the "Update now" button

The dialog is not modal and outlives being closed: the controller keeps one, so a sync goes on
when the dialog is hidden and the progress is there when it is opened again. Failures are the
core's messages, translated, and always say that the library was not changed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.errors import Interrupted, UserError
from tipdesk.core.progress import Progress
from tipdesk.gui.i18n import user_error_text
from tipdesk.gui.sync_progress import SyncProgressText, data_size
from tipdesk.gui.sync_service import SyncService
from tipdesk.gui.sync_sources import SourceList
from tipdesk.gui.sync_status import local_time_text
from tipdesk.gui.whats_new import WhatsNewList
from tipdesk.gui.worker import Job
from tipdesk.sync.report import SyncReport, SyncStatus

log = logging.getLogger(__name__)


class SyncDialog(QDialog):
    openRequested = Signal(str, str, object)  # a document of the "what's new" list
    progressed = Signal(str)  # the progress line shown (for the status bar)
    syncFinished = Signal(object)  # SyncReport, or the error (Interrupted when cancelled)

    def __init__(
        self, service: SyncService, shipped: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.shipped = list(shipped)
        self.status: SyncStatus | None = None
        self.report: SyncReport | None = None
        self.error: object = None
        self.job: Job | None = None
        self.progress_text = SyncProgressText(self)
        self.setObjectName("syncDialog")
        self.setModal(False)
        self.setMinimumWidth(560)

        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.sources = SourceList(self)
        self.sources.changed.connect(self._enable)
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("chooseTrustRoot")
        self.trust_button.clicked.connect(self.ask_trust_root)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("syncProgressText")
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("syncProgressBar")
        self.progress_bar.setTextVisible(False)
        self.outcome = QLabel()
        self.outcome.setObjectName("syncResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.outcome.font())
        bold.setBold(True)
        self.outcome.setFont(bold)
        self.details = QLabel()
        self.details.setObjectName("syncDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.whats_new_heading = QLabel()
        self.whats_new = WhatsNewList(self)
        self.whats_new_heading.setBuddy(self.whats_new)
        self.whats_new.openRequested.connect(self.openRequested)

        self.buttons = QDialogButtonBox()
        self.update_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.update_button.setObjectName("updateNow")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setObjectName("cancelSync")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.update_button.setDefault(True)
        self.update_button.clicked.connect(self.start_sync)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.close_button.clicked.connect(self.hide)

        bottom = QHBoxLayout()
        bottom.addWidget(self.trust_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addSpacing(6)
        layout.addWidget(self.sources, 1)
        layout.addSpacing(6)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.outcome)
        layout.addWidget(self.details)
        layout.addSpacing(6)
        layout.addWidget(self.whats_new_heading)
        layout.addWidget(self.whats_new, 2)
        layout.addLayout(bottom)
        self.service.statusChanged.connect(self.show_status)
        self._show_progress(False)
        self.retranslateUi()
        self._enable()

    # --- opening ---------------------------------------------------------------------------------
    def show_and_refresh(self) -> None:
        """Show the dialog (in front) and look up where sync stands."""
        if not self.running:
            self.service.status()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        if not self.running:
            # the user's list first (it may hold sources added but not used yet), then any
            # remembered or shipped source it lacks
            self.sources.set_sources([*self.sources.sources(), *status.sources, *self.shipped])
            if self.report is None:
                self.whats_new.show_changes(status.whats_new)
        self._paint_state()
        self._enable()

    # --- syncing ---------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    def start_sync(self) -> Job | None:
        source = self.sources.current()
        if self.running:
            return None
        if source is None:
            self.sources.show_problem(
                self.tr("Add a source first: a web address, a folder or a colleague's computer.")
            )
            return None
        self.report, self.error = None, None
        self.progress_text = SyncProgressText(self)
        self._paint_result()
        self.progress_label.setText(self.tr("Starting…"))
        self.progress_bar.setRange(0, 0)
        self._show_progress(True)
        self.job = self.service.sync(source, self.sources.sources())
        self.job.progress.connect(self._progressed)
        self.job.done.connect(self._synced)
        self.job.error.connect(self._failed)
        self._enable()
        return self.job

    def cancel_sync(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _progressed(self, progress: Progress) -> None:
        if self.job is None or self.job.cancel_token.cancelled:
            return
        line = self.progress_text.update(progress)
        self.progress_label.setText(line.text)
        self.progress_bar.setRange(0, line.maximum)
        self.progress_bar.setValue(line.value)
        self.progressed.emit(line.text)

    def _synced(self, report: SyncReport) -> None:
        self.job = None
        self.report = report
        self._show_progress(False)
        self.whats_new.show_changes(report.changes)
        self._paint_result()
        self._paint_state()
        self._enable()
        self.syncFinished.emit(report)

    def _failed(self, error: object) -> None:
        self.job = None
        self.error = error
        self._show_progress(False)
        if not isinstance(error, Interrupted | UserError):
            log.error("sync failed with a bug: %r", error)
            self.service.context.errors.job_failed(error)
        self._paint_result()
        self._enable()
        self.syncFinished.emit(error)

    # --- texts -----------------------------------------------------------------------------------
    def _paint_result(self) -> None:
        report, error = self.report, self.error
        if report is not None:
            result, details = self.summary_text(report), self.details_text(report)
        elif isinstance(error, Interrupted):
            result = self.tr("The update was cancelled.")
            details = self.tr(
                "Nothing was changed in your library. What was already downloaded is kept: "
                "the next update continues where this one stopped."
            )
        elif isinstance(error, UserError):
            result = self.tr("The library was not updated: {reason}").format(
                reason=user_error_text(error)
            )
            details = self.tr("Your library is unchanged and still works offline.")
        elif error is not None:
            result = self.tr("The update stopped because of an error in TIPdesk.")
            details = self.tr("Your library still works offline.")
        else:
            result = details = ""
        self.outcome.setText(result)
        self.details.setText(details)
        self.outcome.setVisible(bool(result))
        self.details.setVisible(bool(details))

    def summary_text(self, report: SyncReport) -> str:
        if not report.changed:
            return self.tr(
                "The library is up to date (release {release}, %n document(s)).",
                "",
                report.documents,
            ).format(release=report.release)
        parts = [
            self.tr("%n document(s) added", "", len(report.added)),
            self.tr("%n revised", "", len(report.updated)),
            self.tr("%n withdrawn", "", len(report.removed)),
        ]
        return ", ".join(parts) + "."

    def details_text(self, report: SyncReport) -> str:
        text = self.tr(
            "From {source}: release {release}, {size} downloaded in {seconds} s."
        ).format(
            source=report.source,
            release=report.release,
            size=data_size(report.bytes_downloaded),
            seconds=QLocale().toString(report.seconds, "f", 1),
        )
        if report.problems:
            text += "\n" + self.tr(
                "%n document(s) could not be read and were left out:", "", len(report.problems)
            )
            text += "\n" + "\n".join(report.problems)
        return text

    def _paint_state(self) -> None:
        status = self.status
        if status is None or status.last_synced is None:
            text = self.tr("This library has not been updated yet.")
        else:
            text = self.tr(
                "Last updated {when} from {source} (release {release}, %n document(s)).",
                "",
                status.documents,
            ).format(
                when=local_time_text(status.last_synced),
                source=status.source or "?",
                release=status.release or "?",
            )
            if status.stale and status.expires is not None:
                text += "\n" + self.tr(
                    "That source is out of date: the publisher's signature expired on {date}. "
                    "Your library still works offline; update from a newer source."
                ).format(date=local_time_text(status.expires, date_only=True))
        self.state.setText(text)

    # --- the trusted root ------------------------------------------------------------------------
    def ask_trust_root(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose the publisher's root file"))
        dialog.setObjectName("trustRootDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("TUF root files (*.json)"), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.set_trust_root)
        dialog.open()
        return dialog

    def set_trust_root(self, path: str) -> Job | None:
        if not path:
            return None
        job = self.service.configure(trust=path)
        job.error.connect(self._failed)
        return job

    # --- state of the controls -------------------------------------------------------------------
    def _show_progress(self, visible: bool) -> None:
        self.progress_label.setVisible(visible)
        self.progress_bar.setVisible(visible)

    def _enable(self) -> None:
        running = self.running
        self.update_button.setEnabled(not running and self.sources.current() is not None)
        self.cancel_button.setEnabled(running)
        self.sources.setEnabled(not running)
        self.trust_button.setEnabled(not running)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("Update the library"))
        self.update_button.setText(self.tr("&Update now"))
        self.update_button.setAccessibleName(self.tr("Update the library now"))
        self.cancel_button.setText(self.tr("&Cancel update"))
        self.trust_button.setText(self.tr("Publisher's &root file…"))
        self.trust_button.setToolTip(
            self.tr("Only needed once, when your organisation runs its own publisher")
        )
        self.state.setAccessibleName(self.tr("Where the library stands"))
        self.progress_label.setAccessibleName(self.tr("Update progress"))
        self.progress_bar.setAccessibleName(self.tr("Update progress"))
        self.outcome.setAccessibleName(self.tr("Update result"))
        self.details.setAccessibleName(self.tr("Update details"))
        self.whats_new_heading.setText(self.tr("&What's new (double-click to open):"))
        self._paint_state()
        self._paint_result()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
