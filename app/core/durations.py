"""Durations read as durations, clock times as clock times (no Qt).

"4:21" next to an agenda of clock times ("13:15") reads like a time of day, so a duration is
always written with its units: "15 min", "4 min 21 s", "1 h 26 min". The unit words come from a
`Words` function, so the UI can pass Qt's %n-aware translation (app/widgets/durations.py) while
the printables and tests use the plain English default.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

Words = Callable[[str, int], str]  # (unit "h" | "min" | "s", count) -> "3 min"
UNITS = ("h", "min", "s")


def english(unit: str, count: int) -> str:
    """The source-language words: "3 min", "1 h", "45 s"."""
    return f"{count} {unit}"


def parts(seconds: float, with_seconds: bool = True) -> list[tuple[str, int]]:
    """(unit, count) pieces of a duration, largest first, zero pieces left out.

    From an hour on, seconds are dropped (nobody plans a day to the second); without seconds
    the minutes are rounded to the nearest one. Zero is ("min", 0).
    """
    total = max(0, round(seconds))
    if not with_seconds or total >= 3600:
        total = (total + 30) // 60 * 60
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    found = [(u, n) for u, n in (("h", hours), ("min", minutes), ("s", secs)) if n]
    return found or [("min", 0)]


def duration_text(seconds: float, words: Words = english, with_seconds: bool = True) -> str:
    """ "15 min", "4 min 21 s", "1 h 26 min", "45 s"; negative durations count as zero."""
    return " ".join(words(unit, count) for unit, count in parts(seconds, with_seconds))


def minutes_text(minutes: float, words: Words = english) -> str:
    """A planned length in minutes: 90 -> "1 h 30 min", 15 -> "15 min"."""
    return duration_text(minutes * 60, words, with_seconds=False)


def clock_time(moment: datetime) -> str:
    """A time of day as people read it on a clock: "13:15"."""
    return moment.strftime("%H:%M")


def whole_minutes(seconds: float) -> int:
    """Seconds as whole minutes towards zero: 119 s ahead is "1 min ahead", not 2."""
    return int(abs(seconds) // 60) * (1 if seconds >= 0 else -1)


def planned_starts(anchor: datetime, minutes: list[int]) -> list[datetime]:
    """The planned clock time of each activity from the session's start."""
    starts, at = [], anchor
    for length in minutes:
        starts.append(at)
        at += timedelta(minutes=max(0, length))
    return starts


def plan_delta(
    anchor: datetime,
    minutes: list[int],
    index: int,
    now: datetime,
    current_start: datetime | None = None,
    last_end: datetime | None = None,
) -> float:
    """Seconds behind (+) or ahead (-) of the planned clock times.

    The plan's end of the current activity against when it will end at the earliest: started at
    `current_start`, taking its planned minutes, and not before `now`. Before the first activity
    only lateness counts (a session cannot run ahead before it starts); after the last, the last
    actual end against the planned end.
    """
    starts = planned_starts(anchor, minutes)
    end = anchor + timedelta(minutes=sum(max(0, m) for m in minutes))
    if not minutes:
        return 0.0
    if index < 0:
        return max(0.0, (now - anchor).total_seconds())
    if index >= len(minutes):
        return ((last_end or now) - end).total_seconds()
    planned_end = starts[index] + timedelta(minutes=max(0, minutes[index]))
    begun = current_start or now
    earliest = max(begun + timedelta(minutes=max(0, minutes[index])), now)
    return (earliest - planned_end).total_seconds()
