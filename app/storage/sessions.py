"""Sessions (meetings): list, create (blank or from a template), edit, duplicate, delete."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import col, delete, func, or_, select

from app.core.templates import Template
from app.storage.base import versioned_update
from app.storage.changes import Changes
from app.storage.engine import Database
from app.storage.models import ActionItem, Activity, ActivityResult, MeetingSession, Participant
from app.storage.people import drop_orphans, forget_people


class SessionRepository:
    def __init__(self, db: Database, changes: Changes) -> None:
        self.db = db
        self.changes = changes

    def list(self, search: str = "") -> list[MeetingSession]:
        """Newest first; search matches title, venue or date (case-insensitive)."""
        query = select(MeetingSession)
        if search.strip():
            pattern = f"%{search.strip().lower()}%"
            query = query.where(
                or_(
                    func.lower(MeetingSession.title).like(pattern),
                    func.lower(MeetingSession.venue).like(pattern),
                    col(MeetingSession.date).like(pattern),
                )
            )
        query = query.order_by(col(MeetingSession.date).desc(), col(MeetingSession.id).desc())
        with self.db.read() as s:
            return list(s.exec(query).all())

    def get(self, session_id: int) -> MeetingSession | None:
        with self.db.read() as s:
            return s.get(MeetingSession, session_id)

    def create(self, title: str, template: Template | None = None, **fields: Any) -> MeetingSession:
        """A new session; with a template its agenda (and default details) come along."""
        with self.db.transaction() as s:
            meeting = MeetingSession(title=title, **fields)
            if template is not None:
                meeting.template_key = template.key
                meeting.capacity = meeting.capacity or template.capacity
            s.add(meeting)
            s.flush()
            assert meeting.id is not None
            if template is not None:
                for position, item in enumerate(template.activities):
                    s.add(
                        Activity(
                            session_id=meeting.id,
                            position=position,
                            kind=item.kind,
                            title=item.title,
                            planned_minutes=item.minutes,
                            config=json.dumps(item.config, ensure_ascii=False),
                        )
                    )
        self.changes.emit("meeting_session", meeting.id)
        return meeting

    def update(
        self, session_id: int, expected_version: int | None = None, **fields: Any
    ) -> MeetingSession:
        with self.db.transaction() as s:
            record = versioned_update(s, MeetingSession, session_id, fields, expected_version)
        self.changes.emit("meeting_session", session_id)
        return record

    def duplicate(self, session_id: int, title: str) -> MeetingSession:
        """A copy with the same details, agenda and open action items; no people, no results."""
        with self.db.transaction() as s:
            source = s.get(MeetingSession, session_id)
            if source is None:
                raise ValueError(f"no session {session_id}")
            # a duplicate stands alone: it joins a series only when asked (store.series)
            data = source.model_dump(
                exclude={"id", "uid", "created_at", "updated_at", "version", "series_id",
                         "series_position"}
            )  # fmt: skip
            data["title"] = title
            copy = MeetingSession(**data)
            s.add(copy)
            s.flush()
            assert copy.id is not None  # the flush gave it one
            activities = s.exec(
                select(Activity).where(Activity.session_id == session_id).order_by("position")
            ).all()
            for activity in activities:
                s.add(
                    Activity(
                        session_id=copy.id,
                        position=activity.position,
                        kind=activity.kind,
                        title=activity.title,
                        planned_minutes=activity.planned_minutes,
                        config=activity.config,
                    )
                )
            items = s.exec(select(ActionItem).where(ActionItem.session_id == session_id)).all()
            for item in items:
                if not item.done:
                    s.add(
                        ActionItem(
                            session_id=copy.id,
                            position=item.position,
                            what=item.what,
                            who=item.who,
                            due=item.due,
                        )
                    )
        assert copy.id is not None
        self.changes.emit("meeting_session", copy.id)
        return copy

    def delete(self, session_id: int) -> None:
        """Delete a session and everything in it (explicitly, so it works without cascades)."""
        with self.db.transaction() as s:
            activity_ids = select(Activity.id).where(Activity.session_id == session_id)
            s.exec(delete(ActivityResult).where(col(ActivityResult.activity_id).in_(activity_ids)))
            s.exec(delete(Activity).where(col(Activity.session_id) == session_id))
            forget_people(s, session_id)
            s.exec(delete(Participant).where(col(Participant.session_id) == session_id))
            s.exec(delete(ActionItem).where(col(ActionItem.session_id) == session_id))
            s.exec(delete(MeetingSession).where(col(MeetingSession.id) == session_id))
            s.flush()
            drop_orphans(s)
        self.changes.emit("meeting_session", session_id)
