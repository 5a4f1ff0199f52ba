"""A rehearsal database: one session copied, ids and all, into a fresh temporary SQLite file.

The run console rehearses on this copy, so a rehearsal can record nothing in the real database
by construction: no actual times, no results (bingo marks, votes, rotations, started rounds), no
resume point, no backups. The ids stay the same as in the real database (the copy holds this
one session only, so nothing can clash), which keeps every stored reference (a rotation's or a
schedule's participant ids, a kept-apart pair) valid without remapping. The file is deleted when
the rehearsal ends.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from sqlmodel import SQLModel, col, select

from app.storage.models import ActionItem, Activity, ActivityResult, MeetingSession, Participant
from app.storage.store import Store


def _same(record: SQLModel) -> SQLModel:
    """A detached copy of a row with every field, its id included."""
    return type(record)(**{name: getattr(record, name) for name in type(record).model_fields})


def copy_with_ids(source: Store, target: Store, session_id: int) -> None:
    """Copy one session with its agenda, results, participants and actions, keeping the ids."""
    with source.db.read() as s:
        meeting = s.get(MeetingSession, session_id)
        if meeting is None:
            raise LookupError(session_id)
        rows: list[SQLModel] = [_same(meeting)]
        activities = list(s.exec(select(Activity).where(Activity.session_id == session_id)))
        rows += [_same(a) for a in activities]
        ids = [a.id for a in activities]
        rows += [
            _same(r)
            for r in s.exec(select(ActivityResult).where(col(ActivityResult.activity_id).in_(ids)))
        ]
        people = select(Participant).where(col(Participant.session_id) == session_id)
        rows += [_same(r) for r in s.exec(people)]
        actions = select(ActionItem).where(col(ActionItem.session_id) == session_id)
        rows += [_same(r) for r in s.exec(actions)]
    with target.db.transaction() as t:
        for row in rows:
            t.add(row)
            t.flush()  # in order: the session before its activities before their results


class Rehearsal:
    """The temporary copy of a session for one rehearsal; `close()` deletes it."""

    def __init__(self, source: Store, session_id: int) -> None:
        from app.storage import open_store

        self.folder = Path(tempfile.mkdtemp(prefix="tafelronde-rehearsal-"))
        self.store: Store | None = None
        try:
            self.store = open_store(self.folder / "rehearsal.sqlite")
            copy_with_ids(source, self.store, session_id)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        shutil.rmtree(self.folder, ignore_errors=True)
