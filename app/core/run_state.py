"""What the run console must remember to resume after a crash: the activity and its timer.

A snapshot is plain JSON (stored in the session's settings under "run"). The timer is kept as
duration + elapsed + paused, with the wall-clock time of the snapshot, so a running timer
resumes with the time that passed while the app was down counted as elapsed (the room did not
wait either).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.countdown import Countdown


@dataclass(frozen=True)
class TimerState:
    duration: float
    elapsed: float
    started: bool
    paused: bool
    saved_at: float  # wall clock (time.time()) of the snapshot

    def elapsed_at(self, wall_now: float) -> float:
        """Elapsed seconds at `wall_now`: a running timer went on while nobody watched."""
        if not self.started or self.paused:
            return self.elapsed
        return self.elapsed + max(0.0, wall_now - self.saved_at)

    def remaining_at(self, wall_now: float) -> float:
        return self.duration - self.elapsed_at(wall_now)

    def to_json(self) -> dict[str, Any]:
        return {
            "duration": self.duration,
            "elapsed": self.elapsed,
            "started": self.started,
            "paused": self.paused,
            "saved_at": self.saved_at,
        }

    @classmethod
    def from_json(cls, value: object) -> TimerState | None:
        if not isinstance(value, dict):
            return None
        try:
            return cls(
                float(value["duration"]),
                float(value["elapsed"]),
                bool(value["started"]),
                bool(value["paused"]),
                float(value["saved_at"]),
            )
        except (KeyError, TypeError, ValueError):
            return None


def timer_state(countdown: Countdown, wall_now: float) -> TimerState:
    return TimerState(
        countdown.duration, countdown.elapsed(), countdown.started, countdown.paused, wall_now
    )


def restore_timer(countdown: Countdown, state: TimerState, wall_now: float) -> None:
    """Put a countdown where the snapshot says it would be now: same duration, with the time
    that passed (also while the app was down) as elapsed, paused if it was paused."""
    countdown.reset(state.duration)
    if not state.started:
        return
    countdown.start()
    elapsed = state.elapsed_at(wall_now)
    if hasattr(countdown, "_started_at"):
        countdown._started_at = countdown.clock.now() - elapsed
    else:  # pragma: no cover - a future Countdown without the field: keep the time left right
        countdown.reset(max(0.0, state.duration - elapsed))
        countdown.start()
    if state.paused:
        countdown.pause()


@dataclass(frozen=True)
class RunState:
    activity_id: int
    running: bool
    timer: TimerState | None
    saved_at: float

    def to_json(self) -> dict[str, Any]:
        return {
            "activity_id": self.activity_id,
            "running": self.running,
            "timer": self.timer.to_json() if self.timer else None,
            "saved_at": self.saved_at,
        }

    @classmethod
    def from_json(cls, value: object) -> RunState | None:
        if not isinstance(value, dict) or not isinstance(value.get("activity_id"), int):
            return None
        try:
            saved_at = float(value.get("saved_at", 0))
        except (TypeError, ValueError):
            return None
        return cls(
            value["activity_id"],
            bool(value.get("running")),
            TimerState.from_json(value.get("timer")),
            saved_at,
        )
