"""The rehearsal copy and the record of actual times, on SQLite and a real PostgreSQL (issue 15)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.activities.breakout.state import BreakoutConfig, BreakoutData, solve_and_store
from app.core import templates
from app.storage import open_store
from app.storage.rehearsal import Rehearsal
from app.storage.run_state import (
    clear_actual_times,
    record_end,
    record_start,
    recorded_count,
)


def test_a_rehearsal_copy_keeps_ids_and_references_and_the_source_untouched(any_url) -> None:  # type: ignore[no-untyped-def]
    store = open_store(any_url)
    try:
        meeting = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances"))
        store.participants.add_many(
            meeting.id, [{"first_name": f"P{i}", "status": "present"} for i in range(12)]
        )
        rounds = [{"minutes": 10, "questions": ["Wat?"]}]
        breakout = store.agenda.add(meeting.id, "breakout", "Tafels", 20, {"rounds": rounds})
        solve_and_store(store, meeting.id, breakout.id, BreakoutConfig.parse({"rounds": rounds}))
        store.actions.add(meeting.id, what="Verslag rondsturen")
        schedule = BreakoutData(store, breakout.id).schedule()
        rehearsal = Rehearsal(store, meeting.id)
        copy = rehearsal.store
        assert copy is not None
        assert [a.id for a in copy.agenda.list(meeting.id)] == [
            a.id for a in store.agenda.list(meeting.id)
        ]
        assert BreakoutData(copy, breakout.id).schedule() == schedule  # same participant ids
        assert {p.id for p in copy.participants.list(meeting.id)} == {
            p.id for p in store.participants.list(meeting.id)
        }
        assert [a.what for a in copy.actions.list(meeting.id)] == ["Verslag rondsturen"]
        when = datetime(2026, 12, 4, 13, 0, tzinfo=UTC)
        record_start(copy, breakout.id, when, new_run=True)
        BreakoutData(copy, breakout.id).mark_started(1)
        assert store.agenda.get(breakout.id).actual_start is None  # the source is untouched
        assert BreakoutData(store, breakout.id).started() == 0
        folder = rehearsal.folder
        rehearsal.close()
        assert not folder.exists()
    finally:
        store.close()


def test_actual_times_last_run_and_clearing(any_url) -> None:  # type: ignore[no-untyped-def]
    store = open_store(any_url)
    try:
        meeting = store.sessions.create("Dag")
        talk = store.agenda.add(meeting.id, "segment", "Welkom", 10)
        first = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
        record_start(store, talk.id, first, new_run=True)
        record_end(store, talk.id, first + timedelta(minutes=12))
        later = first + timedelta(hours=3)
        record_start(store, talk.id, later, new_run=False)  # the same run: start kept
        assert store.agenda.get(talk.id).actual_start.replace(tzinfo=UTC) == first
        record_start(store, talk.id, later, new_run=True)  # a new run: start and end replaced
        row = store.agenda.get(talk.id)
        assert row.actual_start.replace(tzinfo=UTC) == later and row.actual_end is None
        assert recorded_count(store, meeting.id) == 1
        assert clear_actual_times(store, meeting.id) == 1
        row = store.agenda.get(talk.id)
        assert row.actual_start is None and row.actual_end is None
        assert recorded_count(store, meeting.id) == 0
    finally:
        store.close()
