"""Opening a database: SQLite file by default, any SQLAlchemy URL (PostgreSQL) when shared.

This is the one clearly marked place for engine-specific settings (SQLite pragmas); queries
elsewhere are plain SQLAlchemy and run unchanged on both engines.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlmodel import Session, create_engine

from app.storage import messages as msg
from app.storage import role_messages as role_msg
from app.storage.access import INFO_KEY as ACCESS_KEY
from app.storage.access import Access, RoleError
from app.storage.errors import StorageError

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
PERMISSION_DENIED = "42501"  # SQLSTATE insufficient_privilege (also a row-level policy refusal)
CONNECT_TIMEOUT_S = 5  # a PostgreSQL server that does not answer is given up after this long


def to_url(target: str | Path) -> URL:
    """A file path or a SQLAlchemy URL as a URL; plain paths become SQLite files."""
    text = str(target)
    if "://" in text:
        try:
            return make_url(text)
        except ArgumentError as exc:
            raise StorageError(
                msg.BAD_ADDRESS,
                url=text,
            ) from exc
    return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other engines and in-memory databases."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not SQLite, before SQLAlchemy touches it."""
    if not path.exists():
        if not path.parent.exists():
            raise StorageError(
                msg.NO_FOLDER,
                folder=str(path.parent),
            )
        return
    if path.is_dir():
        raise StorageError(
            msg.IS_FOLDER,
            path=str(path),
        )
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head and head != SQLITE_MAGIC:
        from app.storage.errors import NotADatabaseError

        raise NotADatabaseError(
            msg.NOT_OURS,
            path=str(path),
        )


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # one commit costs ~0.3 ms; a power cut loses nothing
    cursor.close()
    # transactions are begun by _begin_immediate below, not by the driver's implicit BEGIN
    dbapi_connection.isolation_level = None


READ_OPTION = "tafelronde_read"  # execution option of the engine behind Database.read()


def _begin_immediate(connection: Connection) -> None:
    """Take SQLite's write lock at the start of every writing transaction (waiting up to
    busy_timeout); a `Database.read()` begins a deferred transaction instead.

    The driver's default begins only at the first write, so a read-check-write (the version
    check in versioned_update, results.set) raced with a second app process on the same file and
    lost updates silently (tests/storage/test_two_instances.py). Transactions here are short.
    A read takes no lock at all: in WAL mode it sees one snapshot from its first query on, while
    writers go on committing (a report being built no longer holds up autosave).
    """
    if connection.get_execution_options().get(READ_OPTION):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _no_writes_in_read(s: Session, _context: object, _instances: object) -> None:
    """A read() that tries to flush a change is a programming error, on both engines."""
    if s.info.get(READ_OPTION) and (s.new or s.dirty or s.deleted):
        raise RuntimeError("a change was made inside Database.read(); use transaction()")


event.listen(Session, "before_flush", _no_writes_in_read)


def make_engine(url: URL, *, connect_timeout: int = CONNECT_TIMEOUT_S) -> Engine:
    """An engine with the settings each backend needs.

    `hide_parameters`: an error's text never quotes the values of the statement (names and
    e-mail addresses of an import that failed on a full disk ended up in a traceback and logs).

    `connect_timeout` (seconds, PostgreSQL; libpq's minimum is 2) bounds a connect to a host
    that drops packets instead of refusing: without it a connect can hang for minutes.
    """
    from app.storage import text_rules  # one rule for text on both engines, on every write

    backend = url.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5},
                               hide_parameters=True)  # fmt: skip
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin_immediate)
        text_rules.install(engine)
        return engine
    if backend == "postgresql":
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        engine = create_engine(
            url, pool_pre_ping=True, connect_args={"connect_timeout": connect_timeout}, pool_size=5,
            hide_parameters=True,
        )  # fmt: skip
        text_rules.install(engine)
        return engine
    raise StorageError(
        msg.BAD_ENGINE,
        backend=backend,
    )


class Database:
    """An open database: an engine plus transactions. Repositories are built on top of it."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.read_only = False  # set by open_database(read_only=True): nothing is written
        # who writes through this database: checked on every flush (app/storage/access.py)
        self.access = Access()
        # reads: SQLite begins a deferred transaction (no write lock, see _begin_immediate);
        # PostgreSQL a READ ONLY one (the server refuses any write in it)
        options: dict[str, object] = {READ_OPTION: True}
        if not self.is_sqlite:
            options["postgresql_readonly"] = True
        self._read_engine = engine.execution_options(**options)
        self.closed = False

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        """The URL without password, for title bars and messages."""
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            session.info[ACCESS_KEY] = self.access
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                self._refused(exc)
                raise
            except Exception:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A unit of work that only reads: it takes no write lock, so a long read (a report,
        an export) never holds up a writer, and a writer never holds up a read.

        The same role rules apply as in transaction() (a note-taker reads participants without
        e-mail addresses); objects stay usable after the block, as with transaction().
        """
        with Session(self._read_engine, expire_on_commit=False) as session:
            session.info[ACCESS_KEY] = self.access
            session.info[READ_OPTION] = True
            try:
                yield session
                session.commit()  # ends the snapshot; nothing was written
            except DBAPIError as exc:
                session.rollback()
                self._refused(exc)
                raise
            except Exception:
                session.rollback()
                raise

    def _refused(self, exc: DBAPIError) -> None:
        """The server enforces the login's role (tafelronde db setup-roles): say so."""
        if getattr(exc.orig, "sqlstate", None) == PERMISSION_DENIED:
            raise RoleError(role_msg.SERVER_REFUSED, login=self.url.username or "?") from exc

    def close(self) -> None:
        self.closed = True  # a later query would quietly open a fresh connection nobody closes
        self.engine.dispose()
