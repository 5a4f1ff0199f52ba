"""Statements on a phone: the current statement, one vote per phone (changeable until the
facilitator reveals the tally), the counts once revealed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from app.activities.phone import Field, PhonePart, PhoneRoom, Reply, Schema, ack, error
from app.activities.statements.state import StatementGame, phone_vote_key, phone_vote_prefix
from app.storage.models import Activity, stored_id


@dataclass(frozen=True)
class VoteGate:
    """What phones may vote on right now: read once per burst of votes, not once per vote."""

    statement_id: str
    positions: tuple[str, ...]
    revealed: bool

    def check(self, statement: str, position: str) -> str:
        """An error code, or "" when the vote is valid (changeable until revealed)."""
        if statement != self.statement_id:
            return "not_now"
        if position not in self.positions:
            return "bad_position"
        return "vote_closed" if self.revealed else ""


class StatementsPhone(PhonePart):
    messages: ClassVar[dict[str, Schema]] = {
        "vote": {"statement": Field(str), "position": Field(str)},
    }
    script = "room/views/vote.js"

    def view(self, config: dict[str, Any]) -> str:
        return "vote"

    def _game(self, room: PhoneRoom, activity: Activity) -> StatementGame:
        return StatementGame(room.store, stored_id(activity), room.language())

    def shared_state(self, room: PhoneRoom, activity: Activity) -> dict[str, Any]:
        """The current statement as phones see it, with the counts once revealed."""
        game = self._game(room, activity)
        statements = game.statements()
        current = game.current_id() or (statements[0].id if statements else "")
        statement = next((s for s in statements if s.id == current), None)
        if statement is None:
            return {"statement": "", "statement_id": "", "positions": [], "closed": True,
                    "revealed": False}  # fmt: skip
        revealed = game.revealed(statement.id)
        state: dict[str, Any] = {
            "statement": statement.text,
            "theme": getattr(statement, "theme", ""),
            "statement_id": statement.id,
            "positions": list(game.scale().positions),
            "closed": revealed,
            "revealed": revealed,
        }
        if revealed:
            tally = game.tally(statement.id)
            state["counts"] = dict(zip(game.scale().positions, tally.counts, strict=True))
        return state

    def personal_state(
        self, room: PhoneRoom, activity: Activity, shared: dict[str, Any], phones: list[str]
    ) -> dict[str, dict[str, Any]]:
        """Each phone's own vote on the current statement (one query for all phones)."""
        statement = shared.get("statement_id", "")
        prefix = phone_vote_prefix(statement)
        rows = room.store.results.all(stored_id(activity), prefix) if statement else {}
        votes = {key[len(prefix) :]: value for key, value in rows.items()
                 if isinstance(value, str)}  # fmt: skip
        return {phone: {"my_vote": votes.get(phone)} for phone in phones}

    def begin(self, room: PhoneRoom, activity: Activity) -> VoteGate:
        game = self._game(room, activity)
        statements = game.statements()
        current = game.current_id() or (statements[0].id if statements else "")
        revealed = bool(current) and game.revealed(current)
        return VoteGate(current, tuple(game.scale().positions), revealed)

    def handle(
        self, room: PhoneRoom, activity: Activity, turn: Any, phone: str, message: dict[str, Any]
    ) -> Reply:
        statement, position = message["statement"], message["position"]
        code = turn.check(statement, position)
        if code:
            return error(code)
        return Reply(answer=ack("vote_saved"), writes={phone_vote_key(statement, phone): position})
