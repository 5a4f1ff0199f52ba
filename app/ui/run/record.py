"""What one opening of the run console writes as the actual times: the record of the last run.

- The first entry of an activity in this run replaces what an earlier run left (start and end),
  so a second real run records its own start and end, never the span across both runs.
- Going back to an activity within the same run keeps its start; its end is the last time it is
  left.
- After a crash, "Resume there" continues the interrupted run: the times already recorded count
  as this run's (`continue_run`).
- A rehearsal records nothing at all (and runs on a copy anyway, see app/storage/rehearsal.py).

The console's agenda lines, its ahead/behind line and the printed report all read these two
columns (`actual_start`, `actual_end`), so they always agree.
"""

from __future__ import annotations

from datetime import datetime

from app.storage.models import Activity
from app.storage.run_state import record_end, record_start
from app.storage.store import Store


class RunRecord:
    def __init__(self, store: Store, rehearsal: bool = False) -> None:
        self.store = store
        self.rehearsal = rehearsal
        self.entered_in_run: set[int] = set()

    def entered(self, activity_id: int, when: datetime) -> bool:
        """Record the actual start; False when nothing was written (rehearsal)."""
        if self.rehearsal:
            return False
        new_run = activity_id not in self.entered_in_run
        record_start(self.store, activity_id, when, new_run)
        self.entered_in_run.add(activity_id)
        return True

    def left(self, activity_id: int, when: datetime) -> bool:
        if self.rehearsal or activity_id not in self.entered_in_run:
            return False
        record_end(self.store, activity_id, when)
        return True

    def continue_run(self, activities: list[Activity]) -> None:
        """The run goes on after a crash: the starts already recorded belong to it."""
        self.entered_in_run.update(
            a.id for a in activities if a.id is not None and a.actual_start is not None
        )
