"""A real AppContext for testing one panel or dialog on its own (no main window).

The library is opened on the worker thread, as the application does; ``on_worker`` runs a call
there and waits for its result, so tests never touch the library from the GUI thread either.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from tipdesk import Library
from tipdesk.gui.context import AppContext
from tipdesk.gui.crash import ErrorReporter
from tipdesk.gui.i18n import InterfaceLanguage
from tipdesk.gui.preferences import Preferences
from tipdesk.gui.theme import apply_theme, current_theme
from tipdesk.gui.worker import LibraryWorker

WAIT_MS = 30_000


def on_worker(qtbot: Any, worker: LibraryWorker, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` on the library's worker thread and return its result (or raise its error)."""
    job = worker.call(fn)
    outcome: dict[str, Any] = {}
    job.done.connect(lambda result: outcome.setdefault("result", result))
    job.error.connect(lambda error: outcome.setdefault("error", error))
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def open_context(qtbot: Any, app: QApplication, data_dir: Path) -> AppContext:
    """Open the library in ``data_dir`` on a new worker and build the context panels receive."""
    worker = LibraryWorker()
    library = on_worker(qtbot, worker, lambda: Library.open(data_dir, bundled=False))
    errors = ErrorReporter(None)
    language = InterfaceLanguage(app)
    context = AppContext(app, library, worker, Preferences(data_dir), errors, language)
    context.setProperty("themeBefore", current_theme(app))
    return context


def close_context(qtbot: Any, context: AppContext) -> None:
    """Close the library on its thread, stop the worker, undo language and theme changes."""
    for dialog in list(context.errors.open_dialogs):
        dialog.close()
    on_worker(qtbot, context.worker, context.library.close)
    context.worker.stop()
    if context.interface_language.language != "en":
        context.interface_language.switch("en")
    context.interface_language.uninstall()
    apply_theme(context.app, str(context.property("themeBefore")))


def write_documents(folder: Path, count: int, prefix: str = "doc") -> list[Path]:
    """``count`` small, valid Markdown documents in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        doc_id = f"{prefix}-{number:04d}"
        path = folder / f"{doc_id}.md"
        path.write_text(
            f"---\nid: {doc_id}\ntitle: Document {number}\nlanguage: en\nkind: guide\n"
            f"topics: [protection]\npublisher: Test publisher\n"
            f"source_url: https://example.org/{doc_id}\npublished: 2021-05-01\n"
            f'version: "1.0"\nsummary: Test document {number}.\n---\n\n'
            f"# Document {number}\n\nIntroduction about labour exploitation.\n\n"
            f"## Indicators\n\nSigns of debt bondage, number {number}.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths
