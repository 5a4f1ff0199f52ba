"""A session's name order: by last name without particle (Dutch practice, the default) or by
particle and last name (Flemish practice). Stored in the session's `settings` JSON under
"name_order" (no schema change); see app/core/names.py for the collation itself.
"""

from __future__ import annotations

import json

from app.core.names import CONVENTIONS, NAME_ORDER_KEY, convention_of
from app.storage.errors import ConflictError
from app.storage.models import Participant
from app.storage.participants import by_name
from app.storage.store import Store


def _settings(text: str | None) -> dict[str, object]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def name_order(store: Store, session_id: int) -> str:
    """The session's convention ('last_name' when unset or the session is gone)."""
    meeting = store.sessions.get(session_id)
    return convention_of(_settings(meeting.settings if meeting else None))


def set_name_order(store: Store, session_id: int, convention: str) -> None:
    """Change the convention, keeping the other settings (retried on a concurrent save)."""
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown name order {convention!r}")
    for _attempt in range(5):
        meeting = store.sessions.get(session_id)
        if meeting is None:
            raise LookupError(f"no session {session_id}")
        current = _settings(meeting.settings)
        if current.get(NAME_ORDER_KEY, None) == convention:
            return
        settings = json.dumps({**current, NAME_ORDER_KEY: convention}, ensure_ascii=False)
        try:
            store.sessions.update(session_id, meeting.version, settings=settings)
            return
        except ConflictError:
            continue
    raise ConflictError(current=None)


def people_by_name(store: Store, session_id: int) -> list[Participant]:
    """The session's participants in its name order."""
    return by_name(store.participants.list(session_id), name_order(store, session_id))
