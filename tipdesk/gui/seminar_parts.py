"""The seminar tools in the main window: the packs dock, presenting, and handouts.

    seminar = SeminarParts(window)        # a "Seminar packs" dock, tabbed with the notes, hidden
    seminar.add_location(doc_id, anchor)  # "Add to seminar pack": the dock shows the pack
    seminar.present_document(doc_id, anchor)
    seminar.apply_policy(policy)          # kiosk mode: no pack editing, no file dialogs

The packs panel opens documents in the window; its "Present" and "Handouts…" buttons reach the
presentation launcher and the handout dialog. In kiosk mode the dock is hidden (visitors may
present a document, not edit packs), and handouts print only to a printer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from tipdesk.core.kiosk import KioskPolicy
from tipdesk.gui import panels
from tipdesk.gui.context import AppContext

STATUS_MS = 5000


class SeminarParts(QObject):
    def __init__(self, window: QMainWindow, context: AppContext, beside: QDockWidget) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.policy = KioskPolicy()
        self._dock_was_visible = False
        self.panel: Any = panels.make_packs_panel(context, window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("packsDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(beside.features())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(beside, self.dock)
        self.dock.hide()  # until the trainer asks for it (the Seminar menu)
        self.dock.installEventFilter(self)  # LanguageChange reaches widgets, not this object
        self.presenter: Any = panels.make_presenter(context, window)
        self.presenter.failed.connect(self._say)
        self.presenter.started.connect(self._started)
        self._start_at = ""  # the section a document's presentation opens at
        self.panel.presentRequested.connect(self.presenter.present_pack)
        self.panel.handoutRequested.connect(self.show_handouts)
        self.handouts: QWidget | None = None
        self.retranslateUi()

    # --- packs -----------------------------------------------------------------------------------
    def show_packs(self) -> None:
        if not self.policy.allows("packs"):
            return
        self.dock.show()
        self.dock.raise_()

    def toggle(self) -> None:
        if self.dock.isVisible():
            self.dock.hide()
        else:
            self.show_packs()

    def ask_new_pack(self) -> None:
        if self.policy.allows("packs"):
            self.show_packs()
            self.panel.ask_new()

    def add_location(self, doc_id: str, anchor: str) -> None:
        """Add a document or section to the chosen pack (a new pack when there is none)."""
        if self.policy.allows("packs"):
            self.show_packs()
            self.panel.add_location(doc_id, anchor)

    # --- presenting and handouts -----------------------------------------------------------------
    def present_document(self, doc_id: str, anchor: str = "") -> None:
        """The whole document, from the first slide of section ``anchor`` (the reader's place)."""
        if self.policy.allows("present"):
            self._start_at = anchor
            self.presenter.present_document(doc_id)

    def _started(self, session: Any) -> None:
        anchor, self._start_at = self._start_at, ""
        slides = session.presentation.deck.slides
        first = next((i for i, slide in enumerate(slides) if anchor and slide.anchor == anchor), 0)
        if first:
            session.presentation.go(first)

    def show_handouts(self, pack_id: int) -> QWidget | None:
        if not (self.policy.allows("print") or self.policy.allows("file-dialogs")):
            return None
        self.handouts = panels.show_handouts(
            self.context,
            pack_id,
            self.window,
            allow_print=self.policy.allows("print"),
            allow_files=self.policy.allows("file-dialogs"),
        )
        return self.handouts

    def close(self) -> None:
        """The window closes: end a presentation that is still on a screen."""
        session = self.presenter.session
        if session is not None:
            session.close()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # --- kiosk mode ------------------------------------------------------------------------------
    def apply_policy(self, policy: KioskPolicy) -> None:
        self.policy = policy
        files = policy.allows("file-dialogs")
        self.panel.allow_files = files
        for name in ("import", "export"):
            self.panel.buttons[name].setVisible(files)
        if not policy.allows("packs"):
            self._dock_was_visible = self._dock_was_visible or self.dock.isVisible()
            self.dock.hide()
        elif self._dock_was_visible:
            self._dock_was_visible = False
            self.dock.show()

    # --- language --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.dock and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.dock.setWindowTitle(self.tr("Seminar packs"))
