"""Open a database and bring its schema up to date, safely.

Before any migration of an existing SQLite file, the file is copied to a timestamped backup with
SQLite's online backup; a database from a newer app version is refused, never touched.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from app.storage import messages as msg
from app.storage import role_messages as role_msg
from app.storage import safety_messages as safety
from app.storage.backups import backup_on_open, backup_sqlite
from app.storage.engine import (
    PERMISSION_DENIED,
    Database,
    check_sqlite_file,
    make_engine,
    sqlite_path,
    to_url,
)
from app.storage.errors import NewerDatabaseError, NotADatabaseError, StorageError
from app.storage.file_checks import (
    DamagedDatabaseError,
    check_damage,
    check_writable,
    connect_to_check,
    header_says_truncated,
    read_only_engine,
)

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
OUR_TABLES = {"meeting_session", "participant", "activity", "action_item"}


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade(db: Database, revision: str = "head") -> None:
    """Run Alembic migrations on an open database, up to `revision`.

    On PostgreSQL several laptops may open a brand-new shared database at the same moment: a
    transaction-scoped advisory lock lets one of them migrate while the others wait; they then
    find the schema at head (Alembic reads the version after the lock) and do nothing.
    """
    config = alembic_config()
    with db.engine.begin() as connection:
        if not db.is_sqlite:
            from app.storage.postgres import lock_migrations

            lock_migrations(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _check_existing_sqlite(path: Path) -> None:
    """Refuse foreign or newer files before anything writes to them (even a pragma would)."""
    if header_says_truncated(path):
        raise DamagedDatabaseError(safety.TRUNCATED, path=str(path))
    try:
        connection = connect_to_check(path)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}  # fmt: skip
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            msg.DAMAGED,
            path=str(path),
            reason=str(exc),
        ) from exc
    if tables and not tables & OUR_TABLES:
        raise NotADatabaseError(
            msg.FOREIGN,
            path=str(path),
        )
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(msg.NEWER)
    check_damage(path)


def open_database(
    target: str | Path | URL, *, migrate: bool = True, read_only: bool = False
) -> Database:
    """Open (and create or migrate) the database at a path or URL; raises StorageError.

    `read_only` opens an existing SQLite file without writing anything (no migration, no WAL
    switch, no backup): the way out for read-only files and folders.
    """
    url = target if isinstance(target, URL) else to_url(target)
    file = sqlite_path(url)
    if file is not None:
        check_sqlite_file(file)
        if file.exists() and file.stat().st_size > 0:
            _check_existing_sqlite(file)
        if read_only:
            return _open_read_only(url, file)
        check_writable(file)
        if file.exists() and current_file_revision(file) == head_revision():
            backup_on_open(file)
    db = Database(url, make_engine(url))
    try:
        current = current_revision(db)
        if current is None:
            tables = set(inspect(db.engine).get_table_names())
            if tables and not tables & OUR_TABLES:
                raise NotADatabaseError(
                    msg.FOREIGN,
                    path=db.display_name,
                )
        elif current not in known_revisions():
            raise NewerDatabaseError(msg.NEWER)
        if migrate and current != head_revision():
            if file is not None and current is not None:
                backup_sqlite(file, "before-migration")
            upgrade(db)
    except StorageError:
        db.close()
        raise
    except (DatabaseError, OperationalError) as exc:
        db.close()
        if getattr(exc.orig, "sqlstate", None) == PERMISSION_DENIED:  # a room login, not the owner
            raise StorageError(role_msg.NEEDS_OWNER, name=db.display_name) from exc
        raise StorageError(
            msg.CANNOT_OPEN,
            name=db.display_name,
            reason=str(exc.orig).splitlines()[0] if exc.orig else str(exc),
        ) from exc
    return db


def current_file_revision(path: Path) -> str | None:
    """The schema revision of an existing SQLite file, read without writing."""
    try:
        connection = connect_to_check(path)
        try:
            return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            connection.close()
    except (sqlite3.Error, TypeError):
        return None


def _open_read_only(url: URL, file: Path) -> Database:
    """A database nobody writes through: the file must exist and be up to date."""
    if not file.exists() or file.stat().st_size == 0:
        raise StorageError(safety.READ_ONLY_MISSING, path=str(file))
    if current_file_revision(file) != head_revision():
        raise StorageError(safety.READ_ONLY_OLD, path=str(file))
    db = Database(url, read_only_engine(file))
    db.read_only = True
    return db
