"""Kiosk mode in the window: locked down, full screen, reset when idle, unlocked by a PIN.

    policy = policy_for(args.kiosk, load_config())        # tipdesk.core.kiosk
    if policy.active:
        kiosk = KioskMode(window, context, policy)
        kiosk.install()

What it does to the main window (through its public parts only):
- full screen; the menu bar is hidden and a small kiosk tool bar offers Home, zoom, "Clear
  everything I did" and "Administrator…";
- every window action the policy forbids (import, settings, printing unless allowed, save as PDF,
  notes and bookmarks, quit, and any sync, pack or export action) is hidden and kept disabled;
  dropping files is refused; closing the window is refused;
- web links are not opened: ``http``, ``https`` and ``file`` URLs given to ``QDesktopServices``
  come to a handler that refuses them;
- after ``idle_seconds`` without input, and on "Clear everything I did", :meth:`reset` closes
  every document and dialog, empties the search, forgets the search history and shows the home
  screen (with the configured home document);
- "Administrator…" asks for the PIN (kept only as a salted hash; five wrong PINs pause the prompt).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QToolBar

from tipdesk.core.kiosk import (
    KioskConfig,
    KioskConfigError,
    KioskPolicy,
    PinGuard,
    load_config,
    policy_for,
)
from tipdesk.gui.context import AppContext
from tipdesk.gui.kiosk_widgets import KioskHome, UnlockDialog
from tipdesk.gui.settings import set_keep_search_history

log = logging.getLogger(__name__)

# Window actions (by object name) and the policy action that governs each.
ACTION_POLICY = {
    "importFiles": "import",
    "importFolder": "import",
    "print": "print",
    "savePdf": "save-pdf",
    "settings": "settings",
    "quit": "quit",
    "bookmark": "bookmarks",
    "note": "notes",
    "toggleNotes": "notes",
    "updateLibrary": "sync",
    "shareLibrary": "sync",
}
NAME_HINTS = {"sync": "sync", "pack": "packs", "export": "export", "import": "import"}
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}
REFUSED_SCHEMES = ("http", "https", "file", "mailto")


def policy_action(action: QAction) -> str | None:
    """The policy name governing a window action, or None when it is always allowed."""
    name = action.objectName()
    if name in ACTION_POLICY:
        return ACTION_POLICY[name]
    lowered = name.lower()
    return next((policy for hint, policy in NAME_HINTS.items() if hint in lowered), None)


class IdleWatcher(QObject):
    """Emits ``idle`` when no key, click, move or touch reached the application for a while."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS:
            self.timer.start()
        return False


class LinkRefuser(QObject):
    """Receives the URLs ``QDesktopServices.openUrl`` would hand to the system, and drops them."""

    refused = Signal(str)

    @Slot(QUrl)
    def refuse(self, url: QUrl) -> None:
        log.info("kiosk: link not opened: %s", url.toString())
        self.refused.emit(url.toString())


