"""Rotating backups of a SQLite database with SQLite's online backup.

Where: beside the database, named ``<file>.<reason>-YYYYmmdd-HHMMSS-ffffff.bak`` (the place the
pre-migration backup always used), so a backup travels with the database on a USB stick and a
facilitator finds it without knowing the app's data folder. If that folder is read-only, the
automatic backups go to the app data folder instead (``<data>/backups``).

Why the online backup and not a file copy: a copy of a live WAL database can miss committed pages
still in the -wal file, or catch a page half-written; the online backup API reads a consistent
snapshot while another connection (or app) writes.

Rotation: the automatic reasons ("open", "timer") keep the newest KEEP per database together;
"before-migration" and "before-restore" copies are never rotated away (they are rare and they are
the only copy of the state before a one-way change).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.atomic import replacing, write_bytes
from app.storage.file_checks import connect_to_check, uri

log = logging.getLogger(__name__)

KEEP = 10
STALE_TEMPORARY_S = 3600  # a backup takes well under a minute; older temporaries were killed
ROTATED = ("open", "timer")
_NAME = re.compile(r"^(?P<db>.+)\.(?P<reason>[a-z-]+?)-(?P<stamp>\d{8}-\d{6}-\d{6})\.bak$")


@dataclass(frozen=True)
class Backup:
    """One backup file, as listed by the restore dialog."""

    path: Path
    reason: str
    taken_at: datetime
    size: int

    def session_count(self) -> int | None:
        """How many sessions the backup holds; None if it cannot be read."""
        try:
            connection = read_backup(self.path)
            try:
                return int(connection.execute("SELECT count(*) FROM meeting_session").fetchone()[0])
            finally:
                connection.close()
        except sqlite3.Error:
            return None


def fallback_dir() -> Path:
    """The app data folder's backups, for databases in folders we may not write."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "tafelronde" / "backups"


def _folders(database: Path) -> list[Path]:
    return [database.parent, fallback_dir()]


def _target(database: Path, reason: str, folder: Path | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return (folder or database.parent) / f"{database.name}.{reason}-{stamp}.bak"


def read_backup(path: Path) -> sqlite3.Connection:
    """A backup is never written again: read it as immutable, so no -wal/-shm appear beside it
    (also for backups made before they were switched to rollback-journal mode)."""
    return sqlite3.connect(uri(path, "immutable=1"), uri=True)


def copy_database(source: Path, target: Path) -> Path:
    """Online backup of `source` into a new file `target` (never over an existing file).

    The copy is made under a hidden temporary name and renamed when complete (app/core/atomic.py),
    so a killed or failed backup never shows up as a backup. Its journal mode is set to DELETE: a
    WAL-mode copy (the backup API copies the source's header) would grow -wal and -shm files
    beside the .bak the first time anything reads it.
    """
    if target.exists():
        raise FileExistsError(target)
    src = read_backup(source) if _NAME.match(source.name) else connect_to_check(source)
    try:
        with replacing(target) as temporary:
            dest = sqlite3.connect(temporary)
            try:
                with dest:
                    src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
    finally:
        src.close()
    return target


def backup_sqlite(path: Path, reason: str) -> Path:
    """Back up a live database beside itself (or in the app data folder if it cannot be)."""
    try:
        target = copy_database(path, _target(path, reason))
    except (sqlite3.OperationalError, PermissionError) as exc:
        folder = fallback_dir()
        log.warning("cannot write a backup beside %s (%s); using %s", path, exc, folder)
        folder.mkdir(parents=True, exist_ok=True)
        target = copy_database(path, _target(path, reason, folder))
    log.info("backup written: %s", target)
    if reason in ROTATED:
        rotate(path)
    return target


def list_backups(database: Path) -> list[Backup]:
    """Every backup of this database, newest first, from both possible folders."""
    found: list[Backup] = []
    for folder in _folders(database):
        if not folder.is_dir():
            continue
        for file in folder.glob(f"{glob_escape(database.name)}.*.bak"):
            match = _NAME.match(file.name)
            if match is None or match["db"] != database.name:
                continue
            try:
                taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
                found.append(Backup(file, match["reason"], taken, file.stat().st_size))
            except (ValueError, OSError):
                continue
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def rotate(database: Path, keep: int = KEEP) -> list[Path]:
    """Remove the oldest automatic backups beyond `keep`, and what a killed backup left (a hidden
    temporary file more than an hour old); returns the removed backups."""
    automatic = [b for b in list_backups(database) if b.reason in ROTATED]
    removed = []
    stale = time.time() - STALE_TEMPORARY_S
    for folder in _folders(database):
        for leftover in folder.glob(f".{glob_escape(database.name)}.*.bak.*.tmp"):
            try:
                if leftover.stat().st_mtime < stale:
                    leftover.unlink()
            except OSError:
                continue
    for backup in automatic[keep:]:
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as exc:
            log.warning("cannot remove old backup %s: %s", backup.path, exc)
    return removed


FINGERPRINTED = ("meeting_session", "participant", "activity", "activity_result", "action_item")


def fingerprint(path: Path) -> tuple[object, ...] | None:
    """Counts, newest change and version sums per table: differs whenever any row changed."""
    try:
        connection = read_backup(path) if _NAME.match(path.name) else connect_to_check(path)
        try:
            parts: list[object] = []
            for table in FINGERPRINTED:
                try:
                    parts.extend(connection.execute(
                        f"SELECT count(*), max(updated_at), sum(version) FROM {table}"
                    ).fetchone())  # fmt: skip
                except sqlite3.OperationalError:  # an older schema without this table
                    parts.append(None)
            return tuple(parts)
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def changed_since_last_backup(database: Path) -> bool:
    """True if any row changed after the newest backup was taken (or there is none)."""
    backups = list_backups(database)
    if not backups:
        return True
    current = fingerprint(database)
    return current is None or current != fingerprint(backups[0].path)


def backup_on_open(database: Path) -> Path | None:
    """The automatic backup when a database is opened: only if it has content and changed."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    if not changed_since_last_backup(database):
        return None
    try:
        return backup_sqlite(database, "open")
    except (sqlite3.Error, OSError) as exc:  # a backup failure must not stop the meeting
        log.warning("backup on open failed for %s: %s", database, exc)
        return None


def restore(backup: Path, database: Path) -> Path | None:
    """Put a backup in place of `database`, after backing up the current file (if any).

    Returns the safety copy of the current database. The caller must have closed its store.
    """
    safety = None
    if database.exists() and database.stat().st_size > 0:
        try:
            safety = copy_database(database, _target(database, "before-restore"))
        except sqlite3.DatabaseError:
            # a damaged current file cannot be opened by SQLite; keep its bytes as they are
            safety = write_bytes(_target(database, "before-restore"), database.read_bytes())
    staging = database.with_name(f"{database.name}.restoring")
    staging.unlink(missing_ok=True)
    copy_database(backup, staging)
    for side in (Path(f"{database}-wal"), Path(f"{database}-shm")):
        side.unlink(missing_ok=True)
    os.replace(staging, database)
    return safety


def restore_as_new(backup: Path, target: Path) -> Path:
    """Copy a backup to a new database file (the current one stays as it is)."""
    return copy_database(backup, target)
