"""Keyed results of activities: notes, votes, marks, worksheet fields. Values are JSON."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, delete, select

from app.storage import messages as msg
from app.storage.changes import Changes
from app.storage.engine import Database
from app.storage.errors import ConflictError, NotFoundError
from app.storage.models import Activity, ActivityResult, utcnow


class ResultRepository:
    def __init__(self, db: Database, changes: Changes) -> None:
        self.db = db
        self.changes = changes

    def all(self, activity_id: int, prefix: str = "") -> dict[str, Any]:
        """Every result of an activity (optionally only keys starting with prefix). Reads the two
        columns only, not whole rows: a room with thousands of phone rows reads this several
        times a second, and building a full row object per result was most of the cost."""
        with self.db.read() as s:
            query = select(ActivityResult.key, ActivityResult.value).where(
                ActivityResult.activity_id == activity_id
            )
            if prefix:
                query = query.where(col(ActivityResult.key).startswith(prefix, autoescape=True))
            return {
                key: json.loads(value)
                for key, value in s.exec(query.order_by(col(ActivityResult.key)))
            }

    def rows(self, activity_id: int, prefix: str = "") -> list[ActivityResult]:
        """The stored rows, with versions, for callers that detect concurrent edits."""
        with self.db.read() as s:
            query = select(ActivityResult).where(ActivityResult.activity_id == activity_id)
            if prefix:
                query = query.where(col(ActivityResult.key).startswith(prefix, autoescape=True))
            return list(s.exec(query.order_by(col(ActivityResult.key))))

    def in_order(self, activity_id: int, prefix: str = "") -> list[tuple[str, Any]]:
        """(key, value) of every result, in the order the rows were first stored (their ids), as
        plain tuples: several times cheaper than `rows` for kinds that re-read thousands of small
        rows live (a word cloud's answers from 300 phones)."""
        with self.db.read() as s:
            query = select(ActivityResult.key, ActivityResult.value).where(
                ActivityResult.activity_id == activity_id
            )
            if prefix:
                query = query.where(col(ActivityResult.key).startswith(prefix, autoescape=True))
            found = list(s.exec(query.order_by(col(ActivityResult.id))))
        return [(key, _loads(value)) for key, value in found]

    def get(self, activity_id: int, key: str, default: Any = None) -> Any:
        row = self.row(activity_id, key)
        return default if row is None else json.loads(row.value)

    def row(self, activity_id: int, key: str) -> ActivityResult | None:
        with self.db.read() as s:
            return s.exec(
                select(ActivityResult).where(
                    ActivityResult.activity_id == activity_id, ActivityResult.key == key
                )
            ).first()

    def set(
        self,
        activity_id: int,
        key: str,
        value: Any,
        expected_version: int | None = None,
        by: str = "",
    ) -> ActivityResult:
        """Store one value. With expected_version (0 = must not exist yet) a concurrent change
        raises ConflictError instead of being overwritten."""
        text = json.dumps(value, ensure_ascii=False)
        try:
            return self._set(activity_id, key, text, expected_version, by)
        except IntegrityError:
            # the activity was deleted meanwhile (foreign key): no retry or merge can save this
            if self._gone(activity_id):
                raise NotFoundError(msg.GONE) from None
            # another laptop inserted the same new key at the same moment (unique constraint)
            if expected_version is not None:
                raise ConflictError(current=self.row(activity_id, key)) from None
            return self._set(activity_id, key, text, None, by)

    def _gone(self, activity_id: int) -> bool:
        with self.db.read() as s:
            return s.get(Activity, activity_id) is None

    def _set(
        self, activity_id: int, key: str, text: str, expected_version: int | None, by: str
    ) -> ActivityResult:
        with self.db.transaction() as s:
            if s.get(Activity, activity_id) is None:  # deleted elsewhere: not a conflict
                raise NotFoundError(msg.GONE)
            row = s.exec(
                select(ActivityResult)
                .where(ActivityResult.activity_id == activity_id, ActivityResult.key == key)
                .with_for_update()
            ).first()
            if row is None:
                if expected_version not in (None, 0):
                    raise ConflictError(current=None)
                row = ActivityResult(activity_id=activity_id, key=key, value=text, updated_by=by)
            else:
                if expected_version is not None and row.version != expected_version:
                    raise ConflictError(current=row.model_copy())
                row.value = text
                row.version += 1
                row.updated_at = utcnow()
                row.updated_by = by
            s.add(row)
            s.flush()
            activity = s.get(Activity, activity_id)
            if activity is None:  # deleted on another laptop: the result went with it
                raise NotFoundError(msg.GONE)
            session_id = activity.session_id
        self.changes.emit("activity_result", session_id)
        return row

    def set_many(self, activity_id: int, values: dict[str, Any], by: str = "") -> int:
        """Store many values in one transaction (one disk flush for a burst of phone votes);
        last writer wins per key, as with set() without expected_version."""
        if not values:
            return 0
        with self.db.transaction() as s:
            existing = {
                row.key: row
                for row in s.exec(
                    select(ActivityResult)
                    .where(ActivityResult.activity_id == activity_id)
                    .where(col(ActivityResult.key).in_(list(values)))
                    .with_for_update()
                )
            }
            for key, value in values.items():
                text = json.dumps(value, ensure_ascii=False)
                row = existing.get(key)
                if row is None:
                    row = ActivityResult(
                        activity_id=activity_id, key=key, value=text, updated_by=by
                    )
                else:
                    row.value, row.updated_by, row.updated_at = text, by, utcnow()
                    row.version += 1
                s.add(row)
            s.flush()
            activity = s.get(Activity, activity_id)
            if activity is None:  # deleted on another laptop: the result went with it
                raise NotFoundError(msg.GONE)
            session_id = activity.session_id
        self.changes.emit("activity_result", session_id)
        return len(values)

    def delete(self, activity_id: int, key: str) -> None:
        with self.db.transaction() as s:
            s.exec(
                delete(ActivityResult).where(
                    col(ActivityResult.activity_id) == activity_id, col(ActivityResult.key) == key
                )
            )
            activity = s.get(Activity, activity_id)
        if activity is not None:
            self.changes.emit("activity_result", activity.session_id)


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:  # a damaged row reads as nothing rather than stopping the reader
        return None