class KioskMode(QObject):
    idleReset = Signal()  # the idle timeout reset the window
    cleared = Signal()  # a reset finished (idle, "clear everything", start)
    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        policy: KioskPolicy,
        *,
        idle_ms: int | None = None,
        clock: Any = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.policy = policy
        self.clock = clock
        self.guard = PinGuard(policy.config.pin)
        self.idle = IdleWatcher(idle_ms or policy.config.idle_seconds * 1000, self)
        self.idle.idle.connect(self._idle_reset)
        self.links = LinkRefuser(self)
        self.home = KioskHome(context)
        self.home.clearRequested.connect(self.clear_everything)
        self.toolbar = self._toolbar()
        self._guarded: list[QAction] = []
        self._dock_was_visible = False
        context.languageChanged.connect(lambda _language: self.retranslateUi())

    # --- locking down ---------------------------------------------------------------------------
    def install(self) -> None:
        """Lock the window down and show the home screen."""
        self.policy = KioskPolicy(True, self.policy.config)
        self._guard_actions()
        self._tell_window()
        self._use_home_screen()
        for scheme in REFUSED_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self.links, "refuse")
        self.window.setAcceptDrops(False)
        dock = getattr(self.window, "notes_dock", None)
        if dock is not None and not self.policy.allows("notes"):
            self._dock_was_visible = dock.isVisible()
            dock.hide()
        self.window.menuBar().setVisible(False)
        self.toolbar.setVisible(True)
        self.lock_action.setVisible(False)
        for action in (self.clear_action, self.admin_action):
            action.setVisible(True)
        self.window.installEventFilter(self)
        if not self.policy.keeps_search_history:
            library = self.context.library
            self.context.worker.call(lambda: set_keep_search_history(library, False))
        self.window.showFullScreen()
        self.idle.start()
        self.reset()
        self.locked.emit()

    def _guard_actions(self) -> None:
        for action in self.window.actions():
            name = policy_action(action)
            if name is not None and not self.policy.allows(name):
                action.setEnabled(False)
                action.setVisible(False)
                if action not in self._guarded:
                    action.changed.connect(lambda a=action: self._keep_disabled(a))
                    self._guarded.append(action)

    def _keep_disabled(self, action: QAction) -> None:
        """The window enables document actions when a tab opens; a forbidden one stays off."""
        name = policy_action(action)
        forbidden = self.policy.active and name is not None and not self.policy.allows(name)
        if forbidden and (action.isEnabled() or action.isVisible()):
            action.setEnabled(False)
            action.setVisible(False)

    def allows(self, action: str) -> bool:
        return self.policy.allows(action)

    def _tell_window(self) -> None:
        """The window restricts its own parts: readers' web links and print to file, the seminar
        packs dock, the sync status."""
        set_policy = getattr(self.window, "set_policy", None)
        if set_policy is not None:
            set_policy(self.policy)

    def _use_home_screen(self) -> None:
        """Show the kiosk home where the window shows its welcome text."""
        set_home = getattr(self.window, "set_home_widget", None)
        if set_home is not None:
            set_home(self.home)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self.window)
        bar.setObjectName("kioskToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.home_action = QAction(bar)
        self.home_action.setObjectName("kioskHome")
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(self.reset)
        self.clear_action = QAction(bar)
        self.clear_action.setObjectName("kioskClear")
        self.clear_action.triggered.connect(self.clear_everything)
        self.admin_action = QAction(bar)
        self.admin_action.setObjectName("kioskAdministrator")
        self.admin_action.setShortcut(QKeySequence("Ctrl+Alt+Shift+A"))
        self.admin_action.triggered.connect(self.ask_pin)
        self.lock_action = QAction(bar)
        self.lock_action.setObjectName("kioskLockAgain")
        self.lock_action.triggered.connect(self.install)
        self.lock_action.setVisible(False)
        for action in (self.home_action, self.clear_action, self.admin_action, self.lock_action):
            bar.addAction(action)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.setVisible(False)
        self.retranslateUi()
        return bar

    # --- resetting ------------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the home screen: no document, no dialog, an empty search, no history."""
        window: Any = self.window
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        seminar = getattr(window, "seminar", None)
        if seminar is not None:
            seminar.close()  # a presentation a visitor left on the screen
        tabs = getattr(window, "tabs", None)
        while tabs is not None and tabs.count():
            window.close_tab(tabs.count() - 1)
        self._clear_search()
        library = self.context.library
        job = self.context.worker.call(library.user.clear_search_history)
        job.done.connect(lambda _r: self.cleared.emit())
        job.error.connect(self.context.errors.job_failed)
        if hasattr(window, "documents"):
            window.documents.setCurrentWidget(self.home)
        self.home.load_document(self.policy.config.home_document)

    def _clear_search(self) -> None:
        panel = getattr(self.window, "search_panel", None)
        if panel is None:
            return
        if hasattr(panel, "search_for"):
            panel.search_for("")
        else:
            for box in panel.findChildren(QLineEdit):
                box.clear()

    def _idle_reset(self) -> None:
        if not self.policy.active:
            return
        log.info("kiosk: idle, back to the home screen")
        self.reset()
        self.idleReset.emit()
        self.idle.timer.start()

    def clear_everything(self) -> None:
        self.reset()

    # --- unlocking ------------------------------------------------------------------------------
    def unlock(self, pin: str) -> bool:
        """Leave kiosk mode when ``pin`` is the administrator's; a wrong PIN changes nothing."""
        if not self.policy.active or not self.guard.try_pin(pin, self.clock()):
            return False
        self._open_up()
        log.info("kiosk: unlocked by the administrator")
        self.unlocked.emit()
        return True

    def shutdown(self) -> None:
        """The application is quitting: undo the lock-down (URL handlers, event filters)."""
        if self.policy.active:
            self._open_up()

    def _open_up(self) -> None:
        self.policy = self.policy.unlocked()
        self.idle.stop()
        for action in self._guarded:
            action.setVisible(True)
            action.setEnabled(True)
        self._tell_window()
        set_home = getattr(self.window, "set_home_widget", None)
        if set_home is not None:
            set_home(None)  # the welcome text; document actions follow the open tabs again
        for scheme in REFUSED_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        self.window.setAcceptDrops(True)
        dock = getattr(self.window, "notes_dock", None)
        if dock is not None and self._dock_was_visible:
            dock.show()
        self.window.menuBar().setVisible(True)
        self.window.removeEventFilter(self)
        self.lock_action.setVisible(True)
        for action in (self.clear_action, self.admin_action):
            action.setVisible(False)
        self.window.showNormal()
        handle = self.window.windowHandle()
        if handle is not None and handle.windowState() != Qt.WindowState.WindowNoState:
            handle.setWindowState(Qt.WindowState.WindowNoState)  # the widget may think it is

    def ask_pin(self) -> None:
        if not self.policy.active:
            return
        dialog = UnlockDialog(self, self.window)
        dialog.open()

    def seconds_locked(self) -> float:
        return self.guard.seconds_locked(self.clock())

    # --- the window -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and self.policy.active:
            if event.type() == QEvent.Type.Close:
                event.ignore()
                return True
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.home_action.setText(self.tr("Home"))
        self.clear_action.setText(self.tr("Clear everything I did"))
        self.admin_action.setText(self.tr("Administrator…"))
        self.lock_action.setText(self.tr("Lock the kiosk again"))


def start_kiosk(window: QMainWindow, context: AppContext, asked: bool) -> KioskMode | None:
    """Lock ``window`` down when ``--kiosk`` was given or the configuration enables it.

    A configuration that cannot be read still locks down when asked (with no way to unlock but
    ending the program), so a broken file never opens a public machine up.
    """
    try:
        config = load_config()
    except KioskConfigError as exc:
        log.error("kiosk: %s", exc.message)
        config = KioskConfig()
    policy = policy_for(asked, config)
    if not policy.active:
        return None
    kiosk = KioskMode(window, context, policy)
    kiosk.install()
    log.info("kiosk mode: the window is locked (%s)", "--kiosk" if asked else "configuration")
    return kiosk
