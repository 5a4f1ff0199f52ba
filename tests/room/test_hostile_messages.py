"""30 hostile WebSocket message shapes against a real room: each gets an error reply or a close,
logs no traceback, stores nothing, and the room goes on serving another phone."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

import pytest

from tests.room.conftest import PhoneClient, frame, in_thread, raw_upgrade

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Shape:
    name: str
    payload: str | bytes  # text message, or raw frame bytes when `raw`
    outcome: str  # an error code the phone gets back, or "close"
    hello: bool = True  # say hello first (a known phone), so the refusal is about the shape
    raw: bool = False  # sent as hand-made frame bytes after a hand-made handshake
    binary: bool = False


DEEP = "[" * 1000 + "]" * 1000
# fmt: off
SHAPES = [
    Shape("not json", "{not json", "not_json"),
    Shape("empty", "", "not_json"),
    Shape("trailing garbage", '{"type": "ping"} {}', "not_json"),
    Shape("null", "null", "bad_message"),
    Shape("a list", "[1, 2]", "bad_message"),
    Shape("a string", '"hello"', "bad_message"),
    Shape("Infinity", "Infinity", "bad_message"),
    Shape("type is a number", '{"type": 5}', "bad_message"),
    Shape("unknown type", '{"type": "rm -rf"}', "unknown_type"),
    Shape("prototype type", '{"type": "__proto__"}', "unknown_type"),
    Shape("bracket bomb", DEEP, "too_deep"),
    Shape("object bomb", '{"a":' * 300 + "1" + "}" * 300, "too_deep"),
    Shape("bomb in a field", '{"type": "vote", "statement": [[[[[["x"]]]]]]}', "too_deep"),
    Shape("oversized", '{"type": "post", "kind": "offer", "text": "' + "x" * 5000 + '"}', "close"),
    Shape("vote before hello", '{"type": "vote", "statement": "s1", "position": "agree"}',
          "hello_first", hello=False),
    Shape("statement is an object",
          '{"type": "vote", "statement": {"a": 1}, "position": "agree"}', "bad_statement"),
    Shape("lone surrogate in a vote",
          '{"type": "vote", "statement": "\\ud800", "position": "agree"}', "bad_statement"),
    Shape("lone surrogate in a claim", '{"type": "bingo_claim", "card": 1, "name": "\\udc00"}',
          "bad_name"),
    Shape("card is true", '{"type": "bingo_card", "card": true}', "bad_card"),
    Shape("card is negative", '{"type": "bingo_card", "card": -1}', "bad_card"),
    Shape("card is 1e400", '{"type": "bingo_card", "card": 1e400}', "bad_card"),
    Shape("card is NaN", '{"type": "bingo_card", "card": NaN}', "bad_card"),
    Shape("card has 1500 digits", '{"type": "bingo_card", "card": ' + "9" * 1500 + "}", "bad_card"),
    Shape("seat as a string", '{"type": "seat", "participant": "1"}', "bad_participant"),
    Shape("post of control characters",
          '{"type": "post", "kind": "offer", "text": "\\u0000\\u0001 \\u0007"}', "empty"),
    Shape("post kind spam", '{"type": "post", "kind": "spam", "text": "x"}', "bad_kind"),
    Shape("post too long", '{"type": "post", "kind": "offer", "text": "' + "y" * 300 + '"}',
          "too_long"),
    Shape("phone token is a number", '{"type": "hello", "phone": 12345}', "bad_phone", hello=False),
    Shape("binary frame", b'{"type": "ping"}', "binary", binary=True),
    Shape("invalid UTF-8 in a text frame", frame(0x1, b'{"type": "\xff\xfe"}'), "close",
          raw=True),
    Shape("reserved opcode", frame(0x3, b'{"type": "ping"}'), "close", raw=True),
]
# fmt: on


def dump(db_path) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Everything phones could have written: the result rows."""
    with sqlite3.connect(db_path) as db:
        return db.execute("SELECT * FROM activity_result ORDER BY 1").fetchall()


def test_there_are_at_least_30_shapes() -> None:
    assert len(SHAPES) >= 30 and len({s.name for s in SHAPES}) == len(SHAPES)


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_a_hostile_message_gets_a_clean_outcome(
    qtbot, store, meeting, db_path, room, phone, caplog, shape: Shape
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    board = next(a for a in store.agenda.list(meeting.id) if "requests_offers" in a.config)
    room.set_activity(board.id)  # a view where posts would be stored
    before = dump(db_path)
    if shape.raw:
        outcome = send_raw(qtbot, room, shape)
    else:
        client = phone()
        client.wait_connected()
        if shape.hello:
            client.send({"type": "hello"})
            client.wait_for("state", view="board")
        if shape.binary:
            assert isinstance(shape.payload, bytes)
            client.socket.sendBinaryMessage(shape.payload)
        else:
            assert isinstance(shape.payload, str)
            client.send(shape.payload)
        qtbot.waitUntil(
            lambda: client.close_code is not None or any(
                m["type"] == "error" for m in client.messages), timeout=10000)  # fmt: skip
        errors = [m["code"] for m in client.messages if m["type"] == "error"]
        outcome = errors[0] if errors else "close"
    if shape.outcome == "close":
        assert outcome in ("close", "too_large")  # Qt closes, or refuses the message
    else:
        assert outcome == shape.outcome
    assert dump(db_path) == before  # nothing stored
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    other = phone()  # the room still serves another phone
    other.wait_connected()
    other.send({"type": "hello"})
    other.wait_for("state", view="board")
    other.send({"type": "ping"})
    other.wait_for("ack", what="connected")


def send_raw(qtbot, room, shape: Shape) -> str:  # type: ignore[no-untyped-def]
    """Hand-made frames: Qt must close the socket (1007 bad UTF-8, 1002 reserved opcode)."""
    import json

    assert isinstance(shape.payload, bytes)

    def attack() -> str:
        raw = raw_upgrade(room.server.ws_port, room.server.token)
        try:
            raw.sendall(frame(0x1, json.dumps({"type": "hello"}).encode()))
            raw.sendall(shape.payload)
            raw.settimeout(10)
            received = b""
            while True:
                chunk = raw.recv(4096)
                if not chunk:
                    return "close"
                received += chunk
                if b"\x88" in received:  # a close frame from the server
                    return "close"
        except ConnectionError:
            return "close"
        finally:
            raw.close()

    return in_thread(qtbot, attack)


def test_a_flood_of_hostile_messages_leaves_the_room_serving(
    qtbot, store, meeting, room, phone, caplog
) -> None:  # type: ignore[no-untyped-def]
    """All shapes from one phone, one after another: rate-limited, refused, never a crash."""
    caplog.set_level(logging.DEBUG)
    hostile = phone()
    hostile.wait_connected()
    for shape in SHAPES:
        if not shape.raw and not shape.binary:
            assert isinstance(shape.payload, str)
            hostile.send(shape.payload)
    calm = PhoneClient(qtbot, f"{room.server.ws_url()}/?t={room.server.token}")
    calm.wait_connected()
    calm.send({"type": "hello"})
    calm.wait_for("state")
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    calm.close()
