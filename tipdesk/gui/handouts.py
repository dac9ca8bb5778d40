"""Handouts: print or save as PDF a whole pack, or chosen items, in a chosen language.

    dialog = HandoutDialog(context, pack_id, parent)   # loads the pack on the worker
    dialog.open()

The language list holds the languages in which documents of the pack exist; a document with no
version in the chosen language is printed in its own language, and says so. The paper has a cover
page (seminar title, date, place, contents with page numbers), one part per item with its
citation, and page numbers (see ``handout_print``). In kiosk mode without printing allowed, the
dialog is not offered at all; with printing allowed, "Save as PDF" (a file dialog) is not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.handout import Handout, build_handout, handout_languages
from tipdesk.core.packview import PackView, load_pack_view
from tipdesk.gui.context import AppContext
from tipdesk.gui.handout_print import paint_handout, save_handout_pdf, seminar_line
from tipdesk.gui.i18n import LANGUAGES
from tipdesk.gui.printing import make_pdf_printer

ITEM_ID = Qt.ItemDataRole.UserRole


class HandoutDialog(QDialog):
    """Choose the language and the items, then print or save the handout as PDF."""

    loaded = Signal()  # the pack and its languages are shown
    written = Signal(str, int)  # a PDF file (or "" for a printer), its page count

    def __init__(
        self,
        context: AppContext,
        pack_id: int,
        parent: QWidget | None = None,
        *,
        allow_print: bool = True,
        allow_files: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.context = context
        self.pack_id = pack_id
        self.view: PackView | None = None
        self.allow_print, self.allow_files = allow_print, allow_files
        self._build()
        self.retranslateUi()
        self._load()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("handoutHeading")
        self.heading.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("handoutLanguage")
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.items = QListWidget()
        self.items.setObjectName("handoutItems")
        self.items_label = QLabel()
        self.items_label.setBuddy(self.items)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton()
        self.print_button.setObjectName("handoutPrint")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("handoutSavePdf")
        for button in (self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        self.print_button.setVisible(self.allow_print)
        self.pdf_button.setVisible(self.allow_files)
        self.print_button.clicked.connect(self.choose_printer)
        self.pdf_button.clicked.connect(self.choose_pdf_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 480)

    # --- loading --------------------------------------------------------------------------------
    def _load(self) -> None:
        pack_id = self.pack_id

        def read(lib: Any) -> tuple[PackView | None, list[str]]:
            view = load_pack_view(lib, pack_id)
            return view, (handout_languages(lib, view.pack) if view else [])

        self._run(read, self._show)

    def _run(self, fn: Callable[[Any], Any], then: Callable[[Any], None]) -> None:
        library = self.context.library
        job = self.context.worker.call(lambda: fn(library))
        job.done.connect(then)
        job.error.connect(self.context.errors.job_failed)

    def _show(self, answer: tuple[PackView | None, list[str]]) -> None:
        view, languages = answer
        self.view = view
        if view is None:
            self.heading.setText(self.tr("This seminar pack no longer exists."))
            return
        self.heading.setText(seminar_line_for(view))
        self.language.clear()
        for code in languages:
            self.language.addItem(LANGUAGES.get(code, code), code)
        interface = self.context.language
        if interface in languages:
            self.language.setCurrentIndex(languages.index(interface))
        self.items.clear()
        for item, label in zip(view.pack.items, view.labels, strict=True):
            text = label.title + (f" — {label.section}" if label.section else "")
            row = QListWidgetItem(text)
            row.setData(ITEM_ID, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked if label.missing else Qt.CheckState.Checked)
            self.items.addItem(row)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(bool(view.pack.items))
        self.loaded.emit()

    # --- choices --------------------------------------------------------------------------------
    def chosen_language(self) -> str | None:
        return self.language.currentData()

    def chosen_items(self) -> set[int]:
        return {
            int(self.items.item(row).data(ITEM_ID))
            for row in range(self.items.count())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        }

    def set_items(self, item_ids: set[int]) -> None:
        for row in range(self.items.count()):
            item = self.items.item(row)
            checked = int(item.data(ITEM_ID)) in item_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def build(self, then: Callable[[Handout], None]) -> None:
        """Assemble the handout on the worker, then call ``then`` with it on the GUI thread."""
        if self.view is None:
            return
        pack, language, items = self.view.pack, self.chosen_language(), self.chosen_items()
        self._run(lambda lib: build_handout(lib, pack, language, items), then)

    # --- output ---------------------------------------------------------------------------------
    def save_pdf(self, path: Path | str) -> None:
        """Write the handout to ``path`` (emits ``written`` when done)."""

        def write(handout: Handout) -> None:
            pages = save_handout_pdf(handout, path)
            self.written.emit(str(path), pages)

        self.build(write)

    def choose_pdf_file(self) -> None:
        if not self.allow_files or self.view is None:
            return
        name = f"{self.view.pack.name}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the handout as PDF"),
            str(Path.home() / name),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def choose_printer(self) -> None:
        if not self.allow_print:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        template = make_pdf_printer("")  # the same A4 page and margins as the PDF
        printer.setPageLayout(template.pageLayout())
        if self.allow_files:
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        def paint(handout: Handout) -> None:
            printer.setDocName(seminar_line(handout))
            self.written.emit("", paint_handout(handout, printer))

        self.build(paint)

    # --- language -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("Handouts"))
        self.language_label.setText(self.tr("&Language:"))
        self.items_label.setText(self.tr("&Parts to include:"))
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("&Save as PDF…"))
        self.items.setAccessibleName(self.tr("Parts of the pack to include"))
        self.language.setAccessibleName(self.tr("Language of the handout"))


def seminar_line_for(view: PackView) -> str:
    details = view.pack.details
    parts = [details.title or view.pack.name, details.date, details.place]
    return " · ".join(p for p in parts if p)
