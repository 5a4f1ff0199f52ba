"""The word cloud's stored state and its phone part, against a real database (both engines)."""

from __future__ import annotations

from typing import Any

import pytest

from app.activities.phone import PhonePart
from app.activities.wordcloud.phone import Turn, WordcloudPhone
from app.activities.wordcloud.state import WordCloud, max_answers_of
from app.core import wordcloud as wc
from app.storage.models import Activity


class Room:
    """What the room offers a phone part (the PhoneRoom protocol), on a real store."""

    def __init__(self, store: Any, session_id: int) -> None:
        self.store = store
        self.session_id = session_id

    def language(self) -> str:
        return "nl"

    def names_allowed(self) -> bool:
        return False

    def consenting_names(self) -> list[dict[str, Any]]:
        return []

    def cached(self, activity_id: int, name: str, make: Any) -> Any:
        return make()


@pytest.fixture
def cloud(store: Any) -> tuple[Room, Activity]:
    meeting = store.sessions.create("Netwerkdag")
    config = {"prompt": "Eén woord voor vandaag", "max_answers": 2}
    activity = store.agenda.add(meeting.id, "wordcloud", "Eén woord", config=config)
    return Room(store, meeting.id), activity


def send(part: WordcloudPhone, room: Room, activity: Activity, messages: list[tuple[str, str]],
         ) -> list[Any]:  # fmt: skip
    """One burst as the room runs it: begin once, handle each, store all writes at once."""
    turn = part.begin(room, activity)
    replies = [part.handle(room, activity, turn, phone, {"type": "words", "text": text})
               for phone, text in messages]  # fmt: skip
    writes: dict[str, Any] = {}
    for reply in replies:
        writes.update(reply.writes)
    room.store.results.set_many(activity.id, writes)
    return [reply.answer for reply in replies]


def test_phone_part_contract() -> None:
    part = WordcloudPhone()
    assert isinstance(part, PhonePart)
    assert part.view({}) == "wordcloud"
    assert part.messages["words"]["text"].max_length == wc.MAX_WORD
    assert part.script == "room/views/wordcloud.js"


def test_phones_send_words_and_the_same_word_grows(cloud: tuple[Room, Activity]) -> None:
    room, activity = cloud
    part = WordcloudPhone()
    answers = send(part, room, activity, [("p1", "Energie"), ("p2", "energie!"), ("p1", "rust")])
    assert answers == [{"type": "ack", "what": "word_sent"}] * 3
    words = WordCloud(room.store, activity.id).snapshot().words()
    assert [(w.text, w.count) for w in words] == [("Energie", 2), ("rust", 1)]
    assert part.shared_state(room, activity) == {"prompt": "Eén woord voor vandaag",
                                                 "max_answers": 2}  # fmt: skip
    personal = part.personal_state(room, activity, {}, ["p1", "p2", "p3"])
    assert personal == {"p1": {"my_words": ["Energie", "rust"]},
                        "p2": {"my_words": ["energie"]}, "p3": {"my_words": []}}  # fmt: skip


def test_limits_are_kept_within_a_burst_and_across_bursts(cloud: tuple[Room, Activity]) -> None:
    room, activity = cloud
    part = WordcloudPhone()
    first = send(part, room, activity, [("p1", "a"), ("p1", "A."), ("p1", "b"), ("p1", "c")])
    assert [a["code"] if a["type"] == "error" else "ok" for a in first] == [
        "ok", "word_twice", "ok", "too_many_words"
    ]  # fmt: skip
    again = send(part, room, activity, [("p1", "d"), ("p2", "...")])
    assert [a["code"] for a in again] == ["too_many_words", "no_word"]
    rows = room.store.results.all(activity.id, "phone:")
    assert rows == {"phone:p1:0": {"text": "a"}, "phone:p1:1": {"text": "b"}}


def test_hostile_words_are_stored_as_text(cloud: tuple[Room, Activity]) -> None:
    room, activity = cloud
    script = "<script>alert(1)</script>"
    at_limit = "x" * wc.MAX_WORD
    send(WordcloudPhone(), room, activity, [("p1", script), ("p2", at_limit)])
    texts = [w.text for w in WordCloud(room.store, activity.id).snapshot().words()]
    assert texts == ["<script>alert(1)</script>", at_limit]


def test_typed_answers_merges_and_hidden_words(cloud: tuple[Room, Activity]) -> None:
    room, activity = cloud
    state = WordCloud(room.store, activity.id)
    for text in ("netwerk", "netwerken", "Netwerken", "ruis", "  "):
        state.add_typed(text)
    assert [(w.key, w.count) for w in state.snapshot().words()] == [
        ("netwerk", 1), ("netwerken", 2), ("ruis", 1)
    ]  # fmt: skip
    state.merge(["netwerken"], into="netwerk")
    state.set_hidden("ruis", True)
    snap = state.snapshot()
    assert [(w.key, w.text, w.count) for w in snap.visible()] == [("netwerk", "netwerk", 3)]
    state.merge(["netwerk"], into="netwerken")  # the other way round: no loop stored
    assert [(w.key, w.count) for w in state.snapshot().visible()] == [("netwerken", 3)]
    state.unmerge("netwerken")
    state.set_hidden("ruis", False)
    assert [(w.key, w.count) for w in state.snapshot().visible()] == [
        ("netwerk", 1), ("netwerken", 2), ("ruis", 1)
    ]  # fmt: skip


def test_max_answers_setting_is_clamped() -> None:
    assert max_answers_of({}) == 3
    assert max_answers_of({"max_answers": 0}) == 1
    assert max_answers_of({"max_answers": 99}) == wc.MAX_ANSWERS
    assert max_answers_of({"max_answers": "5"}) == 3
    assert max_answers_of({"max_answers": True}) == 3


def test_a_turn_is_read_when_the_room_passes_none(cloud: tuple[Room, Activity]) -> None:
    room, activity = cloud
    reply = WordcloudPhone().handle(room, activity, None, "p9", {"type": "words", "text": "x"})
    assert reply.writes == {"phone:p9:0": {"text": "x"}}
    assert isinstance(WordcloudPhone().begin(room, activity), Turn)


def test_rows_are_read_in_the_order_they_arrived(cloud: tuple[Room, Activity]) -> None:
    """The cloud's layout order is the answers' arrival, not their keys' order."""
    room, activity = cloud
    results = room.store.results
    results.set(activity.id, "phone:zz:0", {"text": "eerst"})
    results.set_many(
        activity.id, {"phone:bb:0": {"text": "tweede"}, "phone:aa:0": {"text": "derde"}}
    )
    results.set(activity.id, "phone:zz:0", {"text": "eerst"})  # an update keeps its place
    assert [k for k, _ in results.in_order(activity.id)] == [
        "phone:zz:0",
        "phone:bb:0",
        "phone:aa:0",
    ]
    assert results.in_order(activity.id, "phone:b") == [("phone:bb:0", {"text": "tweede"})]
    words = WordCloud(room.store, activity.id).snapshot().words()
    assert [w.text for w in words] == ["eerst", "tweede", "derde"]
