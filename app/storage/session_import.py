"""The one way a whole session enters a database: session-file import and `tafelronde copy`.

Both hand this module the same plain document (app/storage/session_file.py `export_session`
makes it from a database; a session file is that document on disk). A session file comes from
another machine, so each field is checked (type, not only presence): a wrong type raises
ValueError/TypeError, which the caller turns into a clear message; text the databases cannot
store is refused by app/storage/text_rules.py. The single transaction means nothing
half-imported stays behind.

Participants get new ids in the target database. Every value that names a participant (per
activity kind: app/core/participant_refs.py) is rewritten with the new ids, in configs and in
results, so a copy's rotation, schedule, hosts and keep-apart pairs name the same people.
Rows keep their timestamps, versions and authors; only ids are new.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, overload

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from app.core import roles
from app.core.followup import ACTION_STATUS, remap_statuses
from app.core.participant_refs import refs_for
from app.storage.models import (
    ActionItem,
    Activity,
    ActivityResult,
    MeetingSession,
    Participant,
    utcnow,
)
from app.storage.people import forget_people, link_session

if TYPE_CHECKING:
    from app.storage.store import Store

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


@overload
def _when(record: dict[str, Any], name: str, default: datetime) -> datetime: ...
@overload
def _when(record: dict[str, Any], name: str, default: None) -> datetime | None: ...
def _when(record: dict[str, Any], name: str, default: datetime | None) -> datetime | None:
    value = record.get(name)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a date and time")
    moment = datetime.fromisoformat(value)
    # SQLite hands back naive datetimes (stored as UTC): the same moment on PostgreSQL
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _version(record: dict[str, Any]) -> int:
    """The row's version (files written before versions were carried: 1)."""
    value = record.get("version", 1)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value < 2**31:
        raise ValueError("version must be a positive whole number")
    return value


def _list(data: dict[str, Any], name: str) -> list[Any]:
    value = data.get(name, [])
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list")
    return value


COPIED, SKIPPED, REPLACED = "copied", "skipped", "replaced"


def _remove(s: Session, session_id: int) -> None:
    activity_ids = select(Activity.id).where(Activity.session_id == session_id)
    s.exec(delete(ActivityResult).where(col(ActivityResult.activity_id).in_(activity_ids)))
    forget_people(s, session_id)
    s.exec(delete(Activity).where(col(Activity.session_id) == session_id))
    s.exec(delete(Participant).where(col(Participant.session_id) == session_id))
    s.exec(delete(ActionItem).where(col(ActionItem.session_id) == session_id))
    s.exec(delete(MeetingSession).where(col(MeetingSession.id) == session_id))


def insert_session(
    store: Store,
    data: dict[str, Any],
    uid: str,
    replace: bool = False,
) -> tuple[str, int]:
    """Add the document's session in one transaction: (COPIED, new id). A session with the
    same uid already there is left alone, (SKIPPED, its id), or with `replace` swapped for the
    document's, (REPLACED, new id)."""
    try:
        return _insert(store, data, uid, replace)
    except IntegrityError:
        # the same session imported at the same moment by another laptop (uid is unique):
        # theirs is in, ours is not needed
        found = None if replace else _existing(store, uid)
        if found is None:
            raise
        return SKIPPED, found


def _existing(store: Store, uid: str) -> int | None:
    with store.db.read() as s:
        return s.exec(select(MeetingSession.id).where(MeetingSession.uid == uid)).first()


