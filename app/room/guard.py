"""The room's doors: TCP listeners that count connections per address and cut slow ones off.

Qt's servers accept whatever connects. Before a connection reaches QHttpServer or the
WebSocket server it passes here: an address that already holds its share, or a room that holds
its total, gets the connection closed at once; a connection with a time limit is aborted when it
runs out (a page request that never finishes, a WebSocket upgrade that never completes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QAbstractSocket, QTcpServer, QTcpSocket

log = logging.getLogger(__name__)


class GuardedTcpServer(QTcpServer):
    """A QTcpServer admitting at most `per_address` connections from one address and `total`
    from all together; `deadline` (seconds, 0 for none) bounds a connection's whole life.
    Admitted sockets go to `admit` (default: the pending queue, where QHttpServer takes them)."""

    def __init__(
        self,
        per_address: int,
        total: int,
        deadline: float = 0.0,
        admit: Callable[[QTcpSocket], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.per_address = per_address
        self.total = total
        self.deadline = deadline
        self.admit = admit or self.addPendingConnection
        self._sockets: list[tuple[str, QTcpSocket]] = []  # admitted, maybe closed since
        self.refused = 0
        self.admitted = 0

    def open_connections(self) -> dict[str, int]:
        """Address -> connections open now (closed and deleted sockets pruned first: whoever
        owns a socket now, QHttpServer or a QWebSocket, deletes it without telling us)."""
        self._sockets = [(a, s) for a, s in self._sockets if _alive(s)]
        counts: dict[str, int] = {}
        for address, _socket in self._sockets:
            counts[address] = counts.get(address, 0) + 1
        return counts

    def incomingConnection(self, handle: int) -> None:  # Qt's virtual
        socket = QTcpSocket(self)
        if not socket.setSocketDescriptor(handle):
            socket.deleteLater()
            return
        address = socket.peerAddress().toString()
        counts = self.open_connections()
        if counts.get(address, 0) >= self.per_address or len(self._sockets) >= self.total:
            self.refused += 1
            if self.refused % 100 == 1:  # a flood: say so now and then, not per connection
                log.info("room refused a connection from %s (%d refused)", address, self.refused)
            socket.abort()
            socket.deleteLater()
            return
        self._sockets.append((address, socket))
        self.admitted += 1
        if self.deadline > 0:
            timer = QTimer(socket)  # dies with the socket
            timer.setSingleShot(True)
            timer.timeout.connect(socket.abort)
            timer.start(int(self.deadline * 1000))
        self.admit(socket)


def _alive(socket: QTcpSocket) -> bool:
    return shiboken6.isValid(socket) and (
        socket.state() != QAbstractSocket.SocketState.UnconnectedState
    )


def raise_file_limit() -> tuple[int, int] | None:
    """Raise this process's open-file limit to its hard limit, so a busy room cannot run out
    of file handles at a desktop's default 1,024. Returns (soft, hard) afterwards, or None where
    the platform has no such limit (Windows) or refuses."""
    try:
        import resource
    except ImportError:  # Windows: no per-process soft limit to raise
        return None
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        # macOS reports "infinity" as hard but refuses it for files (OPEN_MAX): stay sane there
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 10240)
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        return resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ValueError, OSError) as error:
        log.info("cannot raise the open-file limit: %s", error)
        return None
