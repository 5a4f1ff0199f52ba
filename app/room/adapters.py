"""How each activity kind looks on a phone: which view, and where phone input is stored.

One function per question, so a new activity kind that wants phones adds a branch here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.storage.models import Activity, stored_id
from app.storage.store import Store

POSITIONS = {"three": ["agree", "doubt", "disagree"], "five": ["1", "2", "3", "4", "5"]}


def _language(store: Store, activity_id: int) -> str:
    """Phones read the session's content language, like the beamer."""
    from app.storage.content_language import content_language

    activity = store.agenda.get(activity_id)
    return content_language(store, activity.session_id) if activity is not None else "nl"


def view_for(kind: str, config: dict[str, Any]) -> str:
    """The phone view for an activity: vote, bingo, seat, board or idle."""
    if kind == "statements":
        return "vote"
    if kind == "bingo":
        return "bingo"
    if kind == "breakout" or (kind == "meet_greet" and config.get("mode") == "speed_dating"):
        return "seat"
    if kind == "worksheet" and config.get("worksheet") == "requests_offers":
        return "board"
    return "idle"


def bingo_game(store: Store, activity_id: int) -> Any:
    from app.activities.bingo.state import BingoGame

    return BingoGame(store, activity_id, _language(store, activity_id))


def seats(store: Store, activity: Activity, participant_id: int) -> list[tuple[int, int]]:
    """(round, table) for a participant in a breakout or speed-dating schedule."""
    rounds: list[list[list[int]]] = []
    if activity.kind == "breakout":
        from app.activities.breakout.state import BreakoutData

        rounds = BreakoutData(store, stored_id(activity)).schedule()
    elif activity.kind == "meet_greet":  # speed-dating: the rotation the runtime stored
        from app.activities.meet_greet.state import ROTATION_KEY
        from app.core.rotation import Rotation

        stored = store.results.get(stored_id(activity), ROTATION_KEY)
        try:
            rotation = Rotation.from_json(
                stored.get("rounds") if isinstance(stored, dict) else None
            )
        except ValueError:  # not made yet (the round starts when the facilitator starts it)
            rotation = Rotation(())
        rounds = [[list(table) for table in round_] for round_ in rotation.rounds]
    found = []
    for round_no, groups in enumerate(rounds, start=1):
        for table, members in enumerate(groups, start=1):
            if participant_id in members:
                found.append((round_no, table))
    return found


def statement_game(store: Store, activity_id: int) -> Any:
    from app.activities.statements.state import StatementGame

    return StatementGame(store, activity_id, _language(store, activity_id))


def phone_votes(store: Store, activity_id: int, statement_id: str) -> dict[str, str]:
    """phone key -> position for one statement (one query for all phones)."""
    from app.activities.statements.state import phone_vote_prefix

    prefix = phone_vote_prefix(statement_id)
    rows = store.results.all(activity_id, prefix) if statement_id else {}
    return {key[len(prefix) :]: value for key, value in rows.items() if isinstance(value, str)}


def vote_state(store: Store, activity: Activity) -> dict[str, Any]:
    """The current statement as phones see it, with the counts once revealed."""
    game = statement_game(store, stored_id(activity))
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


def vote_gate(store: Store, activity: Activity) -> VoteGate:
    game = statement_game(store, stored_id(activity))
    statements = game.statements()
    current = game.current_id() or (statements[0].id if statements else "")
    revealed = bool(current) and game.revealed(current)
    return VoteGate(current, tuple(game.scale().positions), revealed)


def vote_key(statement: str, phone: str) -> str:
    from app.activities.statements.state import phone_vote_key

    return phone_vote_key(statement, phone)


def pin_post(store: Store, activity: Activity, kind: str, text: str) -> bool:
    """Write an approved post into the first free row of the board's "requests" or "offers"
    table, so it is on the beamer and in the report like anything a note-taker typed.
    False when the sheet has no such table or every row is taken."""
    from app.activities.worksheet import state as sheets

    activity_id = stored_id(activity)
    definition = sheets.definition_for(store, activity_id)
    field_key = "requests" if kind == "request" else "offers"
    spec = next((f for f in definition.fields if f.key == field_key), None) if definition else None
    if definition is None or spec is None or spec.type != "table":
        return False
    instance = sheets.instances(store, activity_id)[0].id
    rows = sheets.read_values(store, definition, activity_id, instance)[field_key]
    for row in rows:
        if not any(cell.strip() for cell in row):
            row[0] = text
            sheets.write_value(store, activity_id, instance, field_key, rows)
            return True
    return False
