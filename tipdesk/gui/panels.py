"""How the main window builds and talks to the panels other modules provide.

The search panel, reader tabs, notes panel, import dialog and settings dialog each live in their own
module. This is the one place that knows their constructors and the few methods the window calls,
so the window itself reads as composition only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from tipdesk.gui.context import AppContext

log = logging.getLogger(__name__)


def make_search_panel(context: AppContext, parent: QWidget) -> QWidget:
    from tipdesk.gui.search_panel import SearchPanel

    return SearchPanel(context, parent)


def make_reader_tab(context: AppContext, parent: QWidget) -> QWidget:
    from tipdesk.gui.reader import ReaderTab

    return ReaderTab(context, parent)


def make_notes_panel(context: AppContext, parent: QWidget) -> QWidget:
    from tipdesk.gui.notes_panel import NotesPanel

    return NotesPanel(context, parent)


def start_import(
    context: AppContext, paths: list[Path], parent: QWidget, finished: Callable[..., None]
) -> None:
    from tipdesk.gui.import_dialog import ImportDialog

    dialog = ImportDialog(context, paths, parent)
    connect_signal(dialog, "imported", finished)
    call_if_present(dialog, "start")


def show_settings(context: AppContext, parent: QWidget) -> None:
    from tipdesk.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


# --- calls into a panel ---------------------------------------------------------------------------
def focus_search(panel: QWidget) -> None:
    if not call_if_present(panel, "focus_search"):
        box = panel.findChild(QLineEdit)
        if box is not None:
            box.setFocus()
            box.selectAll()


def follow_document(panel: QWidget, doc_id: str, anchor: str) -> None:
    """Tell the notes panel which document (and section) the reader shows now."""
    call_if_present(panel, "set_document", doc_id, anchor)


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
