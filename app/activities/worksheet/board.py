"""The requests & offers board fed by phones: posts wait for the facilitator's approval, then
go into the board's own table (so they are on the beamer and in the report like anything a
note-taker typed). No Qt: the phone part and the console's board panel share this."""

from __future__ import annotations

import uuid
from typing import Any

from app.activities.worksheet import state as sheets
from app.storage.models import Activity, stored_id
from app.storage.store import Store

POST = "post:"  # post:<random id> -> {"kind", "text", "approved", "phone"}
POST_KINDS = ("request", "offer")
MAX_POST = 280  # characters in one post
BOARD = "requests_offers"  # the worksheet that takes posts from phones


def new_post_key() -> str:
    return f"{POST}{uuid.uuid4().hex[:12]}"


def pending_posts(store: Store, activity_id: int) -> dict[str, dict[str, Any]]:
    """result key -> post, for posts not approved yet."""
    return {k: v for k, v in store.results.all(activity_id, POST).items()
            if isinstance(v, dict) and not v.get("approved")}  # fmt: skip


def pin_post(store: Store, activity: Activity, kind: str, text: str) -> bool:
    """Write an approved post into the first free row of the board's "requests" or "offers"
    table. False when the sheet has no such table or every row is taken."""
    definition = sheets.definition_for(store, stored_id(activity))
    field_key = "requests" if kind == "request" else "offers"
    spec = next((f for f in definition.fields if f.key == field_key), None) if definition else None
    if definition is None or spec is None or spec.type != "table":
        return False
    instance = sheets.instances(store, stored_id(activity))[0].id
    rows = sheets.read_values(store, definition, stored_id(activity), instance)[field_key]
    for row in rows:
        if not any(cell.strip() for cell in row):
            row[0] = text
            sheets.write_value(store, stored_id(activity), instance, field_key, rows)
            return True
    return False


def approve(store: Store, activity_id: int, key: str, approved: bool = True) -> bool:
    """The facilitator lets a post onto the beamer: it is marked approved and written into
    the board's table (False when the board has no free row left: the post keeps waiting)."""
    activity = store.agenda.get(activity_id)
    if activity is None:
        return False
    value = store.results.get(activity_id, key)
    if not isinstance(value, dict):
        return False
    pinned = True
    if approved and not value.get("approved"):
        pinned = pin_post(store, activity, value.get("kind", ""), value.get("text", ""))
    value["approved"] = approved and pinned
    store.results.set(activity_id, key, value, by="facilitator")
    return pinned
