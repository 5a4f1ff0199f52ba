"""What an activity's widgets receive: the store, which session and activity, the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.clock import Clock, MonotonicClock
from app.storage.agenda import config_of
from app.storage.models import Activity
from app.storage.store import Store


@dataclass
class ActivityContext:
    store: Store
    session_id: int
    activity_id: int
    clock: Clock = field(default_factory=MonotonicClock)
    language: str = "nl"

    def activity(self) -> Activity:
        activity = self.store.agenda.get(self.activity_id)
        if activity is None:
            raise LookupError(f"activity {self.activity_id} is gone")
        return activity

    def config(self) -> dict[str, Any]:
        return config_of(self.activity())
