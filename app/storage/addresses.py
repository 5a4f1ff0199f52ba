"""Database addresses as people type them: passwords kept out of logs, settings and file names,
and the one question a connect dialog asks a server ("are you there, which version?").

SQLAlchemy is imported inside the functions: the File menu that uses them is built before the
first window shows.
"""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP

# shown when a server neither answers nor refuses (a firewall dropping packets, a wrong address)
NO_ANSWER = QT_TRANSLATE_NOOP(
    "StorageError",
    "The server {host} did not answer within {seconds} seconds. Check the address, that this "
    "laptop is on the room's network and that the database server is running.",
)


def without_password(address: str) -> str:
    """The address with any password removed: for settings files, logs and file names."""
    if "://" not in address:
        return address
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(address)._replace(password=None).render_as_string(hide_password=False)
    except ArgumentError:
        return address


def with_password(address: str, password: str | None) -> str:
    """A typed address with a typed password put in (kept in memory only, never saved)."""
    if not password or "://" not in address:
        return address
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(address).set(password=password).render_as_string(hide_password=False)
    except ArgumentError:
        return address


def postgres_address(user: str, password: str | None, host: str, port: int, database: str) -> str:
    """The address for a PostgreSQL server filled in field by field."""
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host or None,
        port=port,
        database=database or None,
    )
    return url.render_as_string(hide_password=False)


def server_version(address: str, timeout: int | None = None) -> str:
    """Connect and ask the server for its version; raises StorageError with a plain message."""
    return server_check(address, timeout)[0]


def server_check(address: str, timeout: int | None = None) -> tuple[str, bool]:
    """(server version, is this a note-taker login?); raises StorageError with a plain message.

    A PostgreSQL connect gives up after `timeout` seconds (libpq's minimum is 2), so a host that
    drops packets is reported instead of leaving "Connecting…" on screen for minutes.
    """
    from sqlalchemy import text

    from app.storage import messages as msg
    from app.storage.engine import CONNECT_TIMEOUT_S, make_engine, to_url
    from app.storage.errors import StorageError

    seconds = timeout or CONNECT_TIMEOUT_S
    url = to_url(address)
    engine = make_engine(url, connect_timeout=seconds)
    try:
        with engine.connect() as connection:
            if url.get_backend_name() == "sqlite":
                version = connection.execute(text("select sqlite_version()")).scalar()
                return "SQLite " + str(version), False
            from app.storage.postgres_roles import NOTES_ONLY_SQL

            version = str(connection.execute(text("show server_version")).scalar())
            return version, bool(connection.execute(text(NOTES_ONLY_SQL)).scalar())
    except StorageError:
        raise
    except Exception as exc:
        cause = getattr(exc, "orig", None) or exc
        if type(cause).__name__ == "ConnectionTimeout":  # psycopg.errors.ConnectionTimeout
            raise StorageError(NO_ANSWER, host=url.host or "localhost", seconds=seconds) from exc
        reason = str(cause).strip().splitlines()
        raise StorageError(
            msg.CANNOT_OPEN, name=url.render_as_string(hide_password=True), reason=reason[0]
        ) from exc
    finally:
        engine.dispose()
