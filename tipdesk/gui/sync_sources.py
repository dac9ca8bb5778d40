"""Choosing where to update from: the publisher's web address, a folder or USB stick, or a
colleague's computer on the local network.

``SourceList`` shows the remembered sources (the shipped addresses too) and adds new ones
through small non-blocking dialogs. Addresses are checked before they are added: a colleague's
"192.168.1.20" becomes ``http://192.168.1.20:8765/``, a web address without a scheme gets
``https://``.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.errors import UserError
from tipdesk.gui.i18n import user_error_text
from tipdesk.sync.sources import Source

SHARE_PORT = 8765  # the port ``tipdesk share`` and the share toggle use by default
WEB, FOLDER, PEER = "web", "folder", "peer"


def colleague_address(text: str) -> str:
    """What a participant types ("192.168.1.20", "laptop.local:9000") → a share's address."""
    text = text.strip()
    if "://" in text:
        return text.rstrip("/") + "/"
    host, _, port = text.rstrip("/").partition(":")
    return f"http://{host}:{port or SHARE_PORT}/"


def web_address(text: str) -> str:
    text = text.strip()
    return text if "://" in text else "https://" + text


def source_kind(address: str) -> str:
    """Whether ``address`` is a folder, a computer on the local network, or the web."""
    if "://" not in address or address.startswith("file:"):
        return FOLDER
    host = urlsplit(address).hostname or ""
    try:
        if ipaddress.ip_address(host).is_private:
            return PEER
    except ValueError:
        if host.endswith(".local") or "." not in host:
            return PEER
    return WEB


class SourceList(QWidget):
    """The sources to update from, the chosen one selected, and buttons to add or remove."""

    changed = Signal()  # a source was added, removed or chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSources")
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("syncSourceList")
        self.heading.setBuddy(self.list)
        self.list.currentItemChanged.connect(lambda *_: self.changed.emit())
        self.problem = QLabel()
        self.problem.setObjectName("syncSourceProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.add_web = QPushButton()
        self.add_web.setObjectName("addWebSource")
        self.add_folder = QPushButton()
        self.add_folder.setObjectName("addFolderSource")
        self.add_peer = QPushButton()
        self.add_peer.setObjectName("addPeerSource")
        self.remove = QPushButton()
        self.remove.setObjectName("removeSource")
        self.add_web.clicked.connect(self.ask_web_address)
        self.add_folder.clicked.connect(self.ask_folder)
        self.add_peer.clicked.connect(self.ask_colleague)
        self.remove.clicked.connect(self.remove_current)
        self.asking: QInputDialog | QFileDialog | None = None  # the open "add" dialog, if any

        buttons = QVBoxLayout()  # a column beside the list: long translations still fit
        for button in (self.add_web, self.add_folder, self.add_peer):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        layout.addWidget(self.problem)
        self.retranslateUi()

    # --- the list --------------------------------------------------------------------------------
    def set_sources(self, sources: Sequence[str], current: str | None = None) -> None:
        chosen = current or self.current()
        self.list.clear()
        for address in dict.fromkeys(sources):  # keeps order, drops repeats
            self._append(address)
        self._select(chosen or (sources[0] if sources else None))

    def sources(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def current(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def add_source(self, address: str) -> bool:
        """Add ``address`` (or select it if listed); False, with the reason shown, if unusable."""
        problem = self.problem_with(address)
        self.show_problem(problem)
        if problem:
            return False
        if address not in self.sources():
            self._append(address)
        self._select(address)
        self.changed.emit()
        return True

    def problem_with(self, address: str) -> str:
        """Why sync cannot use ``address`` ("" when it can)."""
        try:
            Source.parse(address)
        except UserError as error:
            return user_error_text(error)
        if "://" not in address and not Path(address).is_dir():
            return self.tr("{path} is not a folder.").format(path=address)
        return ""

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _append(self, address: str) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, address)
        self._describe(item)
        self.list.addItem(item)

    def _describe(self, item: QListWidgetItem) -> None:
        address = str(item.data(Qt.ItemDataRole.UserRole))
        kind = {
            FOLDER: self.tr("Folder or USB stick"),
            PEER: self.tr("Computer on this network"),
            WEB: self.tr("Web address"),
        }[source_kind(address)]
        item.setText(self.tr("{kind}: {address}").format(kind=kind, address=address))
        item.setToolTip(address)

    def _select(self, address: str | None) -> None:
        for row, known in enumerate(self.sources()):
            if known == address:
                self.list.setCurrentRow(row)
                return
        if self.list.count():
            self.list.setCurrentRow(0)

    # --- adding ----------------------------------------------------------------------------------
    def ask_web_address(self) -> QInputDialog:
        return self._ask(
            self.tr("Add a web address"),
            self.tr("The publisher's address, for example https://updates.example.org/"),
            web_address,
        )

    def ask_colleague(self) -> QInputDialog:
        return self._ask(
            self.tr("Add a colleague's computer"),
            self.tr(
                "The address your colleague's TIPdesk shows under “Share my library on this "
                "network”, for example 192.168.1.20:8765"
            ),
            colleague_address,
        )

    def _ask(self, title: str, label: str, normalise: Callable[[str], str]) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("addSourceDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._add_typed(text, normalise))
        self._open(dialog)
        return dialog

    def ask_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose the folder or USB stick to update from"))
        dialog.setObjectName("addFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setDirectory(str(Path.home()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda folder: self._add_typed(folder, str))
        self._open(dialog)
        return dialog

    def _add_typed(self, text: str, normalise: Callable[[str], str]) -> None:
        if text.strip():
            self.add_source(normalise(text))

    def _open(self, dialog: QInputDialog | QFileDialog) -> None:
        self.asking = dialog
        dialog.destroyed.connect(self._forget_dialog)
        dialog.open()

    def _forget_dialog(self) -> None:
        self.asking = None

    # --- language --------------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.heading.setText(self.tr("&Update from:"))
        self.list.setAccessibleName(self.tr("Sources to update from"))
        self.problem.setAccessibleName(self.tr("Problem with the source"))
        self.add_web.setText(self.tr("Add a &web address…"))
        self.add_folder.setText(self.tr("Add a f&older or USB stick…"))
        self.add_peer.setText(self.tr("Add a &colleague's computer…"))
        self.remove.setText(self.tr("&Remove"))
        self.remove.setAccessibleName(self.tr("Remove the chosen source"))
        for row in range(self.list.count()):
            self._describe(self.list.item(row))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
