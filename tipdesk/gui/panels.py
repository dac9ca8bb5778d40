"""How the main window builds and talks to the panels other modules provide.

The search panel, reader tabs, notes panel, import dialog and settings dialog each live in their own
module. This is the one place that knows their constructors and the few methods the window calls,
so the window itself reads as composition only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from tipdesk.gui.context import AppContext

log = logging.getLogger(__name__)


def make_search_panel(context: AppContext, parent: QWidget) -> QWidget:
    from tipdesk.gui.search_panel import SearchPanel

    return SearchPanel(context, parent)


def make_reader_tab(context: AppContext, parent: QWidget) -> QWidget:
    """A reader in the user's font size and zoom (its keys are the window's menu shortcuts)."""
    from tipdesk.gui.reader import ReaderTab

    tab = ReaderTab(context.worker, context.library, parent)
    tab.jobFailed.connect(context.errors.job_failed)
    tab.setReaderStyle(points=context.preferences.reader_points)
    tab.setZoom(context.preferences.reader_zoom)
    tab.zoomChanged.connect(lambda percent: setattr(context.preferences, "reader_zoom", percent))
    return tab


def make_notes_panel(context: AppContext, parent: QWidget) -> QWidget:
    from tipdesk.gui.notes_panel import NotesPanel

    return NotesPanel(context, parent)


def make_importer(context: AppContext, parent: QWidget) -> Any:
    """The import controller: file dialogs, drag and drop, progress and the report."""
    from tipdesk.gui.import_dialog import ImportController

    return ImportController(context, parent)


def make_sync(context: AppContext, window: QWidget) -> Any:
    """Sync in the window: the Library menu, a status bar part, background update checks, the
    update and share dialogs (signals ``libraryChanged``, ``openRequested``)."""
    from tipdesk.gui.sync_controller import SyncController

    return SyncController(context, window)  # type: ignore[arg-type]


def make_packs_panel(context: AppContext, parent: QWidget) -> Any:
    """The seminar packs panel (signals ``openRequested``, ``presentRequested``,
    ``handoutRequested``)."""
    from tipdesk.gui.packs_panel import PacksPanel

    return PacksPanel(context, parent)


def make_presenter(context: AppContext, parent: QWidget) -> Any:
    """Opens presentations of a pack or a document (``present_pack``, ``present_document``)."""
    from tipdesk.gui.presentation import PresentationLauncher

    return PresentationLauncher(context, parent)


def show_handouts(
    context: AppContext, pack_id: int, parent: QWidget, *, allow_print: bool, allow_files: bool
) -> QWidget:
    """The handout dialog of a pack, opened (window modal) and deleted when closed."""
    from PySide6.QtCore import Qt

    from tipdesk.gui.handouts import HandoutDialog

    dialog = HandoutDialog(
        context, pack_id, parent, allow_print=allow_print, allow_files=allow_files
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_settings(context: AppContext, parent: QWidget) -> None:
    from tipdesk.gui.settings_dialog import show_settings as open_settings_dialog

    open_settings_dialog(context, parent)


# --- calls into a panel ---------------------------------------------------------------------------
def focus_search(panel: QWidget) -> None:
    if not call_if_present(panel, "focus_search"):
        box = panel.findChild(QLineEdit)
        if box is not None:
            box.setFocus()
            box.selectAll()


def follow_document(panel: QWidget, doc_id: str, anchor: str) -> None:
    """Tell the notes panel which document (and section) the reader shows now."""
    panel.set_current(doc_id or None, anchor or None)  # type: ignore[attr-defined]


def find_step(reader: QWidget, forward: bool) -> None:
    """Go to the next (or previous) match of the reader's find bar."""
    if forward:
        reader.find_next()  # type: ignore[attr-defined]
    else:
        reader.find_previous()  # type: ignore[attr-defined]


def call_if_present(target: object, method: str, *args: Any) -> bool:
    function = getattr(target, method, None)
    if function is None:
        log.debug("%s has no %s()", type(target).__name__, method)
        return False
    function(*args)
    return True


def connect_signal(target: object, name: str, slot: Callable[..., Any]) -> bool:
    signal = getattr(target, name, None)
    if signal is None:
        return False
    signal.connect(slot)
    return True
