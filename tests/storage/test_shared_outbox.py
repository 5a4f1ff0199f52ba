"""Losing the network: edits wait in the on-disk outbox and reach the database afterwards."""

from __future__ import annotations

import queue
from pathlib import Path

import pytest

from app.core.merge import keeps_both
from app.storage import open_store
from app.storage.live import Watcher
from app.storage.outbox import OfflineWriter, Outbox


def test_outbox_survives_closing(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "outbox.sqlite")
    box.put("text", {"activity_id": 1, "key": "k", "text": "ééé", "base": 0})
    box.put("result", {"activity_id": 1, "key": "vote", "value": 3})
    box.close()
    again = Outbox(tmp_path / "outbox.sqlite")
    assert [(e.kind, e.payload.get("text")) for e in again.entries()] == [
        ("text", "ééé"),
        ("result", None),
    ]
    again.remove(again.entries()[0].id)
    assert len(again) == 1
    again.close()


def test_replay_merges_a_field_changed_meanwhile(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Offline")
    activity = store.agenda.add(meeting.id, "worksheet")
    base = store.results.set(activity.id, "notes", "begin").version
    box = Outbox(tmp_path / "outbox.sqlite")
    writer = OfflineWriter(store, box, by="lap-2")
    entry = {"activity_id": activity.id, "key": "notes", "text": "mijn tekst", "base": base}
    box.put("text", entry)
    store.results.set(activity.id, "notes", "hun tekst", expected_version=base)  # someone else
    assert writer.replay() == 1
    final = store.results.get(activity.id, "notes")
    assert keeps_both(final, "mijn tekst", "hun tekst")
    assert writer.merged == 1 and len(box) == 0
    box.close()


def test_a_cancelled_merge_keeps_the_edit_queued(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Offline")
    activity = store.agenda.add(meeting.id, "worksheet")
    box = Outbox(tmp_path / "outbox.sqlite")
    writer = OfflineWriter(store, box, resolve=lambda mine, theirs: None)
    box.put("text", {"activity_id": activity.id, "key": "notes", "text": "mijn", "base": 0})
    store.results.set(activity.id, "notes", "hun")
    assert writer.replay() == 0
    assert len(box) == 1 and store.results.get(activity.id, "notes") == "hun"
    box.close()


@pytest.mark.postgres
def test_server_stopped_mid_session_loses_no_typed_text(pg_server, pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(pg_url)
    box_path = tmp_path / "outbox.sqlite"
    writer = OfflineWriter(store, Outbox(box_path), by="lap-3")
    states: queue.Queue[bool] = queue.Queue()
    meeting = store.sessions.create("Netwerkdag")
    activity = store.agenda.add(meeting.id, "worksheet")
    assert writer.save_text(activity.id, "group-1/notes", "voor de storing", 0)
    # the change feed of a window that stays open (its own store: the writer's store is closed
    # below, and a watcher stops once its store is closed)
    watched = open_store(pg_url)
    watcher = Watcher(watched, meeting.id, lambda t, s: None, on_online=states.put)
    watcher.start()
    try:
        assert watcher.ready.wait(30)  # listening
        pg_server.stop()
        assert states.get(timeout=15) is False  # noticed without anyone saving
        version = 1
        assert not writer.save_text(activity.id, "group-1/notes", "tijdens de storing", version)
        assert not writer.save_text(activity.id, "group-2/notes", "tafel twee typt door", 0)
        assert not writer.online and len(writer.outbox) == 2
        writer.outbox.close()  # the app is closed while offline ...
        store.close()
        pg_server.start()
        store = open_store(pg_url)  # ... and opened again when the network is back
        writer = OfflineWriter(store, Outbox(box_path), by="lap-3")
        assert writer.replay() == 2
        assert store.results.all(activity.id) == {
            "group-1/notes": "tijdens de storing",
            "group-2/notes": "tafel twee typt door",
        }
        assert len(writer.outbox) == 0
        assert states.get(timeout=30) is True  # the first watcher reconnected by itself
    finally:
        if not pg_server.running():  # a failure while it was down must not break other tests
            pg_server.start()
        watcher.stop()
        watched.close()
        writer.outbox.close()
        store.close()
