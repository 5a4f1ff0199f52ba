"""Copying whole sessions between databases (SQLite <-> PostgreSQL), idempotently.

A session is recognised in the target by its `uid` (revision 0003), never by its id, which
differs per database. A session that is already there is skipped, or replaced with `replace`
(the copy then equals the source). Used by `tafelronde copy` (app/cli/copy.py).

There is one way a session enters a database: the source is read into the same document a
session file holds (`export_session`) and written by the session-file importer
(`insert_session`). So a copy and an import check the same things, rewrite the same participant
references (app/core/participant_refs.py) and refuse the same text (app/storage/text_rules.py):
what a laptop accepted can be copied to the shared server, and what the server would refuse is
refused on the laptop already. Rows keep their timestamps, versions and authors; only ids are new.
The run console's resume point is not carried (it names this database's activity ids).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.session_file import export_session
from app.storage.session_import import COPIED, REPLACED, SKIPPED, insert_session

if TYPE_CHECKING:
    from app.storage.store import Store

__all__ = ["COPIED", "REPLACED", "SKIPPED", "copy_session"]


def copy_session(source: Store, target: Store, session_id: int, replace: bool = False) -> str:
    """Copy one session with everything in it from store `source` to store `target`."""
    if source.sessions.get(session_id) is None:
        raise LookupError(session_id)
    document = export_session(source, session_id)
    outcome, new_id = insert_session(target, document, document["uid"], replace=replace)
    if outcome != SKIPPED:
        target.changes.emit("meeting_session", new_id)
    return outcome
