"""Agenda arithmetic: running totals and the planned clock time of each activity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

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
