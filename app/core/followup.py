"""The fate of an action agreed in an earlier meeting: open, in progress, done or dropped.

Rules only (no Qt, no storage). Where a status lives: "done" is the action's own Done box (the
one fact the Actions tab always had); "in progress" and "dropped" are kept in the settings of
the session where the action was agreed (app/activities/followup/state.py), so each fact is
stored once, on the original meeting, and a third meeting reads the same fate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP

OPEN = "open"
IN_PROGRESS = "in_progress"
DONE = "done"
DROPPED = "dropped"
STATUSES = (OPEN, IN_PROGRESS, DONE, DROPPED)
CHOSEN = (DONE, IN_PROGRESS, DROPPED)  # what the facilitator picks in the meeting

LABELS = {  # context "Followup"
    OPEN: QT_TRANSLATE_NOOP("Followup", "open"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("Followup", "in progress"),
    DONE: QT_TRANSLATE_NOOP("Followup", "done"),
    DROPPED: QT_TRANSLATE_NOOP("Followup", "dropped"),
}
TITLE = QT_TRANSLATE_NOOP("Followup", "What we agreed last time")
# the key in the settings of the session where the actions were agreed: {str(action id): status}
ACTION_STATUS = "action_status"


def status_of(done: bool, stored: object) -> str:
    """The fate of one action: done when its Done box is ticked, else the stored status (in
    progress, dropped), else open. Anything unknown in storage reads as open."""
    if done:
        return DONE
    return stored if stored in (IN_PROGRESS, DROPPED) else OPEN


def stored_value(status: str) -> str | None:
    """What the session settings keep for a status (None: nothing, done lives in the Done box)."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    return status if status in (IN_PROGRESS, DROPPED) else None


def tally(statuses: Iterable[str]) -> dict[str, int]:
    """How many actions have each status, every status present (0 when none)."""
    counted = Counter(statuses)
    return {status: counted.get(status, 0) for status in STATUSES}


def remap_statuses(settings: dict[str, Any], actions: Mapping[int, int]) -> dict[str, Any]:
    """Settings whose action statuses name the actions' new ids (a session copied or imported
    into another database gets new ids); statuses of actions not copied are dropped."""
    stored = settings.get(ACTION_STATUS)
    if not isinstance(stored, dict):
        return settings
    moved = {}
    for key, status in stored.items():
        try:
            new = actions.get(int(key))
        except (TypeError, ValueError):
            continue
        if new is not None and status in (IN_PROGRESS, DROPPED):
            moved[str(new)] = status
    return {**settings, ACTION_STATUS: moved}
