"""Library → Share my library on this network: serve this computer's verified updates to the
room, and show the address participants type, big and easy to copy.

``LibraryShare`` starts and stops ``tipdesk.sync.share.ShareServer`` (it answers on a thread of
its own; starting is a socket bind and stopping takes at most a tenth of a second, so both run
here). ``ShareDialog`` chooses the network interface, shows the address, copies it, and says how
many requests participants have made.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.core.errors import UserError
from tipdesk.gui.i18n import user_error_text
from tipdesk.gui.sync_sources import SHARE_PORT
from tipdesk.sync.share import ShareServer, lan_address

log = logging.getLogger(__name__)

LOOPBACK, EVERY_INTERFACE = "127.0.0.1", "0.0.0.0"


def network_addresses() -> list[tuple[str, str]]:
    """(interface name, IPv4 address) of every network this computer is on now."""
    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp) or (
            flags & QNetworkInterface.InterfaceFlag.IsLoopBack
        ):
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((interface.humanReadableName(), address.toString()))
    preferred = lan_address()
    return sorted(found, key=lambda pair: pair[1] != preferred)


class LibraryShare(QObject):
    """One share server at a time, on the chosen interface."""

    started = Signal(str)  # the address to give participants
    stopped = Signal()
    failed = Signal(str)  # why sharing could not start, for a person

    def __init__(self, library: object, port: int = SHARE_PORT, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.port = port
        self.server: ShareServer | None = None

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    @property
    def host(self) -> str:
        return self.server.host if self.server is not None else ""

    @property
    def requests(self) -> int:
        return self.server.requests if self.server is not None else 0

    def start(self, host: str) -> bool:
        """Share on ``host`` (restarting if shared elsewhere); on a busy port, any free one."""
        if self.server is not None and self.server.host == host:
            return True
        self.stop()
        reason = ""
        for port in dict.fromkeys((self.port, 0)):
            server = ShareServer(self.library, host, port)
            try:
                server.start()
            except UserError as error:
                self.failed.emit(user_error_text(error))
                return False
            except OSError as error:
                log.info("cannot share on %s:%s: %s", host, port, error)
                reason = error.strerror or str(error)
                continue
            self.server = server
            log.info("sharing the library at %s", server.url)
            self.started.emit(server.url)
            return True
        self.failed.emit(
            self.tr("Cannot share on {address}: {reason}").format(address=host, reason=reason)
        )
        return False

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
            log.info("stopped sharing the library")
            self.stopped.emit()


class ShareDialog(QDialog):
    """The interface to share on, the address (big, copyable), start/stop, requests served."""

    def __init__(self, share: LibraryShare, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = share
        self.setObjectName("shareDialog")
        self.setModal(False)
        self.setMinimumWidth(520)
        self.interfaces = QComboBox()
        self.interfaces.setObjectName("shareInterface")
        self.interface_label = QLabel()
        self.interface_label.setBuddy(self.interfaces)
        self.toggle = QPushButton()
        self.toggle.setObjectName("shareToggle")
        self.toggle.setCheckable(True)
        self.address = QLineEdit()
        self.address.setObjectName("shareAddress")
        self.address.setReadOnly(True)
        big = QFont(self.address.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 2)
        big.setBold(True)
        self.address.setFont(big)
        self.copy = QPushButton()
        self.copy.setObjectName("copyShareAddress")
        self.explain = QLabel()
        self.explain.setObjectName("shareExplanation")
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.requests = QLabel()
        self.requests.setObjectName("shareRequests")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.hide)

        form = QFormLayout()
        form.addRow(self.interface_label, self.interfaces)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(address_row)
        layout.addWidget(self.explain)
        layout.addWidget(self.requests)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._paint_requests)
        self.problem = ""
        self.toggle.toggled.connect(self._toggled)
        self.interfaces.activated.connect(self._interface_chosen)
        self.copy.clicked.connect(self.copy_address)
        share.started.connect(self._paint)
        share.stopped.connect(self._paint)
        share.failed.connect(self._failed)
        self.fill_interfaces()
        self.retranslateUi()

    # --- interfaces ------------------------------------------------------------------------------
    def fill_interfaces(self) -> None:
        self.interfaces.clear()
        for name, address in network_addresses():
            self.interfaces.addItem(f"{name} — {address}", address)
        self.interfaces.addItem("", LOOPBACK)
        self.interfaces.addItem("", EVERY_INTERFACE)
        self._name_fixed_interfaces()

    def _name_fixed_interfaces(self) -> None:
        count = self.interfaces.count()
        self.interfaces.setItemText(
            count - 2, self.tr("This computer only — {address}").format(address=LOOPBACK)
        )
        self.interfaces.setItemText(
            count - 1,
            self.tr("Every network of this computer — {address}").format(address=EVERY_INTERFACE),
        )

    def chosen_host(self) -> str:
        return str(self.interfaces.currentData())

    def choose_host(self, host: str) -> None:
        index = self.interfaces.findData(host)
        if index >= 0:
            self.interfaces.setCurrentIndex(index)

    # --- sharing ---------------------------------------------------------------------------------
    def start(self) -> bool:
        self.problem = ""
        return self.share.start(self.chosen_host())

    def _toggled(self, on: bool) -> None:
        if on and not self.share.running:
            self.start()
        elif not on and self.share.running:
            self.share.stop()
        self._paint()

    def _interface_chosen(self, _index: int) -> None:
        if self.share.running:
            self.start()

    def _failed(self, reason: str) -> None:
        self.problem = reason
        self._paint()

    def copy_address(self) -> None:
        if self.share.url:
            QGuiApplication.clipboard().setText(self.share.url)
            self.copy.setText(self.tr("Copied"))

    # --- painting --------------------------------------------------------------------------------
    def _paint(self, *_args: object) -> None:
        running = self.share.running
        if running:
            self.choose_host(self.share.host)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(running)
        self.toggle.blockSignals(False)
        self.toggle.setText(self.tr("&Stop sharing") if running else self.tr("&Start sharing"))
        self.address.setText(self.share.url)
        self.address.setEnabled(running)
        self.copy.setEnabled(running)
        self.copy.setText(self.tr("&Copy the address"))
        if self.problem:
            self.explain.setText(self.problem)
        elif running and self.share.host == LOOPBACK:
            self.explain.setText(
                self.tr(
                    "Only this computer can use this address. Choose the network the "
                    "participants are on above, so that their computers can reach yours."
                )
            )
        elif running:
            self.explain.setText(
                self.tr(
                    "Give this address to the participants. In their TIPdesk: Library → Update "
                    "the library…, Add a colleague's computer…, type the address, Update now. "
                    "They check everything against the publisher's signatures."
                )
            )
        else:
            self.explain.setText(
                self.tr(
                    "Participants on the same network can update their library from this "
                    "computer: choose the network and start sharing."
                )
            )
        if running and self.isVisible():
            self.timer.start()
        else:
            self.timer.stop()
        self._paint_requests()

    def _paint_requests(self) -> None:
        self.requests.setVisible(self.share.running)
        self.requests.setText(
            self.tr("Requests answered so far: {count}").format(count=self.share.requests)
        )

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)  # type: ignore[arg-type]
        self._paint()

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        self.timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslateUi(self) -> None:  # noqa: N802 - Qt naming
        self.setWindowTitle(self.tr("Share my library on this network"))
        self.interface_label.setText(self.tr("Share &on:"))
        self.interfaces.setAccessibleName(self.tr("The network to share on"))
        self._name_fixed_interfaces()
        self.address.setAccessibleName(self.tr("The address to give participants"))
        self.copy.setAccessibleName(self.tr("Copy the address"))
        self.toggle.setAccessibleName(self.tr("Share the library"))
        self.explain.setAccessibleName(self.tr("How participants connect"))
        self.requests.setAccessibleName(self.tr("Requests answered"))
        self._paint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