def _insert(store: Store, data: dict[str, Any], uid: str, replace: bool) -> tuple[str, int]:
    source = data.get("session")
    if not isinstance(source, dict):
        raise ValueError("session must be an object")
    settings = source.get("settings", {})
    if not isinstance(settings, dict):
        raise ValueError("settings must be an object")
    # the old importer's record of old -> new ids: every reference is rewritten now instead
    settings = {k: v for k, v in settings.items() if k != "imported_participant_ids"}
    now = utcnow()
    outcome = COPIED
    place: dict[str, Any] = {}  # a replaced meeting keeps its place in a series of the target
    with store.db.transaction() as s:
        existing = s.exec(select(MeetingSession).where(MeetingSession.uid == uid)).first()
        if existing is not None:
            assert existing.id is not None
            if not replace:
                return SKIPPED, existing.id
            place = {"series_id": existing.series_id, "series_position": existing.series_position}
            _remove(s, existing.id)
            s.flush()
            outcome = REPLACED
        meeting = MeetingSession(
            **_fields(source, SESSION_FIELDS),
            uid=uid,
            settings=json.dumps(settings, ensure_ascii=False),
            created_at=_when(source, "created_at", now),
            updated_at=_when(source, "updated_at", now),
            version=_version(source),
            **place,
        )
        s.add(meeting)
        s.flush()
        assert meeting.id is not None  # the flush gave it one
        added: list[tuple[Any, Participant]] = []
        for record in _list(data, "participants"):
            fields = _fields(record, PARTICIPANT_FIELDS)
            if fields["status"] not in STATUSES:
                raise ValueError(f"unknown participant status {fields['status']!r}")
            person = Participant(
                session_id=meeting.id,
                **fields,
                updated_at=_when(record, "updated_at", now),
                version=_version(record),
            )
            s.add(person)
            added.append((record.get("ref"), person))
        s.flush()  # one batch for all people (10 000 in seconds), then their new ids
        if meeting.series_id is not None:  # its people meet the series' people again
            link_session(s, meeting.series_id, meeting.id)
        people = {
            ref: person.id
            for ref, person in added
            if isinstance(ref, int) and not isinstance(ref, bool) and person.id is not None
        }
        activities: dict[int, int] = {}  # old activity id ("ref") -> new
        for record in _list(data, "activities"):
            added_id = _insert_activity(s, meeting.id, record, people, now)
            ref = record.get("ref")
            if isinstance(ref, int) and not isinstance(ref, bool):
                activities[ref] = added_id
        if "roles" in settings:  # note-takers' assignments name activities of the source
            remapped = roles.remap_activities(settings, activities)
            meeting.settings = json.dumps(remapped, ensure_ascii=False)
            s.add(meeting)
        actions: dict[int, int] = {}  # old action id ("ref") -> new
        for record in _list(data, "actions"):
            item = ActionItem(
                session_id=meeting.id,
                **_fields(record, ACTION_FIELDS),
                updated_at=_when(record, "updated_at", now),
                version=_version(record),
            )
            s.add(item)
            ref = record.get("ref")
            if isinstance(ref, int) and not isinstance(ref, bool):
                s.flush()
                assert item.id is not None  # flushed: the database gave it its id
                actions[ref] = item.id
        if ACTION_STATUS in settings:  # the fate of each action names the source's action ids
            current = json.loads(meeting.settings or "{}")
            meeting.settings = json.dumps(remap_statuses(current, actions), ensure_ascii=False)
            s.add(meeting)
        s.flush()
    assert meeting.id is not None
    return outcome, meeting.id


def _insert_activity(
    s: Session, session_id: int, record: Any, people: dict[int, int], now: datetime
) -> int:
    fields = _fields(record, ACTIVITY_FIELDS)
    if not fields["kind"]:
        raise ValueError("an activity has no kind")
    refs = refs_for(fields["kind"])
    activity = Activity(
        session_id=session_id,
        **fields,
        config=json.dumps(refs.remap_config(record.get("config", {}), people), ensure_ascii=False),
        actual_start=_when(record, "actual_start", None),
        actual_end=_when(record, "actual_end", None),
        updated_at=_when(record, "updated_at", now),
        version=_version(record),
    )
    s.add(activity)
    s.flush()
    assert activity.id is not None  # the flush gave it one
    for result in _list(record, "results"):
        if not isinstance(result, dict) or not isinstance(result.get("key"), str):
            raise ValueError("a result has no key")
        value = refs.remap_result(result["key"], result.get("value"), people)
        s.add(
            ActivityResult(
                activity_id=activity.id,
                key=result["key"],
                value=json.dumps(value, ensure_ascii=False),
                updated_by=_field(result, "updated_by"),
                updated_at=_when(result, "updated_at", now),
                version=_version(result),
            )
        )
    return activity.id
