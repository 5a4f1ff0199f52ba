"""Action items agreed in a session: what, who, when, done."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, func, select

from app.storage.base import versioned_update
from app.storage.changes import Changes
from app.storage.engine import Database
from app.storage.models import ActionItem


class ActionRepository:
    def __init__(self, db: Database, changes: Changes) -> None:
        self.db = db
        self.changes = changes

    def list(self, session_id: int) -> list[ActionItem]:
        with self.db.read() as s:
            query = select(ActionItem).where(ActionItem.session_id == session_id)
            return list(s.exec(query.order_by(col(ActionItem.position), col(ActionItem.id))))

    def add(self, session_id: int, what: str = "", who: str = "", due: str = "") -> ActionItem:
        with self.db.transaction() as s:
            last = s.exec(
                select(func.coalesce(func.max(ActionItem.position), -1)).where(
                    ActionItem.session_id == session_id
                )
            ).one()
            item = ActionItem(session_id=session_id, position=last + 1, what=what, who=who, due=due)
            s.add(item)
        self.changes.emit("action_item", session_id)
        return item

    def update(
        self, item_id: int, expected_version: int | None = None, **fields: Any
    ) -> ActionItem:
        with self.db.transaction() as s:
            item = versioned_update(s, ActionItem, item_id, fields, expected_version)
        self.changes.emit("action_item", item.session_id)
        return item

    def delete(self, item_id: int) -> None:
        with self.db.transaction() as s:
            item = s.get(ActionItem, item_id)
            if item is None:
                return
            s.delete(item)
        self.changes.emit("action_item", item.session_id)
