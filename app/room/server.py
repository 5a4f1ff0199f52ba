"""The room server: QHttpServer serves the phone page, QWebSocketServer carries live messages.

LAN only, on a free port, a random token required on the page and on every socket; each
connection is size- and rate-limited. The server knows nothing of activities: it hands each valid
message to `handler(phone, message)` and sends what it is told to.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QUrlQuery, Signal
from PySide6.QtHttpServer import QHttpServer, QHttpServerConfiguration, QHttpServerRequest
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface, QTcpServer
from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol, QWebSocketServer

from app.core.clock import Clock, MonotonicClock
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.room import (
    MAX_MESSAGE_BYTES,
    RateLimiter,
    RoomMessageError,
    new_token,
    parse,
    short_code,
)
from app.room.page import render

log = logging.getLogger(__name__)
POLICY_CLOSE = 4003  # WebSocket close code for a wrong or missing token
MAX_PHONES = 400
MAX_BACKLOG_BYTES = 512 * 1024  # unsent to one phone; far above any normal burst


class RoomError(Exception):
    """The room cannot open; `message` is a translatable text (context "RoomError")."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params


def lan_addresses() -> list[str]:
    """IPv4 addresses of this laptop's network interfaces that are up (no loopback)."""
    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or (
            flags & QNetworkInterface.InterfaceFlag.IsLoopBack
        ):
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(address.toString())
    return found


class Phone:
    """One connected phone."""

    def __init__(self, socket: QWebSocket, number: int, clock: Clock) -> None:
        self.socket = socket
        self.id = f"p{number}"
        self.limiter = RateLimiter(clock)
        self.refused = 0


