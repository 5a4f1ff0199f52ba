"""The room panel's "Phones pick their name from the list": the one writer of room_pick_name."""

from __future__ import annotations

from app.room.panel import RoomPanel
from app.storage.errors import ConflictError
from app.storage.settings import session_settings


def _breakout(store, meeting):  # type: ignore[no-untyped-def]
    return next(a for a in store.agenda.list(meeting.id) if a.kind == "breakout")


def test_the_checkbox_lets_phones_pick_their_name(qtbot, store, meeting, room, phone) -> None:  # type: ignore[no-untyped-def]
    people = store.participants.list(meeting.id)
    store.participants.update(people[1].id, consent=True)
    panel = RoomPanel(room)
    qtbot.addWidget(panel)
    assert not panel.pick_names.isChecked()  # off unless the organiser allows it
    room.set_activity(_breakout(store, meeting).id)
    client = phone()
    client.wait_connected()
    client.send({"type": "hello"})
    assert client.wait_for("state", view="seat")["names"] is None
    panel.pick_names.click()
    assert session_settings(store, meeting.id).room_pick_name is True
    qtbot.waitUntil(lambda: client.messages[-1].get("names") is not None, timeout=10000)
    assert [n["id"] for n in client.messages[-1]["names"]] == [people[1].id]  # consenting only
    panel.pick_names.click()
    assert session_settings(store, meeting.id).room_pick_name is False
    qtbot.waitUntil(lambda: client.messages[-1].get("names", 0) is None, timeout=10000)
    again = RoomPanel(room)  # a panel opened later shows what is stored
    qtbot.addWidget(again)
    assert not again.pick_names.isChecked()


def test_a_failed_save_says_so_and_unticks(qtbot, store, meeting, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.room.service import RoomService

    service = RoomService(store, meeting.id)
    panel = RoomPanel(service)
    qtbot.addWidget(panel)

    def refused(_allowed: bool) -> None:
        raise ConflictError(current=None)

    monkeypatch.setattr(service, "allow_names", refused)
    panel.pick_names.click()
    assert not panel.pick_names.isChecked()
    assert panel.status.text().startswith("The choice was not saved.")
    assert len(panel.status.text()) > len("The choice was not saved.") + 5  # the reason follows
    assert session_settings(store, meeting.id).room_pick_name is False
    service.close()
