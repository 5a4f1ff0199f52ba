"""Linking a session's participants to the people of its series, inside one transaction.

The rules (which pairs are certain, which uncertain) are app/core/person_match.py. Here:

- each participant of the session not yet linked is compared with the linked participants of
  the series' other sessions (only those sharing an e-mail address, a normalised name or an
  organisation: thousands of people stay fast);
- one certain match (one person, best score) links them; otherwise the participant becomes a
  new person;
- every uncertain match with another person becomes a pending review (once per pair: a pair
  already decided is never asked again); nothing is merged without the organiser;
- two participants of the same session are never one person, and linking never touches consent
  (each participant row keeps its own: consent is per person and per session).
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, col, delete, or_, select

from app.core import person_match
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.person_match import CERTAIN, UNCERTAIN, Someone
from app.storage.errors import NotFoundError, StorageError
from app.storage.messages import GONE
from app.storage.models import MeetingSession, Participant, Person, PersonReview, utcnow

PENDING, MERGED, APART = "pending", "merged", "apart"
DECISIONS = (PENDING, MERGED, APART)
SAME_SESSION = QT_TRANSLATE_NOOP(
    "StorageError",
    "These two cannot be merged: {name} and the other are both in the meeting “{title}”, "
    "as two participants.",
)


def someone(person: Participant) -> Someone:
    assert person.id is not None
    return Someone(
        person.id,
        person.first_name,
        person.name_particle,
        person.last_name,
        person.organisation,
        person.email,
    )


def _series_participants(s: Session, series_id: int) -> list[Participant]:
    return list(
        s.exec(
            select(Participant)
            .join(MeetingSession, col(MeetingSession.id) == Participant.session_id)
            .where(MeetingSession.series_id == series_id)
            .order_by(col(MeetingSession.series_position), col(Participant.position))
        ).all()
    )


def _known_pairs(s: Session, series_id: int) -> set[frozenset[int]]:
    rows = s.exec(
        select(PersonReview.participant_a, PersonReview.participant_b).where(
            PersonReview.series_id == series_id
        )
    ).all()
    return {frozenset(pair) for pair in rows}


def link_session(s: Session, series_id: int, session_id: int) -> int:
    """Link the session's unlinked participants; returns how many reviews were added."""
    everyone = _series_participants(s, series_id)
    mine = [p for p in everyone if p.session_id == session_id]
    index: dict[str, list[Participant]] = defaultdict(list)
    for other in everyone:
        if other.session_id != session_id and other.person_id is not None:
            for key in person_match.buckets(someone(other)):
                index[key].append(other)
    taken = {p.person_id for p in mine if p.person_id is not None}
    known = _known_pairs(s, series_id)
    person_of = {p.id: p.person_id for p in everyone if p.person_id is not None}
    # pairs of people already asked about (through any of their registrations): never again
    asked = {
        frozenset((person_of[a], person_of[b]))
        for a, b in (tuple(pair) for pair in known if len(pair) == 2)
        if a in person_of and b in person_of
    }
    added = 0
    for person in mine:
        if person.person_id is not None:
            continue
        me = someone(person)
        best: dict[int, tuple[person_match.Match, Participant]] = {}
        seen: set[int] = set()
        for key in person_match.buckets(me):
            for other in index.get(key, ()):
                if other.id in seen:
                    continue
                seen.add(other.id)  # type: ignore[arg-type]
                found = person_match.compare(me, someone(other))
                current = best.get(other.person_id)  # type: ignore[arg-type]
                if found.kind != person_match.DIFFERENT and (
                    current is None or found.score > current[0].score
                ):
                    best[other.person_id] = (found, other)  # type: ignore[index]
        certain = sorted(
            (m.score, pid) for pid, (m, _) in best.items() if m.kind == CERTAIN and pid not in taken
        )[::-1]
        if certain and (len(certain) == 1 or certain[0][0] > certain[1][0]):
            person.person_id = certain[0][1]
        else:
            new = Person(series_id=series_id)
            s.add(new)
            s.flush()
            person.person_id = new.id
        taken.add(person.person_id)
        s.add(person)
        for pid, (found, other) in best.items():
            if pid == person.person_id or found.kind not in (CERTAIN, UNCERTAIN):
                continue
            pair = frozenset((person.id, other.id))
            people_pair = frozenset((person.person_id, pid))
            if pair in known or people_pair in asked:
                continue
            known.add(pair)  # type: ignore[arg-type]
            asked.add(people_pair)  # type: ignore[arg-type]
            s.add(
                PersonReview(
                    series_id=series_id,
                    participant_a=other.id,
                    participant_b=person.id,
                    reason=found.reason,
                    score=found.score,
                )
            )
            added += 1
    s.flush()
    return added


