"""Shared by the Q&A tests: a Q&A activity in a real store and a room that hands phone writes
to the store as the real room does (one set_many per burst)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.activities.phone import Reply
from app.activities.questions.phone import QuestionsPhone


@dataclass
class FakeRoom:
    """What app/room offers a phone part (PhoneRoom), nothing more."""

    store: Any
    session_id: int
    names: list[dict[str, Any]] = field(default_factory=list)

    def language(self) -> str:
        return "en"

    def names_allowed(self) -> bool:
        return False

    def consenting_names(self) -> list[dict[str, Any]]:
        return self.names


def add_activity(store, session_id: int, **config: Any):  # type: ignore[no-untyped-def]
    config = {"intro": "", "allow_names": False, "moderation": True, **config}
    return store.agenda.add(session_id, "questions", "Vragen aan het panel", 20, config)


def burst(room: FakeRoom, activity_id: int, messages: list[tuple[str, dict[str, Any]]],
          part: QuestionsPhone | None = None) -> list[Reply]:  # fmt: skip
    """Handle messages as one burst: begin once, handle each, store all writes in one commit."""
    part = part or QuestionsPhone()
    activity = room.store.agenda.get(activity_id)
    turn = part.begin(room, activity)
    replies, writes = [], {}
    for phone, message in messages:
        reply = part.handle(room, activity, turn, phone, message)
        replies.append(reply)
        writes.update(reply.writes)
    room.store.results.set_many(activity_id, writes)
    return replies


def phone_id(n: int) -> str:
    """A phone key shaped like the room's signed ids."""
    return f"{n:032x}"
