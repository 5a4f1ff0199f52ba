"""A session file carries one session with everything, between two fresh databases."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.storage import open_store
from app.storage.session_file import (
    SessionFileError,
    import_session_file,
    read_session_file,
    session_uid,
    write_session_file,
)

SKIP = {"id", "session_id", "activity_id", "version"}


def rows(records: list[Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.model_dump().items() if k not in SKIP} for r in records]


def everything(store, session_id: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Every field of every row of a session, without the database's own ids."""
    meeting = store.sessions.get(session_id)
    details = {k: v for k, v in meeting.model_dump().items() if k not in SKIP | {"settings"}}
    settings = json.loads(meeting.settings)
    settings.pop("imported_participant_ids", None)
    activities = store.agenda.list(session_id)
    return {
        "session": details,
        "settings": settings,
        "participants": rows(store.participants.list(session_id)),
        "activities": rows(activities),
        "results": [rows(store.results.rows(a.id)) for a in activities],
        "actions": rows(store.actions.list(session_id)),
    }


@pytest.fixture
def source(tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.core import templates

    store = open_store(tmp_path / "bron.sqlite")
    meeting = store.sessions.create(
        "Netwerk 🎭 productie",
        templates.builtin("production_network_kickoff"),
        date="2026-11-23",
        venue='Zaal "De Kroon"\nAmsterdam',
        settings=json.dumps({"report": {"emails": False}}),
    )
    people = [
        store.participants.add(
            meeting.id,
            first_name=f"Naam{n}",
            last_name="Ø'Brien",
            email=f"n{n}@example.org",
            consent=n % 2 == 0,
        )
        for n in range(6)
    ]
    store.participants.update(people[1].id, status="present")
    activities = store.agenda.list(meeting.id)
    store.agenda.mark_started(activities[0].id, datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    store.agenda.mark_ended(activities[0].id, datetime(2026, 11, 23, 9, 47, 12, tzinfo=UTC))
    for n, activity in enumerate(activities):
        store.results.set(
            activity.id, "note", f"Notitie {n}\n— met “aanhalingstekens”", by="laptop"
        )
        store.results.set(activity.id, "votes", {"eens": n, "oneens": [1, 2.5, None]})
    breakout = next(a for a in activities if a.kind == "breakout")
    store.results.set(
        breakout.id, "schedule", {"rounds": [[[people[0].id, people[1].id]]], "seed": 3}
    )
    store.actions.add(meeting.id, "Verslag rondsturen", "Anna", "2026-12-01")
    done = store.actions.add(meeting.id, "Zaal boeken", "Bram")
    store.actions.update(done.id, done=True)
    yield store, meeting.id, people
    store.close()


def test_round_trip_between_two_fresh_databases(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, session_id, _people = source
    file = write_session_file(store, session_id, tmp_path / "sessie.tafelronde")
    target = open_store(tmp_path / "doel.sqlite")
    try:
        outcome = import_session_file(target, file)
        assert outcome.created
        original, copy = everything(store, session_id), everything(target, outcome.session_id)
        schedule = lambda s, sid: next(  # noqa: E731
            s.results.get(a.id, "schedule") for a in s.agenda.list(sid) if a.kind == "breakout"
        )
        mapped = [p.id for p in target.participants.list(outcome.session_id)[:2]]
        assert schedule(target, outcome.session_id)["rounds"] == [[mapped]]
        for part in ("results",):  # breakout's schedule holds ids, compared above
            for found in (original, copy):
                for result_rows in found[part]:
                    for row in result_rows:
                        if row["key"] == "schedule":
                            row["value"] = "ids"
        for part in original:
            assert copy[part] == original[part], part
        assert copy["activities"][0]["actual_start"] is not None
        assert len(copy["participants"]) == 6 and len(copy["actions"]) == 2
    finally:
        target.close()


def test_importing_twice_does_not_duplicate(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, session_id, _ = source
    file = write_session_file(store, session_id, tmp_path / "sessie.tafelronde")
    target = open_store(tmp_path / "doel.sqlite")
    try:
        first = import_session_file(target, file)
        second = import_session_file(target, file)
        assert second.session_id == first.session_id and not second.created
        assert len(target.sessions.list()) == 1
        again = write_session_file(store, session_id, tmp_path / "opnieuw.tafelronde")
        assert not import_session_file(target, again).created  # the uid is stable
        assert session_uid(target.sessions.get(first.session_id)) == session_uid(
            store.sessions.get(session_id)
        )
    finally:
        target.close()


def test_a_zipped_file_is_read_too(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, session_id, _ = source
    plain = write_session_file(store, session_id, tmp_path / "sessie.tafelronde")
    zipped = tmp_path / "sessie.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("session.json", plain.read_text(encoding="utf-8"))
    assert read_session_file(zipped) == read_session_file(plain)


def test_a_file_from_a_newer_version_says_so(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, session_id, _ = source
    file = write_session_file(store, session_id, tmp_path / "sessie.tafelronde")
    data = json.loads(file.read_text(encoding="utf-8"))
    data["format_version"] = 7
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionFileError, match=r"newer Tafelronde .*format 7"):
        import_session_file(store, file)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2]",
        b'{"format": "other"}',
        b'{"format": "tafelronde-session", "format_version": "1"}',
        b'{"format": "tafelronde-session", "format_version": 1, "uid": "x", "session": []}',
        b'{"format": "tafelronde-session", "format_version": 1, "uid": "x",'
        b' "session": {"title": 5}}',
        b'{"format": "tafelronde-session", "format_version": 1, "uid": "x", "session": {},'
        b' "participants": [{"status": "vip"}]}',
        b'{"format": "tafelronde-session", "format_version": 1, "uid": "x", "session": {},'
        b' "activities": [{"kind": "bingo", "results": [{"value": 1}]}]}',
    ],
)
def test_broken_files_get_a_message_and_add_nothing(store, tmp_path: Path, content: bytes) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "kapot.tafelronde"
    file.write_bytes(content)
    with pytest.raises(SessionFileError, match="not a Tafelronde session file"):
        import_session_file(store, file)
    assert store.sessions.list() == []


def test_command_line_export_and_import(source, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.cli import run

    store, session_id, _ = source
    out = tmp_path / "cli.tafelronde"
    db = str(store.db.url.database)
    assert (
        run(["--lang", "en", "export", "--session", str(session_id), "--db", db, "-o", str(out)])
        == 0
    )
    other = str(tmp_path / "ander.sqlite")
    assert run(["--lang", "en", "import-session", str(out), "--db", other]) == 0
    assert run(["--lang", "en", "import-session", str(out), "--db", other]) == 0
    reopened = open_store(other)
    assert [m.title for m in reopened.sessions.list()] == ["Netwerk 🎭 productie"]
    reopened.close()
    assert run(["--lang", "en", "export", "--session", "999", "--db", db, "-o", str(out)]) == 1
