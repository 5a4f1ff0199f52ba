"""The kinds' phone parts without a socket or a screen: a fake room (the PhoneRoom protocol)
and a real SQLite store. What the room does with a Reply is tested in tests/room/."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.activities import registry
from app.activities.bingo.state import BingoGame, claim_key
from app.activities.breakout.state import BreakoutData
from app.activities.statements.state import StatementGame, phone_vote_key
from app.storage.agenda import config_of
from app.storage.store import Store


@dataclass
class FakeRoom:
    store: Store
    session_id: int
    allowed: bool = False
    made: list[str] = field(default_factory=list)
    kept: dict[tuple[int, str], Any] = field(default_factory=dict)

    def language(self) -> str:
        return "nl"

    def names_allowed(self) -> bool:
        return self.allowed

    def consenting_names(self) -> list[dict[str, Any]]:
        people = self.store.participants.list(self.session_id)
        return [{"id": p.id, "name": p.first_name} for p in people if p.consent]

    def cached(self, activity_id: int, name: str, make: Callable[[], Any]) -> Any:
        if (activity_id, name) not in self.kept:
            self.made.append(name)
            self.kept[(activity_id, name)] = make()
        return self.kept[(activity_id, name)]


def part(kind: str):  # type: ignore[no-untyped-def]
    found = registry.phone_part(kind)
    assert found is not None
    return found


def test_a_vote_is_checked_against_one_reading_of_the_game(store, meeting) -> None:  # type: ignore[no-untyped-def]
    room = FakeRoom(store, meeting.id)
    game_activity = store.agenda.add(meeting.id, "statements", "Stellingen", 30,
                                     {"scale": "three", "use_default_set": True})  # fmt: skip
    phone = part("statements")
    first = StatementGame(store, game_activity.id).statements()[0]
    assert phone.view(config_of(game_activity)) == "vote"
    gate = phone.begin(room, game_activity)

    def vote(statement: str, position: str) -> Any:
        message = {"type": "vote", "statement": statement, "position": position}
        return phone.handle(room, game_activity, gate, "p1", message)

    assert vote("elsewhere", "agree").answer == {"type": "error", "code": "not_now"}
    assert vote(first.id, "maybe").answer == {"type": "error", "code": "bad_position"}
    ok = vote(first.id, "doubt")
    assert ok.answer == {"type": "ack", "what": "vote_saved"}
    assert ok.writes == {phone_vote_key(first.id, "p1"): "doubt"} and ok.event is None
    store.results.set_many(game_activity.id, ok.writes)
    shared = phone.shared_state(room, game_activity)
    assert shared["statement_id"] == first.id and "counts" not in shared
    assert phone.personal_state(room, game_activity, shared, ["p1", "p2"]) == {
        "p1": {"my_vote": "doubt"}, "p2": {"my_vote": None}}  # fmt: skip
    StatementGame(store, game_activity.id).set_revealed(first.id, True)
    assert phone.shared_state(room, game_activity)["counts"]["doubt"] == 1
    closed = phone.begin(room, game_activity)
    message = {"type": "vote", "statement": first.id, "position": "agree"}
    refused = phone.handle(room, game_activity, closed, "p1", message)
    assert refused.answer == {"type": "error", "code": "vote_closed"} and not refused.writes


def test_bingo_cards_are_made_once_and_a_claim_is_stored_and_told(store, meeting) -> None:  # type: ignore[no-untyped-def]
    room = FakeRoom(store, meeting.id)
    bingo = store.agenda.add(meeting.id, "bingo", "Bingo", 5, {"rule": "count", "target": 10})
    phone = part("bingo")
    first = phone.handle(room, bingo, None, "p1", {"type": "bingo_card", "card": 1})
    again = phone.handle(room, bingo, None, "p2", {"type": "bingo_card", "card": 2})
    missing = phone.handle(room, bingo, None, "p2", {"type": "bingo_card", "card": 99999})
    assert room.made == ["bingo_cards"]  # made once for every request
    assert first.answer["number"] == 1 and len(first.answer["statements"]) == 16
    assert again.answer["number"] == 2 and missing.answer["code"] == "no_card"
    BingoGame(store, bingo.id).mark(first.answer["statements"][0]["id"])
    assert phone.shared_state(room, bingo)["heard"] == [first.answer["statements"][0]["id"]]
    claim = phone.handle(room, bingo, None, "p1", {"type": "bingo_claim", "card": 1, "name": "An"})
    assert claim.writes == {claim_key(1, "p1"): {"card": 1, "name": "An"}}
    assert claim.event == ("bingo_claim", {"card": 1, "name": "An"})
    assert claim.answer == {"type": "ack", "what": "claim_sent"}


def test_seats_only_for_consenting_names_and_only_when_allowed(store, meeting) -> None:  # type: ignore[no-untyped-def]
    room = FakeRoom(store, meeting.id)
    people = store.participants.list(meeting.id)
    store.participants.update(people[0].id, consent=True)
    breakout = next(a for a in store.agenda.list(meeting.id) if a.kind == "breakout")
    ids = [p.id for p in people]
    BreakoutData(store, breakout.id).save_schedule([[ids[:3], ids[3:]], [ids[2:], ids[:2]]], 1)
    phone = part("breakout")
    ask = {"type": "seat", "participant": people[0].id}
    assert phone.shared_state(room, breakout) == {"names": None}
    assert phone.handle(room, breakout, None, "p1", ask).answer["code"] == "not_now"
    room.allowed = True
    assert phone.shared_state(room, breakout)["names"] == [{"id": ids[0], "name": "Anna"}]
    assert phone.handle(room, breakout, None, "p1", ask).answer == {
        "type": "seat", "seat": [{"round": 1, "table": 1}, {"round": 2, "table": 2}]}  # fmt: skip
    other = {"type": "seat", "participant": people[1].id}  # did not consent: nothing told
    assert phone.handle(room, breakout, None, "p1", other).answer == {"type": "seat", "seat": []}
    mingle = part("meet_greet")
    assert mingle.view({"mode": "free"}) == "" and mingle.view({"mode": "speed_dating"}) == "seat"


def test_only_the_requests_and_offers_sheet_takes_posts(store, meeting) -> None:  # type: ignore[no-untyped-def]
    room = FakeRoom(store, meeting.id)
    phone = part("worksheet")
    assert phone.view({"worksheet": "partner_map"}) == ""
    board = next(a for a in store.agenda.list(meeting.id) if "requests_offers" in a.config)
    assert phone.view(config_of(board)) == "board"
    message = {"type": "post", "kind": "offer", "text": "Een decorwagen"}
    reply = phone.handle(room, board, None, "p1", message)
    [(key, value)] = reply.writes.items()
    assert key.startswith("post:") and reply.event == ("post", key)
    assert value == {"kind": "offer", "text": "Een decorwagen", "approved": False, "phone": "p1"}
    assert reply.answer == {"type": "ack", "what": "posted"}
