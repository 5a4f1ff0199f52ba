"""The fate of an action agreed in an earlier meeting: open, in progress, done or dropped.

Rules only (no Qt, no storage). Where a status lives: "done" is the action's own Done box (the
one fact the Actions tab always had); "in progress" and "dropped" are kept in the settings of
the session where the action was agreed (app/activities/followup/state.py), so each fact is
stored once, on the original meeting, and a third meeting reads the same fate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from app.core.i18n import QT_TRANSLATE_NOOP

OPEN = "open"
IN_PROGRESS = "in_progress"
DONE = "done"
DROPPED = "dropped"
STATUSES = (OPEN, IN_PROGRESS, DONE, DROPPED)
CHOSEN = (DONE, IN_PROGRESS, DROPPED)  # what the facilitator picks in the meeting

LABELS = {  # context "FollowUp"
    OPEN: QT_TRANSLATE_NOOP("FollowUp", "open"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("FollowUp", "in progress"),
    DONE: QT_TRANSLATE_NOOP("FollowUp", "done"),
    DROPPED: QT_TRANSLATE_NOOP("FollowUp", "dropped"),
}
TITLE = QT_TRANSLATE_NOOP("FollowUp", "What we agreed last time")


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
