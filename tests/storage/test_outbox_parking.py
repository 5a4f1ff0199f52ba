"""One edit that can never be written does not block a laptop's offline queue.

The issue's scenario on a real PostgreSQL: the server goes down, notes are typed for two
activities, another laptop deletes the first activity, the server comes back. The first
activity's notes are parked (kept, logged, exportable); every other note is delivered, and notes
typed online afterwards are written at once instead of queueing behind the parked ones.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.storage import open_store
from app.storage.outbox import OfflineWriter, Outbox


@pytest.mark.postgres
def test_poisoned_outbox_delivers_every_later_note(pg_server, pg_url, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="app.storage.outbox")
    store, other = open_store(pg_url), open_store(pg_url)
    box_path = tmp_path / "outbox.sqlite"
    writer = OfflineWriter(store, Outbox(box_path), by="lap-3")
    try:
        meeting = store.sessions.create("Netwerkdag")
        first = store.agenda.add(meeting.id, "worksheet", title="Verwijderd")
        second = store.agenda.add(meeting.id, "breakout", title="Blijft")
        assert writer.save_text(first.id, "notes", "online begonnen", 0)
        pg_server.stop()
        assert not writer.save_text(first.id, "notes", "Tafel 1: zeker doen", 1)
        assert not writer.save_text(first.id, "group-2/notes", "Tafel 2 over geld", 0)
        assert not writer.save_text(second.id, "group-1/notes", "Groep een", 0)
        assert not writer.set_result(second.id, "key:r1:g1:q1", True)
        assert not writer.online and len(writer.outbox) == 4
        pg_server.start()
        other.agenda.remove(first.id)  # another laptop, meanwhile
        assert writer.replay() == 2
        assert store.results.all(second.id) == {"group-1/notes": "Groep een", "key:r1:g1:q1": True}
        assert len(writer.outbox) == 0 and writer.online
        parked = writer.outbox.parked()
        assert [p.text for p in parked] == ["Tafel 1: zeker doen", "Tafel 2 over geld"]
        assert all(p.reason["message"].startswith("This item no longer exists") for p in parked)
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 2 and all("parked" in r.getMessage() for r in warnings)
        assert not any("Tafel" in r.getMessage() for r in caplog.records)  # no typed text in logs
        # typed online afterwards: written at once, not queued behind the parked entries
        assert writer.save_text(second.id, "group-1/notes", "Groep een, later", 1)
        assert writer.save_text(second.id, "notes", "plenair", 0)
        assert store.results.get(second.id, "group-1/notes") == "Groep een, later"
        # an edit for the deleted activity typed online is parked too, never raised at the user
        assert not writer.save_text(first.id, "notes", "nog iets", 2) and writer.last_parked
        # kept across a restart, and exportable with the text
        writer.outbox.close()
        writer = OfflineWriter(store, Outbox(box_path), by="lap-3")
        assert writer.replay() == 0 and len(writer.outbox.parked()) == 3
        exported = tmp_path / "niet-opgeslagen.json"
        assert writer.outbox.export_parked(exported) == 3
        data = json.loads(exported.read_text(encoding="utf-8"))
        texts = [e["payload"]["text"] for e in data["entries"]]
        assert texts == ["Tafel 1: zeker doen", "Tafel 2 over geld", "nog iets"]
        as_text = tmp_path / "niet-opgeslagen.txt"
        writer.outbox.export_parked(as_text)
        assert "Tafel 2 over geld" in as_text.read_text(encoding="utf-8")
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".parked")) == []
    finally:
        if not pg_server.running():
            pg_server.start()
        writer.outbox.close()
        store.close()
        other.close()


def test_an_unresolved_conflict_holds_back_only_its_own_field(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Offline")
    activity = store.agenda.add(meeting.id, "worksheet")
    box = Outbox(tmp_path / "outbox.sqlite")
    writer = OfflineWriter(store, box, resolve=lambda mine, theirs: None)  # "not now"
    box.put("text", {"activity_id": activity.id, "key": "notes", "text": "mijn", "base": 0})
    box.put("result", {"activity_id": activity.id, "key": "notes", "value": "later"})
    box.put("text", {"activity_id": activity.id, "key": "other", "text": "los", "base": 0})
    store.results.set(activity.id, "notes", "hun")
    assert writer.replay() == 1
    assert store.results.all(activity.id) == {"notes": "hun", "other": "los"}
    assert [e.payload.get("text", e.payload.get("value")) for e in box.entries()] == [
        "mijn",
        "later",
    ]
    assert box.parked() == []
    box.close()


def test_an_outbox_file_from_before_parking_is_read(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE pending (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
            "payload TEXT NOT NULL, created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
        )
        old.execute("INSERT INTO pending (kind, payload) VALUES ('text', '{\"text\": \"oud\"}')")
    old.close()
    box = Outbox(path)
    assert [e.payload["text"] for e in box.entries()] == ["oud"] and box.parked() == []
    box.close()


def test_text_the_database_refuses_is_parked_not_raised(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag")
    activity = store.agenda.add(meeting.id, "worksheet")
    writer = OfflineWriter(store, Outbox(tmp_path / "outbox.sqlite"))
    assert not writer.save_text(activity.id, "notes", "half \ud83d emoji", 0)
    assert writer.last_parked and store.results.get(activity.id, "notes") is None
    parked = writer.outbox.parked()
    assert parked[0].text == "half \ud83d emoji"  # kept exactly as typed
    assert parked[0].reason["message"].startswith('The text "{preview}"')
    assert parked[0].reason["context"] == "StorageError"  # translatable later (ui/parked_box.py)
    assert writer.save_text(activity.id, "notes", "heel 🎭 emoji", 0)  # the next one goes in
    out = tmp_path / "geparkeerd.txt"
    assert writer.outbox.export_parked(out) == 1
    assert "half ? emoji" in out.read_text(encoding="utf-8")
    writer.outbox.close()
