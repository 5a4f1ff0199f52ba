"""Countdown states and values, all from a fake clock (no sleeping)."""

from __future__ import annotations

import pytest

from app.core.clock import FakeClock
from app.core.countdown import Countdown, State, Zone


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_idle_shows_full_duration_and_does_not_run(clock: FakeClock) -> None:
    timer = Countdown(clock, 15 * 60)
    clock.advance(30)
    assert timer.state() is State.IDLE
    assert timer.text() == "15:00"
    assert timer.next_change_in() is None


def test_running_value_is_derived_from_the_clock(clock: FakeClock) -> None:
    timer = Countdown(clock, 15 * 60)
    timer.start()
    assert timer.text() == "15:00"
    clock.advance(0.25)
    assert timer.text() == "15:00"  # rounded up: the first second is still 15:00
    assert timer.next_change_in() == pytest.approx(0.75)
    clock.advance(0.75)
    assert timer.text() == "14:59"
    clock.advance(60 * 4)
    assert timer.text() == "10:59"
    assert timer.state() is State.RUNNING


def test_pause_and_resume_hold_the_value(clock: FakeClock) -> None:
    timer = Countdown(clock, 120)
    timer.start()
    clock.advance(10)
    timer.pause()
    clock.advance(500)
    assert timer.state() is State.PAUSED
    assert timer.text() == "01:50"
    assert timer.next_change_in() is None
    timer.resume()
    clock.advance(5)
    assert timer.text() == "01:45"
    timer.toggle()  # pauses
    assert timer.paused
    timer.toggle()  # resumes
    assert timer.running


def test_warning_then_overtime_counting_up(clock: FakeClock) -> None:
    timer = Countdown(clock, 120, warning=60)
    timer.start()
    clock.advance(59.5)
    assert timer.state() is State.RUNNING and timer.zone() is Zone.NORMAL
    clock.advance(0.5)
    assert timer.state() is State.WARNING
    assert timer.text() == "01:00"
    clock.advance(60)
    assert timer.state() is State.OVERTIME
    assert timer.text() == "00:00"
    clock.advance(0.5)
    assert timer.text() == "00:00"
    assert timer.next_change_in() == pytest.approx(0.5)
    clock.advance(0.5)
    assert timer.text() == "+00:01"
    clock.advance(125)
    assert timer.text() == "+02:06"
    timer.pause()
    assert timer.state() is State.PAUSED and timer.zone() is Zone.OVERTIME


def test_plus_and_minus_a_minute(clock: FakeClock) -> None:
    timer = Countdown(clock, 90)
    timer.start()
    clock.advance(40)  # 50 s left: warning
    assert timer.state() is State.WARNING
    timer.add(60)
    assert timer.text() == "01:50"
    assert timer.state() is State.RUNNING
    timer.add(-60)
    timer.add(-60)  # past zero: overtime straight away
    assert timer.state() is State.OVERTIME
    assert timer.text() == "+00:10"
    timer.add(-600)
    assert timer.duration == 0  # never negative


def test_reset_goes_back_to_idle_with_new_duration(clock: FakeClock) -> None:
    timer = Countdown(clock, 60)
    timer.start()
    clock.advance(100)
    timer.reset(300)
    assert timer.state() is State.IDLE
    assert timer.text() == "05:00"
    timer.start()
    clock.advance(1)
    assert timer.text() == "04:59"


def test_long_durations_show_hours(clock: FakeClock) -> None:
    timer = Countdown(clock, 2 * 3600)
    assert timer.text() == "2:00:00"


def test_no_drift_over_many_irregular_reads(clock: FakeClock) -> None:
    """However often or late the display asks, the value equals the true remaining time."""
    timer = Countdown(clock, 15 * 60)
    timer.start()
    for step in [0.013, 0.997, 1.031, 0.5] * 200:
        clock.advance(step)
        timer.text()
    assert timer.remaining() == pytest.approx(
        15 * 60 - 0.013 * 200 - 0.997 * 200 - 1.031 * 200 - 100
    )


def test_negative_values_are_refused(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        Countdown(clock, -1)
