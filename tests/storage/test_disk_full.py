"""A full disk: the save fails with a message, nothing saved before is lost, the file stays whole,
and the edit is saved as soon as there is room again.

The disk is "full" for SQLite through PRAGMA max_page_count (the file may not grow), which gives
the very error a full disk gives: SQLITE_FULL, "database or disk is full".
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.storage.engine import sqlite_path
from app.widgets.autosave import Autosaver


@pytest.fixture
def full_disk(store) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """While active, the database file cannot grow by a single page."""

    def no_growth(connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(store.db.engine, "connect", no_growth)
    store.db.engine.dispose()  # new connections get the limit
    yield store
    event.remove(store.db.engine, "connect", no_growth)
    store.db.engine.dispose()


def test_a_full_disk_refuses_the_save_and_keeps_everything_else(meeting, full_disk) -> None:  # type: ignore[no-untyped-def]
    store = full_disk
    activity = store.agenda.list(meeting.id)[0]
    store.results.set(activity.id, "note:1", "Voor de volle schijf")
    with pytest.raises(OperationalError, match="full"):
        store.results.set(activity.id, "note:2", "x" * 2_000_000)
    assert store.results.all(activity.id)["note:1"] == "Voor de volle schijf"
    assert "note:2" not in store.results.all(activity.id)  # all or nothing, never half a row
    path = sqlite_path(store.db.url)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_the_autosaver_reports_it_and_saves_when_there_is_room(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    activity = store.agenda.list(meeting.id)[0]
    text = {"value": "Notitie " * 200_000}
    saver = Autosaver(lambda: store.results.set(activity.id, "note:1", text["value"]))
    failures: list[BaseException] = []
    saver.failed.connect(failures.append)

    def no_growth(connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(store.db.engine, "connect", no_growth)
    store.db.engine.dispose()
    saver.touch()
    saver.flush()
    assert failures and "full" in str(failures[0])
    assert saver.pending  # the text is kept for the next try
    event.remove(store.db.engine, "connect", no_growth)
    store.db.engine.dispose()  # room again
    with qtbot.waitSignal(saver.saved, timeout=10_000):
        saver.touch()  # the next keystroke saves everything
    assert store.results.all(activity.id)["note:1"] == text["value"]


def test_a_backup_on_a_full_disk_is_reported_not_raised(qtbot, store, meeting, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.widgets.backup_scheduler as module

    def full(_path, _reason):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(module, "backup_sqlite", full)
    scheduler = module.BackupScheduler(store)
    store.sessions.create("Nieuw")  # something changed since the last backup
    with qtbot.waitSignal(scheduler.failed, timeout=10_000) as blocker:
        assert scheduler.backup_now() is None
    assert "No space left" in str(blocker.args[0])
