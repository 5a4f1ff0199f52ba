"""Every repository, the migrations and the version check, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import DateTime, bindparam, inspect, text

from app.core import templates
from app.storage import open_store
from app.storage.engine import Database, make_engine, to_url
from app.storage.errors import ConflictError
from app.storage.migrate import current_revision, head_revision, upgrade


def test_sessions_round_trip(any_store) -> None:  # type: ignore[no-untyped-def]
    template = templates.builtin("production_network_kickoff")
    made = any_store.sessions.create("Sectordag", template, date="2026-03-12", venue="Utrecht")
    again = any_store.sessions.get(made.id)
    assert (again.title, again.date, again.venue) == ("Sectordag", "2026-03-12", "Utrecht")
    assert len(again.uid) == 32
    assert [a.kind for a in any_store.agenda.list(made.id)] == [a.kind for a in template.activities]
    any_store.sessions.update(made.id, settings='{"roles": {}}', capacity=40)
    assert any_store.sessions.get(made.id).capacity == 40
    assert [m.title for m in any_store.sessions.list("SECTOR")] == ["Sectordag"]
    copy = any_store.sessions.duplicate(made.id, "Sectordag 2")
    assert copy.uid != made.uid
    any_store.sessions.delete(made.id)
    assert [m.title for m in any_store.sessions.list()] == ["Sectordag 2"]


def test_participants_round_trip_with_capacity(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Netwerk", capacity=2)
    people = any_store.participants.add_many(
        meeting.id, [{"first_name": n, "organisation": "Zaal"} for n in ("Ada", "Bo", "Cas")]
    )
    assert [p.status for p in any_store.participants.list(meeting.id)] == [
        "registered", "registered", "waiting",
    ]  # fmt: skip
    any_store.participants.update(people[0].id, consent=True, email="ada@example.org")
    assert any_store.participants.get(people[0].id).consent is True
    any_store.participants.delete(people[1].id)
    assert any_store.participants.get(people[2].id).status == "registered"
    assert any_store.participants.counts(meeting.id)["waiting"] == 0


def test_agenda_round_trip(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Agenda")
    first = any_store.agenda.add(meeting.id, "segment", "Welkom", 10, {"caption": "Hallo ë"})
    second = any_store.agenda.add(meeting.id, "bingo", "Bingo", 20, {"target": 10})
    any_store.agenda.move(second.id, 0)
    assert [a.title for a in any_store.agenda.list(meeting.id)] == ["Bingo", "Welkom"]
    started = datetime(2026, 3, 12, 9, 30, tzinfo=UTC)
    any_store.agenda.mark_started(first.id, started)
    any_store.agenda.update(first.id, config={"caption": "Dag"})
    from app.storage.agenda import config_of

    stored = any_store.agenda.get(first.id)
    assert config_of(stored) == {"caption": "Dag"}
    assert stored.actual_start.replace(tzinfo=stored.actual_start.tzinfo or UTC) == started
    any_store.agenda.remove(second.id)
    assert [a.position for a in any_store.agenda.list(meeting.id)] == [0]


def test_results_and_actions_round_trip(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Resultaten")
    activity = any_store.agenda.add(meeting.id, "worksheet", "Werkblad")
    any_store.results.set(activity.id, "group-1/notes", "Eerste tafel: ‘cultuur’ 🎭", by="lap1")
    any_store.results.set(activity.id, "group-2/notes", {"lines": [1, 2]})
    any_store.results.set(activity.id, "vote/ada", 3)
    assert any_store.results.all(activity.id, "group-") == {
        "group-1/notes": "Eerste tafel: ‘cultuur’ 🎭",
        "group-2/notes": {"lines": [1, 2]},
    }
    assert any_store.results.row(activity.id, "group-1/notes").updated_by == "lap1"
    any_store.results.delete(activity.id, "vote/ada")
    assert any_store.results.get(activity.id, "vote/ada", "gone") == "gone"
    item = any_store.actions.add(meeting.id, "Verslag sturen", "Bo", "2026-04-01")
    any_store.actions.update(item.id, done=True)
    assert [(a.what, a.done) for a in any_store.actions.list(meeting.id)] == [
        ("Verslag sturen", True)
    ]
    any_store.actions.delete(item.id)
    assert any_store.actions.list(meeting.id) == []


def test_version_conflicts_are_detected(any_store) -> None:  # type: ignore[no-untyped-def]
    meeting = any_store.sessions.create("Conflict")
    activity = any_store.agenda.add(meeting.id, "worksheet")
    row = any_store.results.set(activity.id, "field", "mine", expected_version=0)
    with pytest.raises(ConflictError):
        any_store.results.set(activity.id, "field", "again new", expected_version=0)
    any_store.results.set(activity.id, "field", "theirs", expected_version=row.version)
    with pytest.raises(ConflictError) as caught:
        any_store.results.set(activity.id, "field", "late", expected_version=row.version)
    assert caught.value.current.value == '"theirs"'
    assert any_store.results.get(activity.id, "field") == "theirs"
    with pytest.raises(ConflictError):
        any_store.agenda.update(activity.id, expected_version=activity.version + 5, title="x")
    any_store.sessions.update(meeting.id, expected_version=meeting.version, title="Nieuw")
    with pytest.raises(ConflictError):
        any_store.sessions.update(meeting.id, expected_version=meeting.version, title="Oud")
    assert any_store.sessions.get(meeting.id).title == "Nieuw"


def test_empty_database_is_migrated_to_head(any_empty_url: str) -> None:
    store = open_store(any_empty_url)
    try:
        assert current_revision(store.db) == head_revision() == "0005"
        tables = set(inspect(store.db.engine).get_table_names())
        assert {"meeting_session", "participant", "activity", "activity_result"} <= tables
        assert {"series", "person", "person_review"} <= tables
        indexes = {i["name"]: i for i in inspect(store.db.engine).get_indexes("meeting_session")}
        assert indexes["ix_meeting_session_uid"]["unique"]
    finally:
        store.close()


def test_revision_0001_database_is_upgraded_with_data_kept(any_empty_url: str) -> None:
    url = to_url(any_empty_url)
    db = Database(url, make_engine(url))
    upgrade(db, "0001")
    with db.engine.begin() as connection:
        for title in ("Oude sessie", "Nog een"):
            connection.execute(
                text(
                    "INSERT INTO meeting_session (title, settings, created_at, updated_at) "
                    "VALUES (:t, '{}', :now, :now)"
                ).bindparams(bindparam("now", type_=DateTime(timezone=True))),  # not a raw datetime
                {"t": title, "now": datetime(2017, 9, 7, 10, tzinfo=UTC)},
            )
    db.close()
    store = open_store(any_empty_url)
    try:
        sessions = store.sessions.list()
        assert sorted(m.title for m in sessions) == ["Nog een", "Oude sessie"]
        assert len({m.uid for m in sessions}) == 2 and all(len(m.uid) == 32 for m in sessions)
        activity = store.agenda.add(sessions[0].id, "segment")
        store.results.set(activity.id, "note", "works after migration")
        assert store.results.get(activity.id, "note") == "works after migration"
    finally:
        store.close()
