"""Backups every few minutes while a session runs (the run console starts and stops it).

The online backup of a meeting-sized database takes milliseconds, so it runs on the GUI thread;
a failure is logged and reported through `failed`, never raised into the meeting.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.storage.backups import backup_sqlite, changed_since_last_backup
from app.storage.engine import sqlite_path

log = logging.getLogger(__name__)


class BackupScheduler(QObject):
    backed_up = Signal(object)  # Path of the new backup
    failed = Signal(object)  # the exception

    def __init__(self, store, minutes: float = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.backup_now)

    @property
    def database(self) -> Path | None:
        """The SQLite file behind the store (None for PostgreSQL: its server keeps backups)."""
        return sqlite_path(self.store.db.url)

    def start(self) -> None:
        if self.database is not None and not getattr(self.store.db, "read_only", False):
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def backup_now(self) -> Path | None:
        """One rotated "timer" backup, skipped when nothing changed since the last one."""
        database = self.database
        if database is None or not changed_since_last_backup(database):
            return None
        try:
            path = backup_sqlite(database, "timer")
        except Exception as error:  # a full disk must not stop the meeting
            log.exception("timed backup failed")
            self.failed.emit(error)
            return None
        self.backed_up.emit(path)
        return path
