"""Ten note-taker processes write to one session on PostgreSQL at the same time."""

from __future__ import annotations

import multiprocessing
import queue

import pytest
from notetaker import note_taker
from sqlalchemy import func, select

from app.core.merge import keeps_both
from app.storage import open_store
from app.storage.models import ActivityResult

PROCESSES = 10
SECONDS = 1.5


@pytest.mark.postgres
def test_ten_note_takers_lose_nothing(pg_url: str) -> None:
    store = open_store(pg_url)
    meeting = store.sessions.create("Sectordag, tien tafels")
    activity = store.agenda.add(meeting.id, "breakout")
    store.db.engine.dispose()  # the children open their own connections
    context = multiprocessing.get_context("fork")  # fast: no re-import in ten processes
    ready, go, reports = context.Semaphore(0), context.Event(), context.Queue()
    children = [
        context.Process(
            target=note_taker, args=(pg_url, activity.id, n, ready, go, SECONDS, reports)
        )
        for n in range(PROCESSES)
    ]
    for child in children:
        child.start()
    try:
        for _ in range(PROCESSES):
            assert ready.acquire(timeout=30), "a note-taker did not start"
        go.set()
        found = [reports.get(timeout=30) for _ in range(PROCESSES)]  # a deadlock would time out
    except queue.Empty:
        pytest.fail("a note-taker hung or failed (deadlock?)")
    finally:
        for child in children:
            child.join(timeout=10)
            if child.is_alive():
                child.kill()
    assert [c.exitcode for c in children] == [0] * PROCESSES
    results = store.results.all(activity.id)
    for report in found:
        mine = {k for k in results if k.startswith(f"group-{report['me']}/")}
        assert len(mine) == report["written"] > 0  # every write there, none extra
    with store.db.engine.connect() as connection:
        rows = connection.execute(select(func.count()).select_from(ActivityResult)).scalar_one()
    assert rows == sum(r["written"] for r in found) + 1  # each exactly once: no duplicates
    summary = results["shared/summary"]
    for n in range(PROCESSES):  # no lost update: every table's text survived the merges
        assert f"tekst van tafel {n}" in summary
    assert any(r["merged"] for r in found)  # all started from one version: conflicts merged
    assert keeps_both(summary, "tekst van tafel 0", "tekst van tafel 9")
    assert store.results.row(activity.id, "shared/summary").version == PROCESSES
    store.close()
    print(f"{rows - 1} notes by {PROCESSES} note-takers in {SECONDS} s, "
          f"{sum(r['merged'] for r in found)} merged edits")  # fmt: skip
