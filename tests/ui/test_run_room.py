"""Phones in the run console: the room opens from the dock, follows the agenda, and its join
screen goes over the beamer and off again without leaving the activity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import app.widgets.sound as sound
from app.core.clock import FakeClock
from app.room.join_view import RoomJoinView
from app.ui.run.console import RunConsole


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


@pytest.fixture
def console(qtbot, store) -> Iterator[RunConsole]:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Network day")
    store.agenda.add(session.id, "segment", "Welcome", 10)
    store.agenda.add(session.id, "statements", "Statements", 20,
                     {"scale": "three", "use_default_set": True})  # fmt: skip
    window = RunConsole(store, session.id, FakeClock())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_room_opens_from_the_console_and_follows_the_agenda(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    room = console.room
    panel = room.panel
    assert room.dock.isHidden()  # a laptop-sized screen: the dock opens with its button
    console.ui.dock_buttons[0].click()
    assert room.dock.isVisible() and not room.service.server.running  # closed by default
    panel.address.setCurrentIndex(panel.address.findText("127.0.0.1"))
    panel.open_button.click()
    assert room.service.server.running and room.service.server.address == "127.0.0.1"
    assert "127.0.0.1" in panel.status.text()

    console.go_to(1)
    assert room.service.activity_id == console.activities[1].id
    assert room.service.shared_state()["view"] == "vote"
    console.go_to(0)
    assert room.service.activity_id == console.activities[0].id
    console.go_to(2)  # past the end: phones see no activity
    assert room.service.activity_id is None


def test_join_screen_covers_the_beamer_and_comes_off_again(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    room = console.room
    room.panel.address.setCurrentIndex(room.panel.address.findText("127.0.0.1"))
    room.panel.open_button.click()
    console.go_to(0)
    activity_view = console.beamer.content()
    room.panel.show_button.click()
    shown = console.beamer.current_view()
    assert isinstance(shown, RoomJoinView) and shown.code == room.service.server.code
    assert room.service.server.token in shown.url
    assert room.panel.show_button.text() == "Take the join screen off"
    console.beamer.set_black(True)  # black still goes over the join screen
    assert console.beamer.current_view() is console.beamer.black
    console.beamer.set_black(False)
    room.panel.show_button.click()  # the same button takes it off
    assert console.beamer.current_view() is activity_view and console.index == 0
    assert room.panel.show_button.text() == "Show join screen"
    room.panel.show_button.click()
    room.panel.open_button.click()  # closing the room also takes the join screen off
    assert not room.service.server.running
    assert console.beamer.current_view() is activity_view


def test_closing_the_console_closes_the_room(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    room = console.room
    room.panel.address.setCurrentIndex(room.panel.address.findText("127.0.0.1"))
    room.panel.open_button.click()
    server = room.service.server
    assert server.running
    console.close()
    assert not server.running
