"""The room server: QHttpServer serves the phone page, QWebSocketServer carries live messages.

LAN only, on a free port, a random token required on the page and on every socket; each
address may hold a few connections and a few phone identities (RoomLimits), each connection is
time-, size-, depth- and rate-limited, and the server, not the phone, says who a phone is (a
signed identity, sent in "welcome"). The server knows nothing of activities: it hands each valid
message to `handler(phone, message)` and sends what it is told to.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, QUrlQuery, Signal
from PySide6.QtHttpServer import QHttpServer, QHttpServerConfiguration, QHttpServerRequest
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol, QWebSocketServer

from app.core.clock import Clock, MonotonicClock
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.room import (
    MAX_MESSAGE_BYTES,
    PhoneIdentities,
    RateLimiter,
    RoomLimits,
    RoomMessageError,
    Schema,
    new_code,
    new_token,
    parse,
)
from app.room.guard import GuardedTcpServer, raise_file_limit
from app.room.page import render

log = logging.getLogger(__name__)
POLICY_CLOSE = 4003  # WebSocket close code for a wrong or missing token: "this link does not work"
FULL_CLOSE = 4009  # the room (or this address's share of it) is full: the page waits and retries
SILENT_CLOSE = 4008  # no hello in time
MAX_BACKLOG_BYTES = 512 * 1024  # unsent to one phone; far above any normal burst


class RoomError(UserError):
    """The room cannot open; `message` is a translatable text (context "RoomError")."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("RoomError", message, **params)


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


def _same(given: str, secret: str) -> bool:
    """Compare in constant time: how long a refusal takes tells nothing about the secret."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), secret.encode("utf-8"))


class Phone:
    """One connected socket; `key` is the phone's signed identity, set by its hello."""

    def __init__(self, socket: QWebSocket, number: int, clock: Clock, limits: RoomLimits) -> None:
        self.socket = socket
        self.id = f"p{number}"
        self.address = socket.peerAddress().toString()
        self.key: str | None = None
        self.limiter = RateLimiter(clock, limits.message_rate, limits.message_burst)
        self.refused = 0
        self.hello_timer = QTimer(socket)  # dies with the socket
        self.hello_timer.setSingleShot(True)
        self.hello_timer.setInterval(int(limits.hello_timeout * 1000))


