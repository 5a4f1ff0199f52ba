"""The agenda: activities of a session in order, with their configuration and actual times."""

from __future__ import annotations

import builtins
import json
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, delete, func, select

from app.core.agenda import automatic_minutes, by_hand
from app.storage.base import versioned_update
from app.storage.changes import Changes
from app.storage.engine import Database
from app.storage.models import Activity, ActivityResult, utcnow


class AgendaRepository:
    def __init__(self, db: Database, changes: Changes) -> None:
        self.db = db
        self.changes = changes

    def list(self, session_id: int) -> list[Activity]:
        with self.db.read() as s:
            query = select(Activity).where(Activity.session_id == session_id)
            return list(s.exec(query.order_by(col(Activity.position), col(Activity.id))))

    def get(self, activity_id: int) -> Activity | None:
        with self.db.read() as s:
            return s.get(Activity, activity_id)

    def add(
        self,
        session_id: int,
        kind: str,
        title: str = "",
        planned_minutes: int = 15,
        config: dict[str, Any] | None = None,
        position: int | None = None,
    ) -> Activity:
        """Add an activity at `position` (0 = first; None = at the end of the agenda)."""
        with self.db.transaction() as s:
            last = s.exec(
                select(func.coalesce(func.max(Activity.position), -1)).where(
                    Activity.session_id == session_id
                )
            ).one()
            activity = Activity(
                session_id=session_id,
                position=last + 1,
                kind=kind,
                title=title,
                planned_minutes=planned_minutes,
                config=json.dumps(config or {}, ensure_ascii=False),
            )
            s.add(activity)
            if position is not None:
                s.flush()
                self._renumber(s, session_id, activity.id, position)
        self.changes.emit("activity", session_id)
        return activity

    def has_results(self, activity_id: int) -> bool:
        """Whether anything was noted, voted or scheduled in the activity (removing loses it)."""
        with self.db.read() as s:
            query = select(func.count()).where(ActivityResult.activity_id == activity_id)
            return bool(s.exec(query).one())

    def update(
        self, activity_id: int, expected_version: int | None = None, **fields: Any
    ) -> Activity:
        if "config" in fields and not isinstance(fields["config"], str):
            fields["config"] = json.dumps(fields["config"], ensure_ascii=False)
        with self.db.transaction() as s:
            if "config" in fields and "planned_minutes" not in fields:
                fields = {**fields, **_following(s.get(Activity, activity_id), fields["config"])}
            activity = versioned_update(s, Activity, activity_id, fields, expected_version)
        self.changes.emit("activity", activity.session_id)
        return activity

    def remove(self, activity_id: int) -> None:
        with self.db.transaction() as s:
            activity = s.get(Activity, activity_id)
            if activity is None:
                return
            session_id = activity.session_id
            s.exec(delete(ActivityResult).where(col(ActivityResult.activity_id) == activity_id))
            s.delete(activity)
            s.flush()
            self._renumber(s, session_id, None, 0)
        self.changes.emit("activity", session_id)

    def move(self, activity_id: int, new_index: int) -> None:
        """Move an activity to a new place in the agenda (0 = first)."""
        with self.db.transaction() as s:
            activity = s.get(Activity, activity_id)
            if activity is None:
                return
            self._renumber(s, activity.session_id, activity_id, new_index)
        self.changes.emit("activity", activity.session_id)

    def reorder(self, session_id: int, ids: builtins.list[int]) -> None:
        """Put the agenda in the order given (after a drag and drop); ids not given keep their
        relative order after the given ones."""
        with self.db.transaction() as s:
            items = list(
                s.exec(
                    select(Activity)
                    .where(Activity.session_id == session_id)
                    .order_by(col(Activity.position), col(Activity.id))
                )
            )
            rank: dict[int | None, int] = {key: index for index, key in enumerate(ids)}
            items.sort(key=lambda a: rank.get(a.id, len(ids)))
            for position, item in enumerate(items):
                if item.position != position:
                    item.position = position
                    item.version += 1
                    item.updated_at = utcnow()
                    s.add(item)
        self.changes.emit("activity", session_id)

    @staticmethod
    def _renumber(s: Session, session_id: int, moving_id: int | None, new_index: int) -> None:
        items = list(
            s.exec(
                select(Activity)
                .where(Activity.session_id == session_id)
                .order_by(col(Activity.position), col(Activity.id))
            )
        )
        if moving_id is not None:
            moving = next(a for a in items if a.id == moving_id)
            items.remove(moving)
            items.insert(max(0, min(new_index, len(items))), moving)
        for position, item in enumerate(items):
            if item.position != position:
                item.position = position
                item.version += 1
                item.updated_at = utcnow()
                s.add(item)

    def mark_started(self, activity_id: int, when: datetime | None = None) -> Activity:
        """Record the actual start (kept if it was already started, e.g. after going back)."""
        current = self.get(activity_id)
        if current is not None and current.actual_start is not None:
            return current
        return self.update(activity_id, actual_start=when or utcnow(), actual_end=None)

    def mark_ended(self, activity_id: int, when: datetime | None = None) -> Activity:
        return self.update(activity_id, actual_end=when or utcnow())


def _following(activity: Activity | None, config_text: str) -> dict[str, Any]:
    """The planned minutes that follow a new configuration (rounds, minutes per round), unless
    the organiser set them by hand (app/core/agenda.py)."""
    if activity is None:
        return {}
    try:
        config = json.loads(config_text)
    except json.JSONDecodeError:
        return {}
    if not isinstance(config, dict) or by_hand(config):
        return {}
    minutes = automatic_minutes(activity.kind, config)
    return (
        {}
        if minutes is None or minutes == activity.planned_minutes
        else {"planned_minutes": minutes}
    )


def config_of(activity: Activity) -> dict[str, Any]:
    """The activity's configuration as a dict (an unreadable one counts as empty)."""
    try:
        value = json.loads(activity.config or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
