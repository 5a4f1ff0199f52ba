"""One rule for text on both engines: what PostgreSQL refuses, SQLite refuses too, cleanly.

Before: SQLite stored a NUL in a title and a 5,000-character result key; the session could then
not be copied to the shared server (a traceback halfway through `tafelronde copy`).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import run
from app.storage import open_store
from app.storage.session_file import export_session, import_session_file
from app.storage.text_rules import MAX_TEXT, TextError

BAD = {
    "nul-in-title": ("session", "title", "Sectordag\x00 2026"),
    "surrogate-in-name": ("participant", "first_name", "Ann\ud83d"),
    "long-result-key": ("result", "key", "k" * 5000),
    "nul-in-result-key": ("result", "key", "notes\x00"),
}


def session_document(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    store = open_store(tmp_path / "bron.sqlite")
    meeting = store.sessions.create("Sectordag 🎭", venue="Zaal\t“De Kroon”")
    store.participants.add(meeting.id, first_name="Zoë", last_name="Ødegaard")
    activity = store.agenda.add(meeting.id, "worksheet", title="Werkblad")
    store.results.set(activity.id, "notes", "tekst met \x00 in een JSON-waarde is prima")
    document = export_session(store, meeting.id)
    store.close()
    return document


def spoil(document: dict, where: str) -> dict:  # type: ignore[type-arg]
    table, field, value = BAD[where]
    if table == "session":
        document["session"][field] = value
    elif table == "participant":
        document["participants"][0][field] = value
    else:
        document["activities"][0]["results"][0][field] = value
    return document


@pytest.mark.parametrize("where", sorted(BAD))
def test_a_session_file_with_such_text_is_refused_cleanly(any_url, tmp_path, where, capsys) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "sessie.tafelronde"
    file.write_text(json.dumps(spoil(session_document(tmp_path), where)), encoding="utf-8")
    store = open_store(any_url)
    try:
        with pytest.raises(TextError) as refused:
            import_session_file(store, file)
        assert "Nothing was imported" in str(refused.value) and file.name in str(refused.value)
        assert store.sessions.list() == []  # nothing half-imported
    finally:
        store.close()
    code = run(["--lang", "en", "import-session", str(file), "--db", any_url])
    err = capsys.readouterr().err
    assert code == 1 and ("cannot be stored" in err or "characters long" in err)
    assert "Traceback" not in err


def test_both_engines_refuse_the_same_direct_writes(any_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TextError, match=r"meeting_session\.title"):
        any_store.sessions.create("Sector\x00dag")
    meeting = any_store.sessions.create("Sectordag")
    activity = any_store.agenda.add(meeting.id, "worksheet")
    with pytest.raises(TextError, match="at most 200 fit"):
        any_store.results.set(activity.id, "k" * 201, "waarde")
    with pytest.raises(TextError, match="cannot be stored"):
        any_store.results.set(activity.id, "notes", "half \ud83d emoji")
    with pytest.raises(TextError, match=f"at most {MAX_TEXT} fit"):
        any_store.actions.add(meeting.id, "x" * (MAX_TEXT + 1), "Bo", "")
    any_store.results.set(activity.id, "k" * 200, "🎭 " * 1000)  # the limits themselves fit
    assert any_store.results.get(activity.id, "k" * 200) == "🎭 " * 1000
    assert [m.title for m in any_store.sessions.list()] == ["Sectordag"]


@pytest.mark.postgres
def test_copy_to_the_shared_server(tmp_path: Path, pg_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """Valid data copies; a file written before this rule (NUL stored) is refused by message."""
    laptop = tmp_path / "laptop.sqlite"
    store = open_store(laptop)
    meeting = store.sessions.create("Sectordag 🎭", venue="Zaal\t“De Kroon”\nUtrecht")
    store.participants.add(meeting.id, first_name="Zoë", last_name="O'Neill-Ødegaard")
    activity = store.agenda.add(meeting.id, "worksheet", title="Werkblad ✓")
    store.results.set(activity.id, "r" * 200, {"tekst": "nul \x00 in JSON", "emoji": "👩🏽‍🔧"})
    old = store.sessions.create("Van vóór de regel")
    store.close()
    assert run(["--lang", "en", "copy", "--from", str(laptop), "--to", pg_url]) == 0
    shared = open_store(pg_url)
    try:
        copied = next(m for m in shared.sessions.list() if m.title == "Sectordag 🎭")
        result = shared.results.all(shared.agenda.list(copied.id)[0].id)
        assert result == {"r" * 200: {"tekst": "nul \x00 in JSON", "emoji": "👩🏽‍🔧"}}
    finally:
        shared.close()
    with sqlite3.connect(laptop) as raw:  # as an older version could store it
        raw.execute("UPDATE meeting_session SET title = ? WHERE id = ?", ("Oud\x00", old.id))
    raw.close()
    capsys.readouterr()
    code = run(["--lang", "en", "copy", "--from", str(laptop), "--to", pg_url, "--replace"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot be stored" in err and "Traceback" not in err
    shared = open_store(pg_url)
    try:
        # the copy made before stays as it was: the refused replacement changed nothing
        assert sorted(m.title for m in shared.sessions.list()) == [
            "Sectordag 🎭",
            "Van vóór de regel",
        ]
    finally:
        shared.close()


def test_a_row_stored_before_the_rule_can_still_be_changed(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    store = open_store(path)
    meeting = store.sessions.create("Sectordag")
    person = store.participants.add(meeting.id, first_name="Ann")
    store.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE participant SET last_name = ? WHERE id = ?", ("de\x00Vries", person.id))
    raw.close()
    store = open_store(path)
    try:
        assert store.participants.update(person.id, status="present").status == "present"
    finally:
        store.close()
