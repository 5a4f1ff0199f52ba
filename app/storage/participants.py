"""Participants of a session, with capacity and waiting list kept right on every change."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, func, select

from app.core.capacity import Seat, counts, rebalance
from app.core.names import LAST_NAME, display_name, sort_key
from app.core.participant_import import duplicate_key
from app.storage import messages as msg
from app.storage import people
from app.storage import role_messages as role_msg
from app.storage.access import RoleError
from app.storage.base import versioned_update
from app.storage.changes import Changes
from app.storage.engine import Database
from app.storage.errors import NotFoundError, StorageError
from app.storage.models import MeetingSession, Participant, utcnow

EDITABLE = (
    "first_name",
    "name_particle",
    "last_name",
    "organisation",
    "role",
    "municipality",
    "email",
    "consent",
)
ADD, SKIP, REFUSE = "add", "skip", "refuse"  # what add_many does with people already listed
NAME_FIELDS = ("first_name", "last_name", "email")


class DuplicateError(StorageError):
    """A person being added is already in the session; nothing was added."""

    def __init__(self, index: int, name: str) -> None:
        super().__init__(msg.ALREADY_LISTED, name=name)
        self.index = index  # position in the rows given to add_many


def lock_session(s: Session, session_id: int) -> None:
    """Serialise writers of one session's participant list until this transaction ends.

    On PostgreSQL the session row is locked (SELECT ... FOR UPDATE): a second import waits, then
    sees the first one's people in its duplicate check and continues numbering after them. On
    SQLite every transaction already holds the write lock (BEGIN IMMEDIATE, engine.py).
    """
    found = s.exec(
        select(MeetingSession.id).where(MeetingSession.id == session_id).with_for_update()
    ).first()
    if found is None:
        raise NotFoundError(msg.GONE)


class ParticipantRepository:
    def __init__(self, db: Database, changes: Changes) -> None:
        self.db = db
        self.changes = changes

    def list(self, session_id: int) -> list[Participant]:
        """Everyone in registration order; a note-taker's store gets them without e-mail."""
        with self.db.read() as s:
            order = (col(Participant.position), col(Participant.id))
            if self.db.access.hides_email(s, session_id):
                query = select(*WITHOUT_EMAIL).where(Participant.session_id == session_id)
                return [_without_email(row) for row in s.execute(query.order_by(*order))]
            query = select(Participant).where(Participant.session_id == session_id)
            return list(s.exec(query.order_by(*order)))

    def get(self, participant_id: int) -> Participant | None:
        with self.db.read() as s:
            if not self.db.access.may_be_restricted:
                return s.get(Participant, participant_id)
            # explicit columns: a note-taker login may not select the e-mail column at all
            row = s.execute(select(*WITHOUT_EMAIL).where(Participant.id == participant_id)).first()
            if row is None:
                return None
            if self.db.access.hides_email(s, row.session_id):
                return _without_email(row)
            return s.get(Participant, participant_id)

    def counts(self, session_id: int) -> dict[str, int]:
        return counts([_seat(p) for p in self.list(session_id)])

    def add(self, session_id: int, **fields: Any) -> Participant:
        """Register one person; beyond capacity they land on the waiting list."""
        return self.add_many(session_id, [fields])[0]

    def add_many(
        self, session_id: int, rows: Iterable[dict[str, Any]], duplicates: str = ADD
    ) -> builtins.list[Participant]:
        """Register many people in one transaction: all of them, or (on any error) none.

        `duplicates` decides about a person already in the session (same e-mail, or same name
        without e-mail), checked inside the same locked transaction, so two imports running at
        once cannot both miss each other: ADD them anyway, SKIP them, or REFUSE (DuplicateError,
        nothing added). Returns the people added."""
        with self.db.transaction() as s:
            access = self.db.access
            if access.may_be_restricted and access.restricted(s, session_id):
                # said before the lock: a note-taker login may not lock the session row either
                raise RoleError(role_msg.PARTICIPANTS)
            lock_session(s, session_id)
            seen: set[str] = set()
            if duplicates != ADD:
                listed = s.exec(
                    select(Participant.first_name, Participant.last_name, Participant.email).where(
                        Participant.session_id == session_id
                    )
                ).all()
                seen = {duplicate_key(*names) for names in listed}
            start = s.exec(
                select(func.coalesce(func.max(Participant.position), 0)).where(
                    Participant.session_id == session_id
                )
            ).one()
            added: list[Participant] = []
            for index, fields in enumerate(rows):
                unknown = set(fields) - set(EDITABLE) - {"status"}
                if unknown:
                    raise AttributeError(f"unknown participant fields: {sorted(unknown)}")
                if duplicates != ADD:
                    key = duplicate_key(*(str(fields.get(f, "")) for f in NAME_FIELDS))
                    if key in seen and duplicates == SKIP:
                        continue
                    if key in seen:
                        name = " ".join(str(fields.get(f, "")) for f in NAME_FIELDS[:2]).strip()
                        raise DuplicateError(index, name)
                    seen.add(key)
                position = start + len(added) + 1
                person = Participant(session_id=session_id, position=position, **fields)
                s.add(person)
                added.append(person)
            s.flush()
            self._rebalance(s, session_id)
            series_id = s.exec(
                select(MeetingSession.series_id).where(MeetingSession.id == session_id)
            ).first()
            if series_id is not None and added:  # the new people meet the series' people
                people.link_session(s, series_id, session_id)
        self.changes.emit("participant", session_id)
        if series_id is not None and added:
            self.changes.emit("series", session_id)
        return added

    def update(
        self, participant_id: int, expected_version: int | None = None, **fields: Any
    ) -> Participant:
        with self.db.transaction() as s:
            person = versioned_update(s, Participant, participant_id, fields, expected_version)
            if "status" in fields:
                self._rebalance(s, person.session_id)
            relinked = bool(people.MATCHED_FIELDS & set(fields)) and people.relink(
                s, participant_id
            )
        self.changes.emit("participant", person.session_id)
        if relinked:
            self.changes.emit("series", person.session_id)
        return person

    def delete(self, participant_id: int) -> None:
        with self.db.transaction() as s:
            person = s.get(Participant, participant_id)
            if person is None:
                return
            session_id = person.session_id
            s.delete(person)
            s.flush()
            self._rebalance(s, session_id)
        self.changes.emit("participant", session_id)

    def rebalance(self, session_id: int) -> None:
        """Apply capacity after it changed (moves people on or off the waiting list)."""
        with self.db.transaction() as s:
            self._rebalance(s, session_id)
        self.changes.emit("participant", session_id)

    @staticmethod
    def _rebalance(s: Session, session_id: int) -> None:
        meeting = s.get(MeetingSession, session_id)
        if meeting is None:
            raise ValueError(f"no session {session_id}")
        people = s.exec(select(Participant).where(Participant.session_id == session_id)).all()
        changes = rebalance(meeting.capacity, [_seat(p) for p in people])
        for person in people:
            if person.id in changes:
                person.status = changes[person.id]
                person.version += 1
                person.updated_at = utcnow()
                s.add(person)


# every column a note-taker may read (tafelronde db setup-roles grants exactly these)
WITHOUT_EMAIL = tuple(c for c in Participant.__table__.columns if c.name != "email")  # type: ignore[attr-defined]  # SQLModel sets __table__, stubs lack it


def _without_email(row: Any) -> Participant:
    return Participant(**dict(row._mapping))


def _seat(person: Participant) -> Seat:
    assert person.id is not None
    return Seat(id=person.id, status=person.status, position=person.position)


def full_name(person: Participant) -> str:
    """ "Zoë van der Öztürk": how a participant is named everywhere (app/core/names.py)."""
    return display_name(person.first_name, person.name_particle, person.last_name)


def name_key(person: Participant, convention: str = LAST_NAME) -> tuple[tuple[object, ...], int]:
    """Sort key by name in the session's convention; the id keeps equal names stable."""
    return (
        sort_key(person.first_name, person.name_particle, person.last_name, convention),
        person.id or 0,
    )


def by_name(people: Iterable[Participant], convention: str = LAST_NAME) -> list[Participant]:
    """People in name order (the convention comes from app.storage.name_order)."""
    return sorted(people, key=lambda person: name_key(person, convention))
