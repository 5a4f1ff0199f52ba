"""The change feed: what another laptop (or another app on the same file) saved, within seconds.

    watcher = Watcher(store, session_id, on_change=lambda table, sid: ..., on_online=...)
    watcher.start()   # a daemon thread; callbacks run on it (app/widgets/live.py moves them
    ...               # to the GUI thread)
    watcher.stop()

PostgreSQL: LISTEN on a dedicated connection (app/storage/postgres.py), so a save elsewhere
arrives in milliseconds and a dropped connection is noticed at once. Polling fallback (SQLite
shared by two app instances, or PostgreSQL while LISTEN is not possible): every `interval`
seconds a fingerprint per table of the session (row count and max(updated_at)) is compared with
the previous one. Own saves are not reported back (the local Store.changes already did that).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlmodel import col

from app.storage.models import ActionItem, Activity, ActivityResult, MeetingSession, Participant

if TYPE_CHECKING:
    from sqlalchemy import Select

    from app.storage.store import Store

    Totals = Select[Any, Any, Any]  # count, max(updated_at), sum(version) of one table

log = logging.getLogger(__name__)

ChangeCallback = Callable[[str, int], None]
OnlineCallback = Callable[[bool], None]
POLL_SECONDS = 0.5
Fingerprint = dict[str, tuple[object, ...]]


def fingerprint(store: Store, session_id: int | None) -> Fingerprint:
    """(count, max updated_at[, max version]) per table; one session's rows, or all rows."""

    def scoped(model: type[Participant | Activity | ActionItem], query: Totals) -> Totals:
        return query if session_id is None else query.where(col(model.session_id) == session_id)

    queries: dict[str, Totals] = {
        "meeting_session": select(
            func.count(), func.max(MeetingSession.updated_at), func.sum(MeetingSession.version)
        ),
        "participant": scoped(
            Participant,
            select(func.count(), func.max(Participant.updated_at), func.sum(Participant.version)),
        ),
        "activity": scoped(
            Activity,
            select(func.count(), func.max(Activity.updated_at), func.sum(Activity.version)),
        ),
        "action_item": scoped(
            ActionItem,
            select(func.count(), func.max(ActionItem.updated_at), func.sum(ActionItem.version)),
        ),
    }
    if session_id is not None:
        queries["meeting_session"] = queries["meeting_session"].where(
            col(MeetingSession.id) == session_id
        )
    results = select(
        func.count(), func.max(ActivityResult.updated_at), func.sum(ActivityResult.version)
    )
    if session_id is not None:
        results = results.join(Activity, col(Activity.id) == col(ActivityResult.activity_id)).where(
            col(Activity.session_id) == session_id
        )
    queries["activity_result"] = results
    with store.db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        found = {table: tuple(connection.execute(q).one()) for table, q in queries.items()}
    if store.closed and raw is not None:  # the window closed the database during this read: the
        raw.close()  # connection went back to a pool nobody closes again, and would stay open
    return found


class Watcher:
    """Reports other people's saves for one session (or every session with session_id=None)."""

    def __init__(
        self,
        store: Store,
        session_id: int | None,
        on_change: ChangeCallback,
        on_online: OnlineCallback | None = None,
        interval: float = POLL_SECONDS,
        use_listen: bool = True,
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.on_change = on_change
        self.on_online = on_online
        self.interval = interval
        self.use_listen = use_listen and not store.db.is_sqlite
        self.online = True
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last: Fingerprint | None = None
        # set once the feed is watching (LISTEN issued, first fingerprint taken): a save after
        # this moment is reported; tests and the perf script wait for it instead of sleeping
        self.ready = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="tafelronde-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5 + self.interval)

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            if self.on_online is not None:
                self.on_online(online)

    def _run(self) -> None:
        while not self._stop.is_set() and not self.store.closed:
            try:
                if self.use_listen:
                    self._listen()
                else:
                    self.poll_once()
                    self._set_online(True)
                    self.ready.set()
                    self._stop.wait(self.interval)
            except Exception as exc:  # any loss of line: report offline, retry
                log.info("change feed interrupted: %s", exc)
                self._set_online(False)
                self._stop.wait(self.interval)

    def _listen(self) -> None:
        from app.storage.postgres import Listener

        listener = Listener(self.store.db.url)
        try:
            self._set_online(True)
            # whatever happened while we were away counts as changed
            if self._last is not None:
                self.poll_once()
            else:
                self._last = fingerprint(self.store, self.session_id)
            self.ready.set()
            while not self._stop.is_set() and not self.store.closed:
                for notice in listener.wait(self.interval):
                    if notice.origin == self.store.origin:
                        continue
                    if self.session_id is None or notice.session_id == self.session_id:
                        self.on_change(notice.table, notice.session_id)
        finally:
            listener.close()

    def poll_once(self) -> list[str]:
        """Compare fingerprints and report changed tables; also usable without the thread."""
        current = fingerprint(self.store, self.session_id)
        previous, self._last = self._last, current
        if previous is None:
            return []
        changed = [table for table in current if current[table] != previous.get(table)]
        for table in changed:
            self.on_change(table, self.session_id if self.session_id is not None else 0)
        return changed
