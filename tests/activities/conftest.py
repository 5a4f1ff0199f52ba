"""Activity tests on both engines: the modules in BOTH_ENGINES also run on a real PostgreSQL.

Their `store` fixture is parametrized here (pytest_generate_tests), so the modules themselves stay
as they are; every other activity test keeps the SQLite `store` from tests/conftest.py. The
server is started from Debian's postgresql package like the storage tests' (tests/storage/
pg_server.py); each test gets its own database copied from a migrated template.
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
}
TEMPLATE = "activities_template"
_counter = itertools.count()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store" in metafunc.fixturenames and Path(metafunc.module.__file__).name in BOTH_ENGINES:
        metafunc.parametrize(
            "store",
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
def store(request: pytest.FixtureRequest, db_path: Path) -> Iterator[object]:
    """A migrated database: a SQLite file, or (param "postgres") a fresh PostgreSQL database."""
    from app.storage import open_store

    target: str = str(db_path)
    if getattr(request, "param", "sqlite") == "postgres":
        server = request.getfixturevalue("activities_pg")
        name = f"a{next(_counter)}"
        server.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        target = server.url(name)
    opened = open_store(target)
    yield opened
    opened.close()  # the database stays until the server goes (widgets may still save on close)
