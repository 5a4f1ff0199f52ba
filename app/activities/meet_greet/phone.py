"""Speed-dating on a phone: "where do I sit?" from the rotation the runtime stored when the
facilitator started the rounds. Free mingling has nothing for phones."""

from __future__ import annotations

from typing import Any

from app.activities.meet_greet.state import ROTATION_KEY
from app.activities.phone import PhoneRoom
from app.activities.seating import Rounds, SeatingPhone
from app.core.rotation import Rotation
from app.storage.models import Activity, stored_id


class MeetGreetPhone(SeatingPhone):
    def view(self, config: dict[str, Any]) -> str:
        return "seat" if config.get("mode") == "speed_dating" else ""

    def rounds(self, room: PhoneRoom, activity: Activity) -> Rounds:
        stored = room.store.results.get(stored_id(activity), ROTATION_KEY)
        try:
            rotation = Rotation.from_json(
                stored.get("rounds") if isinstance(stored, dict) else None
            )
        except ValueError:  # not made yet (the round starts when the facilitator starts it)
            return []
        return [[list(table) for table in round_] for round_ in rotation.rounds]
