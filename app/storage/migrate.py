"""Open a database and bring its schema up to date, safely.

Before any migration of an existing SQLite file, the file is copied to a timestamped backup with
SQLite's online backup; a database from a newer app version is refused, never touched.
"""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
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

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
OUR_TABLES = {"meeting_session", "participant", "activity", "action_item"}


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


# Alembic (with Mako and Pygments) costs about a third of a command's start; opening a database
# that is already up to date needs only the revision ids, read here from the migration files.
_REVISION = re.compile(r"^revision(?:\s*:[^=\n]*)?\s*=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=\n]*)?\s*=\s*(.+)$", re.M)


@functools.cache
def _revisions() -> tuple[str, frozenset[str]]:
    """(head, every revision) of the migration scripts; Alembic decides when the files do not
    read plainly (one revision each, one head)."""
    found: set[str] = set()
    parents: set[str] = set()
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return _alembic_revisions()
        found.add(revision.group(1))
        parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    heads = found - parents
    if len(heads) != 1 or not parents <= found:
        return _alembic_revisions()
    return heads.pop(), frozenset(found)


def _alembic_revisions() -> tuple[str, frozenset[str]]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    known = frozenset(rev.revision for rev in scripts.walk_revisions())
    return scripts.get_current_head() or "", known


def head_revision() -> str:
    return _revisions()[0]


def known_revisions() -> set[str]:
    return set(_revisions()[1])


def upgrade(db: Database, revision: str = "head") -> None:
    """Run Alembic migrations on an open database, up to `revision`.

    On PostgreSQL several laptops may open a brand-new shared database at the same moment: a
    transaction-scoped advisory lock lets one of them migrate while the others wait; they then
    find the schema at head (Alembic reads the version after the lock) and do nothing.
    """
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as connection:
        if not db.is_sqlite:
            from app.storage.postgres import lock_migrations

            lock_migrations(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(db: Database) -> str | None:
    """The schema revision the database is at (None for a new one), read as Alembic does."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).fetchall()
        if len(rows) > 1:  # branches: Alembic says what that means
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(connection).get_current_revision()
    return str(rows[0][0]) if rows else None


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
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])
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
