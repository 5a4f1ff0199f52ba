"""The resume point in the session's settings: merged, cleared, never a version conflict."""

from __future__ import annotations

import json

from app.core.run_state import RunState, TimerState
from app.storage.run_state import interrupted_run, load_run_state, save_run_state


def test_saved_running_state_is_an_interrupted_run(store, meeting) -> None:  # type: ignore[no-untyped-def]
    activity = store.agenda.list(meeting.id)[0]
    before = store.sessions.get(meeting.id)
    state = RunState(activity.id, True, TimerState(600, 30, True, False, 10.0), 10.0)
    save_run_state(store, meeting.id, state)
    assert load_run_state(store, meeting.id) == state
    assert interrupted_run(store, meeting.id) == state
    after = store.sessions.get(meeting.id)
    assert after.version == before.version  # editing the session elsewhere gets no conflict
    settings = json.loads(after.settings)
    assert settings["run"]["activity_id"] == activity.id


def test_leaving_normally_is_not_interrupted(store, meeting) -> None:  # type: ignore[no-untyped-def]
    activity = store.agenda.list(meeting.id)[0]
    save_run_state(store, meeting.id, RunState(activity.id, True, None, 1.0))
    save_run_state(store, meeting.id, RunState(activity.id, False, None, 2.0))
    assert interrupted_run(store, meeting.id) is None
    save_run_state(store, meeting.id, None)
    assert load_run_state(store, meeting.id) is None


def test_other_settings_stay_and_a_deleted_activity_is_not_offered(store, meeting) -> None:  # type: ignore[no-untyped-def]
    store.sessions.update(meeting.id, settings=json.dumps({"uid": "abc", "colour": "blue"}))
    activity = store.agenda.add(meeting.id, "segment", "Soon gone", 5)
    save_run_state(store, meeting.id, RunState(activity.id, True, None, 1.0))
    settings = json.loads(store.sessions.get(meeting.id).settings)
    assert settings["uid"] == "abc" and settings["colour"] == "blue"
    store.agenda.remove(activity.id)
    assert interrupted_run(store, meeting.id) is None


def test_damaged_settings_are_read_as_nothing(store, meeting) -> None:  # type: ignore[no-untyped-def]
    store.sessions.update(meeting.id, settings="{not json")
    assert load_run_state(store, meeting.id) is None
    activity = store.agenda.list(meeting.id)[0]
    save_run_state(store, meeting.id, RunState(activity.id, True, None, 1.0))
    assert interrupted_run(store, meeting.id) is not None


def test_the_resume_point_does_not_travel_in_a_session_file(store, meeting, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.storage.session_file import export_session

    activity = store.agenda.list(meeting.id)[0]
    save_run_state(store, meeting.id, RunState(activity.id, True, None, 1.0))
    document = export_session(store, meeting.id)
    assert "run" not in document["session"]["settings"]
