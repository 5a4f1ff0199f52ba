"""Breakout rounds on a phone: "where do I sit?" from the stored schedule."""

from __future__ import annotations

from app.activities.breakout.state import BreakoutData
from app.activities.phone import PhoneRoom
from app.activities.seating import Rounds, SeatingPhone
from app.storage.models import Activity, stored_id


class BreakoutPhone(SeatingPhone):
    def rounds(self, room: PhoneRoom, activity: Activity) -> Rounds:
        return BreakoutData(room.store, stored_id(activity)).schedule()
