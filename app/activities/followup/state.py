"""The follow-up of actions as stored (no Qt): the previous meeting's actions and their fate.

Where statuses live (decided once for the Actions tab, the follow-up activity and the series
report): on the ORIGINAL action. "Done" is its Done box; "in progress" and "dropped" are kept
in the settings of the session where it was agreed, key ACTION_STATUS = {action id: status}
(no schema change, and the original meeting's Actions tab shows the same Done box). A status
set in meeting 2 is therefore what the series report and meeting 3 read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core import followup as fu
from app.storage.models import stored_id
from app.storage.settings import SessionSettings, change_session_settings, session_settings
from app.storage.store import Store

ACTION_STATUS = fu.ACTION_STATUS  # session settings key: {str(action id): "in_progress"|...}
TABLES = ("action_item", "meeting_session")  # changes that can change a fate


@dataclass(frozen=True)
class FollowupItem:
    id: int
    session_id: int
    what: str
    who: str
    due: str
    status: str  # one of app.core.followup.STATUSES


def previous_session(store: Store, session_id: int) -> int | None:
    """The meeting before this one in its series (None outside a series or for the first)."""
    series = getattr(store, "series", None)
    if series is None or series.of_session(session_id) is None:
        return None
    earlier = list(series.earlier_sessions(session_id))
    if not earlier:
        return None
    last = earlier[-1]
    return int(last if isinstance(last, int) else last.id)


def statuses(store: Store, session_id: int) -> dict[str, Any]:
    value = session_settings(store, session_id).get(ACTION_STATUS, {})
    return value if isinstance(value, dict) else {}


def actions_with_status(store: Store, session_id: int) -> list[FollowupItem]:
    """Every action agreed in `session_id` with its fate, in the Actions tab's order."""
    stored = statuses(store, session_id)
    return [
        FollowupItem(stored_id(item), session_id, item.what, item.who, item.due,
                     fu.status_of(item.done, stored.get(str(item.id))))
        for item in store.actions.list(session_id)
        if item.what.strip() or item.who.strip()
    ]  # fmt: skip


def items(store: Store, session_id: int) -> list[FollowupItem]:
    """What the previous meeting agreed, with the fate so far ([] without one)."""
    previous = previous_session(store, session_id)
    return [] if previous is None else actions_with_status(store, previous)


def set_status(store: Store, item: FollowupItem, status: str) -> None:
    """Record the fate on the original action: the Done box, and the session setting for the
    other statuses (cleared when done or open)."""
    value = fu.stored_value(status)
    key = str(item.id)

    def change(settings: SessionSettings) -> SessionSettings:
        current = settings.get(ACTION_STATUS, {})
        current = dict(current) if isinstance(current, dict) else {}
        if value is None:
            current.pop(key, None)
        else:
            current[key] = value
        return settings.with_(**{ACTION_STATUS: current})

    change_session_settings(store, item.session_id, change)
    done = status == fu.DONE
    action = next((a for a in store.actions.list(item.session_id) if a.id == item.id), None)
    if action is not None and action.done != done:
        store.actions.update(item.id, done=done)


def concerns(store: Store, session_id: int, table: str, changed_session: int) -> bool:
    """Whether a change (table, session) can change what the follow-up of session_id shows."""
    return table in TABLES and changed_session == previous_session(store, session_id)
