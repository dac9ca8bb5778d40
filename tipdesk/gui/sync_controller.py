"""Sync in the main window: the Library menu, the status bar part, the background update check,
the sync and share dialogs, and stopping it all when the window closes.

    sync = SyncController(context, window)
    sync.libraryChanged.connect(window.refresh_after_import)   # a sync changed the documents
    sync.openRequested.connect(window.open_document)           # "what's new" → a reader tab

The controller adds itself to the window (a "Library" menu before "Go", a widget at the right of
the status bar) so the window needs only the two connections above. Update checks run in the
background shortly after start and then every ``check_interval_ms``; they never block and say
nothing when offline.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from tipdesk.gui.context import AppContext
from tipdesk.gui.share_dialog import LibraryShare, ShareDialog
from tipdesk.gui.sync_dialog import SyncDialog
from tipdesk.gui.sync_service import SyncService
from tipdesk.gui.sync_sources import SHARE_PORT
from tipdesk.gui.sync_status import SyncStatusWidget
from tipdesk.gui.worker import Job
from tipdesk.sync.report import UpdateCheck
from tipdesk.sync.sources import shipped_sources
from tipdesk.sync.transfer import TransferPolicy

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 10_000  # after start, once the window has settled
CHECK_INTERVAL_MS = 30 * 60_000


class SyncController(QObject):
    libraryChanged = Signal()  # a sync added, revised or withdrew documents
    openRequested = Signal(str, str, object)  # a document of the "what's new" list
    updatesChecked = Signal(object)  # UpdateCheck, or None when the check failed (offline…)

    def __init__(
        self,
        context: AppContext,
        window: QMainWindow,
        *,
        policy: TransferPolicy | None = None,
        first_check_ms: int = FIRST_CHECK_MS,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        share_port: int = SHARE_PORT,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.service = SyncService(context, self, policy=policy)
        self.share = LibraryShare(context.library, share_port, self)
        self.dialog: SyncDialog | None = None
        self.share_dialog: ShareDialog | None = None
        self.checking: Job | None = None
        self._closed = False

        self.status_widget = SyncStatusWidget(window)
        window.statusBar().addPermanentWidget(self.status_widget)
        self.status_widget.openSyncRequested.connect(self.show_sync_dialog)
        self.status_widget.openShareRequested.connect(self.show_share_dialog)
        self._build_menu()

        self.service.statusChanged.connect(self.status_widget.show_status)
        self.service.synced.connect(lambda _report: self.status_widget.show_updates(None))
        self.service.libraryChanged.connect(self.libraryChanged)
        self.share.started.connect(self._sharing_changed)
        self.share.stopped.connect(self._sharing_changed)

        self.timer = QTimer(self)
        self.timer.setObjectName("updateCheckTimer")
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.timeout.connect(self.check_now)
        self.first_check.start(first_check_ms)
        window.installEventFilter(self)
        self.service.status()

    # --- menu ------------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        window = self.window
        self.menu = QMenu(window)
        self.menu.setObjectName("libraryMenu")
        self.update_action = QAction(window)
        self.update_action.setObjectName("updateLibrary")
        self.update_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.update_action.triggered.connect(self.show_sync_dialog)
        self.share_action = QAction(window)
        self.share_action.setObjectName("shareLibrary")
        self.share_action.setCheckable(True)
        self.share_action.toggled.connect(self._share_toggled)
        self.menu.addAction(self.update_action)
        self.menu.addSeparator()
        self.menu.addAction(self.share_action)
        window.addAction(self.update_action)  # the shortcut works with the menu bar hidden
        window.addAction(self.share_action)  # listed with the window's actions (kiosk guard)
        bar = window.menuBar()
        before = next(
            (
                menu.menuAction()
                for name in ("goMenu", "helpMenu")
                if (menu := window.findChild(QMenu, name)) is not None
            ),
            None,
        )
        if before is not None:
            bar.insertMenu(before, self.menu)
        else:
            bar.addMenu(self.menu)
        self.menu.installEventFilter(self)  # LanguageChange reaches menus, not this object
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.menu.setTitle(self.tr("&Library"))
        self.update_action.setText(self.tr("&Update the library…"))
        self.share_action.setText(self.tr("&Share my library on this network"))
        shortcut = self.update_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.update_action.setToolTip(
            self.tr("Update the library ({shortcut})").format(shortcut=shortcut)
        )

    # --- dialogs ---------------------------------------------------------------------------------
    def sync_dialog(self) -> SyncDialog:
        if self.dialog is None:
            self.dialog = SyncDialog(self.service, shipped_sources(), self.window)
            self.dialog.openRequested.connect(self.openRequested)
            self.dialog.progressed.connect(self.status_widget.show_busy)
            self.dialog.syncFinished.connect(lambda _outcome: self.status_widget.show_busy(""))
        return self.dialog

    def show_sync_dialog(self) -> SyncDialog:
        dialog = self.sync_dialog()
        dialog.show_and_refresh()
        return dialog

    def share_window(self) -> ShareDialog:
        if self.share_dialog is None:
            self.share_dialog = ShareDialog(self.share, self.window)
        return self.share_dialog

    def show_share_dialog(self) -> ShareDialog:
        dialog = self.share_window()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _share_toggled(self, on: bool) -> None:
        if on and not self.share.running:
            dialog = self.show_share_dialog()
            if not dialog.start():
                self._sharing_changed()
        elif not on:
            self.share.stop()

    def _sharing_changed(self, *_args: object) -> None:
        self.share_action.blockSignals(True)
        self.share_action.setChecked(self.share.running)
        self.share_action.blockSignals(False)
        self.status_widget.show_sharing(self.share.url)

    # --- background checks -----------------------------------------------------------------------
    def check_now(self) -> Job | None:
        """Ask the configured sources whether there is something new (unless busy or closed)."""
        if self._closed or self.checking is not None or self.service.running is not None:
            return None
        job = self.service.check()
        self.checking = job
        job.done.connect(self._checked)
        job.error.connect(self._check_failed)
        return job

    def _checked(self, check: UpdateCheck) -> None:
        self.checking = None
        if not check.reachable:
            log.info("update check: %s", check.error or "no source answered")
        self.status_widget.show_updates(check)
        self.updatesChecked.emit(check)

    def _check_failed(self, error: object) -> None:
        self.checking = None
        log.info("update check failed quietly: %s", getattr(error, "message", error))
        self.status_widget.show_updates(None)
        self.updatesChecked.emit(None)

    # --- stopping --------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop sharing, cancel a running sync, stop the checks and the sync thread."""
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        self.first_check.stop()
        self.share.stop()
        self.service.shutdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        elif watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        return super().eventFilter(watched, event)
