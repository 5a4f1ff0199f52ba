"""Retention: after the date the organiser set, a series' people lose their names and e-mails.

`anonymise(store, series_id)` in one transaction, for every session of the series:

- participants: first name becomes "#<n>" (n numbers the series' people, so the same human is
  still one person in counts and across meetings), particle, last name and e-mail become empty,
  consent is withdrawn (there is nobody left to name); organisation, role, municipality, status
  and attendance stay (counts per organisation, the attendance chart);
- every other text of those sessions that may hold a name — action items (what, who), activity
  titles, configs and results (notes, votes, bingo cards, worksheets), the session's settings
  and organisers — has each name and e-mail address of the series' people replaced by "…",
  as a whole word, any case; JSON is walked string by string, so it stays valid JSON;
- pending reviews go (nothing is left to compare); links and decisions stay;
- the series records `anonymised_at`.

On SQLite the file is then checkpointed and vacuumed, so the removed text is not left in free
pages or in the -wal file. Not touched: backups made earlier (they are copies from before) and
other sessions outside the series.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, delete, select

from app.core.names import display_name, fold
from app.storage.engine import Database
from app.storage.errors import NotFoundError
from app.storage.messages import GONE
from app.storage.models import (
    ActionItem,
    Activity,
    ActivityResult,
    MeetingSession,
    Participant,
    PersonReview,
    Series,
    utcnow,
)
from app.storage.people import PENDING

MASK = "…"
MIN_WORD = 2  # a single letter is no name worth removing (and would mangle every text)


def is_due(series: Series, today: date) -> bool:
    """The organiser's date has passed and the series still holds names."""
    return (
        series.anonymise_after is not None
        and series.anonymise_after < today
        and series.anonymised_at is None
    )


def names_of(people: Iterable[Participant]) -> list[str]:
    """Every way the people's names and addresses may appear in a text, longest first."""
    found: set[str] = set()
    for person in people:
        full = display_name(person.first_name, person.name_particle, person.last_name)
        last = display_name("", person.name_particle, person.last_name)
        for value in (full, last, person.first_name, person.last_name, person.email,
                      display_name(person.first_name, "", person.last_name)):  # fmt: skip
            value = " ".join(value.split())
            if len(value) >= MIN_WORD:
                found.update((value, fold(value)))  # "Zoë" also where it was typed "Zoe"
    return sorted(found, key=lambda v: (-len(v), v))


def scrubber(names: list[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    words = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def scrub_text(value: str, pattern: re.Pattern[str] | None) -> str:
    return value if pattern is None or not value else pattern.sub(MASK, value)


def scrub_json(value: Any, pattern: re.Pattern[str] | None) -> Any:
    if isinstance(value, str):
        return scrub_text(value, pattern)
    if isinstance(value, list):
        return [scrub_json(item, pattern) for item in value]
    if isinstance(value, dict):
        return {scrub_text(k, pattern): scrub_json(v, pattern) for k, v in value.items()}
    return value


def _scrub_stored_json(stored: str, pattern: re.Pattern[str] | None) -> str:
    try:
        value = json.loads(stored)
    except json.JSONDecodeError:
        return scrub_text(stored, pattern)
    return json.dumps(scrub_json(value, pattern), ensure_ascii=False)


def anonymise(db: Database, series_id: int, now: datetime | None = None) -> list[int]:
    """Remove the names and e-mails of the series' people everywhere in its sessions; returns
    the ids of its sessions (store.series.anonymise tells the listeners)."""
    moment = now or utcnow()
    with db.transaction() as s:
        series = s.get(Series, series_id)
        if series is None:
            raise NotFoundError(GONE)
        sessions = s.exec(select(MeetingSession).where(MeetingSession.series_id == series_id)).all()
        ids = [m.id for m in sessions]
        people = s.exec(select(Participant).where(col(Participant.session_id).in_(ids))).all()
        pattern = scrubber(names_of(people))
        numbers = _numbers(people)
        for person in people:
            person.first_name = f"#{numbers[person.person_id or -(person.id or 0)]}"
            person.name_particle = person.last_name = person.email = ""
            person.consent = False
            _touch(s, person)
        for meeting in sessions:
            meeting.organisers = scrub_text(meeting.organisers, pattern)
            meeting.settings = _scrub_stored_json(meeting.settings, pattern)
            _touch(s, meeting)
        _scrub_session_texts(s, ids, pattern)  # type: ignore[arg-type]
        s.exec(
            delete(PersonReview).where(  # type: ignore[call-overload]
                col(PersonReview.series_id) == series_id, col(PersonReview.decision) == PENDING
            )
        )
        series.anonymised_at = moment
        _touch(s, series)
    if db.is_sqlite:
        _compact(db)
    return ids  # type: ignore[return-value]


def _numbers(people: Iterable[Participant]) -> dict[int, int]:
    """Person (or, unlinked, -participant id) -> 1, 2, 3 … in order of first appearance."""
    numbers: dict[int, int] = {}
    for person in sorted(people, key=lambda p: (p.session_id, p.position, p.id or 0)):
        key = person.person_id or -(person.id or 0)
        numbers.setdefault(key, len(numbers) + 1)
    return numbers


def _scrub_session_texts(s: Session, ids: list[int], pattern: re.Pattern[str] | None) -> None:
    for item in s.exec(select(ActionItem).where(col(ActionItem.session_id).in_(ids))).all():
        item.what, item.who = scrub_text(item.what, pattern), scrub_text(item.who, pattern)
        _touch(s, item)
    activities = s.exec(select(Activity).where(col(Activity.session_id).in_(ids))).all()
    for activity in activities:
        activity.title = scrub_text(activity.title, pattern)
        activity.config = _scrub_stored_json(activity.config, pattern)
        _touch(s, activity)
    results = s.exec(
        select(ActivityResult).where(
            col(ActivityResult.activity_id).in_([a.id for a in activities])
        )
    ).all()
    for result in results:
        result.value = _scrub_stored_json(result.value, pattern)
        _touch(s, result)


def _touch(s: Session, record: Any) -> None:
    """A changed row gets a new version (other laptops' open copies see the change)."""
    if s.is_modified(record):
        record.version += 1
        record.updated_at = utcnow()
        s.add(record)


def _compact(db: Database) -> None:
    """SQLite: no removed text left in free pages or the write-ahead log (VACUUM runs outside
    any transaction, so on the driver's connection itself)."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
