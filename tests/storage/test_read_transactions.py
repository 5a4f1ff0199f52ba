"""Reads take no write lock: a long read (a report being built) and a writer do not wait for
each other on a SQLite file in WAL mode; on PostgreSQL a read is READ ONLY."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from app.storage import open_store
from app.storage.engine import BUSY_TIMEOUT_MS
from app.storage.models import MeetingSession


def _two_stores(url: str):  # type: ignore[no-untyped-def]
    first = open_store(url)
    second = open_store(url)
    return first, second


def test_a_writer_commits_while_a_long_read_is_open(db_path: Path) -> None:
    reader, writer = _two_stores(str(db_path))
    try:
        meeting = writer.sessions.create("Voor")
        with reader.db.read() as s:
            before = s.get(MeetingSession, meeting.id)
            assert before is not None and before.title == "Voor"
            started = time.monotonic()
            writer.sessions.update(meeting.id, title="Na")  # would wait 5 s for IMMEDIATE
            writer.sessions.create("Nieuw")
            elapsed = time.monotonic() - started
            # the read keeps its snapshot: the report sees one consistent state
            titles = [m.title for m in s.exec(select(MeetingSession))]
            assert titles == ["Voor"]
        assert elapsed < BUSY_TIMEOUT_MS / 1000 / 2
        assert sorted(m.title for m in reader.sessions.list()) == ["Na", "Nieuw"]
    finally:
        reader.close()
        writer.close()


def test_a_read_goes_on_while_a_writer_holds_the_write_lock(db_path: Path) -> None:
    reader, writer = _two_stores(str(db_path))
    try:
        meeting = writer.sessions.create("Voor")
        with writer.db.transaction() as w:
            stored = w.get(MeetingSession, meeting.id)
            assert stored is not None
            stored.title = "Half"
            w.flush()  # the write lock is held and a change is pending
            started = time.monotonic()
            assert [m.title for m in reader.sessions.list()] == ["Voor"]
            assert reader.sessions.get(meeting.id).title == "Voor"  # type: ignore[union-attr]
            elapsed = time.monotonic() - started
        assert elapsed < BUSY_TIMEOUT_MS / 1000 / 2
        assert reader.sessions.get(meeting.id).title == "Half"  # type: ignore[union-attr]
    finally:
        reader.close()
        writer.close()


def test_writes_still_take_the_lock_first(db_path: Path) -> None:
    """transaction() still begins IMMEDIATE, even before its first write: another writer waits
    (the read-check-write of versioned updates stays safe)."""
    store = open_store(db_path)
    try:
        store.sessions.create("Een")
        with store.db.transaction() as s:
            assert s.exec(select(MeetingSession)).first() is not None  # only read so far
            other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
                assert other.execute("SELECT count(*) FROM meeting_session").fetchone() == (1,)
            finally:
                other.close()
    finally:
        store.close()


def test_a_change_inside_a_read_is_refused(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        meeting = store.sessions.create("Voor")
        with pytest.raises(RuntimeError, match="read"), store.db.read() as s:
            stored = s.get(MeetingSession, meeting.id)
            assert stored is not None
            stored.title = "Stiekem"
        assert store.sessions.get(meeting.id).title == "Voor"  # type: ignore[union-attr]
    finally:
        store.close()


@pytest.mark.postgres
def test_a_read_on_postgres_is_read_only_and_does_not_block(pg_url: str) -> None:
    reader, writer = _two_stores(pg_url)
    try:
        meeting = writer.sessions.create("Voor")
        with reader.db.read() as s:
            assert s.execute(text("SHOW transaction_read_only")).scalar() == "on"
            writer.sessions.update(meeting.id, title="Na")
            assert reader.sessions.get(meeting.id).title == "Na"  # type: ignore[union-attr]
        with pytest.raises(DBAPIError, match="read-only"), reader.db.read() as s:
            s.execute(text("UPDATE meeting_session SET title = 'x'"))
        with reader.db.transaction() as s:  # the pooled connection is writable again
            assert s.execute(text("SHOW transaction_read_only")).scalar() == "off"
        assert writer.sessions.get(meeting.id).title == "Na"  # type: ignore[union-attr]
    finally:
        reader.close()
        writer.close()
