"""Live state of a breakout activity: which round, which beamer page, the timer, the plenary.

The clicker steps (handle_key "next"/"back") through, round by round (issue 15):
round 1 "who sits where" -> (next) round 1 questions with the timer started -> (at zero, or
next) round 2 "who sits where" -> ... -> the last round's questions -> (next) the plenary, one
page per group with key points, when groups marked any. Past either end it returns False so the
agenda moves on. A round counts as started (its groups are then kept when re-solving) when its
timer starts, never when its seating is shown, so rehearsing or showing the seating early does
not lock it and late arrivals can still be seated. "back" shows the previous page without
touching the timer; it never goes back past the round whose time is running.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.activities.base import ActivityRuntime
from app.activities.breakout.state import BreakoutConfig, BreakoutData, Phase, names
from app.activities.context import ActivityContext
from app.core.countdown import Countdown
from app.core.name_order import sort_key
from app.widgets.sound import shared_chime
from app.widgets.timer import TimerController


class BreakoutRuntime(ActivityRuntime):
    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.data = BreakoutData(context.store, context.activity_id)
        self.round_index = 0
        self.phase = Phase.SEATING
        self.timer_round: int | None = None  # the round whose time the timer holds
        self.plenary_index = 0
        self._plenary: list[tuple[int, int, list[tuple[int, str]]]] = []
        self.reload()
        self.timer = TimerController(
            context.clock, self.round_minutes() * 60, chime=shared_chime(), parent=self
        )
        self.timer.reachedZero.connect(self._round_over)

    @property
    def countdown(self) -> Countdown:
        return self.timer.countdown

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read configuration, schedule and names again (after setup or a re-solve)."""
        self.config = BreakoutConfig.parse(self.context.config(), self.context.language)
        self.rounds = self.data.schedule()
        self.names = names(self.context.store, self.context.session_id)
        self.round_index = min(self.round_index, len(self.config.rounds) - 1)

    def round_minutes(self) -> int:
        return self.config.rounds[self.round_index].minutes

    def questions(self) -> list[str]:
        return self.config.rounds[self.round_index].questions

    def groups(self) -> list[list[int]]:
        """The current round's tables as participant ids ([] before groups were made)."""
        return self.rounds[self.round_index] if self.round_index < len(self.rounds) else []

    def group_names(self) -> list[list[str]]:
        return [[self.names.get(p, "?") for p in table] for table in self.groups()]

    def seating_rows(self) -> list[tuple[str, int]]:
        """(name, table) for everyone seated this round, A to Z (app/core/name_order.py)."""
        tables = enumerate(self.groups(), start=1)
        rows = [(self.names.get(p, "?"), table) for table, members in tables for p in members]
        return sorted(rows, key=lambda row: sort_key(row[0]))

    def plenary_page(self) -> tuple[int, int, list[tuple[int, str]]] | None:
        if not self._plenary:
            return None
        return self._plenary[min(self.plenary_index, len(self._plenary) - 1)]

    def plenary_count(self) -> int:
        return len(self._plenary)

    # -- commands --------------------------------------------------------------------------
    def show(self, round_index: int, phase: Phase) -> None:
        """A page chosen on the control panel. The timer takes the chosen round's time unless it
        is running for another round (only its Reset button stops a running round)."""
        if phase == Phase.PLENARY:
            self.start_plenary()
            return
        self.round_index = max(0, min(round_index, len(self.config.rounds) - 1))
        if self.timer_round != self.round_index and not self.countdown.running:
            self.timer.reset(self.round_minutes() * 60)
            self.timer_round = self.round_index
        self.phase = phase
        self.changed.emit()

    def start_round(self) -> None:
        """The current round's questions with its timer running; the round counts as started."""
        if self.timer_round != self.round_index:
            self.timer.reset(self.round_minutes() * 60)
            self.timer_round = self.round_index
        if not self.countdown.started:
            self.timer.start()
        self.timer_started()
        self.phase = Phase.QUESTIONS
        self.changed.emit()

    def timer_started(self) -> None:
        """The timer of `timer_round` runs: that round has started (kept when re-solving)."""
        if self.countdown.started:
            held = self.round_index if self.timer_round is None else self.timer_round
            self.data.mark_started(held + 1)

    def _round_over(self) -> None:
        """At zero the room moves on: the next round's "who sits where" comes by itself."""
        if (
            self.phase == Phase.QUESTIONS
            and self.timer_round == self.round_index
            and self.round_index + 1 < len(self.config.rounds)
        ):
            self.round_index += 1
            self.phase = Phase.SEATING
            self.changed.emit()

    def start_plenary(self) -> None:
        self._plenary = self.data.key_points()
        self.plenary_index = 0
        self.phase = Phase.PLENARY
        self.changed.emit()

    def toggle_timer(self) -> None:
        if self.timer_round is None:
            self.timer_round = self.round_index
        self.timer.toggle()
        self.timer_started()

    def handle_key(self, key: str) -> bool:
        if key == "next":
            return self._next()
        if key == "back":
            return self._back()
        return False

    def _next(self) -> bool:
        if self.phase == Phase.PLENARY:
            if self.plenary_index + 1 < len(self._plenary):
                self.plenary_index += 1
                self.changed.emit()
                return True
            return False
        if self.phase in (Phase.SEATING, Phase.NAMES):
            self.start_round()
            return True
        if self.round_index + 1 < len(self.config.rounds):
            self.round_index += 1
            self.phase = Phase.SEATING  # the timer of the round just held is left as it is
            self.changed.emit()
            return True
        if self.data.key_points():
            self.start_plenary()
            return True
        return False

    def _back(self) -> bool:
        if self.phase == Phase.PLENARY:
            if self.plenary_index > 0:
                self.plenary_index -= 1
                self.changed.emit()
                return True
            self.phase = Phase.QUESTIONS
            self.changed.emit()
            return True
        if self.phase == Phase.QUESTIONS:
            self.phase = Phase.SEATING
            self.changed.emit()
            return True
        if self.round_index > 0 and self.timer_round == self.round_index - 1:
            self.round_index -= 1  # this round has not started: the previous one's questions
            self.phase = Phase.QUESTIONS
            self.changed.emit()
            return True
        return False

    def start(self) -> None:
        self.reload()
        self.changed.emit()

    def stop(self) -> None:
        self.timer.stop()

    # -- widgets ---------------------------------------------------------------------------
