"""The change feed: another laptop's save arrives (NOTIFY on PostgreSQL, polling on SQLite)."""

from __future__ import annotations

import queue

import pytest

from app.storage import open_store
from app.storage.live import Watcher


@pytest.mark.postgres
def test_notify_reaches_the_other_laptop(pg_url: str) -> None:
    """Only this session's changes, not our own echoes (the 2 s figure: tests/perf/shared_db.py)."""
    here, there = open_store(pg_url), open_store(pg_url)
    seen: queue.Queue[tuple[str, int]] = queue.Queue()
    try:
        meeting = here.sessions.create("Sectordag")
        other = here.sessions.create("Andere sessie")
        activity = here.agenda.add(meeting.id, "worksheet")
        watcher = Watcher(there, meeting.id, lambda t, s: seen.put((t, s)))
        watcher.start()
        try:
            assert watcher.ready.wait(30)  # LISTEN is in place
            here.agenda.add(other.id, "segment")  # another session: not reported
            there.results.set(activity.id, "own", "echo")  # own save: not reported back
            here.results.set(activity.id, "group-1/notes", "tafel 1")
            assert seen.get(timeout=30) == ("activity_result", meeting.id)
            assert seen.empty()
            assert watcher.online
        finally:
            watcher.stop()
    finally:
        here.close()
        there.close()


def test_polling_serves_two_apps_on_one_sqlite_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shared.sqlite"
    here, there = open_store(path), open_store(path)
    seen: list[tuple[str, int]] = []
    try:
        meeting = here.sessions.create("Gedeeld bestand")
        activity = here.agenda.add(meeting.id, "worksheet")
        watcher = Watcher(there, meeting.id, lambda t, s: seen.append((t, s)))
        assert not watcher.use_listen
        assert watcher.poll_once() == []  # the first look only takes the fingerprint
        here.results.set(activity.id, "group-1/notes", "tafel 1")
        assert watcher.poll_once() == ["activity_result"]
        row = here.results.row(activity.id, "group-1/notes")
        here.results.set(activity.id, "group-1/notes", "tafel 1!", expected_version=row.version)
        here.actions.add(meeting.id, "Verslag")
        assert watcher.poll_once() == ["action_item", "activity_result"]
        assert watcher.poll_once() == []
        assert seen == [
            ("activity_result", meeting.id),
            ("action_item", meeting.id),
            ("activity_result", meeting.id),
        ]
    finally:
        here.close()
        there.close()


def test_polling_thread_reports_a_change(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shared.sqlite"
    here, there = open_store(path), open_store(path)
    seen: queue.Queue[str] = queue.Queue()
    try:
        meeting = here.sessions.create("Gedeeld")
        watcher = Watcher(there, meeting.id, lambda t, s: seen.put(t), interval=0.05)
        watcher.start()
        try:
            assert watcher.ready.wait(30)  # the first fingerprint is taken
            here.participants.add(meeting.id, first_name="Ada")
            assert seen.get(timeout=30) == "participant"
        finally:
            watcher.stop()
    finally:
        here.close()
        there.close()
