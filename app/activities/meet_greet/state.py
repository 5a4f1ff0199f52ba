"""The meet-and-greet's stored state (no Qt): the speed-dating rotation.

Storage layout (one keyed result row):
  "rotation" -> {"people": [participant id, ...], "group_size": 2 | 3,
                 "rounds": [[[participant id, ...] per table] per round]}
Stored so a restart (or a second laptop) shows the same tables; the paper hub prints it, the
report summarises it, and the group solver avoids pairs who already met at these tables.
"""

from __future__ import annotations

from typing import Any

from app.core.rotation import Rotation
from app.storage.store import Store

ROTATION_KEY = "rotation"


def stored_rotation(store: Store, activity_id: int) -> dict[str, Any] | None:
    """The stored value as it is (None when there is none or it is not a mapping)."""
    value = store.results.get(activity_id, ROTATION_KEY)
    return value if isinstance(value, dict) else None


def rotation_of(value: Any) -> Rotation | None:
    """The rotation inside a stored value; None when missing or damaged."""
    try:
        return Rotation.from_json(value["rounds"]) if isinstance(value, dict) else None
    except (KeyError, ValueError):
        return None


def load_rotation(store: Store, activity_id: int) -> Rotation | None:
    """The stored rotation, or None when there is none (or it has no rounds)."""
    rotation = rotation_of(stored_rotation(store, activity_id))
    return rotation if rotation is not None and rotation.rounds else None


def save_rotation(
    store: Store, activity_id: int, people: list[int], group_size: int, rotation: Rotation
) -> None:
    store.results.set(
        activity_id,
        ROTATION_KEY,
        {"people": people, "group_size": group_size, "rounds": rotation.to_json()},
    )
