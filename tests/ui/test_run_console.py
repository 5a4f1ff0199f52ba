"""The run console with a fake clock: clicker keys in both windows, black/pause, recorded times."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

import app.widgets.sound as sound
from app.core.clock import FakeClock
from app.ui.run.console import RunConsole, as_utc


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sound device in tests: the chime takes its visual fallback."""
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


@pytest.fixture
def agenda(store):  # type: ignore[no-untyped-def]
    """A session with a talk, a free meet-and-greet and a closing talk."""
    session = store.sessions.create("Network day")
    store.agenda.add(session.id, "segment", "Welcome", 10, {"caption": "Why we are here"})
    store.agenda.add(session.id, "meet_greet", "Meet", 15, {"mode": "free", "instruction": "Go!"})
    store.agenda.add(session.id, "segment", "Closing", 5)
    return session


@pytest.fixture
def console(qtbot, store, agenda) -> Iterator[tuple[RunConsole, FakeClock]]:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    window = RunConsole(store, agenda.id, clock)
    qtbot.addWidget(window)
    window.show()
    yield window, clock
    window.close()


def test_clicker_keys_drive_the_agenda_in_both_windows(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    window, _clock = console
    assert window.index == -1
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.index == 0
    assert window.runtime is not None and window.runtime.timer.countdown.running  # talk timer runs
    qtbot.keyClick(window.beamer, Qt.Key.Key_Right)  # same key in the beamer window
    assert window.index == 1
    meet = window.runtime
    assert meet is not None and not meet.timer.countdown.started
    qtbot.keyClick(window.beamer, Qt.Key.Key_Space)  # first press starts the mingling timer
    assert window.index == 1 and meet.timer.countdown.running
    qtbot.keyClick(window.ui.agenda, Qt.Key.Key_PageDown)  # focus in the list: still the clicker
    assert window.index == 2
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.index == 1
    qtbot.keyClick(window.beamer, Qt.Key.Key_Left)
    assert window.index == 0
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.index == 3  # the closing page, and no further
    assert not window.ui.next.isEnabled()


def test_black_screen_on_and_off_from_either_window(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    window, _clock = console
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.beamer.is_black()
    assert window.beamer.current_view() is window.beamer.black
    assert window.ui.black.isChecked()
    qtbot.keyClick(window.beamer, Qt.Key.Key_Period)
    assert not window.beamer.is_black()
    assert not window.ui.black.isChecked()
    window.ui.black.click()
    assert window.beamer.is_black()
    window.update_thumbnail()
    thumb = window.ui.thumbnail.pixmap().toImage()
    assert thumb.pixelColor(thumb.width() // 2, thumb.height() // 2) == QColor("#000000")


def test_typing_in_a_text_field_is_not_a_clicker_key(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    window, _clock = console
    field = window.ui.pause_message
    field.setFocus()
    qtbot.keyClicks(field, "Back at 11.15 b")
    assert field.text() == "Back at 11.15 b"
    assert not window.beamer.is_black() and window.index == -1
    window.ui.pause.click()
    assert window.beamer.current_view() is window.beamer.pause
    assert window.beamer.pause.message.text() == "Back at 11.15 b"
    assert window.beamer.pause.title.text() == "Network day"
    field.setText("Coffee")
    assert window.beamer.pause.message.text() == "Coffee"
    window.ui.pause.click()
    assert window.beamer.current_view() is window.beamer.content()


def test_actual_start_and_end_are_recorded(qtbot, store, console) -> None:  # type: ignore[no-untyped-def]
    window, clock = console
    first, second, _third = window.activities
    window.perform("next")
    clock.advance(90)
    window.perform("next")
    clock.advance(30)
    window.refresh()
    talk = store.agenda.get(first.id)
    start, end = as_utc(talk.actual_start), as_utc(talk.actual_end)
    assert start is not None and end is not None
    assert end - start == timedelta(seconds=90)
    assert start.tzinfo is UTC
    meet = store.agenda.get(second.id)
    assert meet.actual_start is not None and meet.actual_end is None
    assert window.ui.session_times.text() == "Session: 2 min of 30 min planned"
    assert window.ui.activity_times.text() == "Meet: 30 s of 15 min"
    assert "▶ Meet" in window.ui.agenda.item(1).text()
    assert "planned 10 min · actual 1 min 30 s" in window.ui.agenda.item(0).text()
    window.perform("back")  # going back keeps the first start
    assert as_utc(store.agenda.get(first.id).actual_start) == start
    window.close()  # leaving the console ends the current activity and the beamer
    assert store.agenda.get(first.id).actual_end is not None
    assert not window.beamer.isVisible()


def test_beamer_shows_the_runtime_of_the_console(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    window, clock = console
    window.perform("next")
    runtime = window.runtime
    assert runtime is not None
    view = window.beamer.content()
    assert view.controller is runtime.timer  # one state, two windows
    panel = window.ui.control_area.widget()
    clock.advance(5)
    runtime.timer.on_timeout()
    assert view.digits.text() == "09:55"
    assert panel.findChild(type(panel.children()[-1]))  # the panel is alive in the console
    window.update_thumbnail()
    assert not window.ui.thumbnail.pixmap().isNull()


def test_an_activity_that_fails_to_open_shows_its_title(qtbot, console, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, _clock = console
    import app.ui.run.console as module

    def broken(context, parent=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("bug in a kind")

    monkeypatch.setattr(module, "make_runtime", broken)
    window.perform("next")
    assert window.index == 0
    assert "could not be opened" in window.ui.control_area.widget().text()


def test_a_kind_without_views_shows_its_title_large(qtbot, store, agenda) -> None:  # type: ignore[no-untyped-def]
    from app.ui.beamer.screens import TitleScreen

    store.agenda.add(agenda.id, "future_kind", "Something new", 10)
    other = RunConsole(store, agenda.id, FakeClock())
    qtbot.addWidget(other)
    other.go_to(3)
    view = other.beamer.content()
    assert isinstance(view, TitleScreen)
    assert view.message.text() == "Something new" and view.title.text() == "Network day"
    other.close()


def test_the_beamer_follows_screens_plugged_in_or_out(qtbot, console, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The slot connected to screenAdded/screenRemoved (emitting those for real crashes Qt)."""
    window, _clock = console
    from PySide6.QtGui import QGuiApplication

    placed: list[bool] = []
    assert not window.beamer.isVisible()  # one screen: the beamer waits until asked for
    window.ui.beamer_window.click()
    assert window.beamer.isVisible() and not window.beamer.isFullScreen()
    monkeypatch.setattr(window.beamer, "place", lambda: placed.append(True))
    screen = QGuiApplication.primaryScreen()
    window.beamer._screens_changed(screen)
    window.beamer.follow_screens = False  # e.g. after the facilitator placed it by hand
    window.beamer._screens_changed(screen)
    assert placed == [True]


def test_schedule_delta_counts_finished_activities_and_a_running_overrun() -> None:
    from app.ui.run.console import schedule_delta

    assert schedule_delta([]) == 0
    assert schedule_delta([(600, 700, False), (900, None, False)]) == 100  # ran 1:40 over
    assert schedule_delta([(600, 500, False), (900, 100, True)]) == -100  # early, still running
    assert schedule_delta([(600, 600, False), (900, 1000, True)]) == 100  # running over


def test_planned_against_actual_for_the_session_and_the_schedule(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    """Without a start time the plan starts with the first activity (clock times from there)."""
    window, clock = console
    assert window.ui.schedule.text().startswith("No start time set")
    window.perform("next")  # the 10-minute talk
    assert window.ui.schedule.text() == "On schedule"
    clock.advance(12 * 60)
    window.refresh()
    assert window.ui.schedule.text() == "2 min behind the plan"
    assert window.ui.activity_times.text() == "Welcome: 12 min of 10 min · 2 min over"
    window.perform("next")  # the 15-minute meet-and-greet, ends 5 minutes early
    window.perform("next")  # (its first press starts the mingling timer)
    clock.advance(10 * 60)
    window.perform("next")
    assert window.index == 2
    window.refresh()
    assert window.schedule_seconds() == -3 * 60
    assert window.ui.schedule.text() == "3 min ahead of the plan"
    assert window.ui.session_times.text() == "Session: 22 min of 30 min planned"


def test_f5_in_the_console_toggles_the_beamer_full_screen(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    window, _clock = console
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=10_000)
    assert not window.beamer.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.beamer.isFullScreen()
    qtbot.keyClick(window.beamer, Qt.Key.Key_Escape)
    assert not window.beamer.isFullScreen()


def test_clicker_walks_speed_dating_rounds_then_the_agenda(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Speed day")
    store.participants.add_many(
        session.id,
        [{"first_name": f"P{i}", "last_name": "Q", "status": "present"} for i in range(6)],
    )
    config = {"mode": "speed_dating", "rounds": 2, "round_minutes": 2, "group_size": 2}
    meet = store.agenda.add(session.id, "meet_greet", "Speed dating", 6, config)
    store.agenda.add(session.id, "segment", "Closing", 5)
    clock = FakeClock()
    window = RunConsole(store, session.id, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # enter: round 1, ready, tables on the beamer
    runtime = window.runtime
    view = window.beamer.content()
    assert runtime.phase == "ready" and view.currentWidget() is view.message
    assert len(view.seating.rows()) == 6
    qtbot.keyClick(window.beamer, Qt.Key.Key_Space)  # start round 1
    assert runtime.phase == "round" and view.currentWidget() is view.timer_view
    clock.advance(120)
    runtime.timer.on_timeout()  # zero: switch screen by itself
    assert runtime.phase == "switch" and view.big.text() == "Switch!"
    qtbot.keyClick(window, Qt.Key.Key_Right)  # round 2
    assert runtime.round_index == 1 and runtime.phase == "round"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # end it early: the last round, so done
    assert runtime.phase == "done"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # now the agenda moves on
    assert window.index == 1 and window.current_activity().title == "Closing"
    assert store.agenda.get(meet.id).actual_end is not None
    window.close()


def test_a_database_that_cannot_be_written_does_not_stop_the_run(
    qtbot, store, console, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.storage.errors import StorageError

    window, clock = console

    def refuse(activity_id, *args, **fields):  # type: ignore[no-untyped-def]
        raise StorageError("The database is read-only here.")

    monkeypatch.setattr(store.agenda, "update", refuse)  # actual start and end both refused
    window.perform("next")
    assert window.index == 0 and window.runtime.timer.countdown.running  # the talk runs anyway
    assert "Not saved: The database is read-only here." in window.statusBar().currentMessage()
    clock.advance(5)
    window.perform("next")
    assert window.index == 1  # and the clicker still moves on
