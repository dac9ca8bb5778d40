"""Importing files and folders from the window: progress for long work, cancel, a plain report.

    controller = ImportController(context, window)
    controller.libraryChanged.connect(search_panel.refresh)
    controller.import_paths([Path("guide.md"), Path("reports/")], window)   # also drag and drop

The import runs on the library's worker. A progress dialog, naming the file being read, appears
only when the work takes longer than about 600 ms; Cancel stops the core between files (it keeps
what was done, consistently). At the end a report says what was added, updated and skipped, and
why each skipped file was skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.errors import Interrupted
from tipdesk.core.formats import SUFFIXES
from tipdesk.core.library import Library
from tipdesk.core.model import ImportReport
from tipdesk.core.progress import CancelToken, Progress, ProgressCallback
from tipdesk.gui.context import AppContext
from tipdesk.gui.worker import Job

PROGRESS_DELAY_MS = 600


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did, with the titles of the documents it added or updated."""

    report: ImportReport
    titles: dict[str, str] = field(default_factory=dict)


def import_with_titles(
    lib: Library, paths: Sequence[Path], cancel: CancelToken, progress: ProgressCallback
) -> ImportOutcome:
    """Run on the worker: import ``paths`` and look up the titles for the report."""
    report = lib.import_paths(list(paths), progress=progress, cancel=cancel)
    metadata = lib.metadata()
    titles = {
        doc_id: metadata[doc_id].title
        for doc_id in (*report.added, *report.updated)
        if doc_id in metadata
    }
    return ImportOutcome(report, titles)


# --- the report -----------------------------------------------------------------------------------
class ImportReportDialog(QDialog):
    """Added, updated and skipped counts, the documents by title, and why files were skipped."""

    def __init__(
        self,
        outcome: ImportOutcome | None,
        parent: QWidget | None = None,
        *,
        cancelled: bool = False,
    ) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.cancelled = cancelled
        self.setObjectName("importReport")
        self.setMinimumWidth(520)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QTreeWidget()
        self.details.setObjectName("importDetails")
        self.details.setColumnCount(2)
        self.details.setRootIsDecorated(True)
        self.details.setUniformRowHeights(True)
        self.details.setVisible(outcome is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("Import finished"))
        self.details.setHeaderLabels([self.tr("Document or file"), self.tr("Details")])
        self.details.setAccessibleName(self.tr("What was imported and what was skipped"))
        self.summary.setAccessibleName(self.tr("Import summary"))
        if self.outcome is None:
            self.setWindowTitle(self.tr("Import cancelled"))
            self.summary.setText(
                self.tr(
                    "The import was cancelled. The documents read before you cancelled were "
                    "kept in the library."
                )
            )
            return
        report = self.outcome.report
        text = self.tr("Added {added}, updated {updated}, skipped {skipped}.").format(
            added=len(report.added), updated=len(report.updated), skipped=len(report.problems)
        )
        if report.unchanged:
            text += "\n" + self.tr(
                "%n file(s) were already in the library and had not changed.",
                "",
                len(report.unchanged),
            )
        if not (report.added or report.updated or report.unchanged or report.problems):
            text += "\n" + self.tr("No Markdown, text, HTML or PDF files were found there.")
        self.summary.setText(text)
        self._fill(report)

    def _fill(self, report: ImportReport) -> None:
        assert self.outcome is not None
        titles = self.outcome.titles
        self.details.clear()
        groups = (
            (self.tr("Added"), [(titles.get(i, i), i, "") for i in report.added]),
            (self.tr("Updated"), [(titles.get(i, i), i, "") for i in report.updated]),
            (
                self.tr("Skipped"),
                [(Path(p.path).name, p.message, p.path) for p in report.problems],
            ),
        )
        for name, rows in groups:
            if not rows:
                continue
            group = QTreeWidgetItem(self.details, [f"{name} ({len(rows)})"])
            for first, second, tip in rows:
                row = QTreeWidgetItem(group, [first, second])
                row.setToolTip(0, tip or first)
                row.setToolTip(1, second)
            group.setExpanded(True)
        self.details.resizeColumnToContents(0)

    def rows(self, group: int) -> list[tuple[str, str]]:
        """The (name, details) rows under the ``group``-th heading, for tests and screenshots."""
        item = self.details.topLevelItem(group)
        if item is None:
            return []
        children = [item.child(i) for i in range(item.childCount())]
        return [(c.text(0), c.text(1)) for c in children if c is not None]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


# --- one import -----------------------------------------------------------------------------------
class ImportProgressDialog(QProgressDialog):
    """A progress dialog that says when it is first shown (it may never be)."""

    shown = Signal()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self.shown.emit()


