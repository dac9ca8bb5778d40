"""The notes panel: the user's bookmarks and notes, on a document or one of its sections.

It lists them grouped by document (all, or only those of the document being read), adds a bookmark
or a note where the reader is, edits and deletes notes in a small editor, opens a document at the
bookmarked section on double-click or Enter, and exports everything as a Markdown file. It all
lives in the user's database, which no import, reindex or sync touches; every read and write runs
on the library's worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.export import (
    BOOKMARK,
    Annotation,
    DocumentAnnotations,
    collect_annotations,
    local_time,
    where_label,
)
from tipdesk.core.library import Library
from tipdesk.gui.context import AppContext
from tipdesk.gui.note_editor import Location, NoteEditor, describe_location
from tipdesk.gui.notes_export import NotesExporter

ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 80


class NotesPanel(QWidget):
    openRequested = Signal(str, str, object)  # doc_id, anchor, PDF page or None
    listRefreshed = Signal()  # the list shows the database's current state
    exported = Signal(str)  # the path of the written Markdown file

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.groups: list[DocumentAnnotations] = []
        self.location: Location | None = None  # where the reader is
        self.confirm_box: QMessageBox | None = None
        self.exporter = NotesExporter(context, self)
        self.exporter.exported.connect(self._exported)
        self.exporter.failed.connect(self._export_failed)
        self._generation = 0
        self._build()
        self.retranslateUi()
        self._update_buttons()
        self.refresh()

    # --- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.only_current = QCheckBox()
        self.only_current.setObjectName("onlyCurrentDocument")
        self.only_current.toggled.connect(self._render)
        self.tree = QTreeWidget()
        self.tree.setObjectName("notesList")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.open_action = self._tree_action(self.open_selected, "Return")
        self.edit_action = self._tree_action(self.edit_selected, "F2")
        self.delete_action = self._tree_action(
            self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.empty = QLabel()
        self.empty.setObjectName("notesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)

        self.bookmark_button = QPushButton()
        self.bookmark_button.setObjectName("addBookmark")
        self.bookmark_button.clicked.connect(lambda: self.add_bookmark())
        self.note_button = QPushButton()
        self.note_button.setObjectName("addNote")
        self.note_button.clicked.connect(lambda: self.start_note())
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editNote")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteItem")
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportNotes")
        self.export_button.clicked.connect(self.choose_export_file)
        buttons = QGridLayout()
        buttons.addWidget(self.bookmark_button, 0, 0)
        buttons.addWidget(self.note_button, 0, 1)
        buttons.addWidget(self.edit_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        buttons.addWidget(self.export_button, 2, 0, 1, 2)

        self.editor = NoteEditor(self)
        self.editor.saveRequested.connect(self._save_note)
        self.editor.hide()
        self.status = QLabel()
        self.status.setObjectName("notesStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.only_current)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        self.setFocusProxy(self.tree)

    def _tree_action(
        self, slot: Callable[[], None], key: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(self.tree)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.tree.addAction(action)
        return action

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.only_current.setText(self.tr("&Only this document"))
        self.only_current.setAccessibleName(self.tr("Show only the notes of this document"))
        self.tree.setAccessibleName(self.tr("Bookmarks and notes"))
        self.empty.setText(
            self.tr(
                "No bookmarks or notes yet. Open a document, then use Bookmark or Add note to "
                "keep your place or write down a thought."
            )
        )
        self.empty.setAccessibleName(self.tr("No bookmarks or notes"))
        self.open_action.setText(self.tr("&Open"))
        self.edit_action.setText(self.tr("&Edit note"))
        self.delete_action.setText(self.tr("&Delete"))
        for button, text, name in (
            (self.bookmark_button, self.tr("&Bookmark"), self.tr("Bookmark this section")),
            (self.note_button, self.tr("Add &note…"), self.tr("Add a note")),
            (self.edit_button, self.tr("&Edit…"), self.tr("Edit the selected note")),
            (self.delete_button, self.tr("&Delete"), self.tr("Delete the selected item")),
            (
                self.export_button,
                self.tr("E&xport as Markdown…"),
                self.tr("Export all bookmarks and notes as a Markdown file"),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.status.setAccessibleName(self.tr("Notes status"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- following the reader --------------------------------------------------------------------
    def set_current(self, doc_id: str | None, anchor: str | None = None) -> None:
        """The reader now shows ``doc_id`` at ``anchor`` (None or "": no document open)."""
        if not doc_id:
            self.location = None
            self._update_buttons()
            self._render()
            return
        anchor = anchor or ""
        if self.location is None or self.location.doc_id != doc_id:
            self.location = Location(doc_id, anchor, doc_id, "", None)
            self._render()
        self.location = Location(doc_id, anchor, self.location.title, "", None)
        self._update_buttons()
        library = self.context.library
        job = self.context.worker.call(lambda: describe_location(library, doc_id, anchor))
        job.done.connect(self._location_described)
        job.error.connect(self.context.errors.job_failed)

    set_document = set_current  # the name the main window calls

    def _location_described(self, location: Location) -> None:
        current = self.location
        if current is not None and (current.doc_id, current.anchor) == (
            location.doc_id,
            location.anchor,
        ):
            self.location = location
            self._update_buttons()

    # --- reading the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run(lambda lib: None)

    def _run(self, change: Callable[[Library], object]) -> None:
        """Make ``change`` on the worker, then read the whole list back and show it."""
        self._generation += 1
        generation = self._generation
        library = self.context.library

        def work() -> list[DocumentAnnotations]:
            change(library)
            return collect_annotations(library)

        job = self.context.worker.call(work)
        job.done.connect(lambda groups: self._show(generation, groups))
        job.error.connect(self.context.errors.job_failed)

    def _show(self, generation: int, groups: list[DocumentAnnotations]) -> None:
        if generation != self._generation:
            return  # a newer change is on its way
        self.groups = groups
        self._render()
        self.listRefreshed.emit()

    def visible_groups(self) -> list[DocumentAnnotations]:
        if self.only_current.isChecked() and self.location is not None:
            return [g for g in self.groups if g.doc_id == self.location.doc_id]
        return self.groups

    def _render(self) -> None:
        selected = self.selected()
        self.tree.clear()
        reselect: QTreeWidgetItem | None = None
        for group in self.visible_groups():
            top = QTreeWidgetItem(self.tree, [self._group_text(group)])
            top.setData(0, ROLE, group)
            top.setToolTip(0, group.doc_id)
            if self.location is not None and group.doc_id == self.location.doc_id:
                font = QFont(top.font(0))
                font.setBold(True)
                top.setFont(0, font)
            for annotation in group.items:
                child = QTreeWidgetItem(top, [self._item_text(annotation)])
                child.setData(0, ROLE, annotation)
                child.setToolTip(0, self._item_tooltip(annotation))
                if selected is not None and (selected.kind, selected.id) == (
                    annotation.kind,
                    annotation.id,
                ):
                    reselect = child
            top.setExpanded(True)
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        has_items = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self._update_buttons()

    def _group_text(self, group: DocumentAnnotations) -> str:
        text = group.title
        if group.language:
            text += f" ({group.language})"
        if not group.in_library:
            text += " — " + self.tr("not in the library")
        return text

    def _item_text(self, item: Annotation) -> str:
        where = where_label(item, self.exporter.labels())
        if item.kind == BOOKMARK:
            return self.tr("Bookmark: {where}").format(where=where)
        first_line = item.text.strip().splitlines()[0] if item.text.strip() else ""
        if len(first_line) > PREVIEW_CHARS:
            first_line = first_line[: PREVIEW_CHARS - 1] + "…"
        if not item.anchor:
            return self.tr("Note: {text}").format(text=first_line)
        return self.tr("Note on {where}: {text}").format(where=where, text=first_line)

    def _item_tooltip(self, item: Annotation) -> str:
        if item.kind == BOOKMARK:
            return self.tr("Added {date}").format(date=local_time(item.when))
        when = self.tr("Updated {date}").format(date=local_time(item.when))
        return f"{item.text.strip()}\n\n{when}"

    def selected(self) -> Annotation | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return data if isinstance(data, Annotation) else None

    def _update_buttons(self, *_args: object) -> None:
        here = self.location is not None
        selected = self.selected()
        self.bookmark_button.setEnabled(here)
        self.note_button.setEnabled(here)
        self.edit_button.setEnabled(selected is not None and selected.kind != BOOKMARK)
        self.edit_action.setEnabled(self.edit_button.isEnabled())
        self.delete_button.setEnabled(selected is not None)
        self.delete_action.setEnabled(selected is not None)
        self.export_button.setEnabled(bool(self.groups))
        self.only_current.setEnabled(here)
        if self.location is not None and self.location.section_title:
            self.bookmark_button.setToolTip(
                self.tr("Bookmark “{section}”").format(section=self.location.section_title)
            )

    # --- opening ---------------------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, ROLE)
        if isinstance(data, Annotation):
            self.openRequested.emit(data.doc_id, data.anchor, data.page)
        elif isinstance(data, DocumentAnnotations) and data.in_library:
            self.openRequested.emit(data.doc_id, "", None)

    def open_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._activated(item)

    # --- bookmarks and notes ---------------------------------------------------------------------
    def add_bookmark(self, doc_id: str | None = None, anchor: str | None = None) -> None:
        """Bookmark ``doc_id`` at ``anchor`` (by default where the reader is)."""
        if doc_id is None and self.location is not None:
            doc_id, anchor = self.location.doc_id, self.location.anchor
        if not doc_id:
            return
        target, where = doc_id, anchor or ""
        self._run(lambda lib: lib.user.add_bookmark(target, where))
        self.status.setText(self.tr("Bookmark added."))

    def start_note(self, doc_id: str | None = None, anchor: str | None = None) -> None:
        """Open the editor for a new note on ``doc_id`` (by default where the reader is)."""
        location = self.location
        if doc_id and (location is None or location.doc_id != doc_id):
            location = Location(doc_id, anchor or "", doc_id, "", None)
        elif doc_id and location is not None and anchor is not None and anchor != location.anchor:
            location = Location(doc_id, anchor, location.title, "", None)
        if location is None:
            return
        self.editor.start_new(location)
        self.editor.show()
        self.editor.focus_text()

    def edit_selected(self) -> None:
        selected = self.selected()
        if selected is None or selected.kind == BOOKMARK:
            return
        group = next((g for g in self.groups if g.doc_id == selected.doc_id), None)
        self.editor.start_edit(selected, group.title if group else selected.doc_id)
        self.editor.show()
        self.editor.focus_text()

    def _save_note(self, note_id: int | None, doc_id: str, anchor: str, text: str) -> None:
        if note_id is None:
            self._run(lambda lib: lib.user.add_note(doc_id, text, anchor))
            self.status.setText(self.tr("Note added."))
        else:
            self._run(lambda lib: lib.user.update_note(note_id, text))
            self.status.setText(self.tr("Note saved."))
        self.editor.hide()
        self.tree.setFocus()

    def delete_selected(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        if selected.kind == BOOKMARK:
            self._delete(selected)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete note"),
            self.tr("Delete this note? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDeleteNote")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setInformativeText(selected.text.strip()[:200])
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._delete(selected))
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _delete(self, item: Annotation) -> None:
        if item.kind == BOOKMARK:
            self._run(lambda lib: lib.user.delete_bookmark(item.id))
            self.status.setText(self.tr("Bookmark deleted."))
        else:
            self._run(lambda lib: lib.user.delete_note(item.id))
            self.status.setText(self.tr("Note deleted."))

    # --- export ----------------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        path = self.exporter.choose_file(self)
        if path is not None:
            self.export_markdown(path)

    def export_markdown(self, path: Path) -> None:
        """Write every bookmark and note to ``path`` as Markdown (on the worker)."""
        self.exporter.export(path)

    def _exported(self, path: str) -> None:
        self.status.setText(self.tr("Exported to {path}.").format(path=path))
        self.exported.emit(path)

    def _export_failed(self, path: str, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            self.tr("The notes could not be written to {path}: {reason}").format(
                path=path, reason=reason
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
