"""A countdown read from an injected monotonic clock: the shown time never drifts.

The value is derived from when it started and how long it was paused, never from counting ticks,
so a late or skipped repaint cannot make the timer wrong; it only shows the right value late.
After zero it keeps going as overtime (counting up). No Qt here: the Qt side asks
`next_change_in()` to repaint exactly when the shown second changes.
"""

from __future__ import annotations

import math
from enum import StrEnum

from app.core.clock import Clock


class State(StrEnum):
    IDLE = "idle"  # never started (or reset)
    RUNNING = "running"  # counting down, more than the warning threshold left
    WARNING = "warning"  # counting down, within the warning threshold
    OVERTIME = "overtime"  # running past zero, counting up
    PAUSED = "paused"  # started, held


class Zone(StrEnum):
    """Which colour the display takes, also while paused."""

    NORMAL = "normal"
    WARNING = "warning"
    OVERTIME = "overtime"


class Countdown:
    def __init__(self, clock: Clock, duration: float, warning: float = 60.0) -> None:
        if duration < 0 or warning < 0:
            raise ValueError("duration and warning must not be negative")
        self.clock = clock
        self.duration = float(duration)
        self.warning = float(warning)
        self._started_at: float | None = None  # clock time of the (first) start
        self._paused_at: float | None = None
        self._paused_total = 0.0

    # -- commands -------------------------------------------------------------------------
    def start(self) -> None:
        """Start from the full duration; on a paused countdown it resumes instead."""
        if self._started_at is None:
            self._started_at = self.clock.now()
        elif self._paused_at is not None:
            self.resume()

    def pause(self) -> None:
        if self._started_at is not None and self._paused_at is None:
            self._paused_at = self.clock.now()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self.clock.now() - self._paused_at
            self._paused_at = None

    def toggle(self) -> None:
        """Start, pause or resume: what one button or one clicker press does."""
        if self._started_at is None or self._paused_at is not None:
            self.start()
        else:
            self.pause()

    def reset(self, duration: float | None = None) -> None:
        """Back to idle with the full (or a new) duration."""
        if duration is not None:
            if duration < 0:
                raise ValueError("duration must not be negative")
            self.duration = float(duration)
        self._started_at = None
        self._paused_at = None
        self._paused_total = 0.0

    def add(self, seconds: float) -> None:
        """+1/-1 minute: changes the total; never below what has already elapsed + 0."""
        self.duration = max(0.0, self.duration + seconds)

    # -- reading --------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self._started_at is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def running(self) -> bool:
        return self.started and not self.paused

    def elapsed(self) -> float:
        if self._started_at is None:
            return 0.0
        end = self._paused_at if self._paused_at is not None else self.clock.now()
        return max(0.0, end - self._started_at - self._paused_total)

    def remaining(self) -> float:
        """Seconds left; negative in overtime."""
        return self.duration - self.elapsed()

    def zone(self) -> Zone:
        left = self.remaining()
        if self.started and left <= 0:
            return Zone.OVERTIME
        if left <= self.warning and self.started:
            return Zone.WARNING
        return Zone.NORMAL

    def state(self) -> State:
        if not self.started:
            return State.IDLE
        if self.paused:
            return State.PAUSED
        return {Zone.NORMAL: State.RUNNING, Zone.WARNING: State.WARNING}.get(
            self.zone(), State.OVERTIME
        )

    def shown_seconds(self) -> int:
        """The whole seconds on the display: rounded up before zero, down in overtime."""
        left = self.remaining()
        if left > 0:
            return math.ceil(left - 1e-9)
        return math.floor(-left + 1e-9)

    def text(self) -> str:
        """ "mm:ss" (or "h:mm:ss" from an hour), with a leading "+" in overtime."""
        seconds = self.shown_seconds()
        sign = "+" if self.started and self.remaining() < 0 and seconds > 0 else ""
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        if hours:
            return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
        return f"{sign}{minutes:02d}:{secs:02d}"

    def next_change_in(self) -> float | None:
        """Seconds until the shown value changes; None when it cannot change (not running)."""
        if not self.running:
            return None
        left = self.remaining()
        if left > 0:
            fraction = left - math.floor(left)
            return fraction if fraction > 1e-9 else 1.0
        over = -left
        return 1.0 - (over - math.floor(over))
