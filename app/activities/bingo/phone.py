"""Bingo on a phone: type your card number, see the card with the statements heard so far
marked, call "Bingo!" (stored, and told to the console to check)."""

from __future__ import annotations

from typing import Any, ClassVar

from app.activities.bingo.state import BingoGame, claim_key
from app.activities.phone import Field, PhonePart, PhoneRoom, Reply, Schema, ack, error
from app.core import bingo
from app.storage.models import Activity, stored_id

CLAIM_EVENT = "bingo_claim"  # payload {"card": number, "name": the phone's name or ""}


class BingoPhone(PhonePart):
    messages: ClassVar[dict[str, Schema]] = {
        "bingo_card": {"card": Field(int)},
        "bingo_claim": {"card": Field(int), "name": Field(str, required=False)},
    }
    script = "room/views/bingo.js"
    console = "app.activities.bingo.phone_panel:PhoneClaims"

    def view(self, config: dict[str, Any]) -> str:
        return "bingo"

    def _game(self, room: PhoneRoom, activity: Activity) -> BingoGame:
        return BingoGame(room.store, stored_id(activity), room.language())

    def shared_state(self, room: PhoneRoom, activity: Activity) -> dict[str, Any]:
        return {"heard": sorted(self._game(room, activity).heard_ids())}

    def make_cards(self, room: PhoneRoom, activity: Activity) -> dict[int, dict[str, Any]]:
        """Every card's answer, made once (the expensive part: generating the cards). Cards
        depend on the activity's config and the participants, never on marks or claims."""
        game = self._game(room, activity)
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

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        number = message["card"]
        if message["type"] == "bingo_card":
            cards = room.cached(stored_id(activity), "bingo_cards",
                                lambda: self.make_cards(room, activity))  # fmt: skip
            card = cards.get(number)
            return Reply(answer=card) if card else error("no_card")
        claim = {"card": number, "name": message.get("name", "")}
        return Reply(answer=ack("claim_sent"), writes={claim_key(number, phone): claim},
                     event=(CLAIM_EVENT, claim))  # fmt: skip