class RoomServer(QObject):
    phones_changed = Signal(int)

    def __init__(
        self,
        handler: Callable[[Phone, dict[str, Any]], None],
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.handler = handler
        self.clock = clock or MonotonicClock()
        self.token = new_token()
        self.code = short_code(self.token)
        self.phones: dict[str, Phone] = {}
        self._count = 0
        self.address = ""
        self.port = 0
        self.ws_port = 0
        self._http: QHttpServer | None = None
        self._tcp: QTcpServer | None = None
        self._ws: QWebSocketServer | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self, address: str | None = None, port: int = 0) -> str:
        """Listen on address (default: the first LAN address) and return the join URL."""
        if address is None:
            addresses = lan_addresses()
            if not addresses:
                raise RoomError(
                    QT_TRANSLATE_NOOP(
                        "RoomError",
                        "This laptop is not connected to a network. Connect to the room's "
                        "Wi-Fi and open the room again; the session goes on without phones.",
                    )
                )
            address = addresses[0]
        host = QHostAddress(address)
        if host.isNull():
            raise RoomError(QT_TRANSLATE_NOOP("RoomError", "“{address}” is not an IP address."),
                            address=address)  # fmt: skip
        self._tcp = QTcpServer(self)
        if not self._tcp.listen(host, port):
            reason = self._tcp.errorString()
            self._tcp = None
            raise RoomError(
                QT_TRANSLATE_NOOP(
                    "RoomError",
                    "The room cannot open on {address}:{port} ({reason}). "
                    "Choose another port; the session goes on without phones.",
                ),
                address=address, port=port, reason=reason,
            )  # fmt: skip
        self._ws = QWebSocketServer("tafelronde", QWebSocketServer.SslMode.NonSecureMode, self)
        self._ws.setMaxPendingConnections(64)
        if not self._ws.listen(host, 0):
            self.stop()
            raise RoomError(QT_TRANSLATE_NOOP("RoomError", "The room's live channel cannot open."))
        self._ws.newConnection.connect(self._accept)
        self._http = QHttpServer(self)
        # QHttpServer is a final class: shiboken does not see it die, so a later object at the
        # same address (a phone's socket) would come back as this stale wrapper. Invalidate it.
        self._http.destroyed.connect(lambda *_args, http=self._http: shiboken6.invalidate(http))
        limits = QHttpServerConfiguration()
        limits.setRateLimitPerSecond(20)  # per client address: no guessing the short code
        self._http.setConfiguration(limits)
        server = self

        def page(request):  # type: ignore[no-untyped-def]  # no annotations: PySide inspects them
            return server._page(request)

        self._page_handler = page  # PySide keeps no reference to route callbacks: we must
        self._http.route("/", page)
        self._http.bind(self._tcp)
        self.address, self.port, self.ws_port = (
            address,
            self._tcp.serverPort(),
            self._ws.serverPort(),
        )
        log.info("room open on %s:%s (ws %s)", address, self.port, self.ws_port)
        return self.join_url()

    def stop(self) -> None:
        """Disconnect every phone and stop listening."""
        for phone in list(self.phones.values()):
            phone.socket.close(QWebSocketProtocol.CloseCode.CloseCodeGoingAway, "room closed")
        self.phones.clear()
        if self._ws is not None:
            self._ws.close()
            self._ws.deleteLater()
            self._ws = None
        if self._tcp is not None:
            self._tcp.close()
            self._tcp.deleteLater()
            self._tcp = None
        if self._http is not None:
            self._http.deleteLater()
            self._http = None
        self.phones_changed.emit(0)

    @property
    def running(self) -> bool:
        return self._tcp is not None

    def join_url(self) -> str:
        return f"http://{self.address}:{self.port}/?t={self.token}"

    def ws_url(self) -> str:
        return f"ws://{self.address}:{self.ws_port}"

    # -- http --------------------------------------------------------------------------------
    def _page(self, request: QHttpServerRequest) -> str:
        query = QUrlQuery(request.url())
        token_ok = query.queryItemValue("t") == self.token or (
            query.queryItemValue("c").strip().upper() == self.code
        )
        return render(token_ok, self.ws_url(), self.token)

    # -- websockets --------------------------------------------------------------------------
    def _accept(self) -> None:
        assert self._ws is not None
        while self._ws.hasPendingConnections():
            socket = self._ws.nextPendingConnection()
            token = QUrlQuery(socket.requestUrl()).queryItemValue("t")
            if token != self.token or len(self.phones) >= MAX_PHONES:
                socket.close(QWebSocketProtocol.CloseCode(POLICY_CLOSE), "wrong token")
                socket.deleteLater()
                continue
            socket.setMaxAllowedIncomingMessageSize(MAX_MESSAGE_BYTES)
            socket.setMaxAllowedIncomingFrameSize(MAX_MESSAGE_BYTES)
            socket.setReadBufferSize(64 * 1024)
            self._count += 1
            phone = Phone(socket, self._count, self.clock)
            self.phones[phone.id] = phone
            socket.textMessageReceived.connect(lambda text, p=phone: self._received(p, text))
            socket.binaryMessageReceived.connect(lambda _data, p=phone: self._refuse(p, "binary"))
            socket.disconnected.connect(lambda p=phone: self._gone(p))
            self.phones_changed.emit(len(self.phones))

    def _received(self, phone: Phone, text: str) -> None:
        if not phone.limiter.allow():
            phone.refused += 1
            if phone.refused % 50 == 1:  # tell the phone now and then, not every time
                self.send(phone, {"type": "error", "code": "slow_down"})
            return
        try:
            message = parse(text)
        except RoomMessageError as error:
            self._refuse(phone, error.code)
            return
        try:
            self.handler(phone, message)
        except Exception:  # a bug in handling one message must not take the room down
            log.exception("room message failed: %s", message.get("type"))
            self.send(phone, {"type": "error", "code": "failed"})

    def _refuse(self, phone: Phone, code: str) -> None:
        self.send(phone, {"type": "error", "code": code})

    def _gone(self, phone: Phone) -> None:
        if self.phones.pop(phone.id, None) is not None:
            phone.socket.deleteLater()
            self.phones_changed.emit(len(self.phones))

    def send(self, phone: Phone, message: dict[str, Any]) -> None:
        self._deliver(phone, json.dumps(message, ensure_ascii=False))

    def broadcast(self, message: dict[str, Any]) -> None:
        text = json.dumps(message, ensure_ascii=False)
        for phone in list(self.phones.values()):
            self._deliver(phone, text)

    def _deliver(self, phone: Phone, text: str) -> None:
        """Send, unless the phone stopped reading: a socket whose unsent backlog passes
        MAX_BACKLOG_BYTES is closed (its page reconnects when it wakes up) instead of letting
        the laptop buffer for it forever."""
        socket = phone.socket
        if socket.state() != QAbstractSocket.SocketState.ConnectedState:
            return
        if socket.bytesToWrite() > MAX_BACKLOG_BYTES:
            log.info("phone %s stopped reading; closing it", phone.id)
            socket.abort()
            self._gone(phone)
            return
        socket.sendTextMessage(text)
