"""One session with everything in it, as a single file to hand to a colleague.

Format: UTF-8 JSON (a zip holding ``session.json`` is read too), ``"format": "tafelronde-session"``
with an integer ``format_version``; a reader refuses a higher version instead of guessing.

Identity: every exported session carries a stable ``uid`` (the ``uid`` column if the schema has
one, otherwise ``settings["uid"]``; it is created on first export). Importing a file whose uid is
already in the database returns that session instead of making a copy, so importing twice never
duplicates.

Participant ids inside activity configs and results (a breakout's schedule, hosts and keep-apart
pairs, a meet-and-greet rotation) are the source database's ids, next to each participant's
``ref`` (that id); the importer rewrites them with the new ids (app/storage/session_import.py,
per kind app/core/participant_refs.py). Each row carries its ``version`` (optional when reading:
files written before it was added import with version 1). `tafelronde copy` moves a session
through this same document (app/storage/transfer.py), so both ways in behave the same.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from app import __version__
from app.core.atomic import write_text
from app.storage import safety_messages as safety
from app.storage.models import ActionItem, Activity, ActivityResult, MeetingSession, Participant
from app.storage.session_import import (
    ACTION_FIELDS,
    ACTIVITY_FIELDS,
    PARTICIPANT_FIELDS,
    SESSION_FIELDS,
    SKIPPED,
    insert_session,
)
from app.storage.session_reader import (  # reading is bounded there; re-exported here
    FORMAT,
    FORMAT_VERSION,
    SessionFileError,
    read_session_file,
)
from app.storage.settings import parse
from app.storage.text_rules import TextError

if TYPE_CHECKING:
    from app.storage.store import Store

SUFFIX = ".tafelronde"


@dataclass(frozen=True)
class ImportOutcome:
    session_id: int
    created: bool  # False: this session was imported before; nothing was added


def _settings(meeting: MeetingSession) -> dict[str, Any]:
    return parse(meeting.settings)


def session_uid(meeting: MeetingSession) -> str:
    """The stable identity of a session ('' while it has none)."""
    column = getattr(meeting, "uid", None)
    if isinstance(column, str) and column:
        return column
    value = _settings(meeting).get("uid")
    return value if isinstance(value, str) else ""


def ensure_uid(store: Store, session_id: int) -> str:
    """The session's uid, created and saved if it has none yet."""
    meeting = store.sessions.get(session_id)
    if meeting is None:
        raise SessionFileError(safety.NO_SESSION, session_id=session_id)
    uid = session_uid(meeting)
    if uid:
        return uid
    uid = uuid.uuid4().hex
    if hasattr(meeting, "uid"):
        store.sessions.update(session_id, uid=uid)
    else:
        settings = {**_settings(meeting), "uid": uid}
        store.sessions.update(session_id, settings=json.dumps(settings, ensure_ascii=False))
    return uid


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def export_session(store: Store, session_id: int) -> dict[str, Any]:
    """The whole session as plain JSON-able data."""
    uid = ensure_uid(store, session_id)
    with store.db.read() as s:
        meeting = s.get(MeetingSession, session_id)
        if meeting is None:  # deleted on another laptop since its uid was read
            raise SessionFileError(safety.NO_SESSION, session_id=session_id)
        people = s.exec(
            select(Participant)
            .where(Participant.session_id == session_id)
            .order_by(col(Participant.position), col(Participant.id))
        ).all()
        activities = s.exec(
            select(Activity)
            .where(Activity.session_id == session_id)
            .order_by(col(Activity.position), col(Activity.id))
        ).all()
        results = s.exec(
            select(ActivityResult)
            .where(col(ActivityResult.activity_id).in_([a.id for a in activities]))
            .order_by(col(ActivityResult.activity_id), col(ActivityResult.key))
        ).all()
        actions = s.exec(
            select(ActionItem)
            .where(ActionItem.session_id == session_id)
            .order_by(col(ActionItem.position), col(ActionItem.id))
        ).all()
    by_activity: dict[int | None, list[dict[str, Any]]] = {}
    for row in results:
        by_activity.setdefault(row.activity_id, []).append(
            {
                "key": row.key,
                "value": _json(row.value),
                "updated_at": _when(row.updated_at),
                "updated_by": row.updated_by,
                "version": row.version,
            }
        )
    session = {name: getattr(meeting, name) for name in SESSION_FIELDS}
    session.update(
        # the run console's resume point names activity ids of this database only
        settings={k: v for k, v in _settings(meeting).items() if k != "run"},
        created_at=_when(meeting.created_at),
        updated_at=_when(meeting.updated_at),
        version=meeting.version,
    )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "uid": uid,
        "session": session,
        "participants": [
            {
                "ref": p.id,
                **{name: getattr(p, name) for name in PARTICIPANT_FIELDS},
                "updated_at": _when(p.updated_at),
                "version": p.version,
            }
            for p in people
        ],
        "activities": [
            {
                "ref": a.id,  # what the session's settings (note-takers' roles) call it
                **{name: getattr(a, name) for name in ACTIVITY_FIELDS},
                "config": _json(a.config),
                "actual_start": _when(a.actual_start),
                "actual_end": _when(a.actual_end),
                "updated_at": _when(a.updated_at),
                "version": a.version,
                "results": by_activity.get(a.id, []),
            }
            for a in activities
        ],
        "actions": [
            {
                "ref": i.id,  # what the session's settings (the fate of an action) call it
                **{name: getattr(i, name) for name in ACTION_FIELDS},
                "updated_at": _when(i.updated_at),
                "version": i.version,
            }
            for i in actions
        ],
    }


def write_session_file(store: Store, session_id: int, path: Path) -> Path:
    """Export to `path`, whole or not at all (app/core/atomic.py): a crash or a full disk leaves
    the previous file as it was; raises OutputError."""
    data = json.dumps(export_session(store, session_id), ensure_ascii=False, indent=1)
    return write_text(path, data)


def find_by_uid(store: Store, uid: str) -> int | None:
    for meeting in store.sessions.list():
        if session_uid(meeting) == uid:
            return meeting.id
    return None


def import_session_file(store: Store, path: Path) -> ImportOutcome:
    """Add the file's session to the store (all or nothing), unless it is already there."""
    data = read_session_file(path)
    uid = data.get("uid")
    if not isinstance(uid, str) or not uid:
        raise SessionFileError(safety.NOT_A_SESSION_FILE, path=str(path), reason="uid")
    existing = find_by_uid(store, uid)  # also sessions whose uid lives in the settings
    if existing is not None:
        return ImportOutcome(existing, created=False)
    try:
        outcome, session_id = insert_session(store, data, uid)
    except TextError as refused:  # the one text rule for both engines, naming this file
        raise refused.in_file(path) from refused
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as exc:
        raise SessionFileError(safety.NOT_A_SESSION_FILE, path=str(path), reason=str(exc)) from exc
    if outcome == SKIPPED:  # imported by another laptop a moment ago
        return ImportOutcome(session_id, created=False)
    store.changes.emit("meeting_session", session_id)
    return ImportOutcome(session_id, created=True)
