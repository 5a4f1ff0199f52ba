"""Roles of laptops in a session: the facilitator sees everything, a note-taker only their part.

The assignments live in the session's `settings` JSON (MeetingSession.settings) under "roles":

    {"roles": {"note_takers": {"<laptop id>": [{"activity": 12, "part": "group-3"},
                                                {"activity": 15, "part": null}]}}}

A laptop id is a stable random id per laptop (app/widgets/live.py: laptop_id(), kept in
QSettings). `part` names a group, table or worksheet within the activity; null means the whole
activity. Only laptops listed as note-takers are restricted: the facilitator's laptop and any
laptop not listed (a new one, a session without roles) see everything.
"""

from __future__ import annotations

import copy
from typing import Any

Settings = dict[str, Any]


def _assignments(settings: Settings, laptop_id: str) -> list[dict[str, Any]] | None:
    roles = settings.get("roles") if isinstance(settings, dict) else None
    takers = roles.get("note_takers") if isinstance(roles, dict) else None
    if not isinstance(takers, dict) or laptop_id not in takers:
        return None
    listed = takers[laptop_id]
    return [a for a in listed if isinstance(a, dict)] if isinstance(listed, list) else []


def is_note_taker(settings: Settings, laptop_id: str) -> bool:
    return _assignments(settings, laptop_id) is not None


def allowed(settings: Settings, laptop_id: str, activity_id: int, part: str | None = None) -> bool:
    """May this laptop work on (activity, part)?

    part=None asks about the activity as a whole (should it appear in the list at all): a
    note-taker sees it when any of their assignments is in it. With a part, the note-taker needs
    an assignment for that part or for the whole activity. Non-note-takers: always True.
    """
    assignments = _assignments(settings, laptop_id)
    if assignments is None:
        return True
    for item in assignments:
        if item.get("activity") != activity_id:
            continue
        if part is None or item.get("part") in (None, "", part):
            return True
    return False


def assign(
    settings: Settings, laptop_id: str, activity_id: int, part: str | None = None
) -> Settings:
    """A copy of settings with the laptop made note-taker for (activity, part)."""
    result = copy.deepcopy(settings) if isinstance(settings, dict) else {}
    takers = result.setdefault("roles", {}).setdefault("note_takers", {})
    entry = {"activity": activity_id, "part": part}
    if entry not in takers.setdefault(laptop_id, []):
        takers[laptop_id].append(entry)
    return result


def release(settings: Settings, laptop_id: str) -> Settings:
    """A copy of settings where the laptop is no longer a note-taker (sees everything again)."""
    result = copy.deepcopy(settings) if isinstance(settings, dict) else {}
    result.get("roles", {}).get("note_takers", {}).pop(laptop_id, None)
    return result


NOTES = "notes"
NOTES_SUFFIX = "/notes"


def note_key(part: str | None) -> str:
    """The result key of a note typed in the Shared tab: "notes" for a whole activity,
    "<part>/notes" for a group or table. The one place the notes key is spelled (the PostgreSQL
    row rule in app/storage/postgres_roles.py says the same in SQL)."""
    return f"{part}{NOTES_SUFFIX}" if part else NOTES


def is_note_key(key: str) -> bool:
    """A note-taker's text (see note_key). The only results a note-taker may write."""
    return key == NOTES or (key.endswith(NOTES_SUFFIX) and len(key) > len(NOTES_SUFFIX))


def note_part(key: str) -> str | None:
    """The group or table a note key belongs to (None: the whole activity's note)."""
    return key[: -len(NOTES_SUFFIX)] if key != NOTES and key.endswith(NOTES_SUFFIX) else None


def may_write_result(settings: Settings, laptop_id: str, activity_id: int, key: str) -> bool:
    """May this laptop store result `key` of the activity? A note-taker: only the notes of a
    part it is assigned to (a whole-activity note needs a whole-activity assignment).
    Everybody else: anything."""
    if not is_note_taker(settings, laptop_id):
        return True
    if not is_note_key(key):
        return False
    part = note_part(key)
    return allowed(settings, laptop_id, activity_id, "" if part is None else part)


def remap_activities(settings: Settings, ids: dict[int, int]) -> Settings:
    """A copy of settings with the assignments' activity ids rewritten (old -> new id), for a
    session moved to another database; an assignment to an activity not in `ids` is dropped
    (kept, it would name another session's activity there)."""
    result = copy.deepcopy(settings) if isinstance(settings, dict) else {}
    roles = result.get("roles")
    takers = roles.get("note_takers") if isinstance(roles, dict) else None
    if not isinstance(takers, dict):
        return result
    for laptop, listed in takers.items():
        if not isinstance(listed, list):
            continue
        kept = []
        for item in listed:
            old = item.get("activity") if isinstance(item, dict) else None
            if isinstance(old, int) and not isinstance(old, bool) and old in ids:
                kept.append({**item, "activity": ids[old]})
        takers[laptop] = kept
    return result
