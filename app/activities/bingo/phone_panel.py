"""Bingo calls from phones, in the room's panel while the bingo is on: newest first, read from
the stored claims (so none is lost when the panel is made again) and added as they come."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from app.activities.bingo.phone import CLAIM_EVENT
from app.activities.bingo.state import CLAIM
from app.core.i18n import fill


class PhoneClaims(QWidget):
    """Built by the room's panel as PhoneClaims(room, activity_id, parent)."""

    def __init__(self, room: Any, activity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity_id = activity_id
        self.claims = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Bingo calls from phones:"), self))
        layout.addWidget(self.claims, 1)
        stored = room.store.results.all(activity_id, CLAIM)
        for value in stored.values():  # stored in key order: card number, then phone
            if isinstance(value, dict) and isinstance(value.get("card"), int):
                self._add(value["card"], str(value.get("name", "")))
        room.phone_event.connect(self._event)

    def _event(self, activity_id: int, name: str, payload: object) -> None:
        if activity_id == self.activity_id and name == CLAIM_EVENT and isinstance(payload, dict):
            self._add(int(payload.get("card", 0)), str(payload.get("name", "")))

    def _add(self, number: int, name: str) -> None:
        text = fill(self.tr("Card {number} calls bingo"), number=number)
        self.claims.insertItem(0, f"{text} {name}".strip())