class RoomServer(QObject):
    phones_changed = Signal(int)

    def __init__(
        self,
        handler: Callable[[Phone, dict[str, Any]], None],
        clock: Clock | None = None,
        parent: QObject | None = None,
        limits: RoomLimits | None = None,
        schemas: dict[str, Schema] | None = None,
    ) -> None:
        super().__init__(parent)
        self.handler = handler
        self.schemas = schemas or {}  # the activity kinds' message types (besides hello, ping)
        self.clock = clock or MonotonicClock()
        self.limits = limits or RoomLimits()
        self.token = new_token()
        self.code = new_code()
        # the secret lives as long as this server object: closing and reopening the room from
        # the same console keeps every phone's identity (and so its one vote)
        self.identities = PhoneIdentities(self.limits.phones_per_address)
        self.phones: dict[str, Phone] = {}
        self._count = 0
        self.address = ""
        self.port = 0
        self.ws_port = 0
        self._http: QHttpServer | None = None
        self._tcp: GuardedTcpServer | None = None
        self._ws_tcp: GuardedTcpServer | None = None
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
        raise_file_limit()
        limits = self.limits
        self._tcp = GuardedTcpServer(
            limits.http_per_address, limits.http_connections, limits.http_timeout, parent=self
        )
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
        self._ws.setHandshakeTimeout(int(limits.handshake_timeout * 1000))
        # sockets still upgrading or closing count too: twice an address's share, then refused
        self._ws_tcp = GuardedTcpServer(
            2 * limits.sockets_per_address, limits.phones + 64, admit=self._ws.handleConnection,
            parent=self,
        )  # fmt: skip
        if not self._ws_tcp.listen(host, 0):
            self.stop()
            raise RoomError(QT_TRANSLATE_NOOP("RoomError", "The room's live channel cannot open."))
        self._ws.newConnection.connect(self._accept)
        self._http = QHttpServer(self)
        # QHttpServer is a final class: shiboken does not see it die, so a later object at the
        # same address (a phone's socket) would come back as this stale wrapper. Invalidate it.
        self._http.destroyed.connect(lambda *_args, http=self._http: shiboken6.invalidate(http))
        config = QHttpServerConfiguration()
        config.setRateLimitPerSecond(limits.http_rate)  # per client address: no guessing the code
        config.setKeepAliveTimeout(max(1, int(limits.http_timeout)))
        config.setMaximumBodySize(1024)  # the page takes no body
        config.setMaximumUrlSize(2048)
        self._http.setConfiguration(config)
        server = self

        def page(request):  # no annotations: PySide inspects them
            return server._page(request)

        self._page_handler = page  # PySide keeps no reference to route callbacks: we must
        self._http.route("/", page)
        self._http.bind(self._tcp)
        self.address, self.port, self.ws_port = (
            address,
            self._tcp.serverPort(),
            self._ws_tcp.serverPort(),
        )
        log.info("room open on %s:%s (ws %s)", address, self.port, self.ws_port)
        return self.join_url()

    def stop(self) -> None:
        """Disconnect every phone and stop listening."""
        for phone in list(self.phones.values()):
            phone.socket.close(QWebSocketProtocol.CloseCode.CloseCodeGoingAway, "room closed")
        self.phones.clear()
        if self._ws_tcp is not None:
            self._ws_tcp.close()
            self._ws_tcp.deleteLater()
            self._ws_tcp = None
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
        token_ok = _same(query.queryItemValue("t"), self.token) or _same(
            query.queryItemValue("c").strip().upper(), self.code
        )
        return render(token_ok, self.ws_url(), self.token)

    # -- websockets --------------------------------------------------------------------------
    def _accept(self) -> None:
        assert self._ws is not None
        while self._ws.hasPendingConnections():
            socket = self._ws.nextPendingConnection()
            token = QUrlQuery(socket.requestUrl()).queryItemValue("t")
            if not _same(token, self.token):
                self._close(socket, POLICY_CLOSE, "wrong token")
                continue
            address = socket.peerAddress().toString()
            here = sum(1 for p in self.phones.values() if p.address == address)
            if here >= self.limits.sockets_per_address or len(self.phones) >= self.limits.phones:
                self._close(socket, FULL_CLOSE, "room full")
                continue
            socket.setMaxAllowedIncomingMessageSize(MAX_MESSAGE_BYTES)
            socket.setMaxAllowedIncomingFrameSize(MAX_MESSAGE_BYTES)
            socket.setReadBufferSize(64 * 1024)
            self._count += 1
            phone = Phone(socket, self._count, self.clock, self.limits)
            self.phones[phone.id] = phone
            socket.textMessageReceived.connect(lambda text, p=phone: self._received(p, text))
            socket.binaryMessageReceived.connect(lambda _data, p=phone: self._refuse(p, "binary"))
            socket.disconnected.connect(lambda p=phone: self._gone(p))
            phone.hello_timer.timeout.connect(lambda p=phone: self._silent(p))
            phone.hello_timer.start()
            self.phones_changed.emit(len(self.phones))

    @staticmethod
    def _close(socket: QWebSocket, code: int, reason: str) -> None:
        socket.close(QWebSocketProtocol.CloseCode(code), reason)
        socket.deleteLater()

    def _silent(self, phone: Phone) -> None:
        """A socket that never said hello is not a phone: free its place."""
        if phone.key is None and phone.id in self.phones:
            phone.socket.close(QWebSocketProtocol.CloseCode(SILENT_CLOSE), "no hello")
            self._gone(phone)

    def _received(self, phone: Phone, text: str) -> None:
        if not phone.limiter.allow():
            phone.refused += 1
            if phone.refused % 50 == 1:  # tell the phone now and then, not every time
                self.send(phone, {"type": "error", "code": "slow_down"})
            return
        try:
            message = parse(text, self.schemas)
        except RoomMessageError as error:
            self._refuse(phone, error.code)
            return
        if message["type"] == "hello":
            if not self._hello(phone, message.get("phone")):
                return
        elif phone.key is None and message["type"] != "ping":
            self._refuse(phone, "hello_first")
            return
        try:
            self.handler(phone, message)
        except Exception:  # a bug in handling one message must not take the room down
            log.exception("room message failed: %s", message.get("type"))
            self.send(phone, {"type": "error", "code": "failed"})

    def _hello(self, phone: Phone, token: str | None) -> bool:
        """Settle who the phone is: the identity in a token this room signed, else a new one
        (sent back in "welcome" for the phone to keep). A socket's identity never changes;
        False when the address has used up its identities (the socket is closed as full)."""
        if phone.key is not None:
            return True
        known = self.identities.verify(token)
        if known is None:
            issued = self.identities.issue(phone.address)
            if issued is None:
                log.info("address %s asked for more phone identities", phone.address)
                phone.socket.close(QWebSocketProtocol.CloseCode(FULL_CLOSE), "too many phones")
                self._gone(phone)
                return False
            known, token = issued
            self.send(phone, {"type": "welcome", "phone": token})
        phone.key = known
        phone.hello_timer.stop()
        return True

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
        # a phone that left while its message waited for the burst's commit: Qt deleted its
        # socket; its answer goes nowhere, the other phones' answers still go out
        if not shiboken6.isValid(socket):
            return
        if socket.state() != QAbstractSocket.SocketState.ConnectedState:
            return
        if socket.bytesToWrite() > MAX_BACKLOG_BYTES:
            log.info("phone %s stopped reading; closing it", phone.id)
            socket.abort()
            self._gone(phone)
            return
        socket.sendTextMessage(text)
