"""Writing the user's bookmarks and notes to a Markdown file, in the interface language.

The Markdown is made by :mod:`tipdesk.core.export` on the library's worker, with the fixed words
(headings, "Added", "Whole document", …) translated here; the file is written there too, whole or
not at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from tipdesk.core.export import ExportLabels, notes_to_markdown
from tipdesk.core.library import Library
from tipdesk.gui.context import AppContext

DEFAULT_NAME = "tipdesk-notes.md"


def write_markdown(lib: Library, path: Path, labels: ExportLabels) -> str | None:
    """Run on the worker: write the export to ``path``; the reason when it could not be written."""
    text = notes_to_markdown(lib, labels=labels)
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        return exc.strerror or str(exc)
    return None


class NotesExporter(QObject):
    exported = Signal(str)  # the path written
    failed = Signal(str, str)  # the path, and why it could not be written

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def labels(self) -> ExportLabels:
        """The fixed words of the export, in the interface language."""
        return ExportLabels(
            heading=self.tr("Notes and bookmarks"),
            exported=self.tr("Exported from TIPdesk on {date}."),
            nothing=self.tr("There are no bookmarks or notes yet."),
            bookmark=self.tr("Bookmark"),
            note=self.tr("Note"),
            whole_document=self.tr("Whole document"),
            page=self.tr("Page {page}"),
            added=self.tr("Added {date}"),
            updated=self.tr("Updated {date}"),
            not_in_library=self.tr("This document is no longer in the library."),
            language=self.tr("Language: {language}"),
        )

    def choose_file(self, parent: QWidget | None) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export notes as Markdown"),
            str(Path.home() / DEFAULT_NAME),
            self.tr("Markdown files (*.md)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".md")

    def export(self, path: Path) -> None:
        """Write every bookmark and note to ``path`` (on the worker); then a signal says how."""
        library, labels = self.context.library, self.labels()
        job = self.context.worker.call(lambda: write_markdown(library, path, labels))
        job.done.connect(lambda problem: self._written(path, problem))
        job.error.connect(self.context.errors.job_failed)

    def _written(self, path: Path, problem: str | None) -> None:
        if problem is None:
            self.exported.emit(str(path))
        else:
            self.failed.emit(str(path), problem)
