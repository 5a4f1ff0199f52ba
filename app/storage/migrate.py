"""Open a database and bring its schema up to date, safely.

Before any migration of an existing SQLite file, the file is copied to a timestamped backup with
SQLite's online backup; a database from a newer app version is refused, never touched.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from app.storage import messages as msg
from app.storage.engine import Database, check_sqlite_file, make_engine, sqlite_path, to_url
from app.storage.errors import NewerDatabaseError, NotADatabaseError, StorageError

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


def backup_sqlite(path: Path, reason: str) -> Path:
    """Copy a live SQLite database next to itself: name.sqlite.<reason>-YYYYmmdd-HHMMSS.bak."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.name}.{reason}-{stamp}.bak")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    log.info("backup written: %s", target)
    return target


def upgrade(db: Database, revision: str = "head") -> None:
    """Run Alembic migrations on an open database, up to `revision`."""
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _check_existing_sqlite(path: Path) -> None:
    """Refuse foreign or newer files before anything writes to them (even a pragma would)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
        raise NotADatabaseError(
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


def open_database(target: str | Path | URL, *, migrate: bool = True) -> Database:
    """Open (and create or migrate) the database at a path or URL; raises StorageError."""
    url = target if isinstance(target, URL) else to_url(target)
    file = sqlite_path(url)
    if file is not None:
        check_sqlite_file(file)
        if file.exists() and file.stat().st_size > 0:
            _check_existing_sqlite(file)
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
        raise StorageError(
            msg.CANNOT_OPEN,
            name=db.display_name,
            reason=str(exc.orig).splitlines()[0] if exc.orig else str(exc),
        ) from exc
    return db
