"""Six laptops opening the same brand-new PostgreSQL database at once: one migrates, none fail."""

from __future__ import annotations

import multiprocessing

import pytest

from app.storage import open_store
from app.storage.migrate import current_revision, head_revision


def _open(url: str, go, results) -> None:  # type: ignore[no-untyped-def]
    go.wait()
    try:
        store = open_store(url)
        store.sessions.create("laptop")
        store.close()
        results.put("ok")
    except Exception as exc:
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.postgres
def test_simultaneous_first_start_migrates_once(empty_pg_url: str) -> None:
    context = multiprocessing.get_context("fork")
    go, results = context.Event(), context.Queue()
    procs = [context.Process(target=_open, args=(empty_pg_url, go, results)) for _ in range(6)]
    for proc in procs:
        proc.start()
    go.set()
    outcomes = [results.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(timeout=10)
    assert outcomes == ["ok"] * 6
    store = open_store(empty_pg_url)
    try:
        assert current_revision(store.db) == head_revision()
        assert len(store.sessions.list()) == 6
    finally:
        store.close()
