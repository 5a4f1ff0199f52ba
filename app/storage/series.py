"""Series ("networks"): meetings in order, and the people known across them.

A session belongs to at most one series (`meeting_session.series_id`), at a place
(`series_position`, 0, 1, 2 … kept without gaps). Each participant row stays the session's own
(its consent too); `participant.person_id` says which human of the series it is. Linking
(app/storage/people.py) runs when a session joins a series and when people are added to a
session of a series; a session that leaves a series takes its participants' links and reviews
with it.
"""

from __future__ import annotations

import builtins
import json
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, delete, func, select

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.participant_refs import refs_for
from app.storage import people, retention
from app.storage.base import versioned_update
from app.storage.changes import Changes
from app.storage.engine import Database
from app.storage.errors import NotFoundError
from app.storage.models import (
    Activity,
    MeetingSession,
    Participant,
    Person,
    PersonReview,
    Series,
    stored_id,
)
from app.storage.settings import parse

NO_SERIES = QT_TRANSLATE_NOOP("StorageError", "There is no series with id {id}.")
NO_SESSION = QT_TRANSLATE_NOOP("StorageError", "There is no session with id {id}.")


class SeriesRepository:
    def __init__(self, db: Database, changes: Changes) -> None:
        self.db = db
        self.changes = changes

    # -- the series themselves ------------------------------------------------------------
    def create(self, title: str, anonymise_after: date | None = None) -> int:
        with self.db.transaction() as s:
            series = Series(title=title, anonymise_after=anonymise_after)
            s.add(series)
            s.flush()
            assert series.id is not None
            series_id = series.id
        self.changes.emit("series", 0)
        return series_id

    def list(self) -> builtins.list[Series]:
        """Every series, by title (then id)."""
        with self.db.read() as s:
            query = select(Series).order_by(func.lower(Series.title), col(Series.id))
            return builtins.list(s.exec(query).all())

    def get(self, series_id: int) -> Series | None:
        with self.db.read() as s:
            return s.get(Series, series_id)

    def update(self, series_id: int, expected_version: int | None = None, **fields: Any) -> Series:
        """Title, anonymise_after (a date or None), anonymised_at."""
        with self.db.transaction() as s:
            record = versioned_update(s, Series, series_id, fields, expected_version)
        self._emit(series_id)
        return record

    def delete(self, series_id: int) -> None:
        """Remove the series; its sessions stay, standing alone (links and reviews go)."""
        with self.db.transaction() as s:
            ids = [stored_id(meeting) for meeting in _ordered(s, series_id)]
            for session_id in ids:
                _leave(s, session_id)
            s.exec(delete(PersonReview).where(col(PersonReview.series_id) == series_id))
            s.exec(delete(Person).where(col(Person.series_id) == series_id))
            s.exec(delete(Series).where(col(Series.id) == series_id))
        for session_id in ids:
            self.changes.emit("meeting_session", session_id)
        self.changes.emit("series", 0)

    def session_counts(self) -> dict[int, int]:
        """Series id -> how many sessions it holds (series without any are absent)."""
        with self.db.read() as s:
            rows = s.exec(
                select(MeetingSession.series_id, func.count())
                .where(col(MeetingSession.series_id).is_not(None))
                .group_by(col(MeetingSession.series_id))
            ).all()
        return {series_id: count for series_id, count in rows if series_id is not None}

    # -- sessions in a series --------------------------------------------------------------
    def sessions(self, series_id: int) -> builtins.list[MeetingSession]:
        """The series' sessions in their order."""
        with self.db.read() as s:
            return _ordered(s, series_id)

    def of_session(self, session_id: int) -> int | None:
        """The series the session belongs to, or None when it stands alone."""
        with self.db.read() as s:
            return s.exec(
                select(MeetingSession.series_id).where(MeetingSession.id == session_id)
            ).first()

    def earlier_sessions(self, session_id: int) -> builtins.list[MeetingSession]:
        """The sessions before this one in its series (oldest first); [] when alone."""
        with self.db.read() as s:
            meeting = s.get(MeetingSession, session_id)
            if meeting is None or meeting.series_id is None:
                return []
            ordered = _ordered(s, meeting.series_id)
        index = next(i for i, m in enumerate(ordered) if m.id == session_id)
        return ordered[:index]

    def add_session(
        self, series_id: int | None, session_id: int, position: int | None = None
    ) -> None:
        """Put the session in the series at `position` (None: last, or where it already is),
        move it within the series or to another series, or (series_id None) take it out. Its
        people are linked to the series' people (certain matches) or put up for review
        (uncertain ones); nothing is merged silently."""
        with self.db.transaction() as s:
            meeting = s.get(MeetingSession, session_id)
            if meeting is None:
                raise NotFoundError(NO_SESSION, id=session_id)
            if series_id is not None and s.get(Series, series_id) is None:
                raise NotFoundError(NO_SERIES, id=series_id)
            before = meeting.series_id
            if before is not None and before != series_id:
                _leave(s, session_id)
                _renumber(s, before, [])
            if series_id is not None:
                ordered = [m for m in _ordered(s, series_id) if m.id != session_id]
                if position is None:  # last; a session already in the series keeps its place
                    kept = meeting.series_position if before == series_id else None
                    position = kept if kept is not None else len(ordered)
                place = max(0, min(position, len(ordered)))
                ordered.insert(place, meeting)
                _renumber(s, series_id, ordered)
                s.flush()
                people.link_session(s, series_id, session_id)
        self.changes.emit("meeting_session", session_id)
        self._emit(series_id if series_id is not None else before)

    def new_session(
        self, series_id: int, title: str, agenda_from: int | None = None, **fields: Any
    ) -> MeetingSession:
        """The next meeting of the series (last in its order), with the agenda of session
        `agenda_from` copied when given: kinds, titles, minutes and settings, without anything
        that names that meeting's participants (hosts, keep-apart pairs) and without results,
        people or actions."""
        with self.db.transaction() as s:
            if s.get(Series, series_id) is None:
                raise NotFoundError(NO_SERIES, id=series_id)
            meeting = MeetingSession(title=title, **fields)
            s.add(meeting)
            s.flush()
            assert meeting.id is not None
            if agenda_from is not None:
                source = s.exec(
                    select(Activity)
                    .where(Activity.session_id == agenda_from)
                    .order_by(col(Activity.position), col(Activity.id))
                ).all()
                for activity in source:
                    config = refs_for(activity.kind).remap_config(parse(activity.config), {})
                    s.add(
                        Activity(
                            session_id=meeting.id,
                            position=activity.position,
                            kind=activity.kind,
                            title=activity.title,
                            planned_minutes=activity.planned_minutes,
                            config=json.dumps(config, ensure_ascii=False),
                        )
                    )
            ordered = _ordered(s, series_id)
            _renumber(s, series_id, [*ordered, meeting])
        self.changes.emit("meeting_session", meeting.id)
        self._emit(series_id)
        return meeting

    # -- people -------------------------------------------------------------------------------
    def people(self, session_id: int) -> dict[int, int]:
        """Participant id -> person id, for the session's linked participants."""
        with self.db.read() as s:
            rows = s.exec(
                select(Participant.id, Participant.person_id).where(
                    Participant.session_id == session_id,
                    col(Participant.person_id).is_not(None),
                )
            ).all()
        return {pid: person for pid, person in rows if pid is not None and person is not None}

    def participants_of_person(self, person_id: int) -> builtins.list[Participant]:
        """The person's participant rows, in the order of the series' sessions."""
        with self.db.read() as s:
            rows = s.exec(
                select(Participant)
                .join(MeetingSession, col(MeetingSession.id) == Participant.session_id)
                .where(Participant.person_id == person_id)
                .order_by(col(MeetingSession.series_position), col(Participant.id))
            ).all()
            return builtins.list(rows)

    def link_session(self, session_id: int) -> int:
        """Link the session's not yet linked participants (after an import or an addition);
        returns how many new reviews there are. Nothing happens outside a series."""
        with self.db.transaction() as s:
            series_id = s.exec(
                select(MeetingSession.series_id).where(MeetingSession.id == session_id)
            ).first()
            if series_id is None:
                return 0
            added = people.link_session(s, series_id, session_id)
        self._emit(series_id)
        return added

    def reviews(self, series_id: int, pending_only: bool = True) -> builtins.list[PersonReview]:
        with self.db.read() as s:
            query = select(PersonReview).where(PersonReview.series_id == series_id)
            if pending_only:
                query = query.where(PersonReview.decision == people.PENDING)
            return builtins.list(s.exec(query.order_by(col(PersonReview.id))).all())

    def pending_reviews(self, series_id: int) -> int:
        with self.db.read() as s:
            return s.exec(
                select(func.count()).where(
                    PersonReview.series_id == series_id, PersonReview.decision == people.PENDING
                )
            ).one()

    def decide(self, review_id: int, decision: str) -> None:
        """MERGED: both participants become one person (with everyone linked to either);
        APART: they stay two; PENDING: undo a decision to keep apart (a merge is undone with
        `unlink`)."""
        with self.db.transaction() as s:
            series_id = people.decide(s, review_id, decision)
        self._emit(series_id)

    def unlink(self, participant_id: int) -> None:
        """This participant becomes a person of their own again (undoes a merge)."""
        with self.db.transaction() as s:
            series_id = people.unlink(s, participant_id)
        self._emit(series_id)

    # -- retention ---------------------------------------------------------------------------
    def due_for_anonymising(self, today: date) -> builtins.list[Series]:
        """Series whose "anonymise after" date has passed and that still hold names."""
        return [series for series in self.list() if retention.is_due(series, today)]

    def anonymise(self, series_id: int, now: datetime | None = None) -> None:
        """Names and e-mails of the series' people removed everywhere in its sessions, counts
        and texts kept (app/storage/retention.py)."""
        for session_id in retention.anonymise(self.db, series_id, now):
            self.changes.emit("participant", session_id)
        self._emit(series_id)

    def _emit(self, series_id: int | None) -> None:
        if series_id is None:
            return
        for meeting in self.sessions(series_id):
            assert meeting.id is not None
            self.changes.emit("series", meeting.id)
        self.changes.emit("series", 0)


def _ordered(s: Session, series_id: int) -> list[MeetingSession]:
    query = (
        select(MeetingSession)
        .where(MeetingSession.series_id == series_id)
        .order_by(col(MeetingSession.series_position), col(MeetingSession.id))
    )
    return list(s.exec(query).all())


def _renumber(s: Session, series_id: int, ordered: list[MeetingSession]) -> None:
    """Positions 0, 1, 2 … in the given order (default: the stored one)."""
    for index, meeting in enumerate(ordered or _ordered(s, series_id)):
        if meeting.series_id != series_id or meeting.series_position != index:
            meeting.series_id = series_id
            meeting.series_position = index
            s.add(meeting)


def _leave(s: Session, session_id: int) -> None:
    """The session leaves its series: links and reviews of its participants go, the session
    stands alone."""
    people.forget_people(s, session_id)
    for person in s.exec(select(Participant).where(Participant.session_id == session_id)).all():
        if person.person_id is not None:
            person.person_id = None
            s.add(person)
    meeting = s.get(MeetingSession, session_id)
    if meeting is not None:
        meeting.series_id = None
        meeting.series_position = None
        s.add(meeting)
    s.flush()
    people.drop_orphans(s)
