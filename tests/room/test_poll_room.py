"""The quick poll over real WebSockets (the room in this process): refusals by the schema and by
the poll's state, twenty phones answering and changing their minds at once, counts after the
reveal only."""

from __future__ import annotations

from app.activities.poll.state import ANSWER, CLOSED, OPEN, PollState
from app.core import poll as pl


def make_poll(store, meeting):  # type: ignore[no-untyped-def]
    activity = store.agenda.add(meeting.id, "poll", "Peiling", 5)
    state = PollState(store, activity.id)
    state.save_poll(pl.validate("Welke dag?", pl.OPTIONS, ["Maandag", "Dinsdag", "Woensdag"]))
    return activity, state


def test_refusals_from_the_schema_and_from_the_poll(qtbot, store, meeting, room, phone) -> None:  # type: ignore[no-untyped-def]
    activity, state = make_poll(store, meeting)
    room.set_activity(activity.id)
    client = phone()
    client.wait_connected()
    client.send({"type": "hello"})
    shown = client.wait_for("state", view="poll")
    assert shown["question"] == "Welke dag?" and shown["status"] == "ready"
    assert shown["my_answer"] == "" and "counts" not in shown
    client.send({"type": "answer", "option": "1"})
    client.wait_for("error", code="poll_not_open")
    state.set_status(OPEN)
    client.wait_for("state", view="poll", status=OPEN)
    for bad in ("9", 3, "", "1<script>"):  # the schema refuses these before the poll sees them
        client.messages.clear()
        client.send({"type": "answer", "option": bad})
        client.wait_for("error", code="bad_option")
    client.messages.clear()
    client.send({"type": "answer", "option": "6"})  # a key polls may have, this one has not
    client.wait_for("error", code="bad_option")
    client.send({"type": "answer", "option": "2"})
    client.wait_for("ack", what="answer_saved")
    client.wait_for("state", view="poll", my_answer="2")
    state.set_status(CLOSED)
    client.wait_for("state", view="poll", status=CLOSED)
    client.send({"type": "answer", "option": "3"})
    client.wait_for("error", code="poll_closed")
    assert list(store.results.all(activity.id, ANSWER).values()) == ["2"]


def test_twenty_phones_answer_change_and_count_once(qtbot, store, meeting, make_room) -> None:  # type: ignore[no-untyped-def]
    from tests.room.conftest import PhoneClient

    activity, state = make_poll(store, meeting)
    state.set_status(OPEN)
    room = make_room(sockets_per_address=40, phones_per_address=40)  # all on 127.0.0.1
    room.set_activity(activity.id)
    url = f"{room.server.ws_url()}/?t={room.server.token}"
    clients = [PhoneClient(qtbot, url) for _ in range(20)]
    for client in clients:
        client.wait_connected()
        client.send({"type": "hello"})
    for client in clients:
        client.wait_for("state", view="poll")
    for n, client in enumerate(clients):  # everyone says Monday, then half change to Tuesday
        client.send({"type": "answer", "option": "1"})
        if n % 2:
            client.send({"type": "answer", "option": "2"})
    qtbot.waitUntil(lambda: state.tally().counts == (10, 10, 0), timeout=10000)
    assert len(store.results.all(activity.id, ANSWER)) == 20
    assert all("counts" not in c.wait_for("state", view="poll") for c in clients)
    state.set_revealed(True)
    for n, client in enumerate(clients):
        seen = client.wait_for("state", view="poll", revealed=True)
        assert seen["counts"] == {"1": 10, "2": 10, "3": 0} and seen["total"] == 20
        assert seen["my_answer"] == ("2" if n % 2 else "1")
    for client in clients:
        client.close()
