"""The resume point's timer: the time that passed while the app was down counts as elapsed."""

from __future__ import annotations

import pytest

from app.core.clock import FakeClock
from app.core.countdown import Countdown
from app.core.run_state import RunState, TimerState, restore_timer, timer_state


def test_a_running_timer_went_on_while_the_app_was_down() -> None:
    clock = FakeClock()
    countdown = Countdown(clock, 600)
    countdown.start()
    clock.advance(100)
    state = timer_state(countdown, wall_now=5_000.0)
    assert state.elapsed == pytest.approx(100)
    assert state.remaining_at(5_000.0 + 40) == pytest.approx(460)  # 40 s to restart the laptop

    fresh = Countdown(FakeClock(start=7.0), 1)  # another process, another clock
    restore_timer(fresh, state, wall_now=5_040.0)
    assert fresh.duration == 600 and fresh.running
    assert fresh.remaining() == pytest.approx(460)


def test_a_paused_timer_stays_where_it_was() -> None:
    clock = FakeClock()
    countdown = Countdown(clock, 300)
    countdown.start()
    clock.advance(60)
    countdown.pause()
    clock.advance(500)  # paused for a long time: the pause does not count
    state = timer_state(countdown, wall_now=1_000.0)
    fresh = Countdown(FakeClock(), 1)
    restore_timer(fresh, state, wall_now=9_999.0)
    assert fresh.paused and fresh.remaining() == pytest.approx(240)
    fresh.clock.advance(30)  # type: ignore[attr-defined]
    assert fresh.remaining() == pytest.approx(240)
    fresh.resume()
    fresh.clock.advance(30)  # type: ignore[attr-defined]
    assert fresh.remaining() == pytest.approx(210)


def test_an_idle_timer_and_overtime() -> None:
    idle = TimerState(420, 0, False, False, 0)
    fresh = Countdown(FakeClock(), 1)
    restore_timer(fresh, idle, wall_now=50)
    assert not fresh.started and fresh.remaining() == 420
    late = TimerState(60, 50, True, False, 100.0)
    restore_timer(fresh, late, wall_now=130.0)
    assert fresh.remaining() == pytest.approx(-20)  # in overtime, as the room is


def test_the_clock_going_backwards_never_makes_time_negative() -> None:
    state = TimerState(600, 100, True, False, 1_000.0)
    assert state.elapsed_at(900.0) == 100  # the laptop's clock was set back


def test_json_round_trip_and_garbage() -> None:
    state = RunState(7, True, TimerState(600, 12.5, True, True, 99.0), 100.0)
    assert RunState.from_json(state.to_json()) == state
    assert RunState.from_json(RunState(7, False, None, 1.0).to_json()) == RunState(
        7, False, None, 1.0
    )
    for garbage in (None, [], "run", {"activity_id": "7"}, {"activity_id": 1, "saved_at": "x"}):
        assert RunState.from_json(garbage) is None
    broken_timer = {"activity_id": 3, "running": True, "timer": {"duration": "lots"}}
    assert RunState.from_json(broken_timer) == RunState(3, True, None, 0.0)
