"""The run console's resume point, kept in the session's settings JSON under "run".

Written when an activity is entered, when its timer is started/paused/changed, and cleared
("running": false) when the console leaves it normally. After a crash the flag is still true:
`interrupted_run` finds it and the console offers to resume there.

The write changes only the settings column: it does not bump the session's version or announce a
change, so a facilitator editing the session's details on another page (or laptop) never gets a
conflict because a timer was paused. Session files leave the key out (an activity id means
nothing in another database).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlmodel import col, select

from app.core.run_state import RunState
from app.storage.models import Activity, MeetingSession
from app.storage.settings import RUN, parse, session_settings

if TYPE_CHECKING:
    from app.storage.store import Store

KEY = RUN


def save_run_state(store: Store, session_id: int, state: RunState | None) -> None:
    """Merge the run state into the settings in one transaction (other keys stay as they are)."""
    with store.db.transaction() as s:
        row = s.exec(
            select(MeetingSession.settings).where(MeetingSession.id == session_id).with_for_update()
        ).first()
        if row is None:
            return
        settings = parse(row)
        if state is None:
            settings.pop(KEY, None)
        else:
            settings[KEY] = state.to_json()
        text = json.dumps(settings, ensure_ascii=False)
        s.exec(
            update(MeetingSession).where(col(MeetingSession.id) == session_id).values(settings=text)
        )


def load_run_state(store: Store, session_id: int) -> RunState | None:
    return RunState.from_json(session_settings(store, session_id).run)


def interrupted_run(store: Store, session_id: int) -> RunState | None:
    """The activity that was running when the app stopped without leaving it, if any."""
    state = load_run_state(store, session_id)
    if state is None or not state.running or store.agenda.get(state.activity_id) is None:
        return None
    return state


# -- the actual times: one record per activity, the last real run ------------------------------
def record_start(store: Store, activity_id: int, when: datetime, new_run: bool) -> Activity | None:
    """The actual start of an activity. The first entry in a run replaces what an earlier run
    left (its start and its end), so two runs never add up; re-entering it in the same run
    (going back) keeps the start, and the end follows the last time it is left."""
    current = store.agenda.get(activity_id)
    if current is None:
        return None
    if not new_run and current.actual_start is not None:
        return current
    return store.agenda.update(activity_id, actual_start=when, actual_end=None)


def record_end(store: Store, activity_id: int, when: datetime) -> Activity | None:
    """The actual end: the last time the activity was left in this run."""
    if store.agenda.get(activity_id) is None:
        return None
    return store.agenda.update(activity_id, actual_end=when)


def recorded_count(store: Store, session_id: int) -> int:
    """How many activities of the session have an actual time recorded."""
    return sum(
        1
        for a in store.agenda.list(session_id)
        if a.actual_start is not None or a.actual_end is not None
    )


def clear_actual_times(store: Store, session_id: int) -> int:
    """Forget every actual start and end of the session (before the real day, after a rehearsal
    that was run for real by mistake); returns how many activities had one."""
    cleared = 0
    for activity in store.agenda.list(session_id):
        if activity.actual_start is None and activity.actual_end is None:
            continue
        assert activity.id is not None
        store.agenda.update(activity.id, actual_start=None, actual_end=None)
        cleared += 1
    return cleared
