"""The poll as stored and as phones meet it, on SQLite and PostgreSQL: the phone part's handle()
and shared/personal state called directly (as the room calls them), and the report read back."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PdfReader

from app.activities import registry, reporting
from app.activities.phone import Reply
from app.activities.poll.phone import PollPhone
from app.activities.poll.report import section
from app.activities.poll.state import ANSWER, CLOSED, OPEN, TYPED, PollState
from app.core import poll as pl
from app.storage import open_store
from printables.styles import ReportOptions


@dataclass
class Room:
    """What the room offers a phone part (app/activities/phone.py PhoneRoom)."""

    store: Any
    session_id: int

    def language(self) -> str:
        return "nl"

    def names_allowed(self) -> bool:
        return False

    def consenting_names(self) -> list[dict[str, Any]]:
        return []


def make_poll(store, mode: str = pl.OPTIONS, options=("Excel", "Budget", "Contracten")):  # type: ignore[no-untyped-def]
    session = store.sessions.create("Netwerk")
    activity = store.agenda.add(session.id, "poll", "Opleiding", 5,
                                registry.kind("poll").default_config)  # fmt: skip
    PollState(store, activity.id).save_poll(
        pl.validate("Welke opleiding wil je volgen?", mode, list(options))
    )
    return Room(store, session.id), store.agenda.get(activity.id)


def send(room: Room, activity, phone: str, option: str) -> Reply:  # type: ignore[no-untyped-def]
    """One message through the part as the room passes it; stored as the room stores it."""
    part = PollPhone()
    turn = part.begin(room, activity)
    reply = part.handle(room, activity, turn, phone, {"type": "answer", "option": option})
    if reply.writes:
        room.store.results.set_many(activity.id, reply.writes)
    return reply


def test_a_phone_answers_changes_its_mind_and_counts_once(store) -> None:  # type: ignore[no-untyped-def]
    room, activity = make_poll(store)
    state = PollState(store, activity.id)
    assert send(room, activity, "p1", "1").answer == {"type": "error", "code": "poll_not_open"}
    state.set_status(OPEN)
    assert send(room, activity, "p1", "1").answer == {"type": "ack", "what": "answer_saved"}
    send(room, activity, "p2", "1")
    send(room, activity, "p1", "3")  # p1 changes its mind: still one row
    assert store.results.all(activity.id, ANSWER) == {f"{ANSWER}p1": "3", f"{ANSWER}p2": "1"}
    assert state.tally().counts == (1, 0, 1)
    part = PollPhone()
    personal = part.personal_state(room, activity, {}, ["p1", "p2", "p3"])
    assert personal == {"p1": {"my_answer": "3"}, "p2": {"my_answer": "1"},
                        "p3": {"my_answer": ""}}  # fmt: skip


def test_a_closed_poll_and_a_key_it_lacks_are_refused(store) -> None:  # type: ignore[no-untyped-def]
    room, activity = make_poll(store)
    state = PollState(store, activity.id)
    state.set_status(OPEN)
    assert send(room, activity, "p1", "6").answer == {"type": "error", "code": "bad_option"}
    send(room, activity, "p1", "2")
    state.set_status(CLOSED)
    assert send(room, activity, "p1", "1").answer == {"type": "error", "code": "poll_closed"}
    assert store.results.all(activity.id, ANSWER) == {f"{ANSWER}p1": "2"}


def test_the_message_schema_only_lets_known_keys_through() -> None:
    field = PollPhone.messages["answer"]["option"]
    assert field.choices == ("1", "2", "3", "4", "5", "6") and field.type is str


def test_phones_see_counts_only_after_the_reveal(store) -> None:  # type: ignore[no-untyped-def]
    room, activity = make_poll(store)
    state = PollState(store, activity.id)
    state.set_status(OPEN)
    send(room, activity, "p1", "2")
    store.results.set(activity.id, TYPED + "2", 4)  # hands counted on the console
    part = PollPhone()
    hidden = part.shared_state(room, activity)
    assert part.view({}) == "poll" and hidden["status"] == OPEN and not hidden["revealed"]
    assert "counts" not in hidden and "total" not in hidden
    assert [o["label"] for o in hidden["options"]] == ["Excel", "Budget", "Contracten"]
    state.set_revealed(True)
    shown = part.shared_state(room, activity)
    assert shown["counts"] == {"1": 0, "2": 5, "3": 0} and shown["total"] == 5


def test_the_scale_takes_one_to_five(store) -> None:  # type: ignore[no-untyped-def]
    room, activity = make_poll(store, mode=pl.SCALE, options=())
    PollState(store, activity.id).set_status(OPEN)
    assert send(room, activity, "p1", "5").answer["type"] == "ack"  # type: ignore[index]
    assert send(room, activity, "p2", "6").answer == {"type": "error", "code": "bad_option"}
    assert [o["key"] for o in PollPhone().shared_state(room, activity)["options"]] == list("12345")


def test_two_laptops_count_different_options_without_overwriting(store_url) -> None:  # type: ignore[no-untyped-def]
    first, second = open_store(store_url), open_store(store_url)
    try:
        _room, activity = make_poll(first)
        PollState(first, activity.id).set_typed("1", 7)
        PollState(second, activity.id).set_typed("3", 2)
        assert PollState(first, activity.id).tally().typed == (7, 0, 2)
        assert PollState(first, activity.id).set_typed("2", 123456) == 9999
    finally:
        first.close()
        second.close()


def pdf_text(flowables) -> str:  # type: ignore[no-untyped-def]
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(list(flowables))
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def test_the_report_shows_the_question_bars_and_counts(store) -> None:  # type: ignore[no-untyped-def]
    room, activity = make_poll(store, options=("Excel <b>vet</b>", "Budget", "Contracten"))
    state = PollState(store, activity.id)
    state.set_status(OPEN)
    for phone, option in (("p1", "1"), ("p2", "2"), ("p3", "2")):
        send(room, activity, phone, option)
    state.set_typed("3", 2)
    text = " ".join(pdf_text(section(store, activity, ReportOptions(language="en"))).split())
    assert "Welke opleiding wil je volgen?" in text
    assert "1. Excel <b>vet</b>" in text  # option text stays text
    assert "5 answers in all." in text and "Of these, 2 were typed in on the console." in text
    assert "2 Budget 2 (40%)" in text and "1 Excel <b>vet</b> 1 (20%)" in text  # the bars
    assert section(store, make_poll(store)[1], ReportOptions(language="en")) == []  # no answers


def test_the_session_report_includes_the_poll_through_the_registry(store) -> None:  # type: ignore[no-untyped-def]
    room, activity = make_poll(store, mode=pl.SCALE, options=())
    state = PollState(store, activity.id)
    state.set_status(OPEN)
    for phone, option in (("p1", "4"), ("p2", "5")):
        send(room, activity, phone, option)
    buffer = io.BytesIO()
    reporting.build_report(store, room.session_id, buffer, ReportOptions(language="en"))
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert "Welke opleiding wil je volgen?" in text and "2 answers in all." in text
    assert "Average on the scale from 1 to 5: 4.5" in text


@pytest.mark.parametrize("option", ["", "1 ", "<script>", "12"])
def test_a_malformed_option_never_reaches_the_store(store, option: str) -> None:  # type: ignore[no-untyped-def]
    room, activity = make_poll(store)
    PollState(store, activity.id).set_status(OPEN)
    assert send(room, activity, "p1", option).answer == {"type": "error", "code": "bad_option"}
    assert store.results.all(activity.id, ANSWER) == {}


def test_everything_survives_closing_the_database(store_url: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.activities.context import ActivityContext
    from app.activities.poll.runtime import PollRuntime
    from app.core.clock import FakeClock

    store = open_store(store_url)
    room, activity = make_poll(store)
    context = ActivityContext(store, room.session_id, activity.id, FakeClock(), "en")
    first = PollRuntime(context)
    first.open()
    send(room, activity, "p1", "2")
    first.bump(0, +1)
    first.bump(0, +1)
    first.bump(2, +1)
    first.bump(2, -1)
    first.bump(2, -1)  # never below zero
    first.close()
    first.set_revealed(True)
    first.follow_store(False)
    store.close()

    store = open_store(store_url)
    again = PollRuntime(ActivityContext(store, room.session_id, activity.id, FakeClock(), "en"))
    snap = again.snapshot
    assert snap.status == CLOSED and snap.revealed and snap.ready
    assert snap.tally.phones == (0, 1, 0) and snap.tally.typed == (2, 0, 0)
    assert snap.poll.options == ("Excel", "Budget", "Contracten")
    again.open()  # reopened: the phone may change its answer again
    assert PollPhone().begin(Room(store, room.session_id), activity)[0] == OPEN
    again.follow_store(False)
    store.close()
