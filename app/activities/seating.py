""" "Where do I sit?" on a phone, shared by the kinds that seat people at tables in rounds.

A kind that seats people subclasses SeatingPhone in its own phone.py and says where its rounds
are stored (`rounds`). The "seat" message and the "seat" view belong to this one base: the kinds
share them (the registry's test allows a message type in several kinds only through one schema).
Names reach phones only when the organiser allowed picking your own name, and then only the
names of people who consented.
"""

from __future__ import annotations

from typing import Any, ClassVar

from app.activities.phone import Field, PhonePart, PhoneRoom, Reply, Schema, error
from app.storage.models import Activity

Rounds = list[list[list[int]]]  # round -> table -> participant ids


def seats(rounds: Rounds, participant_id: int) -> list[dict[str, int]]:
    """[{"round", "table"}] (both from 1) where a participant sits."""
    found = []
    for round_no, groups in enumerate(rounds, start=1):
        for table, members in enumerate(groups, start=1):
            if participant_id in members:
                found.append({"round": round_no, "table": table})
    return found


class SeatingPhone(PhonePart):
    messages: ClassVar[dict[str, Schema]] = {"seat": {"participant": Field(int)}}
    script = "room/views/seat.js"

    def view(self, config: dict[str, Any]) -> str:
        return "seat"

    def rounds(self, room: PhoneRoom, activity: Activity) -> Rounds:
        """The kind's stored seating; [] while there is none yet."""
        return []

    def shared_state(self, room: PhoneRoom, activity: Activity) -> dict[str, Any]:
        return {"names": room.consenting_names() if room.names_allowed() else None}

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        if not room.names_allowed():
            return error("not_now")
        allowed = {entry["id"] for entry in room.consenting_names()}
        participant = message["participant"]
        found = seats(self.rounds(room, activity), participant) if participant in allowed else []
        return Reply(answer={"type": "seat", "seat": found})