def decide(s: Session, review_id: int, decision: str) -> int:
    """Record the organiser's decision on a review; returns the series id."""
    if decision not in DECISIONS:
        raise ValueError(decision)
    review = s.get(PersonReview, review_id)
    if review is None:
        raise NotFoundError(GONE)
    if decision == MERGED:
        _merge(s, review)
    review.decision = decision
    review.version += 1
    review.updated_at = utcnow()
    s.add(review)
    s.flush()
    return review.series_id


def _merge(s: Session, review: PersonReview) -> None:
    a, b = s.get(Participant, review.participant_a), s.get(Participant, review.participant_b)
    if a is None or b is None:
        raise NotFoundError(GONE)
    for one in (a, b):
        if one.person_id is None:
            new = Person(series_id=review.series_id)
            s.add(new)
            s.flush()
            one.person_id = new.id
            s.add(one)
    if a.person_id == b.person_id:
        return
    keep, gone = sorted((a.person_id, b.person_id))  # type: ignore[type-var]
    rows = s.exec(select(Participant).where(col(Participant.person_id).in_((keep, gone)))).all()
    sessions: dict[int, Participant] = {}
    for row in rows:
        if row.session_id in sessions and sessions[row.session_id].person_id != row.person_id:
            meeting = s.get(MeetingSession, row.session_id)
            name = " ".join(p for p in (row.first_name, row.name_particle, row.last_name) if p)
            raise StorageError(SAME_SESSION, name=name, title=meeting.title if meeting else "")
        sessions[row.session_id] = row
    for row in rows:
        if row.person_id == gone:
            row.person_id = keep
            row.updated_at = utcnow()
            s.add(row)
    s.flush()
    drop_orphans(s)


def unlink(s: Session, participant_id: int) -> int:
    """The participant becomes a person of their own; merges naming them are pending again."""
    person = s.get(Participant, participant_id)
    if person is None:
        raise NotFoundError(GONE)
    meeting = s.get(MeetingSession, person.session_id)
    if meeting is None or meeting.series_id is None:
        raise NotFoundError(GONE)
    new = Person(series_id=meeting.series_id)
    s.add(new)
    s.flush()
    person.person_id = new.id
    s.add(person)
    reviews = s.exec(
        select(PersonReview).where(
            PersonReview.decision == MERGED,
            or_(
                PersonReview.participant_a == participant_id,
                PersonReview.participant_b == participant_id,
            ),
        )
    ).all()
    for review in reviews:
        review.decision = PENDING
        review.version += 1
        s.add(review)
    s.flush()
    drop_orphans(s)
    return meeting.series_id


def drop_orphans(s: Session) -> None:
    """People nobody is linked to any more (their last session left the series) go."""
    linked = select(Participant.person_id).where(col(Participant.person_id).is_not(None))
    s.exec(delete(Person).where(col(Person.id).not_in(linked)))  # type: ignore[call-overload]


def forget_people(s: Session, session_id: int) -> None:
    """Before a session's participants are removed: the reviews naming them go (explicitly, so
    it works without cascades)."""
    ids = select(Participant.id).where(Participant.session_id == session_id)
    s.exec(
        delete(PersonReview).where(  # type: ignore[call-overload]
            or_(col(PersonReview.participant_a).in_(ids), col(PersonReview.participant_b).in_(ids))
        )
    )


MATCHED_FIELDS = {"first_name", "name_particle", "last_name", "organisation", "email"}


def relink(s: Session, participant_id: int) -> bool:
    """After a name, organisation or address was edited: link the participant again, unless the
    organiser already decided about them (a merge or keep-apart stays). True when re-linked."""
    person = s.get(Participant, participant_id)
    if person is None:
        return False
    series_id = s.exec(
        select(MeetingSession.series_id).where(MeetingSession.id == person.session_id)
    ).first()
    if series_id is None:
        return False
    mine = or_(
        PersonReview.participant_a == participant_id, PersonReview.participant_b == participant_id
    )
    decided = s.exec(select(PersonReview.id).where(mine, PersonReview.decision != PENDING)).first()
    if decided is not None:
        return False
    s.exec(delete(PersonReview).where(mine, col(PersonReview.decision) == PENDING))  # type: ignore[call-overload]
    person.person_id = None
    s.add(person)
    s.flush()
    drop_orphans(s)
    link_session(s, series_id, person.session_id)
    return True
