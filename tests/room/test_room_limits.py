"""One address cannot take the room: sockets, identities and page connections per address, time
limits, a full room that says so. Real sockets; a second loopback address (127.0.0.2) is the
second phone's address (Linux routes all of 127/8 to the loopback)."""

from __future__ import annotations

import contextlib
import socket as sockets

import pytest

from app.room.server import FULL_CLOSE, SILENT_CLOSE
from tests.room.conftest import PhoneClient, in_thread, ws_connect

pytestmark = pytest.mark.gui


def statements_activity(store, meeting, room):  # type: ignore[no-untyped-def]
    """A statement game on the beamer; its current statement's id."""
    from app.activities.statements.state import StatementGame

    activity = store.agenda.add(meeting.id, "statements", "Stellingen", 30,
                                {"scale": "three", "use_default_set": True})  # fmt: skip
    room.set_activity(activity.id)
    return activity, StatementGame(store, activity.id).statements()[0].id


def phone_votes(store, activity_id: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from app.activities.statements.state import PHONE_VOTE

    return store.results.all(activity_id, PHONE_VOTE)


def join_and_vote(url: str, statement: str, source: str) -> list[dict]:
    """A phone at `source`: hello, then a vote; every message it got until the vote's answer."""
    import json

    got: list[dict] = []
    with ws_connect(url, source) as phone:
        phone.send(json.dumps({"type": "hello"}))
        phone.send(json.dumps({"type": "vote", "statement": statement, "position": "agree"}))
        while not any(m["type"] in ("ack", "error") for m in got):
            got.append(json.loads(phone.recv(timeout=10)))
    return got


def open_idle_sockets(port: int, token: str, count: int) -> list[sockets.socket]:
    """`count` sockets from 127.0.0.1 that ask for the WebSocket upgrade and then say nothing."""
    request = (
        f"GET /?t={token} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n"
    ).encode()
    held = []
    for _ in range(count):
        idle = sockets.create_connection(("127.0.0.1", port), timeout=10)
        with contextlib.suppress(OSError):  # refused at once: the address holds its share
            idle.sendall(request)
        held.append(idle)
    return held


def test_400_idle_sockets_from_one_address_leave_the_room_to_the_others(
    qtbot, store, meeting, room
) -> None:  # type: ignore[no-untyped-def]
    activity, statement = statements_activity(store, meeting, room)
    server = room.server
    idle = in_thread(qtbot, lambda: open_idle_sockets(server.ws_port, server.token, 400))
    try:
        door = server._ws_tcp
        qtbot.waitUntil(lambda: door.admitted + door.refused == 400, timeout=20000)  # all seen
        assert door.refused >= 400 - 2 * server.limits.sockets_per_address
        qtbot.waitUntil(lambda: len(server.phones) >= 1, timeout=10000)
        from_flood = [p for p in server.phones.values() if p.address == "127.0.0.1"]
        assert len(from_flood) <= server.limits.sockets_per_address
        # the flood holds at most twice its share of file handles on the live channel
        assert server._ws_tcp.open_connections().get("127.0.0.1", 0) <= (
            2 * server.limits.sockets_per_address
        )
        got = in_thread(qtbot, lambda: join_and_vote(room_url(room), statement, "127.0.0.2"))
        assert [m["type"] for m in got][:2] == ["welcome", "state"]
        assert got[-1] == {"type": "ack", "what": "vote_saved"}
        key = got[0]["phone"].split(".")[0]
        assert list(phone_votes(store, activity.id).values()) == ["agree"]
        assert next(iter(phone_votes(store, activity.id))).endswith(":" + key)
    finally:
        for held in idle:
            held.close()


def room_url(room) -> str:  # type: ignore[no-untyped-def]
    return f"{room.server.ws_url()}/?t={room.server.token}"


def test_an_address_gets_a_few_sockets_then_hears_the_room_is_full(qtbot, make_room) -> None:  # type: ignore[no-untyped-def]
    room = make_room(sockets_per_address=2)
    first, second = PhoneClient(qtbot, room_url(room)), PhoneClient(qtbot, room_url(room))
    first.wait_connected()
    second.wait_connected()
    qtbot.waitUntil(lambda: len(room.server.phones) == 2, timeout=10000)
    third = PhoneClient(qtbot, room_url(room))
    qtbot.waitUntil(lambda: third.close_code is not None, timeout=10000)
    assert third.close_code == FULL_CLOSE  # the page says "the room is full" and tries later
    assert len(room.server.phones) == 2
    other = in_thread(qtbot, lambda: join_and_vote(room_url(room), "none", "127.0.0.2"))
    assert other[0]["type"] == "welcome"  # another address still joins
    first.close()
    qtbot.waitUntil(lambda: len(room.server.phones) == 1, timeout=10000)
    again = PhoneClient(qtbot, room_url(room))  # a place came free: the retry gets in
    again.wait_connected()
    again.send({"type": "ping"})
    again.wait_for("ack")
    for client in (second, again):
        client.close()


def test_a_full_room_closes_with_its_own_code(qtbot, make_room) -> None:  # type: ignore[no-untyped-def]
    room = make_room(phones=1)
    inside = PhoneClient(qtbot, room_url(room))
    inside.wait_connected()
    qtbot.waitUntil(lambda: len(room.server.phones) == 1, timeout=10000)
    outside = PhoneClient(qtbot, room_url(room))
    qtbot.waitUntil(lambda: outside.close_code is not None, timeout=10000)
    assert outside.close_code == FULL_CLOSE != 4003  # not "this link does not work"
    inside.close()


def test_an_address_gets_a_few_identities_for_the_life_of_the_room(qtbot, make_room) -> None:  # type: ignore[no-untyped-def]
    room = make_room(phones_per_address=2)
    keys = []
    for _ in range(2):
        client = PhoneClient(qtbot, room_url(room))
        client.wait_connected()
        client.send({"type": "hello"})
        keys.append(client.wait_for("welcome")["phone"])
        client.close()  # leaving and coming back earns no new identity
        qtbot.waitUntil(lambda c=client: c.close_code is not None, timeout=10000)
    assert len(set(keys)) == 2
    greedy = PhoneClient(qtbot, room_url(room))
    greedy.wait_connected()
    greedy.send({"type": "hello"})
    qtbot.waitUntil(lambda: greedy.close_code is not None, timeout=10000)
    assert greedy.close_code == FULL_CLOSE
    assert not any(m["type"] == "welcome" for m in greedy.messages)
    back = PhoneClient(qtbot, room_url(room))  # a phone that kept its token is welcome
    back.wait_connected()
    back.send({"type": "hello", "phone": keys[0]})
    back.wait_for("state")
    assert not any(m["type"] == "welcome" for m in back.messages)
    other = in_thread(qtbot, lambda: join_and_vote(room_url(room), "none", "127.0.0.2"))
    assert other[0]["type"] == "welcome"
    back.close()


def test_one_socket_with_many_identities_stores_one_vote(qtbot, store, meeting, make_room) -> None:  # type: ignore[no-untyped-def]
    room = make_room(message_rate=1000.0, message_burst=1000.0)  # not the rate limit's test
    activity, statement = statements_activity(store, meeting, room)
    stuffer = PhoneClient(qtbot, room_url(room))
    stuffer.wait_connected()
    for n in range(60):
        forged = f"{n:016x}.{'0' * 32}"  # the shape of a token, not signed by this room
        stuffer.send({"type": "hello", "phone": forged})
        position = ("agree", "doubt", "disagree")[n % 3]
        stuffer.send({"type": "vote", "statement": statement, "position": position})
        qtbot.waitUntil(  # each vote answered before the next identity is tried
            lambda n=n: sum(m.get("what") == "vote_saved" for m in stuffer.messages) == n + 1,
            timeout=10000,
        )
    welcomes = [m for m in stuffer.messages if m["type"] == "welcome"]
    assert len(welcomes) == 1  # one identity for the socket, whatever it claims afterwards
    votes = phone_votes(store, activity.id)
    assert len(votes) == 1 and list(votes.values()) == ["disagree"]  # its last vote, once
    stuffer.close()


def test_a_phone_that_reconnects_with_its_token_keeps_its_vote(qtbot, store, meeting, room) -> None:  # type: ignore[no-untyped-def]
    activity, statement = statements_activity(store, meeting, room)
    first = PhoneClient(qtbot, room_url(room))
    first.wait_connected()
    first.send({"type": "hello"})
    token = first.wait_for("welcome")["phone"]
    first.send({"type": "vote", "statement": statement, "position": "agree"})
    first.wait_for("ack", what="vote_saved")
    first.close()
    again = PhoneClient(qtbot, room_url(room))
    again.wait_connected()
    again.send({"type": "hello", "phone": token})
    assert again.wait_for("state")["my_vote"] == "agree"  # the same phone
    again.send({"type": "vote", "statement": statement, "position": "doubt"})
    again.wait_for("ack", what="vote_saved")
    assert list(phone_votes(store, activity.id).values()) == ["doubt"]
    tampered = token[:-1] + ("0" if token[-1] != "0" else "1")
    thief = PhoneClient(qtbot, room_url(room))
    thief.wait_connected()
    thief.send({"type": "hello", "phone": tampered})
    assert thief.wait_for("welcome")["phone"] != token  # a forged token earns a new identity
    thief.send({"type": "vote", "statement": statement, "position": "agree"})
    thief.wait_for("ack", what="vote_saved")
    assert sorted(phone_votes(store, activity.id).values()) == ["agree", "doubt"]
    again.close()
    thief.close()


def test_a_socket_that_never_says_hello_is_closed(qtbot, make_room) -> None:  # type: ignore[no-untyped-def]
    room = make_room(hello_timeout=0.2)  # a tiny real limit: Qt's sockets have no clock seam
    silent, talker = PhoneClient(qtbot, room_url(room)), PhoneClient(qtbot, room_url(room))
    talker.wait_connected()
    talker.send({"type": "hello"})
    talker.wait_for("state")
    qtbot.waitUntil(lambda: silent.close_code is not None, timeout=10000)
    assert silent.close_code == SILENT_CLOSE
    assert len(room.server.phones) == 1 and talker.connected()
    talker.send({"type": "ping"})
    talker.wait_for("ack")
    talker.close()


def test_votes_need_a_hello_first(qtbot, store, meeting, room, phone) -> None:  # type: ignore[no-untyped-def]
    activity, statement = statements_activity(store, meeting, room)
    client = phone()
    client.wait_connected()
    client.send({"type": "vote", "statement": statement, "position": "agree"})
    client.wait_for("error", code="hello_first")
    assert phone_votes(store, activity.id) == {}
