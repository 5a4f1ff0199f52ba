"""A session's name order: by last name without particle (Dutch practice, the default) or by
particle and last name (Flemish practice). Stored in the session's `settings` JSON under
"name_order" (no schema change); see app/core/names.py for the collation itself.
"""

from __future__ import annotations

from app.core.names import CONVENTIONS
from app.storage.models import Participant
from app.storage.participants import by_name
from app.storage.settings import change_session_settings, session_settings
from app.storage.store import Store


def name_order(store: Store, session_id: int) -> str:
    """The session's convention ('last_name' when unset or the session is gone)."""
    return session_settings(store, session_id).name_order


def set_name_order(store: Store, session_id: int, convention: str) -> None:
    """Change the convention, keeping the other settings (retried on a concurrent save)."""
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown name order {convention!r}")
    change_session_settings(store, session_id, lambda s: s.with_name_order(convention))


def people_by_name(store: Store, session_id: int) -> list[Participant]:
    """The session's participants in its name order."""
    return by_name(store.participants.list(session_id), name_order(store, session_id))
