"""An older database is backed up before it is migrated, and a newer one is refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.storage import open_store
from app.storage.engine import Database, make_engine, to_url
from app.storage.errors import NewerDatabaseError
from app.storage.migrate import head_revision, upgrade


def make_old_database(path: Path) -> None:
    """A database as the first schema revision left it, with a session in it."""
    db = Database(to_url(path), make_engine(to_url(path)))
    upgrade(db, "0001")
    db.close()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO meeting_session (title, created_at, updated_at) "
            "VALUES ('Oude sessie', '2017-09-07 10:00:00', '2017-09-07 10:00:00')"
        )


def test_older_revision_is_backed_up_then_migrated(db_path: Path) -> None:
    make_old_database(db_path)
    store = open_store(db_path)
    try:
        assert [m.title for m in store.sessions.list()] == ["Oude sessie"]
        activity = store.agenda.add(store.sessions.list()[0].id, "segment", "Welkom")
        store.results.set(activity.id, "note", "works after migration")
        assert store.results.get(activity.id, "note") == "works after migration"
    finally:
        store.close()
    backups = list(db_path.parent.glob(f"{db_path.name}.before-migration-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT title FROM meeting_session").fetchone() == ("Oude sessie",)


def test_fresh_database_needs_no_backup(db_path: Path) -> None:
    open_store(db_path).close()
    assert not list(db_path.parent.glob("*.bak"))
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_database_from_a_newer_version_is_refused_and_untouched(db_path: Path) -> None:
    open_store(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_sqlite_file_of_another_program_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    before = db_path.read_bytes()
    with pytest.raises(Exception, match="belongs to another program"):
        open_store(db_path)
    assert db_path.read_bytes() == before
