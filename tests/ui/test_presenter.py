"""The presenter strip: time of day, the next item at its planned clock time, minutes ahead or
behind the plan from real clock times; the pause screen's countdown to a clock time; and keys
that are never swallowed by the field typed in last."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTime

import app.widgets.sound as sound
from app.core.clock import FakeClock
from app.ui.run.console import RunConsole
from app.ui.run.presenter import pause_line, plan_anchor


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


TODAY = datetime.now().date()


def local_at(hour: int, minute: int) -> datetime:
    """Today at a wall-clock time, as the console's UTC `now()` would give it."""
    return datetime.combine(TODAY, datetime.min.time()).replace(hour=hour, minute=minute)


@pytest.fixture
def day(qtbot, store) -> Iterator[tuple[RunConsole, FakeClock]]:  # type: ignore[no-untyped-def]
    """Starting at 13:00 today: talk 15 min (13:00), break 30 (13:15), closing 10 (13:45)."""
    meeting = store.sessions.create("Sector day", date=TODAY.isoformat(), start_time="13:00")
    store.agenda.add(meeting.id, "segment", "Opening talk", 15)
    store.agenda.add(meeting.id, "segment", "Coffee", 30)
    store.agenda.add(meeting.id, "segment", "Closing", 10)
    clock = FakeClock()
    window = RunConsole(store, meeting.id, clock)
    start = local_at(12, 55).astimezone(UTC)
    origin = clock.now()
    window.now = lambda: start + timedelta(seconds=clock.now() - origin)  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    yield window, clock
    window.close()


def test_clock_next_item_and_plan_in_clock_times(day) -> None:  # type: ignore[no-untyped-def]
    window, clock = day
    strip = window.presenter
    assert strip.clock.text() == "12:55"
    assert strip.next_item.text() == "Next: Opening talk · planned 13:00"
    assert window.ui.schedule.text() == "On schedule"  # early is not "ahead" before the start
    clock.advance(7 * 60)  # 13:02, not started yet: 2 minutes late already
    window.refresh()
    assert strip.clock.text() == "13:02"
    assert window.ui.schedule.text() == "2 min behind the plan"
    window.perform("next")  # the talk starts at 13:02
    assert strip.next_item.text() == "Next: Coffee · planned 13:15"
    assert window.ui.schedule.text() == "2 min behind the plan"
    clock.advance(10 * 60)  # 13:12: cut short, the coffee starts 3 minutes early
    window.perform("next")
    assert window.ui.schedule.text() == "3 min ahead of the plan"
    clock.advance(40 * 60)  # 13:52: the coffee ran long; planned end 13:45
    window.refresh()
    assert window.ui.schedule.text() == "7 min behind the plan"
    assert strip.next_item.text() == "Next: Closing · planned 13:45"
    assert window.ui.activity_times.text() == "Coffee: 40 min of 30 min · 10 min over"
    assert "13:15" not in window.ui.activity_times.text()
    window.perform("next")
    assert strip.next_item.text() == "Next: the end of the session"


def test_a_rehearsal_on_another_day_is_anchored_at_its_own_first_start() -> None:
    class Item:
        def __init__(self, start: datetime | None) -> None:
            self.actual_start = start

    now = datetime(2026, 10, 14, 16, 40)
    started = datetime(2026, 10, 14, 16, 30, tzinfo=UTC)
    items = [Item(started)]
    anchor = plan_anchor("13:00", "2026-10-15", now, items)  # type: ignore[arg-type]
    assert anchor is not None and anchor.date() == now.date() and anchor.hour == 13
    assert plan_anchor("13:00", "2026-10-15", now, [Item(None)]) is None  # type: ignore[list-item]
    rehearsing = plan_anchor("13:00", now.date().isoformat(), now, items, rehearsal=True)  # type: ignore[arg-type]
    assert rehearsing == started.astimezone().replace(tzinfo=None)  # not "4 hours ahead"
    no_time = plan_anchor("", "", now, items)  # type: ignore[arg-type]
    assert no_time == started.astimezone().replace(tzinfo=None)


def test_pause_screen_counts_down_to_a_clock_time(qtbot, day) -> None:  # type: ignore[no-untyped-def]
    window, clock = day
    assert pause_line(local_at(15, 30), local_at(15, 17)) == "Back at 15:30 · 13 min to go"
    assert pause_line(local_at(15, 30), local_at(15, 31)) == "Back at 15:30"
    window.ui.pause_message.setText("Coffee in the foyer")
    window.ui.pause_until_on.setChecked(True)
    window.ui.pause_until.setTime(QTime(13, 15))
    window.ui.pause.click()
    pause = window.beamer.pause
    assert window.beamer.current_view() is pause
    assert pause.message.text() == "Coffee in the foyer"
    assert pause.detail.text() == "Back at 13:15 · 20 min to go"  # it is 12:55
    clock.advance(5 * 60 + 30)  # 13:00:30: rounded up, never "0 min" while time is left
    window.refresh()
    assert pause.detail.text() == "Back at 13:15 · 15 min to go"
    clock.advance(15 * 60)
    window.refresh()
    assert pause.detail.text() == "Back at 13:15"
    window.ui.pause_until_on.setChecked(False)
    assert not pause.detail.isVisibleTo(pause)


def test_after_pause_b_and_period_blank_the_screen_not_the_field(qtbot, day) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: after typing a pause message and pressing Pause, B and "." went into the field."""
    window, _clock = day
    field = window.ui.pause_message
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    field.setFocus()
    qtbot.keyClicks(field, "Back at 3")
    qtbot.mouseClick(window.ui.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not field.hasFocus(), timeout=2000)
    assert window.beamer.is_paused()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_B)
    assert field.text() == "Back at 3"
    assert window.beamer.is_black()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Period)
    assert not window.beamer.is_black() and field.text() == "Back at 3"
    field.setFocus()  # typing again keeps its letters
    qtbot.keyClicks(field, "0b")
    assert field.text() == "Back at 30b" and not window.beamer.is_black()
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter: done typing, the clicker acts again
    assert not field.hasFocus()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_B)
    assert window.beamer.is_black() and field.text() == "Back at 30b"


def test_every_console_button_returns_the_keys_to_the_clicker(qtbot, day) -> None:  # type: ignore[no-untyped-def]
    window, _clock = day
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    ui = window.ui
    for button in (ui.next, ui.black, ui.black, ui.previous, ui.pause, ui.pause):
        ui.pause_message.setFocus()
        assert ui.pause_message.hasFocus()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not ui.pause_message.hasFocus(), timeout=2000)
    index = window.index
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)
    assert window.index == index + 1 and ui.pause_message.text() == ""


def test_a_number_field_with_the_focus_does_not_swallow_b(qtbot, day) -> None:  # type: ignore[no-untyped-def]
    window, _clock = day
    spin = window.ui.pause_until
    window.ui.pause_until_on.setChecked(True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    spin.setFocus()
    spin.setTime(QTime(12, 0))  # not the default (now + 15 min): at 23:50 its Up does nothing
    before = spin.time()
    qtbot.keyClick(spin, Qt.Key.Key_B)
    assert window.beamer.is_black() and spin.time() == before
    qtbot.keyClick(spin, Qt.Key.Key_Period)
    assert not window.beamer.is_black()
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # its own keys still work
    assert spin.time() != before and window.index == -1
