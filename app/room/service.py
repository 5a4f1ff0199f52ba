"""What the phones may do in the current activity, and where their input is stored.

The run console (or `tafelronde room`) tells the service which activity is on; the service
answers each phone with a "state" for that activity and stores what phones send through
app/storage like any other input. Names reach phones only when the organiser allowed picking
your own name, and then only the names of people who consented.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import bingo
from app.core.clock import Clock
from app.core.room import RoomLimits
from app.room import adapters
from app.room.server import Phone, RoomServer
from app.storage.agenda import config_of
from app.storage.settings import ROOM_PICK_NAME, change_session_settings, session_settings
from app.storage.store import Store

log = logging.getLogger(__name__)
ALLOW_NAMES = ROOM_PICK_NAME  # session setting: phones may pick their name for "where do I sit"
POST = "post:"
BATCH_MS = 25  # votes of one burst share a commit; well inside the 200 ms promise


class RoomService(QObject):
    claim_received = Signal(int, str)  # card number, phone's name (may be empty)
    post_received = Signal(str)  # result key of the new post
    phones_changed = Signal(int)

    def __init__(
        self, store: Store, session_id: int, clock: Clock | None = None,
        parent: QObject | None = None, limits: RoomLimits | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.activity_id: int | None = None
        self.server = RoomServer(self.handle, clock, self, limits)
        self.server.phones_changed.connect(self.phones_changed)
        # activity -> card number -> the "card" answer: made once, not once per request (cards
        # depend on the activity's config and the participants, never on marks or claims)
        self._cards: dict[int, dict[int, dict[str, Any]]] = {}
        self._push = QTimer(self)  # coalesce bursts of changes into one broadcast
        self._push.setSingleShot(True)
        self._push.setInterval(250)  # at most four broadcasts a second, however busy
        self._push.timeout.connect(self.broadcast_state)
        # votes and claims arriving together share one commit (one disk flush) per burst
        # (kind, subject, key) -> (activity, value, phone); a newer vote replaces an older one
        self._pending: dict[tuple[str, str, str], tuple[Any, Any, Phone]] = {}
        self._activity: Any = None  # cached current activity (see _current_activity)
        self._snapshot: tuple[dict[str, Any], dict[str, str]] | None = None
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

    def _current_activity(self) -> Any:
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
            self._cards.clear()
        if session_id == self.session_id:
            self._snapshot = None  # read the state again when a phone next needs it
        relevant = table in ("activity_result", "activity", "meeting_session")
        wanted = session_id == self.session_id and relevant and self.server.phones
        if wanted and not self._push.isActive():  # throttle, don't postpone: phones see changes
            self._push.start()

    # -- state -------------------------------------------------------------------------------
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

    def shared_state(self) -> dict[str, Any]:
        """The part of the state that is the same for every phone."""
        return self._state_and_votes()[0]

    def _state_and_votes(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Read once per change, not once per phone: 120 phones saying hello at once (the
        start of every activity) would otherwise read the database 120 times."""
        if self._snapshot is None:
            shared = self._read_shared_state()
            self._snapshot = (shared, self._votes(shared))
        return self._snapshot

    def _read_shared_state(self) -> dict[str, Any]:
        meeting = self.store.sessions.get(self.session_id)
        state: dict[str, Any] = {"type": "state", "view": "idle",
                                 "session": meeting.title if meeting else ""}  # fmt: skip
        activity = self._current_activity()
        if activity is None:
            return state
        view = adapters.view_for(activity.kind, config_of(activity))
        state["view"] = view
        if view == "vote":
            state.update(adapters.vote_state(self.store, activity))
        elif view == "bingo":
            state["heard"] = sorted(adapters.bingo_game(self.store, activity.id).heard_ids())
        elif view == "seat":
            state["names"] = self.consenting_names() if self.names_allowed() else None
        return state

    def _personal(
        self, shared: dict[str, Any], votes: dict[str, str], phone: Phone
    ) -> dict[str, Any]:
        if shared["view"] != "vote":
            return shared
        return {**shared, "my_vote": votes.get(self.phone_key(phone))}

    def _votes(self, shared: dict[str, Any]) -> dict[str, str]:
        if shared["view"] != "vote" or self.activity_id is None:
            return {}
        return adapters.phone_votes(self.store, self.activity_id, shared.get("statement_id", ""))

    def state_for(self, phone: Phone) -> dict[str, Any]:
        shared, votes = self._state_and_votes()
        return self._personal(shared, votes, phone)

    def broadcast_state(self) -> None:
        if not self.server.phones:
            return
        shared, votes = self._state_and_votes()
        for phone in list(self.server.phones.values()):
            self.server.send(phone, self._personal(shared, votes, phone))

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
        view = adapters.view_for(activity.kind, config_of(activity)) if activity else "idle"
        handlers = {
            ("vote", "vote"): self._vote,
            ("bingo_card", "bingo"): self._bingo_card,
            ("bingo_claim", "bingo"): self._bingo_claim,
            ("seat", "seat"): self._seat,
            ("post", "board"): self._post,
        }
        handler = handlers.get((kind, view))
        if handler is None or activity is None:
            self.server.send(phone, {"type": "error", "code": "not_now"})
            return
        handler(phone, activity, message)

    def _vote(self, phone: Phone, activity: Any, message: dict[str, Any]) -> None:
        """Queue the vote; `flush_writes` checks and stores the whole burst at once."""
        statement, position = message["statement"], message["position"]
        self._queue(("vote", statement, self.phone_key(phone)), activity, position, phone)

    def _queue(self, what: tuple[str, str, str], activity: Any, value: Any, phone: Phone) -> None:
        self._pending[what] = (activity, value, phone)
        if not self._write_batch.isActive():
            self._write_batch.start()

    def flush_writes(self) -> None:
        """Store the waiting votes and claims in one transaction per activity (votes checked
        against one reading of the game), then answer each phone. When a batch is refused, its
        rows are tried one by one: one bad row fails only its own phone."""
        pending, self._pending = self._pending, {}
        gates: dict[int, adapters.VoteGate] = {}
        batches: dict[int, list[tuple[str, Any, Phone, dict[str, Any], Any]]] = {}
        answers: list[tuple[Phone, dict[str, Any]]] = []
        claims: list[tuple[int, str]] = []
        for (kind, subject, key), (activity, value, phone) in pending.items():
            if kind == "claim":
                claim = (value["card"], value["name"])
                ack = {"type": "ack", "what": "claim_sent"}
                batches.setdefault(activity.id, []).append((key, value, phone, ack, claim))
                continue
            try:
                if activity.id not in gates:
                    gates[activity.id] = adapters.vote_gate(self.store, activity)
                code = gates[activity.id].check(subject, value)
            except Exception:  # the database is away: this phone may try again
                log.exception("cannot read the game for a phone's vote")
                code = "failed"
            if code:
                answers.append((phone, {"type": "error", "code": code}))
                continue
            ack = {"type": "ack", "what": "vote_saved"}
            row = (adapters.vote_key(subject, key), value, phone, ack, None)
            batches.setdefault(activity.id, []).append(row)
        for activity_id, rows in batches.items():
            for stored, (_key, _value, phone, ack, claim) in zip(
                self._store_rows(activity_id, rows), rows, strict=True
            ):
                answers.append((phone, ack if stored else {"type": "error", "code": "failed"}))
                if stored and claim is not None:
                    claims.append(claim)
        for number, name in claims:
            self.claim_received.emit(number, name)
        for phone, answer in answers:
            self.server.send(phone, answer)

    def _store_rows(self, activity_id: int, rows: list[tuple[Any, ...]]) -> list[bool]:
        """Write the rows in one commit; if that is refused, each on its own (which stored)."""
        try:
            self.store.results.set_many(activity_id, {row[0]: row[1] for row in rows}, by="phone")
            return [True] * len(rows)
        except Exception as error:
            if len(rows) == 1:  # no traceback: it would show what the phone sent
                log.warning("cannot store a phone's message (%s)", type(error).__name__)
                return [False]
        log.info("a batch of %d phone messages was refused; storing them one by one", len(rows))
        return [self._store_rows(activity_id, [row])[0] for row in rows]

    def _bingo_card(self, phone: Phone, activity: Any, message: dict[str, Any]) -> None:
        cards = self._cards.get(activity.id)
        if cards is None:
            cards = self._cards[activity.id] = self._make_cards(activity.id)
        card = cards.get(message["card"])
        self.server.send(phone, card or {"type": "error", "code": "no_card"})

    def _make_cards(self, activity_id: int) -> dict[int, dict[str, Any]]:
        """Every card's answer, made once (the expensive part: generating the cards)."""
        game = adapters.bingo_game(self.store, activity_id)
        texts = {s.id: s.text for s in game.pool()}
        config = game.config()
        layout = bingo.layout_of(config.get("layout", "grid4"),
                                 bool(config.get("free_centre", False)))  # fmt: skip
        answers = {}
        for card in game.cards():
            statements = [{"id": cell, "text": texts.get(cell, "★")} for cell in card.cells]
            answer = {"type": "card", "number": card.number, "columns": layout.side or 1}
            answers[card.number] = {**answer, "statements": statements}
        return answers

    def _bingo_claim(self, phone: Phone, activity: Any, message: dict[str, Any]) -> None:
        number, name = message["card"], message.get("name", "")
        key = f"claim:{number:05d}:{self.phone_key(phone)}"
        self._queue(("claim", str(number), key), activity, {"card": number, "name": name}, phone)

    def _seat(self, phone: Phone, activity: Any, message: dict[str, Any]) -> None:
        if not self.names_allowed():
            self.server.send(phone, {"type": "error", "code": "not_now"})
            return
        allowed = {entry["id"] for entry in self.consenting_names()}
        participant = message["participant"]
        seats = adapters.seats(self.store, activity, participant) if participant in allowed else []
        state = self.state_for(phone)
        state["seat"] = [{"round": r, "table": t} for r, t in seats]
        self.server.send(phone, state)

    def _post(self, phone: Phone, activity: Any, message: dict[str, Any]) -> None:
        key = f"{POST}{uuid.uuid4().hex[:12]}"
        value = {"kind": message["kind"], "text": message["text"], "approved": False,
                 "phone": self.phone_key(phone)}  # fmt: skip
        self.store.results.set(activity.id, key, value, by="phone")
        self.post_received.emit(key)
        self.server.send(phone, {"type": "ack", "what": "posted"})

    # -- facilitator -------------------------------------------------------------------------
    def pending_posts(self) -> dict[str, dict[str, Any]]:
        if self.activity_id is None:
            return {}
        return {k: v for k, v in self.store.results.all(self.activity_id, POST).items()
                if isinstance(v, dict) and not v.get("approved")}  # fmt: skip

    def approve(self, key: str, approved: bool = True) -> bool:
        """The facilitator lets a post onto the beamer: it is marked approved and written into
        the board's table (False when the board has no free row left)."""
        activity = self._current_activity()
        if activity is None:
            return False
        value = self.store.results.get(activity.id, key)
        if not isinstance(value, dict):
            return False
        pinned = True
        if approved and not value.get("approved"):
            pinned = adapters.pin_post(self.store, activity, value.get("kind", ""), value["text"])
        value["approved"] = approved and pinned
        self.store.results.set(activity.id, key, value, by="facilitator")
        return pinned
