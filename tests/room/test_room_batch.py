"""One bad message in a write batch fails only itself (real sockets, a real SQLite file)."""

from __future__ import annotations

import pytest

from app.activities import registry
from app.room.service import _Queued
from tests.room.conftest import PhoneClient

pytestmark = pytest.mark.gui


def bingo_room(qtbot, store, meeting, make_room, phones: int):  # type: ignore[no-untyped-def]
    room = make_room(sockets_per_address=phones + 1, phones_per_address=phones + 1)
    bingo = store.agenda.add(meeting.id, "bingo", "Bingo", 5, {"rule": "count", "target": 10})
    room.set_activity(bingo.id)
    url = f"{room.server.ws_url()}/?t={room.server.token}"
    clients = [PhoneClient(qtbot, url) for _ in range(phones)]
    for client in clients:
        client.wait_connected()
        client.send({"type": "hello"})
        client.wait_for("state", view="bingo")
    return room, bingo, clients


def test_a_claim_with_a_lone_surrogate_fails_only_itself(qtbot, store, meeting, make_room) -> None:  # type: ignore[no-untyped-def]
    room, bingo, clients = bingo_room(qtbot, store, meeting, make_room, 11)
    claims: list[int] = []
    room.phone_event.connect(lambda _activity, _name, claim: claims.append(claim["card"]))
    bad, good = clients[0], clients[1:]
    bad.send('{"type": "bingo_claim", "card": 1, "name": "Bad \\ud800 name"}')
    for number, client in enumerate(good, start=2):  # the same 25 ms batch
        client.send({"type": "bingo_claim", "card": number, "name": f"Person {number}"})
    for client in good:
        client.wait_for("ack", what="claim_sent")
    bad.wait_for("error", code="bad_name")
    assert sorted(claims) == list(range(2, 12))
    stored = store.results.all(bingo.id, "claim:")
    assert sorted(int(key.split(":")[1]) for key in stored) == list(range(2, 12))
    for client in clients:
        client.close()


def test_a_row_the_database_refuses_fails_only_its_phone(qtbot, store, meeting, make_room) -> None:  # type: ignore[no-untyped-def]
    """Past the parser (which refuses surrogates), the batch itself isolates a bad row."""
    room, bingo, clients = bingo_room(qtbot, store, meeting, make_room, 11)
    qtbot.waitUntil(lambda: all(p.key for p in room.server.phones.values()), timeout=10000)
    phones = sorted(room.server.phones.values(), key=lambda p: int(p.id[1:]))
    activity = store.agenda.get(bingo.id)
    part = registry.phone_part("bingo")
    assert part is not None
    claims: list[int] = []
    room.phone_event.connect(lambda _activity, _name, claim: claims.append(claim["card"]))
    poisoned = {"type": "bingo_claim", "card": 1, "name": "\ud800"}  # the database refuses it
    room._pending.append(_Queued(activity, part, phones[0], poisoned))
    for number, phone in enumerate(phones[1:], start=2):
        claim = {"type": "bingo_claim", "card": number, "name": f"Person {number}"}
        room._pending.append(_Queued(activity, part, phone, claim))
    room.flush_writes()
    assert sorted(claims) == list(range(2, 12))  # the console hears of the stored ones only
    by_key = {c.wait_for("welcome")["phone"].split(".")[0]: c for c in clients}
    by_key[phones[0].key].wait_for("error", code="failed")
    for phone in phones[1:]:
        by_key[phone.key].wait_for("ack", what="claim_sent")
    stored = store.results.all(bingo.id, "claim:")
    assert len(stored) == 10 and not any(key.startswith("claim:00001:") for key in stored)
    for client in clients:
        client.close()
