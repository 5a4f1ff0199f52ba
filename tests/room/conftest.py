"""A real room server on 127.0.0.1 with real WebSocket clients (QWebSocket) in the same loop."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl
from PySide6.QtNetwork import QAbstractSocket
from PySide6.QtWebSockets import QWebSocket

from app.room.service import RoomService


class PhoneClient(QObject):
    """A phone: a WebSocket that records every message it receives."""

    def __init__(self, qtbot, url: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.qtbot = qtbot
        self.messages: list[dict[str, Any]] = []
        self.close_code: int | None = None
        self.socket = QWebSocket()
        self.socket.textMessageReceived.connect(lambda text: self.messages.append(json.loads(text)))
        self.socket.disconnected.connect(self._closed)
        self.socket.open(QUrl(url))

    def _closed(self) -> None:
        self.close_code = int(self.socket.closeCode().value)

    def connected(self) -> bool:
        return self.socket.state() == QAbstractSocket.SocketState.ConnectedState

    def wait_connected(self) -> None:
        self.qtbot.waitUntil(self.connected, timeout=10000)

    def send(self, message: dict[str, Any] | str) -> None:
        self.socket.sendTextMessage(message if isinstance(message, str) else json.dumps(message))

    def wait_for(self, kind: str, timeout: int = 10000, **match: Any) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            for message in reversed(self.messages):
                if message.get("type") == kind and all(
                    message.get(k) == v for k, v in match.items()
                ):
                    return message
            return None

        self.qtbot.waitUntil(lambda: found() is not None, timeout=timeout)
        result = found()
        assert result is not None
        return result

    def close(self) -> None:
        self.socket.close()


@pytest.fixture
def room(qtbot, store, meeting) -> Iterator[RoomService]:  # type: ignore[no-untyped-def]
    service = RoomService(store, meeting.id)
    service.open("127.0.0.1", 0)
    yield service
    service.close()


@pytest.fixture
def phone(qtbot, room: RoomService):  # type: ignore[no-untyped-def]
    clients: list[PhoneClient] = []

    def connect(token: str | None = None) -> PhoneClient:
        url = f"{room.server.ws_url()}/?t={room.server.token if token is None else token}"
        client = PhoneClient(qtbot, url)
        clients.append(client)
        return client

    yield connect
    for client in clients:
        client.close()


@pytest.fixture
def make_room(qtbot, store, meeting):  # type: ignore[no-untyped-def]
    """Open a room with the given limits (RoomLimits fields as keywords); closed afterwards."""
    from app.core.room import RoomLimits

    opened: list[RoomService] = []

    def make(clock: Any = None, **limits: Any) -> RoomService:
        service = RoomService(store, meeting.id, clock=clock, limits=RoomLimits(**limits))
        service.open("127.0.0.1", 0)
        opened.append(service)
        return service

    yield make
    for service in opened:
        service.close()


def in_thread(qtbot, work, timeout: int = 30000):  # type: ignore[no-untyped-def]
    """Run blocking client code (plain sockets, the websockets library) in a thread while the
    Qt loop, and so the room server, keeps running here; its result, or its exception."""
    import threading

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the test below
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def ws_connect(url: str, source: str = "127.0.0.1"):  # type: ignore[no-untyped-def]
    """A blocking WebSocket client (websockets library) from the given loopback address."""
    import socket as sockets
    from urllib.parse import urlsplit

    from websockets.sync.client import connect

    parts = urlsplit(url)
    raw = sockets.create_connection((parts.hostname, parts.port), timeout=10,
                                    source_address=(source, 0))  # fmt: skip
    return connect(url, sock=raw, open_timeout=10, close_timeout=2)


def raw_upgrade(port: int, token: str, source: str = "127.0.0.1"):  # type: ignore[no-untyped-def]
    """A socket that did the WebSocket handshake by hand (to send frames no library would)."""
    import socket as sockets

    raw = sockets.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0))
    raw.sendall(
        (
            f"GET /?t={token} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = raw.recv(4096)
        if not chunk:
            break
        answer += chunk
    assert answer.startswith(b"HTTP/1.1 101"), answer[:80]
    return raw


def frame(opcode: int, payload: bytes, masked: bool = True) -> bytes:
    """One final WebSocket frame as a client sends it (masked unless told otherwise)."""
    import os
    import struct

    head = bytes([0x80 | opcode])
    size = len(payload)
    flag = 0x80 if masked else 0
    if size < 126:
        head += bytes([flag | size])
    elif size < 65536:
        head += bytes([flag | 126]) + struct.pack("!H", size)
    else:
        head += bytes([flag | 127]) + struct.pack("!Q", size)
    if not masked:
        return head + payload
    mask = os.urandom(4)
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
