"""What the phones may do in the current activity, and where their input is stored.

The run console (or `tafelronde room`) tells the service which activity is on; the service
answers each phone with a "state" for that activity and stores what phones send through
app/storage like any other input. The service names no activity kind: it asks the registry for
the current activity's phone part (app/activities/phone.py says how a message travels) and only
calls that. Names reach phones only when the organiser allowed picking your own name, and then
only the names of people who consented.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.activities import registry
from app.activities.phone import PhonePart, Reply, error
from app.core.clock import Clock
from app.core.room import RoomLimits
from app.room.server import Phone, RoomServer
from app.storage.agenda import config_of
from app.storage.models import Activity, stored_id
from app.storage.settings import ROOM_PICK_NAME, change_session_settings, session_settings
from app.storage.store import Store

log = logging.getLogger(__name__)
ALLOW_NAMES = ROOM_PICK_NAME  # session setting: phones may pick their name for "where do I sit"
BATCH_MS = 25  # messages of one burst share a commit; well inside the 200 ms promise
FAILED = {"type": "error", "code": "failed"}
_NOT_READ = object()  # begin() failed for this activity in this burst


@dataclass(frozen=True)
class _Queued:
    activity: Activity
    part: PhonePart
    phone: Phone
    message: dict[str, Any]


@dataclass
class _Snapshot:
    """The shared state of one change, and what each phone sees of its own (asked in bulk)."""

    activity: Activity | None
    part: PhonePart | None
    shared: dict[str, Any]
    personal: dict[str, dict[str, Any]]
    asked: set[str]


class RoomService(QObject):
    phone_event = Signal(int, str, object)  # activity id, event name, payload (Reply.event)
    phones_changed = Signal(int)
    activity_changed = Signal(object)  # the activity id phones now act on, or None

    def __init__(
        self, store: Store, session_id: int, clock: Clock | None = None,
        parent: QObject | None = None, limits: RoomLimits | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.activity_id: int | None = None
        self.server = RoomServer(self.handle, clock, self, limits, registry.message_schemas())
        self.server.phones_changed.connect(self.phones_changed)
        # (activity, name) -> what a phone part asked the room to keep (see `cached`)
        self._cache: dict[tuple[int, str], Any] = {}
        self._push = QTimer(self)  # coalesce bursts of changes into one broadcast
        self._push.setSingleShot(True)
        self._push.setInterval(250)  # at most four broadcasts a second, however busy
        self._push.timeout.connect(self.broadcast_state)
        self._pending: list[_Queued] = []  # messages of the current burst, in arrival order
        self._activity: Activity | None = None  # cached current activity (_current_activity)
        self._snapshot: _Snapshot | None = None
        self._write_batch = QTimer(self)
        self._write_batch.setSingleShot(True)
        self._write_batch.setInterval(BATCH_MS)
        self._write_batch.timeout.connect(self.flush_writes)
        store.changes.subscribe(self._changed)

    # -- lifecycle ---------------------------------------------------------------------------
    def open(self, address: str | None = None, port: int = 0) -> str:
        return self.server.start(address, port)

    def close(self) -> None:
        self._write_batch.stop()
        self.flush_writes()  # a vote sent just before closing still counts
        self.store.changes.unsubscribe(self._changed)
        self.server.stop()

    def set_activity(self, activity_id: int | None) -> None:
        self.activity_id = activity_id
        self._activity = None
        self._snapshot = None
        self.broadcast_state()
        self.activity_changed.emit(activity_id)

    def _current_activity(self) -> Activity | None:
        """The activity phones act on, read again only after the agenda changed."""
        if self.activity_id is None:
            return None
        if self._activity is None or self._activity.id != self.activity_id:
            self._activity = self.store.agenda.get(self.activity_id)
        return self._activity

    def _changed(self, table: str, session_id: int) -> None:
        if table == "activity":
            self._activity = None
        ours = session_id == self.session_id
        if ours and table in ("activity", "participant", "meeting_session"):
            self._cache.clear()
        if ours:
            self._snapshot = None  # read the state again when a phone next needs it
        relevant = table in ("activity_result", "activity", "meeting_session")
        wanted = ours and relevant and self.server.phones
        if wanted and not self._push.isActive():  # throttle, don't postpone: phones see changes
            self._push.start()

    # -- what the room offers a phone part (PhoneRoom) ---------------------------------------
    def language(self) -> str:
        """Phones read the session's content language, like the beamer."""
        from app.storage.content_language import content_language

        return content_language(self.store, self.session_id)

    def names_allowed(self) -> bool:
        return session_settings(self.store, self.session_id).room_pick_name

    def allow_names(self, allowed: bool) -> None:
        """Let phones pick their name from the list (or stop it); phones see it at once."""
        change_session_settings(
            self.store, self.session_id, lambda s: s.with_room_pick_name(allowed)
        )

    def consenting_names(self) -> list[dict[str, Any]]:
        from app.storage.name_order import people_by_name
        from app.storage.participants import full_name

        people = people_by_name(self.store, self.session_id)  # the session's name order
        return [
            {"id": p.id, "name": full_name(p)}
            for p in people
            if p.consent and p.status != "waiting"
        ]

    def cached(self, activity_id: int, name: str, make: Callable[[], Any]) -> Any:
        """`make()` once per activity and name, until the activity, people or session change."""
        key = (activity_id, name)
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # -- state -------------------------------------------------------------------------------
    def part_for(self, activity: Activity | None) -> tuple[PhonePart | None, str]:
        """The activity's phone part and its view now; (None, "idle") when phones wait."""
        if activity is None:
            return None, "idle"
        part = registry.phone_part(activity.kind)
        view = part.view(config_of(activity)) if part is not None else ""
        return (part, view) if view else (None, "idle")

    def shared_state(self) -> dict[str, Any]:
        """The part of the state that is the same for every phone."""
        return self._read_snapshot().shared

    def _read_snapshot(self) -> _Snapshot:
        """Read once per change, not once per phone: 120 phones saying hello at once (the
        start of every activity) would otherwise read the database 120 times."""
        if self._snapshot is None:
            meeting = self.store.sessions.get(self.session_id)
            activity = self._current_activity()
            part, view = self.part_for(activity)
            shared: dict[str, Any] = {}
            if part is not None and activity is not None:
                shared.update(part.shared_state(self, activity))
            # the room's own keys win: a part cannot change the view or the session's title
            shared.update(type="state", view=view, session=meeting.title if meeting else "")
            self._snapshot = _Snapshot(activity, part, shared, {}, set())
        return self._snapshot

    def _personal(self, snapshot: _Snapshot, keys: list[str]) -> None:
        """Ask the part, in one go, for what the phones not asked yet see of their own."""
        missing = [key for key in keys if key not in snapshot.asked]
        if not missing or snapshot.part is None or snapshot.activity is None:
            return
        part, activity = snapshot.part, snapshot.activity
        snapshot.personal.update(part.personal_state(self, activity, snapshot.shared, missing))
        snapshot.asked.update(missing)

    def _state(self, snapshot: _Snapshot, phone: Phone) -> dict[str, Any]:
        own = snapshot.personal.get(self.phone_key(phone))
        return {**snapshot.shared, **own} if own else snapshot.shared

    def state_for(self, phone: Phone) -> dict[str, Any]:
        snapshot = self._read_snapshot()
        self._personal(snapshot, [self.phone_key(phone)])
        return self._state(snapshot, phone)

    def broadcast_state(self) -> None:
        if not self.server.phones:
            return
        snapshot = self._read_snapshot()
        phones = list(self.server.phones.values())
        self._personal(snapshot, [self.phone_key(phone) for phone in phones])
        for phone in phones:
            self.server.send(phone, self._state(snapshot, phone))

    def phone_key(self, phone: Phone) -> str:
        """The identity the server signed for this phone (its hello settled it)."""
        return phone.key or phone.id

    # -- messages ----------------------------------------------------------------------------
    def handle(self, phone: Phone, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "hello":  # the server already settled who this phone is
            self.server.send(phone, self.state_for(phone))
            return
        if kind == "ping":
            self.server.send(phone, {"type": "ack", "what": "connected"})
            return
        activity = self._current_activity()
        part, _view = self.part_for(activity)
        if part is None or activity is None or kind not in part.messages:
            self.server.send(phone, {"type": "error", "code": "not_now"})
            return
        self._pending.append(_Queued(activity, part, phone, message))
        if not self._write_batch.isActive():
            self._write_batch.start()

    def flush_writes(self) -> None:
        """Handle the waiting messages: `begin()` once per activity, `handle()` per message,
        every write of the burst in one transaction per activity, then each phone's answer and
        the console's events. When a batch is refused, its messages' rows are tried one message
        at a time: one bad row fails only its own phone."""
        pending, self._pending = self._pending, []
        turns: dict[int, Any] = {}
        replies: list[tuple[_Queued, Reply]] = []
        for queued in pending:
            activity = queued.activity
            try:
                activity_id = stored_id(activity)
                if activity_id not in turns:
                    turns[activity_id] = _NOT_READ
                    turns[activity_id] = queued.part.begin(self, activity)
                if turns[activity_id] is _NOT_READ:
                    raise LookupError("the activity could not be read for this burst")
                key = self.phone_key(queued.phone)
                turn = turns[activity_id]
                reply = queued.part.handle(self, activity, turn, key, queued.message)
            except Exception:  # the database is away, or a part's bug: this phone may try again
                log.exception("cannot handle a phone's %s", queued.message.get("type"))
                reply = error("failed")
            replies.append((queued, reply))
        stored = self._store_all(replies)
        events: list[tuple[int, str, Any]] = []
        answers: list[tuple[Phone, dict[str, Any]]] = []
        for (queued, reply), ok in zip(replies, stored, strict=True):
            if ok and reply.event is not None:
                events.append((stored_id(queued.activity), *reply.event))
            answer = reply.answer if ok else FAILED
            if answer is not None:
                answers.append((queued.phone, answer))
        for activity_id, name, payload in events:
            self.phone_event.emit(activity_id, name, payload)
        for phone, answer in answers:
            self.server.send(phone, answer)

    def _store_all(self, replies: list[tuple[_Queued, Reply]]) -> list[bool]:
        """Store the replies' writes, one commit per activity; which replies were stored."""
        stored = [True] * len(replies)
        by_activity: dict[int, list[int]] = {}
        for index, (queued, reply) in enumerate(replies):
            if reply.writes:
                by_activity.setdefault(stored_id(queued.activity), []).append(index)
        for activity_id, indexes in by_activity.items():
            rows = [replies[i][1].writes for i in indexes]
            for index, ok in zip(indexes, self._store_rows(activity_id, rows), strict=True):
                stored[index] = ok
        return stored

    def _store_rows(self, activity_id: int, rows: list[dict[str, Any]]) -> list[bool]:
        """Write the rows in one commit; if that is refused, each on its own (which stored)."""
        try:
            merged = {key: value for writes in rows for key, value in writes.items()}
            self.store.results.set_many(activity_id, merged, by="phone")
            return [True] * len(rows)
        except Exception as failure:
            if len(rows) == 1:  # no traceback: it would show what the phone sent
                log.warning("cannot store a phone's message (%s)", type(failure).__name__)
                return [False]
        log.info("a batch of %d phone messages was refused; storing them one by one", len(rows))
        return [self._store_rows(activity_id, [row])[0] for row in rows]
