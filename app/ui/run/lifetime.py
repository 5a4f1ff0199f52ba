"""How long an activity's runtime lives in the run console: from its first entry to the end.

The console keeps one runtime per visited activity instead of building a new one on every
entry, so leaving an activity (forward or back) and coming back shows it exactly as it was: its
timer, its round or phase, its current statement. Only the widgets are rebuilt; they read the
live runtime. What happens to a timer when its activity is left (decided in issue 15):

- **left backwards** (PageUp to an earlier item, a look back): the activity is still going on in
  the room, so its timer goes on too (it is derived from a start time on the clock); a paused one
  stays paused. Coming back shows the time that is really left.
- **left forwards** (PageDown to a later item, or a jump further on): the activity has ended; a
  running timer is paused at that moment, so going back to it shows its end state (e.g. 03:12 or
  +01:05, grey), never a fresh timer. Its own Resume button takes it up again.

A fresh runtime (timer at full time, round 1) comes only from the console's explicit
"Restart activity" button (`discard`), never from a key.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from app.activities.base import ActivityRuntime
from app.widgets.run_state import runtime_timer

log = logging.getLogger(__name__)


class KeptRuntimes(QObject):
    """The runtimes of the activities visited since the console opened, by activity id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kept: dict[int, ActivityRuntime] = {}

    def get(self, activity_id: int) -> ActivityRuntime | None:
        return self._kept.get(activity_id)

    def keep(self, activity_id: int, runtime: ActivityRuntime) -> None:
        self._kept[activity_id] = runtime

    def ids(self) -> list[int]:
        return list(self._kept)

    @staticmethod
    def left(runtime: ActivityRuntime, forward: bool) -> None:
        """The console left this runtime's activity: stop repainting, freeze it if it ended."""
        timer = runtime_timer(runtime)
        if forward and timer is not None and timer.countdown.running:
            timer.pause()  # the end state, kept as it was
        try:
            runtime.stop()
        except Exception:  # a kind's bug must not stop the meeting
            log.exception("activity runtime could not stop")

    @staticmethod
    def wake(runtime: ActivityRuntime) -> None:
        """The console entered the activity again: repaint and reschedule its timer from the
        clock (time that passed while it was left is counted)."""
        timer = runtime_timer(runtime)
        if timer is not None:
            timer.on_timeout()

    def discard(self, activity_id: int) -> None:
        """Forget one activity's runtime: its next entry starts it afresh (explicit restart)."""
        runtime = self._kept.pop(activity_id, None)
        if runtime is not None:
            self._dispose(runtime)

    def close(self) -> None:
        for runtime in self._kept.values():
            self._dispose(runtime)
        self._kept.clear()

    @staticmethod
    def _dispose(runtime: ActivityRuntime) -> None:
        try:
            runtime.stop()
            runtime.follow_store(False)
        except Exception:
            log.exception("activity runtime could not stop")
        runtime.deleteLater()
