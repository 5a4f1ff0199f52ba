"""Activity tests on both engines: the modules in BOTH_ENGINES also run on a real PostgreSQL.

Their `store_url` fixture (and `store`, opened on it) is parametrized here (pytest_generate_tests),
so tests that reopen the database or open it twice run on both engines too; every other activity
test gets a SQLite file. The server is started from Debian's postgresql package like the storage
tests' (tests/storage/pg_server.py); each test gets its own database copied from a migrated
template.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage.pg_server import PgServer

BOTH_ENGINES = {
    "test_statements_storage.py",
    "test_worksheet_storage.py",
    "test_reporting.py",
    "test_meet_greet.py",
    "test_kinds_storage.py",
    "test_wordcloud_storage.py",
}
TEMPLATE = "activities_template"
_counter = itertools.count()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_url" in metafunc.fixturenames and Path(metafunc.module.__file__).name in BOTH_ENGINES:
        metafunc.parametrize(
            "store_url",
            ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
            indirect=True,
        )


@pytest.fixture(scope="session")
def activities_pg() -> Iterator[PgServer]:
    server = PgServer()
    server.init()
    server.start()
    server.execute(f"CREATE DATABASE {TEMPLATE}")
    from app.storage import open_store

    open_store(server.url(TEMPLATE)).close()
    yield server
    server.destroy()


@pytest.fixture
def store_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """A migrated database's address: a SQLite file, or (param "postgres") a fresh PostgreSQL
    database. Tests that open the database more than once (reopen, two laptops) take this."""
    if getattr(request, "param", "sqlite") != "postgres":
        return str(db_path)
    server = request.getfixturevalue("activities_pg")
    name = f"a{next(_counter)}"
    server.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    return str(server.url(name))


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    """A migrated database opened on `store_url`'s engine."""
    from app.storage import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()  # the database stays until the server goes (widgets may still save on close)
