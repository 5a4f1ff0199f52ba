"""The timed backup while a session runs."""

from __future__ import annotations

from pathlib import Path

from app.storage.backups import list_backups
from app.widgets.backup_scheduler import BackupScheduler


def test_scheduler_backs_up_only_changes(store, db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    scheduler = BackupScheduler(store, minutes=5)
    scheduler.start()
    assert scheduler.active and scheduler.timer.interval() == 300_000
    store.sessions.create("Loopt")
    with qtbot.waitSignal(scheduler.backed_up) as signal:
        scheduler.timer.timeout.emit()  # what the timer does after five minutes
    assert signal.args[0] == list_backups(db_path)[0].path
    assert list_backups(db_path)[0].reason == "timer"
    assert scheduler.backup_now() is None  # nothing changed since
    store.sessions.create("Nog een")
    assert scheduler.backup_now() is not None
    scheduler.stop()
    assert not scheduler.active
