"""`tafelronde copy`: SQLite -> PostgreSQL -> SQLite gives identical sessions; twice is once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.cli import run
from app.core import templates
from app.storage import open_store
from app.storage.models import MeetingSession


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return value


def snapshot(store, uid: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Everything about one session, field by field, without database ids."""
    meeting = next(m for m in store.sessions.list() if m.uid == uid)

    def rows(records, *drop: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
        return [
            {k: _plain(v) for k, v in r.model_dump().items() if k not in ("id", *drop)}
            for r in records
        ]

    activities = store.agenda.list(meeting.id)
    return {
        "session": rows([meeting])[0],
        "participants": rows(store.participants.list(meeting.id), "session_id"),
        "activities": rows(activities, "session_id"),
        "results": [rows(store.results.rows(a.id), "activity_id") for a in activities],
        "actions": rows(store.actions.list(meeting.id), "session_id"),
    }


def fill(store) -> MeetingSession:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create(
        "Sectordag 🎭", templates.builtin("production_network_kickoff"), date="2026-03-12",
        venue='Zaal "De Kroon"\nUtrecht', settings='{"roles": {"note_takers": {}}}',
        capacity=2,
    )  # fmt: skip
    store.participants.add_many(
        meeting.id, [{"first_name": n, "consent": n == "Bo"} for n in ("Ada", "Bo", "Cas")]
    )
    first = store.agenda.list(meeting.id)[0]
    store.agenda.mark_started(first.id, datetime(2026, 3, 12, 9, 30, 15, 123456, tzinfo=UTC))
    store.results.set(first.id, "group-1/notes", "Tafel één: ‘samen’", by="lap-1")
    store.results.set(first.id, "group-1/notes", "Tafel één, herzien", expected_version=1)
    store.results.set(first.id, "vote/ada", {"scores": [1, 2.5, None]})
    store.actions.add(meeting.id, "Verslag", "Bo", "2026-04-01")
    return meeting


@pytest.mark.postgres
def test_round_trip_sqlite_postgres_sqlite(qapp, tmp_path: Path, pg_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    first, last = tmp_path / "laptop.sqlite", tmp_path / "terug.sqlite"
    store = open_store(first)
    meeting = fill(store)
    store.sessions.create("Tweede sessie")
    before = snapshot(store, meeting.uid)
    assert len(before["participants"]) == 3 and len(before["results"][0]) == 2
    store.close()
    assert run(["--lang", "en", "copy", "--from", str(first), "--to", pg_url]) == 0
    assert run(["--lang", "en", "copy", "--from", pg_url, "--to", str(last)]) == 0
    assert (
        run(["--lang", "en", "copy", "--from", str(first), "--to", pg_url]) == 0
    )  # again: nothing doubles
    output = capsys.readouterr().out
    assert output.count("copied") == 4 and output.count("--replace") == 2
    for url in (pg_url, str(last)):
        copy = open_store(url)
        try:
            assert sorted(m.title for m in copy.sessions.list()) == [
                "Sectordag 🎭",
                "Tweede sessie",
            ]
            assert snapshot(copy, meeting.uid) == before
        finally:
            copy.close()


def test_copy_one_session_and_replace(qapp, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source_path, target_path = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    source = open_store(source_path)
    meeting = fill(source)
    source.sessions.create("Niet mee")
    source.close()
    assert run(["--lang", "en", "copy", "--from", str(source_path), "--to", str(target_path),
                "--session", str(meeting.id)]) == 0  # fmt: skip
    source = open_store(source_path)
    activity = source.agenda.list(meeting.id)[0]
    source.results.set(activity.id, "group-2/notes", "later toegevoegd")
    source.close()
    args = [
        "--lang",
        "en",
        "copy",
        "--from",
        str(source_path),
        "--to",
        str(target_path),
        "--replace",
    ]
    assert run([*args, "--session", str(meeting.id)]) == 0
    target = open_store(target_path)
    try:
        assert [m.title for m in target.sessions.list()] == ["Sectordag 🎭"]
        copied = target.agenda.list(target.sessions.list()[0].id)[0]
        assert target.results.get(copied.id, "group-2/notes") == "later toegevoegd"
    finally:
        target.close()
    assert run([*args, "--session", "999"]) == 1
    assert "999" in capsys.readouterr().err
