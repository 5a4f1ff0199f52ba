"""The phone part of an activity kind: what phones see and may send while the activity is on.

The room (app/room) names no kind. It asks the registry for the current activity's phone part
(`ActivityKind.phone`, "module:Class" in the kind's own `phone.py`) and only calls the methods
below. No Qt here: a phone part reads and writes through app/storage and returns plain data, so
it is tested without a screen and without a socket.

How one message travels:
1. `app.core.room.parse` checks it against the schema in `messages` (declared here, per kind;
   message type names are unique across kinds, the registry's test checks that).
2. The room queues it; every message of a burst (25 ms) is handled together: `begin()` once per
   activity (read the game once, not once per phone), then `handle()` per message.
3. The room stores every `Reply.writes` of the burst in one commit, then sends each phone its
   `Reply.answer` (or `{"type": "error", "code": "failed"}` when its rows were refused) and
   tells the console about each `Reply.event` (e.g. a bingo claim to check).
4. Stored results change the store; the room rebuilds `shared_state` once and pushes it.

The phone page is one document: `app.js` (the frame: connection, identity, status line) plus
each kind's view script (`script`, a resource such as "room/views/vote.js", or "package:file.js"
for a kind in its own package outside app/), inlined in registry order, each script once.
A view script registers itself with `Tafelronde.view(name, texts, render, onMessage)`; see
app.js and docs/room.md ("Phone parts").

The console side: a part may name a widget (`console`) that the room's panel shows while the
activity is on; it hears `RoomService.phone_event(activity_id, name, payload)` for each stored
`Reply.event` (posts to approve, bingo calls to check). The room's panel names no kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

# Field and Schema live in core (the parser checks them, and core imports no activity); a phone
# part names them from here.
from app.core.room import Field, Schema
from app.storage.models import Activity
from app.storage.store import Store

__all__ = ["Field", "PhonePart", "PhoneRoom", "Reply", "Schema", "ack", "error"]


@dataclass(frozen=True)
class Reply:
    """What the room does for one handled message."""

    answer: dict[str, Any] | None = None  # sent to this phone once the writes are stored
    writes: dict[str, Any] = field(default_factory=dict)  # result key -> value, this activity
    event: tuple[str, Any] | None = None  # told to the console once stored: (name, payload)


def error(code: str) -> Reply:
    """A refusal the phone shows in its own words (the page has a text for each code)."""
    return Reply(answer={"type": "error", "code": code})


def ack(what: str) -> dict[str, Any]:
    return {"type": "ack", "what": what}


class PhoneRoom(Protocol):
    """What the room offers a phone part."""

    store: Store
    session_id: int

    def language(self) -> str:
        """The session's content language (statements, prompts): phones read it like the beamer."""
        ...

    def names_allowed(self) -> bool:
        """The organiser lets phones pick their name (session setting `room_pick_name`)."""
        ...

    def consenting_names(self) -> list[dict[str, Any]]:
        """[{"id", "name"}] of present people who consented, in the session's name order."""
        ...

    def cached(self, activity_id: int, name: str, make: Callable[[], Any]) -> Any:
        """`make()` once per activity and name, kept until the activity, the people or the
        session change (e.g. bingo cards: costly to make, asked for by every phone)."""
        ...


class PhonePart:
    """Base of a kind's phone part; a kind without phones has none (`ActivityKind.phone` = "")."""

    messages: ClassVar[dict[str, Schema]] = {}  # message type -> schema
    script: ClassVar[str] = ""  # the view script on the phone page (resource or "package:file")
    # "module:Class" of a QWidget the room's console panel shows while this kind's activity is
    # on, built as Class(room, activity_id, parent); it hears `room.phone_event`. "" = none.
    console: ClassVar[str] = ""

    def view(self, config: dict[str, Any]) -> str:
        """The phone view while this activity is on; "" when phones have nothing to do."""
        return ""

    def shared_state(self, room: PhoneRoom, activity: Activity) -> dict[str, Any]:
        """The state every phone gets (merged into {"type": "state", "view": …}); read once per
        change, never once per phone."""
        return {}

    def personal_state(
        self, room: PhoneRoom, activity: Activity, shared: dict[str, Any], phones: list[str]
    ) -> dict[str, dict[str, Any]]:
        """Per phone key, what only that phone sees (its own vote, its own words), for all the
        given phones at once (one query, not one per phone). Missing keys get nothing extra."""
        return {}

    def begin(self, room: PhoneRoom, activity: Activity) -> Any:
        """Read once per burst what `handle` checks against (e.g. the current statement)."""
        return None

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        """One message of a type in `messages`, from the phone with signed key `phone`."""
        return error("not_now")
