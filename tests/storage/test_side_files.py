"""Looking at a file leaves nothing beside it: no -wal/-shm after checking a damaged or foreign
file, none beside backups (also when they are read for the restore dialog), and no temporary
file left by a backup that failed halfway."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from pathlib import Path

import pytest

from app.storage import backups, open_store
from app.storage.backups import list_backups, rotate
from app.storage.errors import NotADatabaseError
from app.storage.file_checks import DamagedDatabaseError


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def wal_file_of_another_program(path: Path) -> None:
    """Another program's SQLite file in WAL mode, closed cleanly (as browsers keep theirs)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.commit()
    connection.close()


def test_checking_a_foreign_wal_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    wal_file_of_another_program(path)
    before = snapshot(tmp_path)
    assert list(before) == ["places.sqlite"]
    with pytest.raises(NotADatabaseError, match="another program"):
        open_store(path)
    assert snapshot(tmp_path) == before


def test_checking_a_damaged_file_of_ours_leaves_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "tafelronde.sqlite"
    store = open_store(path)
    for n in range(30):
        meeting = store.sessions.create(f"Sessie {n}", venue="Zaal " * 50)
        store.participants.add(meeting.id, first_name="Anna" * 20, last_name=str(n))
    store.close()
    data = bytearray(path.read_bytes())
    assert data[18] == data[19] == 2  # our files are in WAL mode
    for offset in range(2 * 4096, len(data) - 4096, 3 * 4096):  # garble pages, keep the header
        data[offset + 8 : offset + 600] = bytes((i * 37) % 256 for i in range(592))
    path.write_bytes(bytes(data))
    before = snapshot(tmp_path)
    with pytest.raises(DamagedDatabaseError):
        open_store(path)
    assert snapshot(tmp_path) == before


def test_a_pending_wal_is_still_read_when_checking(tmp_path: Path) -> None:
    """With a -wal present (a crash, or another window has it open) the check reads it: the
    committed rows in it are seen, so a sound file is not taken for damaged or foreign."""
    path = tmp_path / "tafelronde.sqlite"
    store = open_store(path)
    store.sessions.create("In de WAL")
    assert Path(f"{path}-wal").stat().st_size > 0
    second = open_store(path)  # checked while the first store holds it open
    try:
        assert [m.title for m in second.sessions.list()] == ["In de WAL"]
    finally:
        second.close()
        store.close()


def test_backups_are_rollback_files_that_grow_no_side_files(db_path: Path) -> None:
    store = open_store(db_path)
    store.sessions.create("Eerste")
    store.close()
    open_store(db_path).close()  # changed since it was new: the backup on open
    (backup,) = list_backups(db_path)
    assert backup.path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert backup.session_count() == 1  # read for the restore dialog
    assert not backups.changed_since_last_backup(db_path)  # its fingerprint read too
    beside = [n for n in names(db_path.parent) if ".bak" in n]
    assert beside == [backup.path.name], beside


def test_an_old_wal_mode_backup_is_read_without_side_files(db_path: Path) -> None:
    """Backups made before this change kept the WAL header; reading one leaves nothing."""
    store = open_store(db_path)
    store.sessions.create("Eerste")
    store.close()
    old = db_path.with_name(f"{db_path.name}.open-20260101-090000-000000.bak")
    old.write_bytes(db_path.read_bytes())
    assert old.read_bytes()[18:20] == b"\x02\x02"
    (backup,) = list_backups(db_path)
    assert backup.session_count() == 1
    assert not backups.changed_since_last_backup(db_path)
    assert [n for n in names(db_path.parent) if ".bak" in n] == [old.name]


def test_a_backup_that_fails_halfway_leaves_no_backup_and_no_temporary(
    db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    store = open_store(db_path)
    store.sessions.create("Eerste")
    store.close()
    import app.core.atomic as atomic

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    assert backups.backup_on_open(db_path) is None  # reported in the log, never raised
    assert [n for n in names(db_path.parent) if n != db_path.name] == []


def test_rotation_keeps_ten_and_clears_what_a_killed_backup_left(db_path: Path) -> None:
    store = open_store(db_path)
    store.sessions.create("Eén")
    store.close()
    killed = db_path.with_name(f".{db_path.name}.open-20260101-090000-000000.bak.1a2b3c4d.tmp")
    killed.write_bytes(b"half a backup")
    recent = db_path.with_name(f".{db_path.name}.timer-20260101-090000-000000.bak.5e6f7a8b.tmp")
    recent.write_bytes(b"a backup being written right now")
    hour_ago = time.time() - backups.STALE_TEMPORARY_S - 60
    os.utime(killed, (hour_ago, hour_ago))
    for _ in range(12):
        backups.backup_sqlite(db_path, "open")
    assert len(list_backups(db_path)) == backups.KEEP == 10
    assert not killed.exists() and recent.exists()
    assert rotate(db_path) == []
