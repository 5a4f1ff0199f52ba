"""The poll on a phone: the question and its choices as buttons; one answer per phone, which it
may change while the poll is open; the counts once the facilitator reveals them.

Refusals (codes the page explains): "poll_not_open" before the facilitator opens the poll,
"poll_closed" once it is closed, "bad_option" for a key this poll does not have (a six-option
key on a three-option poll, or an answer sent just after the options were edited).
"""

from __future__ import annotations

from typing import Any, ClassVar

from app.activities.phone import Field, PhonePart, PhoneRoom, Reply, Schema, ack, error
from app.activities.poll.state import ANSWER, CLOSED, OPEN, PollState, status_of
from app.core import poll as pl
from app.storage.agenda import config_of
from app.storage.models import Activity, stored_id

VIEW = "poll"


class PollPhone(PhonePart):
    messages: ClassVar[dict[str, Schema]] = {
        "answer": {"option": Field(str, choices=pl.KEYS)},
    }
    script: ClassVar[str] = "room/views/poll.js"

    def view(self, config: dict[str, Any]) -> str:
        return VIEW

    def shared_state(self, room: PhoneRoom, activity: Activity) -> dict[str, Any]:
        state = PollState(room.store, stored_id(activity))
        rows = state.results()
        poll = pl.from_config(config_of(activity))
        status = status_of(rows)
        revealed = state.revealed(rows)
        shared: dict[str, Any] = {
            "question": poll.question,
            "mode": poll.mode,
            "options": [{"key": c.key, "label": c.label} for c in poll.choices],
            "status": status,
            "revealed": revealed,
        }
        if revealed:
            tally = state.tally(poll, rows)
            shared["counts"] = dict(zip(poll.keys, tally.counts, strict=True))
            shared["total"] = tally.total
        return shared

    def personal_state(
        self, room: PhoneRoom, activity: Activity, shared: dict[str, Any], phones: list[str]
    ) -> dict[str, dict[str, Any]]:
        answers = room.store.results.all(stored_id(activity), ANSWER)  # one query for every phone
        found = {}
        for phone in phones:
            answer = answers.get(ANSWER + phone)
            found[phone] = {"my_answer": answer if isinstance(answer, str) else ""}
        return found

    def begin(self, room: PhoneRoom, activity: Activity) -> tuple[str, tuple[str, ...]]:
        """(status, valid keys), read once for a burst of answers."""
        poll = pl.from_config(config_of(activity))
        return PollState(room.store, stored_id(activity)).status(), poll.keys

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        status, keys = turn if turn is not None else self.begin(room, activity)
        if message.get("type") != "answer":
            return error("not_now")
        if status == CLOSED:
            return error("poll_closed")
        if status != OPEN:
            return error("poll_not_open")
        option = message.get("option")
        if option not in keys:
            return error("bad_option")
        return Reply(answer=ack("answer_saved"), writes={ANSWER + phone: option})
