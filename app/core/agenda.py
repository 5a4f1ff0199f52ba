"""Agenda arithmetic: running totals and the planned clock time of each activity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.core.durations import clock_time  # durations read as durations: app/core/durations.py


@dataclass(frozen=True)
class Slot:
    start_minute: int  # minutes after the session's start
    end_minute: int
    start_clock: str  # "HH:MM", or "" when the session has no start time
    end_clock: str


def parse_clock(text: str) -> datetime | None:
    """A "HH:MM" start time as a datetime on an arbitrary day; None when empty or invalid."""
    try:
        return datetime.strptime(text.strip(), "%H:%M")
    except ValueError:
        return None


def schedule(minutes: list[int], start: str = "") -> list[Slot]:
    """Slots for consecutive activities of the given planned minutes."""
    origin = parse_clock(start)
    slots = []
    elapsed = 0
    for length in minutes:
        begin, elapsed = elapsed, elapsed + max(0, length)
        slots.append(Slot(begin, elapsed, _clock(origin, begin), _clock(origin, elapsed)))
    return slots


def total(minutes: list[int]) -> int:
    return sum(max(0, m) for m in minutes)


def _clock(origin: datetime | None, minutes: int) -> str:
    return "" if origin is None else clock_time(origin + timedelta(minutes=minutes))


# -- planned minutes that follow the content (issue 21) ----------------------------------------
BY_HAND = "planned_by_hand"  # config flag: the organiser typed the planned minutes themselves
BREAKOUT_CHANGE_MINUTES = 5  # moving to the next table between two breakout rounds
SPEED_DATING_SWITCH_MINUTES = 1  # changing partners between two speed-dating rounds


def _whole(value: object, default: int, low: int = 0, high: int = 24 * 60) -> int:
    return max(low, min(high, value)) if isinstance(value, int) else default


def automatic_minutes(kind: str, config: dict[str, Any]) -> int | None:
    """The planned minutes the content asks for, or None when the kind has no such rule.

    A breakout: its rounds' minutes plus a change of `change_minutes` (default 5) between two
    rounds. Speed dating: rounds × minutes per round plus a switch of `switch_minutes`
    (default 1) between two rounds. Mingling freely and the other kinds are planned by hand.
    """
    if kind == "breakout":
        rounds = [r for r in config.get("rounds") or [] if isinstance(r, dict)] or [{}]
        lengths = [_whole(r.get("minutes"), 30, 1) for r in rounds]
        change = _whole(config.get("change_minutes"), BREAKOUT_CHANGE_MINUTES)
        return sum(lengths) + change * (len(lengths) - 1)
    if kind == "meet_greet" and config.get("mode") == "speed_dating":
        count = _whole(config.get("rounds"), 4, 1, 50)
        minutes = _whole(config.get("round_minutes"), 3, 1, 120)
        switch = _whole(config.get("switch_minutes"), SPEED_DATING_SWITCH_MINUTES)
        return count * minutes + switch * (count - 1)
    return None


def set_by_hand(kind: str, config: dict[str, Any], minutes: int) -> bool:
    """Whether typed minutes count as an override: the kind has a rule and they differ from it."""
    automatic = automatic_minutes(kind, config)
    return automatic is not None and automatic != minutes


def by_hand(config: dict[str, Any]) -> bool:
    return config.get(BY_HAND) is True
