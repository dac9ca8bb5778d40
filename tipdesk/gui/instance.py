"""One TIPdesk window per data folder.

The first window listens on a local socket named from a hash of the data folder's path (and the
user's name, so two accounts never meet). A second start connects, sends ``raise``, waits for the
answer ``ok`` and exits; the first window comes to the front. The library's own folder lock still
guards the data: if the lock is held and nobody answers on the socket, a command-line TIPdesk (or
a stuck process) has the library, and the window says so.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
OK = b"ok\n"


def server_name(data_dir: Path) -> str:
    """A short socket name that is the same for every start on the same data folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}"
    return "tipdesk-" + hashlib.sha256(key.encode()).hexdigest()[:24]


def ask_running_instance_to_raise(data_dir: Path, timeout_ms: int = 1500) -> bool:
    """True if a TIPdesk window already has ``data_dir`` and answered our request to raise."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.flush()
    answered = socket.waitForReadyRead(timeout_ms) and socket.readLine().data() == OK
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts on the same data folder; emits ``raiseRequested``."""

    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed window is removed first."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        listening = self._server.listen(self.name)
        if not listening:
            log.warning("single-instance socket unavailable: %s", self._server.errorString())
        return listening

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            if connection.readLine().data() == RAISE:
                connection.write(OK)
                connection.flush()
                log.info("another start asked this window to come to the front")
                self.raiseRequested.emit()
