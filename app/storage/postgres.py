"""PostgreSQL-only SQL lives here and nowhere else: change notifications (NOTIFY/LISTEN) and
the advisory lock that lets only one laptop at a time migrate a shared database.

Every save already tells the local `Store.changes` listeners; on PostgreSQL the Store also
announces it to the other laptops with `pg_notify` right after the commit. A notification carries
{"t": table, "s": session id, "o": origin} so a laptop can recognise its own echoes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, Engine

log = logging.getLogger(__name__)

CHANNEL = "tafelronde_changes"
# an arbitrary constant that identifies "Tafelronde is migrating this database" among advisory locks
MIGRATION_LOCK = 0x7AFE1_0DE


def lock_migrations(connection: Connection) -> None:
    """Wait until no other laptop is migrating; the lock ends with this transaction."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


@dataclass(frozen=True)
class Notice:
    table: str
    session_id: int
    origin: str


def announce(engine: Engine, table: str, session_id: int, origin: str) -> None:
    """Tell every listening laptop that `table` of `session_id` changed (after the commit)."""
    payload = json.dumps({"t": table, "s": session_id, "o": origin})
    with engine.begin() as connection:
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
        )


def libpq_params(url: URL) -> dict[str, str | int]:
    """Connection keywords for a raw psycopg connection from a SQLAlchemy URL.

    A missing password stays missing: libpq then reads PGPASSWORD or ~/.pgpass itself.
    """
    params: dict[str, str | int] = {
        "dbname": url.database or "",
        "connect_timeout": 5,
        # a pulled cable is noticed within seconds, not after the kernel's two hours
        "keepalives": 1,
        "keepalives_idle": 2,
        "keepalives_interval": 1,
        "keepalives_count": 2,
    }
    for key, value in (
        ("host", url.host),
        ("port", url.port),
        ("user", url.username),
        ("password", url.password),
    ):
        if value:
            params[key] = value
    params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    return params


class Listener:
    """One dedicated autocommit connection that LISTENs; raises psycopg.OperationalError when
    the server goes away, which is how a dropped network is noticed at once."""

    def __init__(self, url: URL) -> None:
        import psycopg

        self.connection = psycopg.connect(autocommit=True, **libpq_params(url))  # type: ignore[arg-type]  # libpq keywords as a dict: mypy cannot match **dict
        self.connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> Iterator[Notice]:
        """Notices that arrive within `timeout` seconds (none: the caller just loops)."""
        for note in self.connection.notifies(timeout=timeout, stop_after=None):
            try:
                data = json.loads(note.payload)
                yield Notice(str(data["t"]), int(data["s"]), str(data.get("o", "")))
            except (ValueError, KeyError, TypeError):
                log.warning("ignored a malformed notification: %r", note.payload)

    def close(self) -> None:
        try:
            self.connection.close()
        except Exception:  # closing a dead connection must not raise
            log.debug("listener close failed", exc_info=True)
