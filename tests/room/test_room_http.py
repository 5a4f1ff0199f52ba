"""The page's side of the room against real sockets: the per-address rate limit, a few page
connections per address, a time limit for unfinished requests, the open-file limit."""

from __future__ import annotations

import http.client
import socket as sockets
import time

import pytest

from tests.room.conftest import in_thread

pytestmark = pytest.mark.gui


def get(port: int, source: str, path: str = "/") -> int:
    """One page request on its own connection; the status, or 0 when the connection was cut."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10,
                                            source_address=(source, 0))  # fmt: skip
    try:
        connection.request("GET", path, headers={"Connection": "close"})
        response = connection.getresponse()
        response.read()
        return response.status
    except (ConnectionError, http.client.HTTPException, OSError):
        return 0
    finally:
        connection.close()


def test_the_page_answers_an_address_at_most_twenty_times_a_second(qtbot, room) -> None:  # type: ignore[no-untyped-def]
    port = room.server.port

    def hammer() -> tuple[list[int], float]:
        started = time.perf_counter()
        statuses = [get(port, "127.0.0.1", "/?c=AAAAAA") for _ in range(100)]
        return statuses, time.perf_counter() - started

    statuses, seconds = in_thread(qtbot, hammer)
    served = statuses.count(200)
    assert 429 in statuses  # Too Many Requests: the code cannot be guessed at speed
    assert served <= room.server.limits.http_rate * (int(seconds) + 2)
    assert in_thread(qtbot, lambda: get(port, "127.0.0.2")) == 200  # another address is served


def test_an_address_gets_a_few_page_connections(qtbot, make_room) -> None:  # type: ignore[no-untyped-def]
    room = make_room(http_per_address=3)
    port = room.server.port
    held = in_thread(qtbot, lambda: [sockets.create_connection(("127.0.0.1", port), timeout=10)
                                     for _ in range(3)])  # fmt: skip
    try:
        qtbot.waitUntil(
            lambda: room.server._tcp.open_connections().get("127.0.0.1") == 3, timeout=10000
        )
        assert in_thread(qtbot, lambda: get(port, "127.0.0.1")) == 0  # the fourth is cut off
        assert in_thread(qtbot, lambda: get(port, "127.0.0.2")) == 200
    finally:
        for connection in held:
            connection.close()
    qtbot.waitUntil(lambda: not room.server._tcp.open_connections(), timeout=10000)
    assert in_thread(qtbot, lambda: get(port, "127.0.0.1")) == 200  # closed ones free the place


def test_a_request_that_trickles_in_is_cut_off(qtbot, make_room) -> None:  # type: ignore[no-untyped-def]
    room = make_room(http_timeout=0.3)  # a tiny real limit: Qt's sockets have no clock seam
    port = room.server.port

    def trickle() -> float:
        started = time.perf_counter()
        slow = sockets.create_connection(("127.0.0.1", port), timeout=10)
        slow.settimeout(0.1)
        try:
            for byte in b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 200:
                slow.send(bytes([byte]))
                try:
                    if slow.recv(1024) == b"":
                        break  # the server hung up
                except TimeoutError:
                    continue
        except OSError:  # reset by the server
            pass
        finally:
            slow.close()
        return time.perf_counter() - started

    assert in_thread(qtbot, trickle) < 5.0  # 200 bytes at 10 a second would take 20 s
    assert not room.server._tcp.open_connections()
    assert in_thread(qtbot, lambda: get(port, "127.0.0.1")) == 200


def test_opening_the_room_raises_the_open_file_limit(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    import resource

    from app.room.service import RoomService

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    low = min(soft, 256)
    resource.setrlimit(resource.RLIMIT_NOFILE, (low, hard))
    service = RoomService(store, meeting.id)
    try:
        service.open("127.0.0.1", 0)
        raised, still_hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        assert still_hard == hard
        assert raised == (hard if hard != resource.RLIM_INFINITY else max(low, 10240))
    finally:
        service.close()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_without_a_file_limit_the_room_still_opens(qtbot, store, meeting, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from app.room.guard import raise_file_limit
    from app.room.service import RoomService

    monkeypatch.setitem(sys.modules, "resource", None)  # as on Windows: import fails
    assert raise_file_limit() is None
    service = RoomService(store, meeting.id)
    try:
        assert service.open("127.0.0.1", 0).startswith("http://127.0.0.1:")
    finally:
        service.close()


def test_the_room_holds_a_bounded_number_of_page_connections(qtbot, make_room) -> None:  # type: ignore[no-untyped-def]
    room = make_room(http_per_address=2, http_connections=3)
    port = room.server.port
    sources = ["127.0.0.1", "127.0.0.1", "127.0.0.2"]
    held = in_thread(qtbot, lambda: [
        sockets.create_connection(("127.0.0.1", port), timeout=10, source_address=(s, 0))
        for s in sources])  # fmt: skip
    try:
        qtbot.waitUntil(lambda: len(room.server._tcp._sockets) == 3, timeout=10000)
        assert in_thread(qtbot, lambda: get(port, "127.0.0.3")) == 0  # the room's total
    finally:
        for connection in held:
            connection.close()
    qtbot.waitUntil(lambda: not room.server._tcp.open_connections(), timeout=10000)
    assert in_thread(qtbot, lambda: get(port, "127.0.0.3")) == 200
