"""Help menu dialogs (About, keyboard shortcuts) and moving the keyboard between panes."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tipdesk import __version__


def show_about(parent: QWidget, data_dir: Path) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("HelpDialogs", "About TIPdesk"),
        QCoreApplication.translate(
            "HelpDialogs",
            "TIPdesk {version}\n\nAn offline library on trafficking in persons: conventions, "
            "guides and training material in English, Spanish, French and Portuguese, "
            "searchable with no network.\n\nData folder: {folder}",
        ).format(version=__version__, folder=str(data_dir)),
    )


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> QMessageBox:
    """A table of every command that has keys, in the interface language."""
    cells = "".join(
        f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for what, keys in rows
    )
    box = QMessageBox(parent)
    box.setObjectName("shortcutsBox")
    box.setWindowTitle(QCoreApplication.translate("HelpDialogs", "Keyboard shortcuts"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table cellpadding='3'>{cells}</table>")
    box.open()
    return box


def focus_first_control(pane: QWidget) -> None:
    """Give the keyboard to ``pane``'s own focus proxy, or its first control that takes Tab."""
    pane.setFocus(Qt.FocusReason.TabFocusReason)
    focused = pane.window().focusWidget()
    if (
        focused is not None
        and focused.isVisible()
        and (focused is pane or pane.isAncestorOf(focused))
    ):
        return
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if (
            pane.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
