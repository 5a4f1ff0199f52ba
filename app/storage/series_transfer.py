"""Copying a whole series between databases (`tafelronde copy`), idempotently.

Each session goes through the one transfer path (app/storage/transfer.py, by its uid); then, in
one transaction in the target: the series (found by its own uid, or made with the source's
title, dates and retention), each session's place in it, the people links (participants that
are one person in the source are one person in the target) and the reviews with their
decisions. Linking does not run again in the target: the organiser's decisions travel as made.

Participants are paired with their copies by order (position, then id) inside each session,
which a transfer keeps; a session that was already in the target and differs from the source
(skipped without --replace, then edited there) keeps its own links.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlmodel import Session, col, select

from app.storage.models import MeetingSession, Participant, Person, PersonReview, Series
from app.storage.people import drop_orphans
from app.storage.transfer import copy_session


def _same(a: Participant, b: Participant) -> bool:
    fields = ("first_name", "name_particle", "last_name", "email", "position")
    return all(getattr(a, name) == getattr(b, name) for name in fields)


def _participants(store, session_id: int) -> list[Participant]:  # type: ignore[no-untyped-def]
    with store.db.read() as s:
        return list(
            s.exec(
                select(Participant)
                .where(Participant.session_id == session_id)
                .order_by(col(Participant.position), col(Participant.id))
            ).all()
        )


def copy_series(source, target, series_id: int, replace: bool = False) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Copy the series with all its sessions, people links and reviews; returns (outcome, title)
    per session, in the series' order."""
    series = source.series.get(series_id)
    if series is None:
        raise LookupError(series_id)
    meetings = source.series.sessions(series_id)
    outcomes: list[tuple[str, str]] = []
    pairs: dict[int, int] = {}  # source participant id -> target participant id
    persons: dict[int, int] = {}  # source participant id -> source person id
    uids: list[str] = []
    for meeting in meetings:
        assert meeting.id is not None
        outcomes.append((copy_session(source, target, meeting.id, replace=replace), meeting.title))
        uids.append(meeting.uid)
        with target.db.read() as s:
            copied = s.exec(
                select(MeetingSession.id).where(MeetingSession.uid == meeting.uid)
            ).one()
        theirs = _participants(source, meeting.id)
        ours = _participants(target, copied)  # type: ignore[arg-type]
        for mine, copy in zip(theirs, ours, strict=False):
            if _same(mine, copy):
                pairs[mine.id] = copy.id  # type: ignore[index,assignment]
        persons.update({p.id: p.person_id for p in theirs if p.person_id is not None})  # type: ignore[misc]
    reviews = source.series.reviews(series_id, pending_only=False)
    with target.db.transaction() as s:
        found = _target_series(s, series, replace)
        for position, uid in enumerate(uids):
            meeting = s.exec(select(MeetingSession).where(MeetingSession.uid == uid)).one()
            meeting.series_id, meeting.series_position = found, position
            s.add(meeting)
        s.flush()
        _links(s, found, pairs, persons)
        _reviews(s, found, pairs, reviews, replace)
        s.flush()
        drop_orphans(s)
    for uid in uids:
        with target.db.read() as s:
            session_id = s.exec(select(MeetingSession.id).where(MeetingSession.uid == uid)).one()
        target.changes.emit("series", session_id)
    return outcomes


def _target_series(s: Session, series: Series, replace: bool) -> int:
    fields: dict[str, Any] = {
        "title": series.title,
        "anonymise_after": series.anonymise_after,
        "anonymised_at": series.anonymised_at,
    }
    found = s.exec(select(Series).where(Series.uid == series.uid)).first()
    if found is None:
        found = Series(uid=series.uid, created_at=series.created_at, **fields)
    elif replace:
        for name, value in fields.items():
            setattr(found, name, value)
        found.version += 1
    s.add(found)
    s.flush()
    assert found.id is not None
    return found.id


def _links(s: Session, series_id: int, pairs: dict[int, int], persons: dict[int, int]) -> None:
    """One target person per source person: the source's links and decisions, not what linking
    in the target guessed. A target person is reused only when nobody outside the group is
    linked to it (so copying again changes nothing)."""
    groups: dict[int, list[int]] = defaultdict(list)
    for participant, person in persons.items():
        if participant in pairs:
            groups[person].append(pairs[participant])
    for members in groups.values():
        rows = s.exec(select(Participant).where(col(Participant.id).in_(members))).all()
        chosen = None
        for candidate in sorted({r.person_id for r in rows if r.person_id is not None}):
            owner = s.get(Person, candidate)
            linked = s.exec(select(Participant.id).where(Participant.person_id == candidate)).all()
            if owner is not None and owner.series_id == series_id and set(linked) <= set(members):
                chosen = candidate
                break
        if chosen is None:
            person = Person(series_id=series_id)
            s.add(person)
            s.flush()
            chosen = person.id
        for row in rows:
            if row.person_id != chosen:
                row.person_id = chosen
                s.add(row)
        s.flush()


def _reviews(
    s: Session,
    series_id: int,
    pairs: dict[int, int],
    reviews: list[PersonReview],
    replace: bool,
) -> None:
    existing = {
        frozenset((r.participant_a, r.participant_b)): r
        for r in s.exec(select(PersonReview).where(PersonReview.series_id == series_id)).all()
    }
    for review in reviews:
        a, b = pairs.get(review.participant_a), pairs.get(review.participant_b)
        if a is None or b is None:
            continue
        there = existing.get(frozenset((a, b)))
        if there is None:
            s.add(
                PersonReview(
                    series_id=series_id,
                    participant_a=a,
                    participant_b=b,
                    reason=review.reason,
                    score=review.score,
                    decision=review.decision,
                    updated_at=review.updated_at,
                    version=review.version,
                )
            )
        elif replace and there.decision != review.decision:
            there.decision = review.decision
            there.version += 1
            s.add(there)
