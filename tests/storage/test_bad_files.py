"""Every kind of bad database file gets a specific error, and its bytes are never changed."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import open_store
from app.storage.errors import NewerDatabaseError, NotADatabaseError, StorageError
from app.storage.file_checks import DamagedDatabaseError, ReadOnlyDatabaseError
from app.storage.migrate import open_database


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder with its bytes (side files such as -shm included)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def filled_database(path: Path, sessions: int = 30) -> None:
    """A real database with enough rows to span many pages, closed cleanly."""
    store = open_store(path)
    for n in range(sessions):
        meeting = store.sessions.create(f"Sessie {n}", venue="Zaal " * 50)
        store.participants.add(meeting.id, first_name="Anna" * 20, last_name=str(n))
    store.close()
    for side in path.parent.glob("*.bak"):
        side.unlink()


@pytest.fixture
def filled(db_path: Path) -> Path:
    filled_database(db_path)
    return db_path


def assert_refused_untouched(path: Path, error: type[StorageError], match: str) -> StorageError:
    before = path.read_bytes()
    with pytest.raises(error, match=match) as caught:
        open_store(path)
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.bak")), "no backup may be written of a refused file"
    return caught.value


def test_a_text_file_is_not_a_database(db_path: Path) -> None:
    db_path.write_text("Naam;Organisatie\nAnna;De Warme Winkel\n", encoding="utf-8")
    error = assert_refused_untouched(db_path, NotADatabaseError, "not a Tafelronde database")
    assert str(db_path) in str(error)


def test_a_sqlite_file_of_another_program(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.close()
    assert_refused_untouched(db_path, NotADatabaseError, "belongs to another program")


def test_a_truncated_file_copied_only_partly(filled: Path) -> None:
    data = filled.read_bytes()
    assert len(data) > 8 * 4096
    filled.write_bytes(data[: len(data) // 2])
    error = assert_refused_untouched(filled, DamagedDatabaseError, "incomplete")
    assert isinstance(error, NotADatabaseError)


def test_a_file_cut_inside_its_header(filled: Path) -> None:
    filled.write_bytes(filled.read_bytes()[:60])
    assert_refused_untouched(filled, NotADatabaseError, "damaged|incomplete")


def test_a_corrupted_file_with_garbage_in_its_pages(filled: Path) -> None:
    data = bytearray(filled.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):  # garble pages, keep the header
        data[offset + 8 : offset + 600] = bytes((i * 37) % 256 for i in range(592))
    filled.write_bytes(bytes(data))
    assert_refused_untouched(filled, DamagedDatabaseError, "damaged")


def test_a_database_from_a_newer_version(filled: Path) -> None:
    with sqlite3.connect(filled) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    assert_refused_untouched(filled, NewerDatabaseError, "newer version")


@pytest.fixture
def read_only_file(filled: Path) -> Iterator[Path]:
    filled.chmod(stat.S_IRUSR | stat.S_IRGRP)
    yield filled
    filled.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_file_is_refused_then_opens_read_only(read_only_file: Path) -> None:
    error = assert_refused_untouched(read_only_file, ReadOnlyDatabaseError, "read-only")
    assert error.can_open_read_only
    before = snapshot(read_only_file.parent)
    db = open_database(read_only_file, read_only=True)
    from app.storage.store import Store

    store = Store(db)
    try:
        assert db.read_only
        assert len(store.sessions.list()) == 30
        with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
            store.sessions.create("Mag niet")
    finally:
        store.close()
    assert read_only_file.read_bytes() == before[read_only_file.name]


@pytest.fixture
def read_only_folder(filled: Path) -> Iterator[Path]:
    folder = filled.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield filled
    folder.chmod(stat.S_IRWXU)


def test_a_database_in_a_read_only_folder(read_only_folder: Path) -> None:
    folder = read_only_folder.parent
    before = snapshot(folder)
    with pytest.raises(ReadOnlyDatabaseError, match=r"folder .* is read-only"):
        open_store(read_only_folder)
    db = open_database(read_only_folder, read_only=True)
    from app.storage.store import Store

    store = Store(db)
    assert [m.title for m in store.sessions.list()][-1] == "Sessie 0"
    store.close()
    assert snapshot(folder) == before, "nothing may appear or change in a read-only folder"


def test_a_new_database_in_a_read_only_folder(read_only_folder: Path) -> None:
    with pytest.raises(ReadOnlyDatabaseError, match="read-only") as caught:
        open_store(read_only_folder.parent / "nieuw.sqlite")
    assert not caught.value.can_open_read_only
    assert not (read_only_folder.parent / "nieuw.sqlite").exists()


def test_read_only_opening_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_database(tmp_path / "weg.sqlite", read_only=True)
