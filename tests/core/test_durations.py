"""Durations with units, clock times as clock times, ahead/behind the plan from clock times."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.core.durations import (
    clock_time,
    duration_text,
    minutes_text,
    parts,
    plan_delta,
    planned_starts,
    whole_minutes,
)


def test_durations_are_written_with_units() -> None:
    assert duration_text(15 * 60) == "15 min"
    assert duration_text(4 * 60 + 21) == "4 min 21 s"
    assert duration_text(86 * 60) == "1 h 26 min"
    assert duration_text(45) == "45 s"
    assert duration_text(0) == "0 min"
    assert duration_text(-5) == "0 min"
    assert duration_text(3600) == "1 h"
    assert duration_text(2 * 3600 + 5) == "2 h"  # seconds are dropped from an hour on


def test_minutes_round_and_hours_drop_seconds() -> None:
    assert minutes_text(90) == "1 h 30 min"
    assert minutes_text(255) == "4 h 15 min"
    assert duration_text(31, with_seconds=False) == "1 min"
    assert duration_text(18, with_seconds=False) == "0 min"
    assert duration_text(3600 + 29 * 60 + 31) == "1 h 30 min"
    assert parts(4 * 60 + 21) == [("min", 4), ("s", 21)]


def test_words_can_be_replaced_by_a_translation() -> None:
    dutch = {"h": "u", "min": "min", "s": "s"}
    assert duration_text(86 * 60, lambda u, n: f"{n} {dutch[u]}") == "1 u 26 min"


def test_clock_time_and_whole_minutes() -> None:
    assert clock_time(datetime(2026, 10, 15, 9, 5)) == "09:05"
    assert whole_minutes(119) == 1
    assert whole_minutes(-119) == -1
    assert whole_minutes(59) == 0


ANCHOR = datetime(2026, 10, 15, 13, 0)
PLAN = [15, 30, 10]  # 13:00, 13:15, 13:45, end 13:55


def test_planned_starts_are_clock_times() -> None:
    starts = planned_starts(ANCHOR, PLAN)
    assert [clock_time(s) for s in starts] == ["13:00", "13:15", "13:45"]


def at(minute: float) -> datetime:
    return ANCHOR + timedelta(minutes=minute)


def test_behind_when_the_current_item_started_late() -> None:
    # the second item should start at 13:15 and started at 13:20: 5 min behind
    assert plan_delta(ANCHOR, PLAN, 1, at(21), current_start=at(20)) == 5 * 60


def test_ahead_when_the_current_item_started_early() -> None:
    assert plan_delta(ANCHOR, PLAN, 1, at(12), current_start=at(11)) == -4 * 60


def test_running_over_its_planned_end_makes_it_later_every_minute() -> None:
    # started on time at 13:15, planned end 13:45; at 13:52 it is still running: 7 min behind
    assert plan_delta(ANCHOR, PLAN, 1, at(52), current_start=at(15)) == 7 * 60


def test_before_the_start_only_lateness_counts() -> None:
    assert plan_delta(ANCHOR, PLAN, -1, at(-10)) == 0
    assert plan_delta(ANCHOR, PLAN, -1, at(3)) == 3 * 60


def test_after_the_last_item_its_end_against_the_planned_end() -> None:
    assert plan_delta(ANCHOR, PLAN, 3, at(80), last_end=at(50)) == -5 * 60
    assert plan_delta(ANCHOR, [], 0, at(3)) == 0.0