class ImportRun(QObject):
    """One import of some paths: the worker job, its progress dialog, then the report."""

    imported = Signal(object)  # the ImportReport, or None when cancelled or failed
    progressShown = Signal()  # the import took long enough for the progress dialog to appear
    reportShown = Signal(object)  # the ImportReportDialog, open

    def __init__(
        self,
        context: AppContext,
        paths: Sequence[Path],
        parent: QWidget | None = None,
        *,
        delay_ms: int = PROGRESS_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.paths = [Path(p) for p in paths]
        self.parent_widget = parent
        self.delay_ms = delay_ms
        self.job: Job | None = None
        self.progress_dialog: ImportProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._cancelling = False

    def start(self) -> Job:
        library, paths = self.context.library, self.paths
        self.progress_dialog = self._make_progress_dialog()
        self.job = self.context.worker.submit(
            lambda cancel, progress: import_with_titles(library, paths, cancel, progress)
        )
        self.job.progress.connect(self._progressed)
        self.job.done.connect(self._finished)
        self.job.error.connect(self._failed)
        return self.job

    def cancel(self) -> None:
        if self.job is not None and not self._cancelling:
            self._cancelling = True
            self.job.cancel()

    # --- progress --------------------------------------------------------------------------------
    def _make_progress_dialog(self) -> ImportProgressDialog:
        dialog = ImportProgressDialog(self.parent_widget)
        dialog.setObjectName("importProgress")
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the worker does the work
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setWindowTitle(self.tr("Importing documents"))
        dialog.setLabelText(self.tr("Looking for documents…"))
        dialog.setCancelButtonText(self.tr("&Cancel"))
        dialog.setAccessibleName(self.tr("Import progress"))
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(self.delay_ms)
        dialog.setValue(0)  # starts the clock: shown only if still running after the delay
        dialog.canceled.connect(self.cancel)
        dialog.shown.connect(self.progressShown)
        return dialog

    def _progressed(self, progress: Progress) -> None:
        dialog = self.progress_dialog
        if dialog is None or self._cancelling:
            return
        if progress.message:
            dialog.setLabelText(self.tr("Reading {file}…").format(file=progress.message))
        if progress.total:
            dialog.setMaximum(progress.total)
            dialog.setValue(min(progress.done, progress.total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    # --- the end ---------------------------------------------------------------------------------
    def _finished(self, outcome: ImportOutcome) -> None:
        self._close_progress()
        self._show_report(ImportReportDialog(outcome, self.parent_widget))
        self.imported.emit(outcome.report)

    def _failed(self, error: object) -> None:
        self._close_progress()
        if isinstance(error, Interrupted):
            self._show_report(ImportReportDialog(None, self.parent_widget, cancelled=True))
        else:
            self.context.errors.job_failed(error)
        self.imported.emit(None)  # part of it may be in the library already

    def _show_report(self, dialog: ImportReportDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.destroyed.connect(self._forget_report)
        dialog.open()
        self.reportShown.emit(dialog)

    def _forget_report(self) -> None:
        self.report_dialog = None


# The name the main window's panels module uses for one import.
ImportDialog = ImportRun


# --- for the window -------------------------------------------------------------------------------
class ImportController(QObject):
    """Starts imports (menus, file dialogs, drag and drop); says when the library changed."""

    libraryChanged = Signal()
    importFinished = Signal(object)  # ImportReport, or None when cancelled or failed

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runs: list[ImportRun] = []

    def import_paths(
        self, paths: Sequence[Path], parent_widget: QWidget | None = None
    ) -> ImportRun:
        run = ImportRun(self.context, paths, parent_widget)
        self.runs.append(run)
        run.imported.connect(lambda report, r=run: self._run_ended(r, report))
        run.start()
        return run

    def _run_ended(self, run: ImportRun, report: ImportReport | None) -> None:
        if run in self.runs:
            self.runs.remove(run)
        if report is None or report.changed:
            self.libraryChanged.emit()
        self.importFinished.emit(report)

    def choose_and_import(self, parent: QWidget | None = None, *, folder: bool = False) -> None:
        """Ask for document files (or a folder, with ``folder``) and import them."""
        paths = self.choose_folder(parent) if folder else self.choose_files(parent)
        if paths:
            self.import_paths(paths, parent)

    def choose_files(self, parent: QWidget | None) -> list[Path]:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            parent,
            self.tr("Import documents"),
            str(Path.home()),
            self.tr("Documents: Markdown, text, HTML, PDF ({patterns})").format(patterns=patterns)
            + ";;"
            + self.tr("All files (*)"),
        )
        return [Path(f) for f in files]

    def choose_folder(self, parent: QWidget | None) -> list[Path]:
        folder = QFileDialog.getExistingDirectory(
            parent, self.tr("Import a folder"), str(Path.home())
        )
        return [Path(folder)] if folder else []
