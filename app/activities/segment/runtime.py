"""A talk or a break: the beamer shows the title, the optional caption and the time left.

The timer starts when the console enters the segment (the talk has begun), so a clicker press
moves straight on to the next activity; the facilitator can still pause or adjust it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.core.i18n import localized
from app.widgets.sound import shared_chime
from app.widgets.timer import TimerController, warning_seconds


class SegmentRuntime(ActivityRuntime):
    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        activity = context.activity()
        self.title = activity.title
        config = context.config()
        caption = localized(config.get("caption"), context.language)
        self.timer = TimerController(
            context.clock, max(0, activity.planned_minutes) * 60, warning=warning_seconds(config),
            chime=shared_chime(), caption=caption, parent=self,
        )  # fmt: skip
        self.timer.stateChanged.connect(lambda _state: self.changed.emit())

    def start(self) -> None:
        if not self.timer.countdown.started:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
