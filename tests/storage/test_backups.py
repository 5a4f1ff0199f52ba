"""Automatic backups: on open, before migrations, on a timer; rotation; restoring."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from app.storage import backups, open_store
from app.storage.backups import list_backups, restore, restore_as_new, rotate


def titles(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT title FROM meeting_session ORDER BY id").fetchall()
    connection.close()
    return [row[0] for row in rows]


def test_reopening_a_changed_database_makes_one_backup(db_path: Path) -> None:
    store = open_store(db_path)
    store.sessions.create("Eerste")
    store.close()
    assert list_backups(db_path) == []  # it was new when opened
    open_store(db_path).close()
    found = list_backups(db_path)
    assert [b.reason for b in found] == ["open"]
    assert found[0].session_count() == 1
    assert found[0].path.parent == db_path.parent
    open_store(db_path).close()  # unchanged since that backup: no second copy
    assert len(list_backups(db_path)) == 1


def test_backup_is_consistent_while_another_connection_writes(db_path: Path) -> None:
    store = open_store(db_path)
    meeting = store.sessions.create("Live")
    activity = store.agenda.add(meeting.id, "segment")
    for n in range(50):
        store.results.set(activity.id, f"note-{n}", "x" * 500)  # sits in the WAL, not the file
    copy = backups.backup_sqlite(db_path, "timer")
    store.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM activity_result").fetchone() == (50,)
    connection.close()


def test_rotation_keeps_the_newest_ten_automatic_backups(db_path: Path) -> None:
    store = open_store(db_path)
    store.sessions.create("Eén")
    made = [backups.backup_sqlite(db_path, "timer") for _ in range(12)]
    migration = backups.backup_sqlite(db_path, "before-migration")
    store.close()
    left = {b.path for b in list_backups(db_path)}
    assert left == set(made[-10:]) | {migration}
    assert rotate(db_path, keep=3) == sorted(made[-10:-3], key=lambda p: p.name, reverse=True)


def test_other_databases_backups_are_not_listed(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "a.sqlite.more.sqlite"
    for path in (a, b):
        store = open_store(path)
        store.sessions.create(path.name)
        backups.backup_sqlite(path, "timer")
        store.close()
    assert [x.path.name.startswith("a.sqlite.timer-") for x in list_backups(a)] == [True]


def test_restore_over_the_current_file_backs_that_up_first(db_path: Path) -> None:
    store = open_store(db_path)
    store.sessions.create("Voor de fout")
    saved = backups.backup_sqlite(db_path, "timer")
    store.sessions.create("Na de fout")
    store.close()
    safety = restore(saved, db_path)
    assert safety is not None and titles(safety) == ["Voor de fout", "Na de fout"]
    assert titles(db_path) == ["Voor de fout"]
    reopened = open_store(db_path)
    assert [m.title for m in reopened.sessions.list()] == ["Voor de fout"]
    reopened.close()
    assert "before-restore" in {b.reason for b in list_backups(db_path)}


def test_restore_as_a_new_file_leaves_the_current_one(db_path: Path, tmp_path: Path) -> None:
    store = open_store(db_path)
    store.sessions.create("Eén")
    saved = backups.backup_sqlite(db_path, "timer")
    store.sessions.create("Twee")
    store.close()
    before = db_path.read_bytes()
    target = restore_as_new(saved, tmp_path / "hersteld.sqlite")
    assert titles(target) == ["Eén"]
    assert db_path.read_bytes() == before
    with pytest.raises(FileExistsError):
        restore_as_new(saved, target)


def test_backups_go_to_the_data_folder_when_beside_is_read_only(
    db_path: Path, tmp_path: Path
) -> None:
    store = open_store(db_path)
    store.sessions.create("Eén")
    store.close()
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        import os

        if os.access(tmp_path, os.W_OK):  # root ignores the mode: simulate the refusal
            real = backups.copy_database

            def refuse_beside(source: Path, target: Path) -> Path:
                if target.parent == tmp_path:
                    raise PermissionError(target)
                return real(source, target)

            backups.copy_database = refuse_beside  # type: ignore[assignment]
        try:
            made = backups.backup_sqlite(db_path, "timer")
        finally:
            backups.copy_database = real if "real" in locals() else backups.copy_database  # type: ignore[assignment]
    finally:
        tmp_path.chmod(stat.S_IRWXU)
    assert made.parent == backups.fallback_dir()
    assert list_backups(db_path)[0].path == made
