"""Checks that refuse a bad database file before anything writes to it.

Each check reads only (header bytes, a read-only SQLite connection), so a truncated, damaged or
read-only file is byte-identical afterwards; the error says what is wrong and the UI offers a
way out (app/ui/open_failure_dialog.py).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine

from app.storage import safety_messages as safety
from app.storage.errors import NotADatabaseError, StorageError

HEADER_SIZE = 100


class ReadOnlyDatabaseError(StorageError):
    """The file or its folder cannot be written; it can still be opened read-only."""

    def __init__(self, message: str, can_open_read_only: bool = True, **params: object) -> None:
        super().__init__(message, **params)
        self.can_open_read_only = can_open_read_only


class DamagedDatabaseError(NotADatabaseError):
    """A SQLite file of ours that is truncated or corrupted; a backup is the way out."""


def writable(path: Path) -> bool:
    """Writable for us *and* not marked read-only (root may write anything; we respect the mark)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def check_writable(file: Path) -> None:
    """Refuse to open for writing a read-only file, or any file in a read-only folder (WAL needs
    its -wal and -shm files beside the database)."""
    if file.exists():
        if not writable(file):
            raise ReadOnlyDatabaseError(safety.READ_ONLY_FILE, path=str(file))
        if not writable(file.parent):
            raise ReadOnlyDatabaseError(safety.READ_ONLY_FOLDER, folder=str(file.parent))
    elif not writable(file.parent):
        raise ReadOnlyDatabaseError(
            safety.READ_ONLY_FOLDER, can_open_read_only=False, folder=str(file.parent)
        )


def header_says_truncated(file: Path) -> bool:
    """The header's page count says the file should be longer than it is (no WAL pending)."""
    wal = Path(f"{file}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False  # recovery from the WAL may still complete it
    with file.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    return valid and pages > 0 and file.stat().st_size < page_size * pages


def check_damage(file: Path) -> None:
    """Refuse a truncated or corrupted file (read-only quick_check: nothing is written)."""
    if header_says_truncated(file):
        raise DamagedDatabaseError(safety.TRUNCATED, path=str(file))
    try:
        connection = connect_to_check(file)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(safety.CORRUPT, path=str(file), reason=str(exc)) from exc
    if problems != ["ok"]:
        raise DamagedDatabaseError(safety.CORRUPT, path=str(file), reason=problems[0])


def uri(file: Path, flags: str) -> str:
    """A SQLite file URI (a '#' or '?' in a folder name would otherwise cut the path short)."""
    return f"file:{quote(str(file))}?{flags}"


def connect_read_only(file: Path) -> sqlite3.Connection:
    """Read-only; in a read-only folder (no -shm possible) the file is treated as immutable, and
    so is a read-only WAL file with no -wal beside it (nobody can change it, and a plain
    read-only connection would leave -wal and -shm files in its folder)."""
    idle_wal = is_wal_file(file) and not Path(f"{file}-wal").exists()
    immutable = not writable(file.parent) or (not writable(file) and idle_wal)
    flags = "immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(uri(file, flags), uri=True, check_same_thread=False)


def is_wal_file(file: Path) -> bool:
    """The header says WAL mode (bytes 18 and 19 are 2): a reader would create -wal and -shm."""
    try:
        with file.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def connect_to_check(file: Path) -> sqlite3.Connection:
    """A read-only connection for looking at a file before anyone opens it, which leaves
    nothing beside it.

    A plain read-only connection to a WAL-mode file creates `-wal` and `-shm` files (and cannot
    remove them again), so checking a damaged or foreign file used to leave two files beside it.
    When no `-wal` exists there is nothing pending in one and no process has the file open in
    WAL mode (SQLite keeps the -wal while a connection is open), so the file is read as
    immutable: no side files. With a -wal present it is read normally, so committed pages still
    in the -wal are seen. Rollback-journal files never get side files from readers.
    """
    if not writable(file.parent) or (is_wal_file(file) and not Path(f"{file}-wal").exists()):
        return sqlite3.connect(uri(file, "immutable=1"), uri=True, check_same_thread=False)
    return sqlite3.connect(uri(file, "mode=ro"), uri=True, check_same_thread=False)


def read_only_engine(file: Path) -> Engine:
    """An engine whose connections cannot write (SQLite refuses every write)."""

    def connect() -> sqlite3.Connection:
        connection = connect_read_only(file)
        connection.execute("PRAGMA query_only=ON")
        return connection

    return create_engine(
        "sqlite://", creator=connect, hide_parameters=True
    )  # (no values in errors)
