"""Storage behind one door: open a database, then use the Store's repositories.

Widgets and commands never build SQL; they call these repositories. SQLite by default,
PostgreSQL by URL, same schema and queries on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from app.storage.store import Store


def open_store(target: str | Path) -> Store:
    """Open (create, migrate) the database at a path or URL and return its Store."""
    from app.storage.migrate import open_database
    from app.storage.store import Store

    return Store(open_database(target))


def open_store_for_reading(target: str | Path) -> Store:
    """For commands that only read (report, export, materials, worksheet, bingo): a SQLite file
    that is read-only, or lies in a read-only folder, is opened read-only (no migration, no
    backup, no WAL switch, nothing written); anything else is opened as by `open_store`."""
    from app.storage.engine import sqlite_path, to_url
    from app.storage.file_checks import ReadOnlyDatabaseError, check_writable
    from app.storage.migrate import open_database
    from app.storage.store import Store

    file = sqlite_path(to_url(target))
    if file is not None and file.is_file():
        try:
            check_writable(file)
        except ReadOnlyDatabaseError as error:
            if error.can_open_read_only:
                return Store(open_database(file, read_only=True))
    return open_store(target)
