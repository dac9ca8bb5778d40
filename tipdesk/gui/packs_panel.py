"""Seminar packs in the window: the list of packs, and the editor of the chosen one.

    panel = PacksPanel(context, window)              # e.g. in a dock or a tab
    panel.openRequested.connect(window.open_document)
    panel.presentRequested.connect(launcher.present_pack)
    panel.add_location(doc_id, anchor)               # the window's "Add to seminar pack"

New, rename, duplicate and delete work on the chosen pack; "Export…" writes a
``.tipdesk-pack`` file to hand to a colleague, "Import…" reads one (a hostile file is refused
with the reason, and nothing is written). All library work runs on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.errors import UserError
from tipdesk.core.packfile import PACK_SUFFIX, ExportReport, PackImportReport
from tipdesk.core.packs import Pack, PackStore
from tipdesk.gui.context import AppContext
from tipdesk.gui.i18n import user_error_text
from tipdesk.gui.pack_editor import PackEditor

PACK_ID = Qt.ItemDataRole.UserRole


class PacksPanel(QWidget):
    openRequested = Signal(str, str, object)
    presentRequested = Signal(int)
    handoutRequested = Signal(int)
    packsChanged = Signal(list)  # [Pack], after every reload of the list
    exported = Signal(object)  # ExportReport
    imported = Signal(object)  # PackImportReport
    failed = Signal(str)  # a refused import or export, translated

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, allow_files: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packsPanel")
        self.context = context
        self.allow_files = allow_files
        self.packs: list[Pack] = []
        self._select_after: int | None = None
        self._build()
        self.retranslateUi()
        self.reload()

    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setObjectName("packList")
        self.list.currentItemChanged.connect(lambda _new, _old: self._pack_chosen())
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list)
        self.editor = PackEditor(self.context)
        self.editor.openRequested.connect(self.openRequested)
        self.editor.presentRequested.connect(self.presentRequested)
        self.editor.handoutRequested.connect(self.handoutRequested)
        self.editor.viewChanged.connect(lambda _view: self._refresh_names())
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        actions: list[tuple[str, Callable[[], None]]] = [
            ("new", self.ask_new),
            ("rename", self.ask_rename),
            ("duplicate", self.duplicate),
            ("delete", self.ask_delete),
            ("import", self.choose_import),
            ("export", self.choose_export),
        ]
        for index, (name, slot) in enumerate(actions):
            button = QPushButton()
            button.setObjectName(f"packs-{name}")
            button.clicked.connect(slot)
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[name] = button
        for name in ("import", "export"):
            self.buttons[name].setVisible(self.allow_files)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list_label)
        column.addWidget(self.list, 1)
        column.addLayout(grid)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # --- the list -------------------------------------------------------------------------------
    def _run(
        self,
        fn: Callable[[Any], Any],
        then: Callable[[Any], None],
        failed: Callable[[object], None] | None = None,
    ) -> None:
        library = self.context.library
        job = self.context.worker.call(lambda: fn(library))
        job.done.connect(then)
        job.error.connect(failed or self.context.errors.job_failed)

    def reload(self, select: int | None = None) -> None:
        self._select_after = select if select is not None else self.current_pack_id()
        self._run(lambda lib: PackStore(lib.user).packs(), self._show_packs)

    def _show_packs(self, packs: list[Pack]) -> None:
        self.packs = packs
        wanted = self._select_after
        self.list.blockSignals(True)
        self.list.clear()
        for pack in packs:
            item = QListWidgetItem(pack.name)
            item.setData(PACK_ID, pack.id)
            self.list.addItem(item)
            if pack.id == wanted:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and packs:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._pack_chosen()
        self.packsChanged.emit(packs)

    def _refresh_names(self) -> None:
        view = self.editor.view
        item = self.list.currentItem()
        if view is not None and item is not None and item.text() != view.pack.name:
            item.setText(view.pack.name)

    def current_pack_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(PACK_ID)) if item is not None else None

    def select_pack(self, pack_id: int) -> None:
        for row in range(self.list.count()):
            if int(self.list.item(row).data(PACK_ID)) == pack_id:
                self.list.setCurrentRow(row)

    def _pack_chosen(self) -> None:
        pack_id = self.current_pack_id()
        for name in ("rename", "duplicate", "delete", "export"):
            self.buttons[name].setEnabled(pack_id is not None)
        if pack_id != self.editor.pack_id:
            self.editor.load(pack_id)

    # --- packs ----------------------------------------------------------------------------------
    def _write(self, fn: Callable[[PackStore], Pack | None]) -> None:
        def work(lib: Any) -> int | None:
            pack = fn(PackStore(lib.user))
            return pack.id if pack is not None else None

        def done(pack_id: int | None) -> None:
            self.editor.view = None  # read the chosen pack again
            self.reload(select=pack_id)

        self._run(work, done, self._failed)

    def create_pack(self, name: str) -> None:
        self._write(lambda store: store.create(store.unique_name(name)))

    def rename_pack(self, name: str) -> None:
        pack_id = self.current_pack_id()
        if pack_id is not None:
            self._write(lambda store: store.rename(pack_id, name))

    def duplicate(self) -> None:
        pack_id = self.current_pack_id()
        if pack_id is not None:
            self._write(lambda store: store.duplicate(pack_id))

    def delete_pack(self) -> None:
        pack_id = self.current_pack_id()
        if pack_id is not None:
            self._write(lambda store: store.delete(pack_id))

    def add_location(self, doc_id: str, anchor: str = "") -> None:
        """Add a document or section to the chosen pack (a new pack when there is none)."""
        if self.editor.view is not None:
            self.editor.add_locations([(doc_id, anchor)])
            return

        def work(store: PackStore) -> Pack | None:
            pack = store.create(store.unique_name(self.tr("New seminar pack")))
            store.add_item(pack.id, doc_id, anchor)
            return pack

        self._write(work)

    def ask_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New seminar pack"), self.tr("Name:"))
        if ok and name.strip():
            self.create_pack(name)

    def ask_rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename the seminar pack"), self.tr("Name:"), text=item.text()
        )
        if ok and name.strip():
            self.rename_pack(name)

    def ask_delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the seminar pack"),
            self.tr("Delete the pack “%1”? Its documents stay in the library.").replace(
                "%1", item.text()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_pack()

    # --- files ----------------------------------------------------------------------------------
    def export_to(self, path: Path | str) -> None:
        from tipdesk.core.packfile import export_pack

        pack_id = self.current_pack_id()
        if pack_id is None:
            return
        self._run(lambda lib: export_pack(lib, pack_id, Path(path)), self._exported, self._failed)

    def import_from(self, path: Path | str) -> None:
        from tipdesk.core.packfile import import_pack

        self._run(lambda lib: import_pack(lib, Path(path)), self._imported, self._failed)

    def _exported(self, report: ExportReport) -> None:
        self.exported.emit(report)

    def _imported(self, report: PackImportReport) -> None:
        self.editor.view = None
        self.reload(select=report.pack.id)
        self._notify(QMessageBox.Icon.Information, self.import_summary(report))
        self.imported.emit(report)

    def _failed(self, error: object) -> None:
        if isinstance(error, UserError):
            text = user_error_text(error)
            self._notify(QMessageBox.Icon.Warning, text)
            self.failed.emit(text)
        else:
            self.context.errors.job_failed(error)

    def _notify(self, icon: QMessageBox.Icon, text: str) -> None:
        if not self.isVisible():
            return
        box = QMessageBox(icon, self.tr("Seminar packs"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("packsMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def choose_export(self) -> None:
        item = self.list.currentItem()
        if not self.allow_files or item is None:
            return
        default = str(Path.home() / (item.text().replace("/", "-") + PACK_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the seminar pack"),
            default,
            self.tr("Seminar packs (*%1)").replace("%1", PACK_SUFFIX),
        )
        if path:
            self.export_to(path)

    def choose_import(self) -> None:
        if not self.allow_files:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a seminar pack"),
            str(Path.home()),
            self.tr("Seminar packs (*%1)").replace("%1", PACK_SUFFIX),
        )
        if path:
            self.import_from(path)

    def import_summary(self, report: PackImportReport) -> str:
        """What an import did, in words (shown after an import from the dialog)."""
        lines = [self.tr("The pack “%1” was added.").replace("%1", report.pack.name)]
        if report.verified:
            lines.append(
                self.tr("From the publisher (checked): %n document(s).", "", len(report.verified))
            )
        if report.shared:
            lines.append(
                self.tr(
                    "Shared by a colleague (not checked): %n document(s).", "", len(report.shared)
                )
            )
        if report.kept:
            lines.append(
                self.tr("Your library has another version of: %1. Yours was kept.").replace(
                    "%1", ", ".join(report.kept)
                )
            )
        return "\n".join(lines)

    # --- language -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.list_label.setText(self.tr("Seminar &packs:"))
        texts = {
            "new": self.tr("New…"),
            "rename": self.tr("Rename…"),
            "duplicate": self.tr("Duplicate"),
            "delete": self.tr("Delete…"),
            "import": self.tr("Import…"),
            "export": self.tr("Export…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.list.setAccessibleName(self.tr("Seminar packs"))
