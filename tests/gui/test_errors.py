"""Trouble is shown plainly: a bug gets the crash dialog and the log; a user error a message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tipdesk.core.errors import ContentError, LibraryInUse
from tipdesk.core.i18n import CONTEXT
from tipdesk.core.lock import FolderLock
from tipdesk.gui.app import DesktopApp, add_log_file
from tipdesk.gui.crash import CrashDialog, ErrorReporter
from tipdesk.gui.worker import LibraryWorker


def test_a_bug_in_a_job_shows_the_crash_dialog_and_writes_the_log(qtbot, tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "tipdesk.log"
    handler = add_log_file(log_file)
    worker = LibraryWorker()
    reporter = ErrorReporter(log_file)
    try:

        def broken() -> None:
            raise ZeroDivisionError("the details of this bug")

        job = worker.call(broken)
        job.error.connect(reporter.job_failed)
        with qtbot.waitSignal(job.error):
            pass
        qtbot.waitUntil(lambda: bool(reporter.open_dialogs))
        dialog = reporter.open_dialogs[0]
        assert isinstance(dialog, CrashDialog)
        assert dialog.isVisible()
        assert "ZeroDivisionError: the details of this bug" in dialog.details
        assert str(log_file) in dialog.explanation.text()

        dialog.copy_button.click()
        assert "the details of this bug" in QApplication.clipboard().text()

        handler.flush()
        logged = log_file.read_text(encoding="utf-8")
        assert "unexpected error (bug)" in logged
        assert "ZeroDivisionError: the details of this bug" in logged
        assert "in broken" in logged  # the traceback, not only the message
        dialog.close()
    finally:
        worker.stop()
        import logging

        logging.getLogger("tipdesk").removeHandler(handler)
        handler.close()


def test_an_unhandled_exception_on_the_gui_thread_reaches_the_dialog(qtbot, tmp_path: Path) -> None:
    reporter = ErrorReporter(tmp_path / "tipdesk.log")
    try:
        raise KeyError("lost")
    except KeyError as exc:
        reporter.excepthook(KeyError, exc, exc.__traceback__)
    dialog = reporter.open_dialogs[0]
    assert "KeyError: 'lost'" in dialog.details
    dialog.close()
    qtbot.waitUntil(lambda: not reporter.open_dialogs)


def test_a_user_error_is_a_plain_message_not_a_crash(qtbot, tmp_path: Path) -> None:
    reporter = ErrorReporter(tmp_path / "tipdesk.log")
    error = ContentError("The file {path} has no title.", path="notes.md")
    box = reporter.show_error(error)
    assert isinstance(box, QMessageBox)
    assert box.text() == "The file notes.md has no title."
    assert "Traceback" not in box.text()
    box.close()


def test_the_library_in_use_by_a_command_is_said_clearly(qtbot, qapp, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    command_lock = FolderLock(data / ".lock")  # as `tipdesk import` would hold it
    assert command_lock.acquire()
    desktop = DesktopApp(qapp, data, language="en", bundled=False)
    try:
        with qtbot.waitSignal(desktop.finished, timeout=20_000) as exit_code:
            assert desktop.start()
            qtbot.waitUntil(lambda: bool(desktop.errors.open_dialogs), timeout=20_000)
            box = desktop.errors.open_dialogs[0]
            assert box.objectName() == "libraryInUseBox"
            assert str(data) in box.text()
            assert "TIPdesk command" in box.text()
            assert desktop.window is None
            box.accept()
        assert exit_code.args == [1]
    finally:
        desktop.shutdown()
        command_lock.release()


def test_user_error_templates_are_translated_in_the_tipdesk_context() -> None:
    assert CONTEXT == "tipdesk"
    error = LibraryInUse(
        "The library in {path} is in use by another TIPdesk window or command.", path="/x"
    )
    from tipdesk.gui.i18n import user_error_text

    assert user_error_text(error).startswith("The library in /x is in use")
