"""What one opening of the run console writes as the actual times: the record of the last run.

- The first entry of an activity in this run replaces what an earlier run left (start and end),
  so a second real run records its own start and end, never the span across both runs.
- The actual time of an activity is the time it was on screen in this run: going back to it
  (a look back from the next item) adds the seconds it is shown again, not the time in between.
  It is stored as start = first entry, end = start + time on screen, so the report's clock times
  read naturally and the console's session total never counts a minute twice.
- After a crash, "Resume there" continues the interrupted run: the times already recorded count
  as this run's (`continue_run`).
- A rehearsal runs on a temporary copy (app/storage/rehearsal.py): its times are recorded there,
  so the console shows them while rehearsing, and vanish with the copy.

The console's agenda lines, its ahead/behind line and the printed report all read these two
columns (`actual_start`, `actual_end`), so they always agree.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.storage.models import Activity
from app.storage.run_state import record_end, record_start
from app.storage.store import Store


class RunRecord:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.starts: dict[int, datetime] = {}  # first entry in this run
        self.spent: dict[int, float] = {}  # seconds on screen in this run, before the current visit
        self.entered_at: dict[int, datetime] = {}  # the current visit began (one at a time)

    def entered(self, activity_id: int, when: datetime) -> None:
        """Record the actual start (only the first entry of this run writes it)."""
        self.entered_at = {activity_id: when}
        if activity_id in self.starts:
            return
        record_start(self.store, activity_id, when, new_run=True)  # may raise: then unknown
        self.starts[activity_id] = when
        self.spent[activity_id] = 0.0

    def left(self, activity_id: int, when: datetime) -> None:
        """Record the end: the start plus the time on screen in this run."""
        began = self.entered_at.pop(activity_id, None)
        if began is None or activity_id not in self.starts:
            return
        self.spent[activity_id] += max(0.0, (when - began).total_seconds())
        end = self.starts[activity_id] + timedelta(seconds=self.spent[activity_id])
        record_end(self.store, activity_id, end)

    def live_seconds(self, activity_id: int, now: datetime) -> float | None:
        """Seconds on screen so far for the activity being shown; None for any other."""
        began = self.entered_at.get(activity_id)
        if began is None or activity_id not in self.spent:
            return None
        return self.spent[activity_id] + max(0.0, (now - began).total_seconds())

    def continue_run(self, activities: list[Activity], now: datetime) -> None:
        """The run goes on after a crash: the times already recorded belong to it, and the
        interrupted activity (a start, no end) ran on while the app was down."""
        for a in activities:
            start, end = as_utc(a.actual_start), as_utc(a.actual_end)
            if a.id is None or start is None:
                continue
            self.starts[a.id] = start
            self.spent[a.id] = max(0.0, ((end or now) - start).total_seconds())


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without a zone; they were written as UTC."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
