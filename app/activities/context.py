"""What an activity's widgets receive: the store, which session and activity, the clock, and the
session's content language (the language its statements, questions and paper are in)."""

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
    language: str = ""  # the session's content language; read from the session when not given

    def __post_init__(self) -> None:
        if not self.language:  # one source: the session, never a silent default
            from app.storage.content_language import content_language

            self.language = content_language(self.store, self.session_id)

    def activity(self) -> Activity:
        activity = self.store.agenda.get(self.activity_id)
        if activity is None:
            raise LookupError(f"activity {self.activity_id} is gone")
        return activity

    def config(self) -> dict[str, Any]:
        return config_of(self.activity())
