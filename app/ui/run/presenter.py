"""The presenter strip of the run console: the time of day, what comes next and when it was
planned, and how far ahead or behind the plan the session is, in clock times.

The plan is anchored at the session's start time on the day of the run. A session without a start
time, or run on another day than its date (a rehearsal the day before), is anchored at the actual
start of its first activity instead, so "behind" never means "it is not the 15th yet".
The arithmetic lives in app/core/durations.py (no Qt); this widget only shows it.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.agenda import parse_clock
from app.core.durations import clock_time, plan_delta, planned_starts, whole_minutes
from app.core.i18n import fill
from app.i18n import translate
from app.storage.models import Activity
from app.storage.store import Store
from app.widgets.plain import plain_label


class Console(Protocol):
    """What the strip reads from the run console (app/ui/run/console.py), which owns it."""

    store: Store
    session_id: int
    ui: Any  # its layout: the strip shows the ahead/behind line in `ui.schedule`
    activities: list[Activity]
    index: int

    def now(self) -> datetime: ...


def local(moment: datetime | None) -> datetime | None:
    """A stored (UTC, maybe naive) time as local wall-clock time without a zone."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def plan_anchor(
    start_time: str,
    session_date: str,
    now: datetime,
    activities: list[Activity],
    rehearsal: bool = False,
) -> datetime | None:
    """Where the plan starts in local clock time (see the module's docstring); None if unknown.

    A rehearsal is always anchored at its own first start: rehearsing at 9:00 for a 13:00
    session is not "four hours ahead"."""
    start = parse_clock(start_time)
    today = session_date in ("", now.date().isoformat())
    if rehearsal:
        first = local(activities[0].actual_start) if activities else None
        return first
    if start is not None and today:
        return datetime.combine(now.date(), start.time())
    first = local(activities[0].actual_start) if activities else None
    if first is None:
        return None
    if start is not None:  # another day: the planned start time on the day the run began
        return datetime.combine(first.date(), start.time())
    return first


def status_text(delta_seconds: float) -> str:
    """ "On schedule" within a minute, else "N min behind/ahead of the plan" (%n plural)."""
    minutes = whole_minutes(delta_seconds)
    if minutes == 0:
        return QCoreApplication.translate("Presenter", "On schedule")
    if minutes > 0:
        return QCoreApplication.translate("Presenter", "%n min behind the plan", "", minutes)
    return QCoreApplication.translate("Presenter", "%n min ahead of the plan", "", -minutes)


def pause_line(until: datetime, now: datetime) -> str:
    """The pause screen's countdown: "Back at 15:30 · 12 min to go" (minutes rounded up)."""
    back = fill(translate("Presenter", "Back at {time}"), time=clock_time(until))
    left = math.ceil((until - now).total_seconds() / 60)
    if left <= 0:
        return back
    return back + " · " + QCoreApplication.translate("Presenter", "%n min to go", "", left)


class PresenterStrip(QFrame):
    """Clock, next item and plan status, refreshed by the console once a second."""

    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.setObjectName("presenterStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        meeting = console.store.sessions.get(console.session_id)
        self.start_time = meeting.start_time if meeting else ""
        self.session_date = meeting.date if meeting else ""
        self.clock = QLabel(self)
        self.clock.setObjectName("presenterClock")
        big = QFont(self.clock.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.clock.setFont(big)
        self.clock.setToolTip(self.tr("Time of day"))
        self.next_item = plain_label(parent=self)  # the next item's title is data
        self.next_item.setObjectName("presenterNext")
        self.next_item.setWordWrap(True)
        self.next_item.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status = console.ui.schedule  # the console's one ahead/behind line lives here
        self.status.setParent(self)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bold = QFont(self.next_item.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        bold.setBold(True)
        self.status.setFont(bold)
        self.next_item.setFont(bold)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.next_item)
        texts.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.clock)
        layout.addSpacing(12)
        layout.addLayout(texts, 1)
        self.delta: float | None = None

    def now(self) -> datetime:
        """Local wall-clock time, following the console's clock (a fake one in tests)."""
        return self.console.now().astimezone().replace(tzinfo=None)

    def anchor(self) -> datetime | None:
        rehearsal = bool(getattr(self.console, "rehearsal", False))  # the console's rehearsal mode
        return plan_anchor(
            self.start_time, self.session_date, self.now(), self.console.activities, rehearsal
        )

    def plan_seconds(self) -> float | None:
        """Behind (+) or ahead (-) of the planned clock times; None without a plan to compare."""
        anchor = self.anchor()
        if anchor is None:
            return None
        activities = self.console.activities
        index = self.console.index
        current = activities[index] if 0 <= index < len(activities) else None
        last = local(activities[-1].actual_end) if activities else None
        return plan_delta(
            anchor,
            [a.planned_minutes for a in activities],
            index,
            self.now(),
            current_start=local(current.actual_start) if current else None,
            last_end=last,
        )

    def refresh(self) -> None:
        now = self.now()
        self.clock.setText(clock_time(now))
        activities = self.console.activities
        following = self.console.index + 1
        anchor = self.anchor()
        if following < len(activities):
            item = activities[following]
            text = fill(self.tr("Next: {title}"), title=item.title)
            if anchor is not None:
                starts = planned_starts(anchor, [a.planned_minutes for a in activities])
                text += " · " + fill(self.tr("planned {time}"), time=clock_time(starts[following]))
            self.next_item.setText(text)
        else:
            self.next_item.setText(self.tr("Next: the end of the session"))
        self.delta = self.plan_seconds()
        if self.delta is None:
            self.status.setText(self.tr("No start time set: the plan starts with the first item"))
        else:
            self.status.setText(status_text(self.delta))

    # -- the pause screen's countdown (the console's "Back at" field) ---------------------
    def pause_countdown(self) -> str:
        """The pause screen's "Back at 15:30 · 12 min to go", empty without a time."""
        ui = self.console.ui
        if not ui.pause_until_on.isChecked():
            return ""
        now = self.now()
        wanted = ui.pause_until.time()
        until = now.replace(hour=wanted.hour(), minute=wanted.minute(), second=0, microsecond=0)
        return pause_line(until, now)

    def pause_default(self) -> QTime:
        """Suggest a quarter of an hour from now, on a five-minute mark."""
        later = self.now() + timedelta(minutes=15)
        return QTime(later.hour, later.minute - later.minute % 5)
