"""Bingo cards are made once and reused: 100 card requests a second keep another phone's answer
quick (real sockets; the flood runs in its own process)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.activities import registry
from tests.room.conftest import PhoneClient

pytestmark = pytest.mark.gui
FLOOD = Path(__file__).with_name("card_flood.py")


@pytest.fixture
def bingo(store, meeting):  # type: ignore[no-untyped-def]
    """A bingo for 150 people: making its cards takes tens of milliseconds."""
    for n in range(145):
        store.participants.add(meeting.id, first_name=f"Gast{n}", last_name="Test")
    return store.agenda.add(meeting.id, "bingo", "Bingo", 5, {"rule": "count", "target": 10})


def test_100_card_requests_a_second_keep_a_phone_under_200_ms(qtbot, room, bingo) -> None:  # type: ignore[no-untyped-def]
    room.set_activity(bingo.id)
    made: list[int] = []
    part = registry.phone_part("bingo")
    make = part.make_cards
    part.make_cards = lambda r, a: (made.append(a.id), make(r, a))[1]  # counted, undone below
    handled: list[str] = []
    handle = room.server.handler
    room.server.handler = lambda p, m: (handled.append(m["type"]), handle(p, m))[1]
    url = f"{room.server.ws_url()}/?t={room.server.token}"
    # 5 addresses x 4 sockets (each address's share) x 5 a second (each socket's rate) = 100/s
    addresses = [f"127.0.0.{n}" for n in range(10, 15)]
    flood = subprocess.Popen([sys.executable, str(FLOOD), url, "4", "5", *addresses],
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    phone = PhoneClient(qtbot, url)
    try:
        phone.wait_connected()
        phone.send({"type": "hello"})
        phone.wait_for("state", view="bingo")
        qtbot.waitUntil(lambda: len(room.server.phones) == 21, timeout=20000)
        waits = []
        for ask in range(8):  # spread over the flood: one question per ~40 flood requests
            seen = handled.count("bingo_card")
            qtbot.waitUntil(lambda s=seen: handled.count("bingo_card") >= s + 40, timeout=10000)
            started = time.perf_counter()
            phone.send({"type": "bingo_card", "card": 7})
            qtbot.waitUntil(
                lambda a=ask: sum(m["type"] == "card" for m in phone.messages) == a + 1,
                timeout=10000,
            )
            waits.append((time.perf_counter() - started) * 1000)
        qtbot.waitUntil(lambda: flood.poll() is not None, timeout=30000)
        result = json.loads(flood.stdout.read() if flood.stdout else "{}")
    finally:
        if flood.poll() is None:
            flood.kill()
        flood.communicate()  # waits and closes the pipe
        phone.close()
        del part.make_cards  # the class's own method again
    assert max(waits) < 200, waits
    assert result["cards"] >= 300, result  # the flood was served: ~100 a second for 4 s
    assert made == [bingo.id]  # made once for all those requests


def test_cards_are_made_again_after_a_change_but_not_after_a_claim(
    qtbot, store, room, phone, bingo
) -> None:  # type: ignore[no-untyped-def]
    room.set_activity(bingo.id)
    client = phone()
    client.wait_connected()
    client.send({"type": "hello"})
    client.wait_for("state", view="bingo")
    client.send({"type": "bingo_card", "card": 3})
    before = client.wait_for("card", number=3)
    assert len(before["statements"]) == 16 and before["columns"] == 4
    client.send({"type": "bingo_claim", "card": 3})
    client.wait_for("ack", what="claim_sent")
    assert room._cache  # a claim changes no card: the cache stays
    config = json.loads(store.agenda.get(bingo.id).config)
    store.agenda.update(bingo.id, config={**config, "layout": "grid5"})
    assert not room._cache  # the layout changed: made again on the next request
    client.send({"type": "bingo_card", "card": 3})
    qtbot.waitUntil(lambda: sum(m["type"] == "card" for m in client.messages) == 2, timeout=10000)
    after = [m for m in client.messages if m["type"] == "card"][-1]
    assert after["columns"] == 5 and len(after["statements"]) == 25
