"""The tables. Every editable record carries a version so concurrent edits are detected.

Configuration and results are JSON text, so activity kinds add what they need without a schema
change; the schema itself is owned by the Alembic migrations in `migrations/`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Timestamps are timezone-aware UTC, the same on SQLite and PostgreSQL."""
    return datetime.now(UTC)


class MeetingSession(SQLModel, table=True):
    """A meeting (bijeenkomst). Called MeetingSession to avoid a clash with database sessions."""

    __tablename__ = "meeting_session"
    id: int | None = Field(default=None, primary_key=True)
    # the same meeting in every database it is copied to (tafelronde copy)
    uid: str = Field(
        default_factory=lambda: uuid.uuid4().hex, max_length=32, unique=True, index=True
    )
    title: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    date: str = ""  # ISO date, or empty while unplanned
    start_time: str = ""  # HH:MM, the planned start of the agenda
    venue: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    organisers: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    capacity: int = 0  # 0 means no limit
    template_key: str = ""
    settings: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    version: int = 1
    # the series ("network") this meeting belongs to, and its place there (revision 0005)
    series_id: int | None = Field(
        default=None, foreign_key="series.id", index=True, ondelete="SET NULL"
    )
    series_position: int | None = None


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="meeting_session.id", index=True, ondelete="CASCADE")
    first_name: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # the tussenvoegsel ("van der"), kept apart so names sort by last name (app/core/names.py)
    name_particle: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    last_name: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    organisation: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    role: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    municipality: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    email: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    status: str = "registered"  # registered | waiting | present
    consent: bool = False  # may be named in the printed report
    position: int = 0  # registration order, decides who moves up from the waiting list
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    version: int = 1
    # the same human in the series' other meetings (app/storage/series.py); consent stays here
    person_id: int | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="SET NULL"
    )


class Activity(SQLModel, table=True):
    __tablename__ = "activity"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="meeting_session.id", index=True, ondelete="CASCADE")
    position: int = 0
    kind: str
    title: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    planned_minutes: int = 15
    config: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    version: int = 1


class ActivityResult(SQLModel, table=True):
    """One keyed piece of an activity's results (a group's note, a vote, a worksheet field).

    Small keyed rows let many note-takers write the same activity without touching each other's
    rows; two writers of the same key meet the version check.
    """

    __tablename__ = "activity_result"
    __table_args__ = (UniqueConstraint("activity_id", "key", name="uq_activity_result_key"),)
    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id", index=True, ondelete="CASCADE")
    key: str = Field(max_length=200)
    value: str = Field(default="null", sa_column=Column(Text, nullable=False, default="null"))
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    updated_by: str = ""
    version: int = 1


class ActionItem(SQLModel, table=True):
    __tablename__ = "action_item"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="meeting_session.id", index=True, ondelete="CASCADE")
    position: int = 0
    what: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    who: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    due: str = ""  # ISO date or free text such as "next meeting"
    done: bool = False
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    version: int = 1


class Series(SQLModel, table=True):
    """A network: meetings that follow each other, whose people are known across them."""

    __tablename__ = "series"
    id: int | None = Field(default=None, primary_key=True)
    # the same series in every database it is copied to (tafelronde copy)
    uid: str = Field(
        default_factory=lambda: uuid.uuid4().hex, max_length=32, unique=True, index=True
    )
    title: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    anonymise_after: date | None = None  # the organiser's retention date
    anonymised_at: datetime | None = None  # names and e-mails removed at this moment
    version: int = 1


class Person(SQLModel, table=True):
    """One human across a series' meetings; each meeting keeps its own participant row (and
    its own consent)."""

    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    series_id: int = Field(foreign_key="series.id", index=True, ondelete="CASCADE")


class PersonReview(SQLModel, table=True):
    """A pair of participants that may be the same person: the organiser decides."""

    __tablename__ = "person_review"
    id: int | None = Field(default=None, primary_key=True)
    series_id: int = Field(foreign_key="series.id", index=True, ondelete="CASCADE")
    participant_a: int = Field(foreign_key="participant.id", index=True, ondelete="CASCADE")
    participant_b: int = Field(foreign_key="participant.id", index=True, ondelete="CASCADE")
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    score: int = 0  # 0..100, how alike the two are (app/core/person_match.py)
    decision: str = "pending"  # pending | merged | apart
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    version: int = 1
