"""Storage tests run on both engines: SQLite files and a real PostgreSQL server.

`pg_server` (session scope) runs initdb/pg_ctl from Debian's postgresql package once (see
pg_server.py for why not pytest-postgresql as root); a migrated template database is made once,
and every test gets its own database copied from it (CREATE DATABASE ... TEMPLATE, ~0.1 s).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer

TEMPLATE = "tafelronde_template"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer()
    server.init()
    server.start()
    server.execute(f"CREATE DATABASE {TEMPLATE}")
    from app.storage import open_store

    open_store(server.url(TEMPLATE)).close()  # migrate once; every test copies the result
    yield server
    server.destroy()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, migrated PostgreSQL database for this test only."""
    name = f"t{next(_counter)}"
    pg_server.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield pg_server.url(name)
    pg_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def empty_pg_url(pg_server: PgServer) -> Iterator[str]:
    """A PostgreSQL database with nothing in it (for migration tests)."""
    name = f"e{next(_counter)}"
    pg_server.execute(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    pg_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh migrated database on each engine: a SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "any.sqlite")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "empty.sqlite")
    return str(request.getfixturevalue("empty_pg_url"))


@pytest.fixture
def any_store(any_url: str) -> Iterator[object]:
    from app.storage import open_store

    opened = open_store(any_url)
    yield opened
    opened.close()
