"""The small editor under the notes list: write a new note, or change one, on a document or section.

Ctrl+Enter saves, Escape cancels. A new note can be attached to the whole document or to the
section the reader shows; an existing note keeps its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.export import Annotation
from tipdesk.core.library import Library


@dataclass(frozen=True)
class Location:
    """A place in a document, with the titles to show for it."""

    doc_id: str
    anchor: str  # "" = the whole document
    title: str  # the document's title (its id until known)
    section_title: str  # "" when the anchor is empty or unknown
    page: int | None


def describe_location(lib: Library, doc_id: str, anchor: str) -> Location:
    """Run on the worker: the titles of ``doc_id`` and of its section ``anchor``."""
    view = lib.get(doc_id)
    if view is None:
        return Location(doc_id, anchor, doc_id, "", None)
    section = view.section(anchor) if anchor else None
    return Location(
        doc_id,
        anchor,
        view.meta.title,
        section.title if section else "",
        section.page if section else None,
    )


class NoteEditor(QGroupBox):
    saveRequested = Signal(object, str, str, str)  # note id (None: new), doc_id, anchor, text
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.note_id: int | None = None
        self.doc_id = ""
        self.fixed_anchor = ""
        self.document_title = ""
        self.section_title = ""
        self.target = QLabel()
        self.target.setObjectName("noteTarget")
        self.target.setWordWrap(True)
        self.target.setTextFormat(Qt.TextFormat.PlainText)
        self.attach = QComboBox()
        self.attach.setObjectName("noteAttach")
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._update_save)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        for keys, slot in (("Ctrl+Return", self.save), ("Ctrl+Enter", self.save)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addWidget(self.attach)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self._update_save()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setTitle(self.tr("New note") if self.note_id is None else self.tr("Edit note"))
        self.target.setText(self.tr("On: {document}").format(document=self.document_title))
        self.target.setAccessibleName(self.tr("Where the note goes"))
        self.attach.setAccessibleName(self.tr("Attach the note to"))
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setPlaceholderText(self.tr("Write your note here. Ctrl+Enter saves it."))
        if self.attach.count() >= 1:
            self.attach.setItemText(0, self.tr("The whole document"))
        if self.attach.count() >= 2:
            self.attach.setItemText(
                1, self.tr("This section: {section}").format(section=self.section_title)
            )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleName(self.tr("Save the note"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Discard the changes"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- starting --------------------------------------------------------------------------------
    def start_new(self, location: Location) -> None:
        self.note_id = None
        self.doc_id = location.doc_id
        self.fixed_anchor = ""
        self.document_title = location.title
        self.section_title = location.section_title or location.anchor
        self.attach.clear()
        self.attach.addItem("", "")
        if location.anchor:
            self.attach.addItem("", location.anchor)
            self.attach.setCurrentIndex(1)  # a note usually belongs where one is reading
        self.attach.setVisible(True)
        self.attach.setEnabled(self.attach.count() > 1)
        self.text.clear()
        self.retranslateUi()

    def start_edit(self, note: Annotation, document_title: str) -> None:
        self.note_id = note.id
        self.doc_id = note.doc_id
        self.fixed_anchor = note.anchor
        self.document_title = document_title
        self.section_title = note.section_title or note.anchor
        self.attach.clear()
        self.attach.setVisible(False)
        self.text.setPlainText(note.text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where it ends
        self.retranslateUi()
        if note.anchor:
            self.target.setText(
                self.tr("On: {document} — {section}").format(
                    document=document_title, section=self.section_title
                )
            )

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- ending ----------------------------------------------------------------------------------
    def anchor(self) -> str:
        if self.note_id is not None:
            return self.fixed_anchor
        return str(self.attach.currentData() or "")

    def save(self) -> None:
        text = self.text.toPlainText().strip()
        if not text or not self.isVisible():
            return
        self.saveRequested.emit(self.note_id, self.doc_id, self.anchor(), text)

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def _update_save(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(bool(self.text.toPlainText().strip()))
