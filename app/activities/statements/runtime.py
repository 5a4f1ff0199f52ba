"""The live statement game: which statement is up, its counts, arguments and whether it is shown.

Every edit goes straight to the store (small keyed rows, see state.py) and the runtime re-reads a
snapshot, so the control panel, the beamer and a second laptop always show the same thing. The
clicker's next/back walk through the statements; past the last one the agenda moves on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.activities.statements.state import StatementGame, combine
from app.core import statements as st
from app.core.run_state import TimerState, restore_timer, timer_state
from app.widgets.timer import TimerController


@dataclass
class Snapshot:
    """What both widgets show, read once per change."""

    statements: list[st.Statement] = field(default_factory=list)
    index: int = -1
    scale: st.Scale = field(default_factory=lambda: st.SCALES["three"])
    tally: st.Tally = field(default_factory=lambda: st.Tally.empty(st.SCALES["three"]))
    hand: st.Tally = field(default_factory=lambda: st.Tally.empty(st.SCALES["three"]))
    arguments: list[st.Argument] = field(default_factory=list)
    revealed: bool = False

    @property
    def statement(self) -> st.Statement | None:
        return self.statements[self.index] if 0 <= self.index < len(self.statements) else None


class StatementsRuntime(ActivityRuntime):
    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.game = StatementGame(context.store, context.activity_id, context.language)
        self.snapshot = Snapshot()
        self.timer: TimerController | None = None
        self._held: dict[str, TimerState] = {}  # statement id -> its timer when left
        minutes = self.game.timer_minutes()
        if minutes:
            self.timer = TimerController(context.clock, minutes * 60, parent=self)
        self.follow_store(True)
        self.refresh()

    # -- store ---------------------------------------------------------------------------
    def reload_from_store(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        game = self.game
        config, rows = game.config(), game.results()  # two reads for the whole snapshot
        statements = st.from_config(config, game.language)
        current = game.current_id(rows)
        ids = [s.id for s in statements]
        index = ids.index(current) if current in ids else (0 if statements else -1)
        scale = st.scale(config.get("scale", "three"))
        snap = Snapshot(statements=statements, index=index, scale=scale)
        if snap.statement is not None:
            sid = snap.statement.id
            hand = game.hand_counts(sid, rows)
            # hand count plus phone votes: what the room shows
            snap.tally = st.Tally.from_mapping(
                scale, combine(hand, game.phone_counts(sid, rows)).get(sid, {})
            )
            snap.hand = st.Tally.from_mapping(scale, hand.get(sid, {}))
            snap.arguments = game.arguments(sid, rows)
            snap.revealed = game.revealed(sid, rows)
        else:
            snap.tally = snap.hand = st.Tally.empty(snap.scale)
        self.snapshot = snap
        self.changed.emit()

    # -- navigation ----------------------------------------------------------------------
    def go_to(self, index: int) -> bool:
        statements = self.snapshot.statements
        if not 0 <= index < len(statements) or index == self.snapshot.index:
            return False
        self.game.set_current(statements[index].id)
        if self.timer is not None:
            self._switch_timer(self.snapshot.statement, statements[index])
        self.refresh()
        return True

    def _switch_timer(self, leaving: st.Statement | None, coming: st.Statement) -> None:
        """Each statement keeps its own time: the one left is held where it was, one seen before
        comes back as it was, a new one starts at full time (a key never resets a timer)."""
        assert self.timer is not None
        countdown = self.timer.countdown
        if leaving is not None and countdown.started:
            self.timer.pause()
            self._held[leaving.id] = timer_state(countdown, 0.0)
        held = self._held.get(coming.id)
        if held is None:
            self.timer.reset()
        else:
            restore_timer(countdown, held, 0.0)
            self.timer.on_timeout()

    def handle_key(self, key: str) -> bool:
        """Clicker next/back move through the statements; at either end the agenda moves."""
        if key == "next":
            return self.go_to(self.snapshot.index + 1)
        if key == "back":
            return self.go_to(self.snapshot.index - 1)
        return False

    # -- tally ---------------------------------------------------------------------------
    def set_count(self, position: int, count: int) -> None:
        """The facilitator's count of one position (phone votes are added on top, never here)."""
        statement = self.snapshot.statement
        if statement is None or not 0 <= position < self.snapshot.scale.size:
            return
        if count == self.snapshot.hand.counts[position]:
            return
        self.game.set_count(statement.id, self.snapshot.scale.positions[position], count)
        self.refresh()

    def bump(self, position: int, delta: int) -> None:
        if 0 <= position < self.snapshot.scale.size:
            self.set_count(position, max(0, self.snapshot.hand.counts[position] + delta))

    def phone_votes(self, position: int) -> int:
        """Votes from phones for one position of the statement on screen."""
        return self.snapshot.tally.counts[position] - self.snapshot.hand.counts[position]

    def set_revealed(self, shown: bool) -> None:
        statement = self.snapshot.statement
        if statement is not None and shown != self.snapshot.revealed:
            self.game.set_revealed(statement.id, shown)
            self.refresh()

    def toggle_reveal(self) -> None:
        self.set_revealed(not self.snapshot.revealed)

    # -- arguments -----------------------------------------------------------------------
    def add_argument(self, side: str, text: str) -> st.Argument | None:
        statement = self.snapshot.statement
        if statement is None:
            return None
        added = self.game.add_argument(statement.id, side, text)
        if added is not None:
            self.refresh()
        return added

    def argument(self, argument_id: str) -> st.Argument | None:
        return next((a for a in self.snapshot.arguments if a.id == argument_id), None)

    def edit_argument(self, argument_id: str, text: str) -> None:
        argument = self.argument(argument_id)
        text = " ".join(text.split())[: st.MAX_ARGUMENT]
        if argument is None or text == argument.text:
            return
        if text:
            self.game.save_argument(_replace(argument, text=text))
        else:
            self.game.remove_argument(argument)
        self.refresh()

    def set_strongest(self, argument_id: str, strongest: bool) -> None:
        argument = self.argument(argument_id)
        if argument is not None and argument.strongest != strongest:
            self.game.save_argument(_replace(argument, strongest=strongest))
            self.refresh()

    def remove_argument(self, argument_id: str) -> None:
        argument = self.argument(argument_id)
        if argument is not None:
            self.game.remove_argument(argument)
            self.refresh()

    # -- widgets and life cycle ----------------------------------------------------------
    def start(self) -> None:
        self.follow_store(True)
        statement = self.snapshot.statement
        if statement is not None and not self.game.current_id():
            self.game.set_current(statement.id)
        self.refresh()

    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()


def _replace(argument: st.Argument, **changes: object) -> st.Argument:
    from dataclasses import replace

    return replace(argument, **changes)  # type: ignore[arg-type]
