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
