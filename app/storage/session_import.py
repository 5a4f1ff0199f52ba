"""Writing a parsed session file into the database, checking every value's type on the way.

A session file comes from another machine, so each field is checked (type, not only presence):
a wrong type raises ValueError/TypeError, which the caller turns into a clear message, and the
single transaction means nothing half-imported stays behind.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from app.storage.models import (
    ActionItem,
    Activity,
    ActivityResult,
    MeetingSession,
    Participant,
    utcnow,
)

# The fields a session file carries per table (app/storage/session_file.py writes them).
SESSION_FIELDS = ("title", "date", "start_time", "venue", "organisers", "capacity", "template_key")
PARTICIPANT_FIELDS = (
    "first_name",
    "name_particle",  # absent in files made before 0004: read as ""
    "last_name",
    "organisation",
    "role",
    "municipality",
    "email",
    "status",
    "consent",
    "position",
)
ACTIVITY_FIELDS = ("position", "kind", "title", "planned_minutes")
ACTION_FIELDS = ("position", "what", "who", "due", "done")

INTS = {"capacity", "position", "planned_minutes"}
BOOLS = {"consent", "done"}
STATUSES = {"registered", "waiting", "present"}


def _field(record: dict[str, Any], name: str) -> Any:
    value = record.get(name)
    if name in INTS:
        if value is None:
            return 0
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"{name} must be a whole number")
        return value
    if name in BOOLS:
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false")
        return value
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    return value


def _fields(record: object, names: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise ValueError("a record must be an object")
    return {name: _field(record, name) for name in names}


def _when(record: dict[str, Any], name: str, default: datetime | None) -> datetime | None:
    value = record.get(name)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a date and time")
    return datetime.fromisoformat(value)


def _list(data: dict[str, Any], name: str) -> list[Any]:
    value = data.get(name, [])
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list")
    return value


def _same(value: Any, people: dict[str, int]) -> Any:
    del people
    return value


def _remap_schedule(value: Any, people: dict[str, int]) -> Any:
    """Breakout's {"rounds": [[[participant ids]]]} with the new database's ids."""
    if not isinstance(value, dict) or not isinstance(value.get("rounds"), list):
        return value
    rounds = [
        [[people.get(str(pid), pid) for pid in group] for group in round_]
        for round_ in value["rounds"]
    ]
    return {**value, "rounds": rounds}


# (kind, result key) -> how to rewrite participant ids in that value. Kinds that store
# participant ids in their results add their key here (see docs/data-safety.md).
PARTICIPANT_REFERENCES = {("breakout", "schedule"): _remap_schedule}


def insert_session(store, data: dict[str, Any], uid: str) -> int:  # type: ignore[no-untyped-def]
    """Insert the session and all its rows in one transaction; returns the new session id."""
    source = data.get("session")
    if not isinstance(source, dict):
        raise ValueError("session must be an object")
    settings = source.get("settings", {})
    if not isinstance(settings, dict):
        raise ValueError("settings must be an object")
    if "uid" not in MeetingSession.model_fields:  # before revision 0003 the uid lives here
        settings = {**settings, "uid": uid}
    now = utcnow()
    with store.db.transaction() as s:
        meeting = MeetingSession(
            **_fields(source, SESSION_FIELDS),
            settings=json.dumps(settings, ensure_ascii=False),
            created_at=_when(source, "created_at", now),
            updated_at=_when(source, "updated_at", now),
        )
        if hasattr(meeting, "uid"):
            meeting.uid = uid
        s.add(meeting)
        s.flush()
        added: list[tuple[str, Participant]] = []
        for record in _list(data, "participants"):
            fields = _fields(record, PARTICIPANT_FIELDS)
            if fields["status"] not in STATUSES:
                raise ValueError(f"unknown participant status {fields['status']!r}")
            person = Participant(
                session_id=meeting.id, **fields, updated_at=_when(record, "updated_at", now)
            )
            s.add(person)
            added.append((str(record.get("ref")), person))
        s.flush()  # one batch for all people (10 000 in seconds), then their new ids
        people: dict[str, int] = {ref: person.id for ref, person in added}  # type: ignore[misc]
        for record in _list(data, "activities"):
            fields = _fields(record, ACTIVITY_FIELDS)
            if not fields["kind"]:
                raise ValueError("an activity has no kind")
            activity = Activity(
                session_id=meeting.id,
                **fields,
                config=json.dumps(record.get("config", {}), ensure_ascii=False),
                actual_start=_when(record, "actual_start", None),
                actual_end=_when(record, "actual_end", None),
                updated_at=_when(record, "updated_at", now),
            )
            s.add(activity)
            s.flush()
            for result in _list(record, "results"):
                if not isinstance(result, dict) or not isinstance(result.get("key"), str):
                    raise ValueError("a result has no key")
                remap = PARTICIPANT_REFERENCES.get((fields["kind"], result["key"]), _same)
                s.add(
                    ActivityResult(
                        activity_id=activity.id,
                        key=result["key"],
                        value=json.dumps(remap(result.get("value"), people), ensure_ascii=False),
                        updated_by=_field(result, "updated_by"),
                        updated_at=_when(result, "updated_at", now),
                    )
                )
        for record in _list(data, "actions"):
            s.add(
                ActionItem(
                    session_id=meeting.id,
                    **_fields(record, ACTION_FIELDS),
                    updated_at=_when(record, "updated_at", now),
                )
            )
        if people:
            settings["imported_participant_ids"] = people
            meeting.settings = json.dumps(settings, ensure_ascii=False)
            s.add(meeting)
    assert meeting.id is not None
    return meeting.id
