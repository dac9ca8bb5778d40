"""Importing from the window: a report of what was added and skipped, cancel, a quiet fast path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.appcontext import close_context, on_worker, open_context, write_documents
from tests.gui.conftest import StartWindow
from tests.pdfmaker import write_pdf
from tipdesk.core.progress import Progress
from tipdesk.gui.context import AppContext
from tipdesk.gui.import_dialog import ImportController, ImportReportDialog, ImportRun
from tipdesk.gui.main_window import MainWindow

WAIT_MS = 60_000


@pytest.fixture
def context(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_context(qtbot, qapp, tmp_path / "data")
    yield ctx
    close_context(qtbot, ctx)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    for dialog in widget.findChildren(QDialog):  # no report stays open for the tests after this
        dialog.close()


def test_a_corrupt_file_among_good_ones_is_skipped_with_its_reason(
    qtbot: QtBot, context: AppContext, window: QWidget, tmp_path: Path
) -> None:
    folder = tmp_path / "incoming"
    write_documents(folder, 2, prefix="guide")
    write_pdf(
        folder / "annual-report.pdf",
        [
            "This is the annual report on the trafficking of persons.\n"
            "It is about the work that was done with the victims and by the police.",
            "The second page is about forced labour and it is not the last word on this.",
        ],
        title="Annual report",
    )
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    controller = ImportController(context)
    changed: list[bool] = []
    controller.libraryChanged.connect(lambda: changed.append(True))

    with qtbot.waitSignal(controller.importFinished, timeout=WAIT_MS) as finished:
        run = controller.import_paths([folder], window)
    report = finished.args[0]
    assert sorted(report.added) == ["annual-report", "guide-0000", "guide-0001"]
    assert [p.path for p in report.problems] == [str(folder / "broken.pdf")]
    assert changed == [True]

    dialog = run.report_dialog
    assert isinstance(dialog, ImportReportDialog) and dialog.isVisible()
    assert dialog.summary.text() == "Added 3, updated 0, skipped 1."
    assert sorted(dialog.rows(0)) == [
        ("Annual report", "annual-report"),
        ("Document 0", "guide-0000"),
        ("Document 1", "guide-0001"),
    ]
    [(name, why)] = dialog.rows(1)
    assert name == "broken.pdf"
    assert why == report.problems[0].message and "damaged" in why
    assert dialog.details.topLevelItem(1).text(0) == "Skipped (1)"
    assert dialog.details.accessibleName()

    found = on_worker(qtbot, context.worker, lambda: context.library.search("debt bondage"))
    assert found.total == 2


def test_importing_the_same_files_again_changes_nothing(
    qtbot: QtBot, context: AppContext, window: QWidget, tmp_path: Path
) -> None:
    paths = write_documents(tmp_path / "incoming", 2)
    controller = ImportController(context)
    with qtbot.waitSignal(controller.importFinished, timeout=WAIT_MS):
        controller.import_paths(paths, window)
    changed: list[bool] = []
    controller.libraryChanged.connect(lambda: changed.append(True))
    with qtbot.waitSignal(controller.importFinished, timeout=WAIT_MS):
        run = controller.import_paths(paths, window)
    assert changed == []
    assert run.report_dialog is not None
    summary = run.report_dialog.summary.text()
    assert summary.startswith("Added 0, updated 0, skipped 0.\n2 file")
    assert summary.endswith("were already in the library and had not changed.")


def test_a_fast_import_shows_no_progress_dialog(
    qtbot: QtBot, context: AppContext, window: QWidget, tmp_path: Path
) -> None:
    paths = write_documents(tmp_path / "incoming", 1)
    run = ImportRun(context, paths, window)
    with (
        qtbot.assertNotEmitted(run.progressShown),
        qtbot.waitSignal(run.reportShown, timeout=WAIT_MS),
    ):
        run.start()
    assert run.progress_dialog is None
    assert run.report_dialog is not None and run.report_dialog.isVisible()


def test_a_slow_import_shows_progress_with_the_file_being_read(
    qtbot: QtBot, context: AppContext, window: QWidget, tmp_path: Path
) -> None:
    paths = write_documents(tmp_path / "incoming", 60)
    run = ImportRun(context, paths, window, delay_ms=0)  # as if the work were slow
    labels: list[str] = []
    run.progressShown.connect(
        lambda: labels.append(run.progress_dialog.labelText() if run.progress_dialog else "")
    )
    with qtbot.waitSignal(run.reportShown, timeout=WAIT_MS):
        job = run.start()
        job.progress.connect(
            lambda _p: labels.append(run.progress_dialog.labelText() if run.progress_dialog else "")
        )
    assert any(label.startswith("Reading doc-") and label.endswith(".md…") for label in labels)
    assert run.progress_dialog is None  # closed at the end


def test_cancel_stops_a_long_import_early_and_keeps_the_library_consistent(
    qtbot: QtBot, context: AppContext, window: QWidget, tmp_path: Path
) -> None:
    count = 1000
    paths = write_documents(tmp_path / "incoming", count)
    controller = ImportController(context)
    run = ImportRun(context, paths, window)
    controller.runs.append(run)
    seen: list[Progress] = []

    def press_cancel(progress: Progress) -> None:
        seen.append(progress)
        if len(seen) == 1 and run.progress_dialog is not None:
            run.progress_dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    with qtbot.waitSignal(run.imported, timeout=WAIT_MS) as ended:
        job = run.start()
        job.progress.connect(press_cancel)
    assert ended.args == [None]
    assert run.report_dialog is not None and run.report_dialog.cancelled
    assert "cancelled" in run.report_dialog.summary.text()

    lib = context.library
    pending, documents, hits = on_worker(
        qtbot,
        context.worker,
        lambda: (
            lib.catalogue.pending_index(),
            lib.documents(),
            lib.search("debt bondage", limit=1).total,
        ),
    )
    assert pending == ([], [])
    assert 0 < len(documents) < count  # stopped early, kept what was done
    assert hits == len(documents)  # and all of it is searchable


def test_the_report_follows_a_language_change(qtbot: QtBot, context: AppContext) -> None:
    dialog = ImportReportDialog(None, cancelled=True)
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("stale")
    from PySide6.QtCore import QEvent

    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.windowTitle() == "Import cancelled"


def test_files_dropped_on_the_window_are_imported_and_reported(
    qtbot: QtBot, start_window: StartWindow, data_dir: Path, tmp_path: Path
) -> None:
    window = start_window(data_dir).window
    assert isinstance(window, MainWindow)
    paths = write_documents(tmp_path / "dropped", 2, prefix="dropped")
    with qtbot.waitSignal(window.importer.importFinished, timeout=WAIT_MS) as finished:
        window.import_paths(paths)
    assert sorted(finished.args[0].added) == ["dropped-0000", "dropped-0001"]
    qtbot.waitUntil(lambda: window.counts.text().startswith("5 "), timeout=WAIT_MS)


def test_an_empty_folder_says_nothing_was_found(
    qtbot: QtBot, context: AppContext, window: QWidget, tmp_path: Path
) -> None:
    (tmp_path / "empty").mkdir()
    run = ImportRun(context, [tmp_path / "empty"], window)
    with qtbot.waitSignal(run.reportShown, timeout=WAIT_MS) as shown:
        run.start()
    assert shown.args[0].summary.text() == (
        "Added 0, updated 0, skipped 0.\nNo Markdown, text, HTML or PDF files were found there."
    )
