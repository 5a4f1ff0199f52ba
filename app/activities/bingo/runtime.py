"""The live bingo: marks statements heard, verifies called cards, logs winners.

The state lives in the store (see state.py); this object caches a snapshot for the widgets and
emits `changed` whenever it moves, also when another laptop marked something.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from app.activities.base import ActivityRuntime
from app.activities.bingo.state import BingoGame, Mark, Winner
from app.activities.context import ActivityContext
from app.core import bingo
from app.core.bingo_pool import Statement


@dataclass
class Snapshot:
    """What both widgets show, read once per change."""

    pool: list[Statement] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    winners: list[Winner] = field(default_factory=list)
    winning_cards: int = 0
    winning_numbers: frozenset[int] = frozenset()  # the cards that can call bingo now
    card_count: int = 0
    rule: bingo.Rule = field(default_factory=bingo.Rule)
    layout: bingo.Layout = field(default_factory=lambda: bingo.layout_of("grid4"))
    problem: str = ""  # English source of a settings problem (translated by the widgets)
    problem_params: dict[str, object] = field(default_factory=dict)

    @property
    def heard(self) -> set[str]:
        return {m.statement_id for m in self.marks}

    def text(self, statement_id: str) -> str:
        return next((s.text for s in self.pool if s.id == statement_id), "?")

    def hearings(self, statement_id: str) -> list[Mark]:
        return [m for m in self.marks if m.statement_id == statement_id]


class BingoRuntime(ActivityRuntime):
    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.game = BingoGame(context.store, context.activity_id, context.language)
        self.snapshot = Snapshot()
        self.last_verdict: bingo.Verdict | None = None
        self.follow_store(True)
        self.refresh()

    def reload_from_store(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        snap = Snapshot(pool=self.game.pool(), marks=self.game.marks(), winners=self.game.winners())
        try:
            settings = self.game.settings()
            cards = self.game.cards()
            snap.rule, snap.layout, snap.card_count = settings.rule, settings.layout, len(cards)
            winning = bingo.winners(cards, snap.heard, settings.rule, settings.layout)
            snap.winning_cards = len(winning)
            snap.winning_numbers = frozenset(card.number for card in winning)
        except bingo.BingoError as error:
            snap.problem, snap.problem_params = error.message, error.params
        self.snapshot = snap
        self.changed.emit()

    # actions -------------------------------------------------------------------------------
    def mark(self, statement_id: str) -> Mark:
        mark = self.game.mark(statement_id)
        self.refresh()
        return mark

    def undo(self) -> Mark | None:
        mark = self.game.undo()
        self.refresh()
        return mark

    def unmark(self, statement_id: str) -> None:
        self.game.unmark(statement_id)
        self.refresh()

    def verify(self, number: int) -> bingo.Verdict:
        self.last_verdict = self.game.verify(number)
        self.changed.emit()
        return self.last_verdict

    def confirm_winner(self, number: int, name: str) -> Winner:
        winner = self.game.confirm_winner(number, name)
        self.refresh()
        return winner

    # contract ------------------------------------------------------------------------------
    def handle_key(self, key: str) -> bool:
        """Bingo has no steps of its own: next/back move the agenda on."""
        del key
        return False

    def start(self) -> None:
        self.follow_store(True)
        self.game.ensure_seed()
        self.refresh()

    def stop(self) -> None:
        self.follow_store(False)
