"""Keeps the resume point of a running session up to date (see app/storage/run_state.py).

The run console creates one RunStateRecorder, calls `entered(activity_id, runtime)` after it
starts an activity and `left()` when it leaves one normally. The timer is saved on every
command (start, pause, ±1 minute), not every second: between commands its state follows from
the wall clock.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.run_state import RunState, TimerState, restore_timer, timer_state
from app.storage.run_state import interrupted_run, save_run_state

if TYPE_CHECKING:
    from app.storage.store import Store

log = logging.getLogger(__name__)


def runtime_timer(runtime: object):
    """The runtime's TimerController, if it has one (segment, meet_greet, breakout...)."""
    timer = getattr(runtime, "timer", None)
    return timer if timer is not None and hasattr(timer, "countdown") else None


class RunStateRecorder(QObject):
    def __init__(
        self,
        store: Store,
        session_id: int,
        parent: QObject | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.store, self.session_id, self.wall = store, session_id, wall
        self.activity_id: int | None = None
        self._timer = None
        self._last: tuple[object, ...] | None = None

    def entered(self, activity_id: int, runtime: object) -> None:
        self.left(clear=False)
        self.activity_id = activity_id
        self._timer = runtime_timer(runtime)
        if self._timer is not None:
            self._timer.ticked.connect(self._timer_changed)
        self._last = None
        self.save()

    def left(self, clear: bool = True) -> None:
        if self._timer is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._timer.ticked.disconnect(self._timer_changed)
        self._timer = None
        if clear and self.activity_id is not None:
            self._write(RunState(self.activity_id, False, None, self.wall()))
        self.activity_id = None

    def _timer_changed(self) -> None:
        """Save only when a command changed the timer (not on every repaint tick)."""
        if self._timer is None:
            return
        countdown = self._timer.countdown
        key = (countdown.duration, countdown.started, countdown.paused)
        if key != self._last:
            self.save()

    def save(self) -> None:
        if self.activity_id is None:
            return
        timer: TimerState | None = None
        if self._timer is not None:
            countdown = self._timer.countdown
            timer = timer_state(countdown, self.wall())
            self._last = (countdown.duration, countdown.started, countdown.paused)
        self._write(RunState(self.activity_id, True, timer, self.wall()))

    def _write(self, state: RunState) -> None:
        try:
            save_run_state(self.store, self.session_id, state)
        except Exception:  # the resume point is a convenience; never stop the meeting for it
            log.exception("cannot save the run state")


def resume_point(store, session_id: int) -> RunState | None:
    """What to offer when the console opens: the interrupted activity, or None."""
    return interrupted_run(store, session_id)


def resume_timer(runtime: object, state: RunState, wall_now: float | None = None) -> bool:
    """Set the runtime's timer as the interrupted one would be now; False if nothing to set."""
    timer = runtime_timer(runtime)
    if timer is None or state.timer is None:
        return False
    restore_timer(timer.countdown, state.timer, time.time() if wall_now is None else wall_now)
    timer.on_timeout()  # repaint and reschedule from the new state
    return True
