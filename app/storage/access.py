"""Roles enforced in the storage layer, for every write, whatever widget or command asks.

A Store knows who writes through it (`Access`): the laptop's id (`Store.act_as`) and, on
PostgreSQL, whether the database login is a note-taker login (`tafelronde db setup-roles`; the
server then refuses the rest itself, app/storage/postgres_roles.py). In a session where this laptop
is listed as note-taker (app/core/roles.py), or anywhere with a note-taker login, the store may
only insert and update note results ("notes", "<part>/notes") of its own parts; sessions, roles,
agenda, actions, participants and other results are refused with a `RoleError`, and participants
are read without their e-mail addresses (by whichever query loads them: the `load` event).

The check sits in SQLAlchemy's session events (`before_flush` for ORM objects, `do_orm_execute`
for bulk UPDATE/DELETE statements), so a repository method added later cannot forget it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from app.core import roles
from app.storage import role_messages as msg
from app.storage.errors import StorageError
from app.storage.models import (
    ActionItem,
    Activity,
    ActivityResult,
    MeetingSession,
    Participant,
    PersonReview,
)
from app.storage.settings import parse

INFO_KEY = "tafelronde_access"
CACHE_KEY = "tafelronde_roles_cache"  # stored settings per session id, for one flush
HIDDEN_KEY = "tafelronde_hidden_email"  # session id -> hide e-mail, for one unit of work


class RoleError(StorageError):
    """A write this store's role does not allow; nothing was written."""


class Access:
    """Who writes through one store. The default (no laptop, full login) is the facilitator."""

    def __init__(self) -> None:
        self.laptop: str | None = None
        self.notes_only_login = False  # PostgreSQL: this login cannot read e-mail addresses

    @property
    def may_be_restricted(self) -> bool:
        """False for a facilitator's store: no check costs a query then."""
        return self.notes_only_login or self.laptop is not None

    def settings(self, s: Session, session_id: int | None) -> dict[str, Any]:
        """The roles as stored, not as changed in this unit of work (a note-taker that edits
        the settings to drop its own role is still judged by the stored ones)."""
        if session_id is None:
            return {}
        cache = s.info.get(CACHE_KEY)
        if cache is not None and session_id in cache:
            return cache[session_id]  # type: ignore[no-any-return]
        with s.no_autoflush:
            stored = s.execute(
                select(MeetingSession.settings).where(MeetingSession.id == session_id)
            ).scalar()
        value = parse(stored)
        if cache is not None:
            cache[session_id] = value
        return value

    def restricted(self, s: Session, session_id: int | None) -> bool:
        """Is this store a note-taker in that session (None: a write outside any session)?"""
        if self.notes_only_login:
            return True
        if self.laptop is None or session_id is None:
            return False
        return roles.is_note_taker(self.settings(s, session_id), self.laptop)

    def hides_email(self, s: Session, session_id: int | None) -> bool:
        return self.may_be_restricted and self.restricted(s, session_id)

    def session_of_activity(self, s: Session, activity_id: int) -> int | None:
        cache = s.info.get(CACHE_KEY)
        if cache is not None and ("activity", activity_id) in cache:
            return cache[("activity", activity_id)]  # type: ignore[no-any-return]
        activity = s.get(Activity, activity_id)
        session_id = activity.session_id if activity is not None else None
        if cache is not None:
            cache[("activity", activity_id)] = session_id
        return session_id

    # -- the checks ----------------------------------------------------------------------
    def check(self, s: Session, record: object, *, removing: bool) -> None:
        """Raise RoleError when this store may not write (or remove) `record`."""
        if isinstance(record, ActivityResult):
            session_id = self.session_of_activity(s, record.activity_id)
            if not self.restricted(s, session_id):
                return
            if removing or not roles.is_note_key(record.key):
                raise RoleError(msg.NOT_A_NOTE)
            if self.laptop is not None and not roles.may_write_result(
                self.settings(s, session_id), self.laptop, record.activity_id, record.key
            ):
                raise RoleError(msg.OTHER_PART)
            return
        if isinstance(record, MeetingSession):
            session_id = record.id
        elif isinstance(record, PersonReview):  # deciding who is who: the organiser's, per meeting
            with s.no_autoflush:
                session_id = s.execute(
                    select(Participant.session_id).where(Participant.id == record.participant_b)
                ).scalar()
        else:
            session_id = getattr(record, "session_id", None)
        if self.restricted(s, session_id):
            raise RoleError(msg.PARTICIPANTS if isinstance(record, Participant) else msg.SESSION)


def _flushing(s: Session, _context: object, _instances: object) -> None:
    access = s.info.get(INFO_KEY)
    if access is None or not access.may_be_restricted:
        return
    s.info[CACHE_KEY] = {}  # a burst of phone votes reads the roles once, not once per vote
    try:
        with s.no_autoflush:
            for record in list(s.new) + [r for r in s.dirty if s.is_modified(r)]:
                access.check(s, record, removing=False)
            for record in list(s.deleted):
                access.check(s, record, removing=True)
    finally:
        del s.info[CACHE_KEY]


def _bulk(state: ORMExecuteState) -> None:
    """UPDATE/DELETE statements (e.g. removing an activity's results): every row they touch is
    checked as removed."""
    if not (state.is_update or state.is_delete):
        return
    access = state.session.info.get(INFO_KEY)
    if access is None or not access.may_be_restricted:
        return
    statement = state.statement
    entity = statement.entity_description.get("entity")  # type: ignore[attr-defined]
    if entity not in (ActivityResult, Participant, Activity, MeetingSession, ActionItem):
        if access.notes_only_login:
            raise RoleError(msg.SESSION)
        return
    query = select(entity)
    if statement.whereclause is not None:  # type: ignore[attr-defined]
        query = query.where(statement.whereclause)  # type: ignore[attr-defined]
    with state.session.no_autoflush:
        for record in state.session.execute(query).scalars():
            access.check(state.session, record, removing=True)  # type: ignore[arg-type]


def _loaded(person: Participant, context: Any) -> None:
    """Any query that loads whole participants (session export, copy, a future report) gets
    them without e-mail in a session where this store is a note-taker, not only
    ParticipantRepository.list."""
    s = context.session
    access = s.info.get(INFO_KEY) if s is not None else None
    if access is None or not access.may_be_restricted:
        return
    hidden = s.info.setdefault(HIDDEN_KEY, {})
    if person.session_id not in hidden:
        with s.no_autoflush:
            hidden[person.session_id] = access.restricted(s, person.session_id)
    if hidden[person.session_id]:
        set_committed_value(person, "email", "")


event.listen(Participant, "load", _loaded)
event.listen(Session, "before_flush", _flushing)
event.listen(Session, "do_orm_execute", _bulk)
