"""Copying whole sessions between databases (SQLite <-> PostgreSQL), idempotently.

A session is recognised in the target by its `uid` (revision 0003), never by its id, which
differs per database. A session that is already there is skipped, or replaced with `replace`
(the copy then equals the source). Rows keep their timestamps, versions and authors; only ids
are new. Used by `tafelronde copy` (app/cli/copy.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, SQLModel, col, delete, select

from app.storage.models import ActionItem, Activity, ActivityResult, MeetingSession, Participant

COPIED, SKIPPED, REPLACED = "copied", "skipped", "replaced"


def _aware(value: Any) -> Any:
    """SQLite hands back naive datetimes (stored as UTC); make them explicit for PostgreSQL."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _fields(record: SQLModel, *drop: str) -> dict[str, Any]:
    return {
        name: _aware(getattr(record, name))
        for name in type(record).model_fields
        if name not in ("id", *drop)
    }


def _remove(s: Session, session_id: int) -> None:
    activity_ids = select(Activity.id).where(Activity.session_id == session_id)
    s.exec(delete(ActivityResult).where(col(ActivityResult.activity_id).in_(activity_ids)))
    for model in (Activity, Participant, ActionItem):
        s.exec(delete(model).where(model.session_id == session_id))  # type: ignore[attr-defined]
    s.exec(delete(MeetingSession).where(MeetingSession.id == session_id))


def copy_session(source, target, session_id: int, replace: bool = False) -> str:  # type: ignore[no-untyped-def]
    """Copy one session with everything in it from store `source` to store `target`."""
    with source.db.transaction() as s:
        meeting = s.get(MeetingSession, session_id)
        if meeting is None:
            raise LookupError(session_id)
        people = s.exec(select(Participant).where(Participant.session_id == session_id)).all()
        activities = s.exec(select(Activity).where(Activity.session_id == session_id)).all()
        results = s.exec(
            select(ActivityResult).where(
                col(ActivityResult.activity_id).in_([a.id for a in activities])
            )
        ).all()
        items = s.exec(select(ActionItem).where(ActionItem.session_id == session_id)).all()
    outcome = COPIED
    with target.db.transaction() as t:
        existing = t.exec(select(MeetingSession).where(MeetingSession.uid == meeting.uid)).first()
        if existing is not None:
            if not replace:
                return SKIPPED
            assert existing.id is not None
            _remove(t, existing.id)
            t.flush()
            outcome = REPLACED
        copy = MeetingSession(**_fields(meeting))
        t.add(copy)
        t.flush()
        new_ids: dict[int, int] = {}
        for activity in activities:
            added = Activity(**_fields(activity, "session_id"), session_id=copy.id)
            t.add(added)
            t.flush()
            assert activity.id is not None and added.id is not None
            new_ids[activity.id] = added.id
        for result in results:
            fields = _fields(result, "activity_id")
            t.add(ActivityResult(**fields, activity_id=new_ids[result.activity_id]))
        for person in people:
            t.add(Participant(**_fields(person, "session_id"), session_id=copy.id))
        for item in items:
            t.add(ActionItem(**_fields(item, "session_id"), session_id=copy.id))
        t.flush()
        new_id = copy.id
    assert new_id is not None
    target.changes.emit("meeting_session", new_id)
    return outcome
