"""Meet and greet while it runs: free mingling, or speed-dating rounds with a rotation.

Free: the timer (planned minutes, 15:00 by default) with the instruction; the first "next" starts
the timer, the next one moves the agenda on.
Speed dating: phases per round, ready -> round (timer runs) -> switch (at zero, or on "next") ->
the next round ... -> done. "next" walks forward; "back" shows the previous screen (a round's
tables) without touching the timer: a key never resets a timer (issue 15). A round counts as
held once its timer started (`timer_round`).
The rotation is made from the people marked present and stored (meet_greet/state.py), so a
restart (or a second laptop) shows the same tables; "new rotation" re-makes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.activities.meet_greet.phases import DONE, READY, ROUND, SWITCH  # the views use them too
from app.activities.meet_greet.state import rotation_of, save_rotation, stored_rotation
from app.activities.met_before import in_series, met_in_series
from app.core.encounters import new_encounters
from app.core.i18n import fill, localized
from app.core.rotation import Rotation, continue_rotation, rotate
from app.storage.participants import full_name
from app.widgets.sound import shared_chime
from app.widgets.timer import TimerController, warning_seconds


def settings(config: dict[str, Any], planned_minutes: int) -> dict[str, Any]:
    """The configuration with defaults and sane bounds (a bad template never crashes a run)."""

    def number(key: str, default: int, low: int, high: int) -> int:
        value = config.get(key, default)
        return max(low, min(high, value)) if isinstance(value, int) else default

    return {
        "mode": "speed_dating" if config.get("mode") == "speed_dating" else "free",
        "rounds": number("rounds", 4, 1, 50),
        "round_minutes": number("round_minutes", 3, 1, 120),
        "group_size": 3 if config.get("group_size") == 3 else 2,
        "minutes": max(1, planned_minutes or 15),
    }


class MeetGreetRuntime(ActivityRuntime):
    phaseChanged = Signal(str)

    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        activity = context.activity()
        self.title = activity.title
        config = context.config()
        self.settings = settings(config, activity.planned_minutes)
        self.instruction = localized(config.get("instruction"), context.language)
        self.speed_dating = self.settings["mode"] == "speed_dating"
        self.rounds = self.settings["rounds"] if self.speed_dating else 1
        seconds = 60 * (
            self.settings["round_minutes"] if self.speed_dating else self.settings["minutes"]
        )
        self.timer = TimerController(
            context.clock, seconds, warning=warning_seconds(config), chime=shared_chime(),
            caption=self.instruction, parent=self,
        )  # fmt: skip
        self.timer.reachedZero.connect(self._round_over)
        self.timer.stateChanged.connect(lambda _s: self.changed.emit())
        self.round_index = 0
        self.timer_round: int | None = None  # the round whose time the timer holds (started)
        self.phase = READY
        self.rotation: Rotation | None = None
        self.names: dict[int, str] = {}
        self.met_in_series: dict[frozenset[int], int] = {}

    # -- the rotation ---------------------------------------------------------------------
    def present(self) -> dict[int, str]:
        """Present participants by id -> full name; everyone registered while nobody is marked
        present yet (as the breakout does), so the beamer never shows an empty round."""
        people = self.context.store.participants.list(self.context.session_id)
        chosen = {p.id: full_name(p) for p in people if p.status == "present" and p.id is not None}
        if chosen:
            return chosen
        return {p.id: full_name(p) for p in people if p.status == "registered" and p.id is not None}

    def everyone_registered(self) -> bool:
        """True when nobody is marked present, so the rotation seats everyone registered."""
        people = self.context.store.participants.list(self.context.session_id)
        return not any(p.status == "present" for p in people)

    def load_rotation(self) -> None:
        """The stored rotation, or a new one from the present people when there is none."""
        stored = stored_rotation(self.context.store, self.context.activity_id)
        rotation = rotation_of(stored)
        self.names = {p.id: full_name(p) for p in self.context.store.participants.list(
            self.context.session_id) if p.id is not None}  # fmt: skip
        same_size = (
            isinstance(stored, dict) and stored.get("group_size") == self.settings["group_size"]
        )
        self.met_in_series = met_in_series(self.context.store, self.context.session_id)
        if rotation is None or len(rotation.rounds) != self.rounds or not same_size:
            self.new_rotation()
        else:
            self.rotation = rotation
            self.changed.emit()

    def rounds_held(self) -> int:
        """Rounds that have started (their tables are history and stay as they were)."""
        if not self.speed_dating or self.timer_round is None:
            return 0
        return self.timer_round + 1

    def new_rotation(self) -> None:
        """Tables for the present people; rounds already held are kept and their pairs avoided."""
        present = self.present()
        self.names.update(present)
        people = sorted(present)
        size, seed = self.settings["group_size"], self.context.activity_id
        held = self.rounds_held()
        self.met_in_series = met_in_series(self.context.store, self.context.session_id)
        avoid = list(self.met_in_series)
        if self.rotation is not None and 0 < held < len(self.rotation.rounds):
            self.rotation = continue_rotation(self.rotation, held, people, size, seed + held, avoid)
        else:
            self.rotation = rotate(people, self.rounds, size, seed=seed, avoid=avoid)
        save_rotation(self.context.store, self.context.activity_id, people,
                      self.settings["group_size"], self.rotation)  # fmt: skip
        self.changed.emit()

    def new_encounters(self) -> int | None:
        """Rounded average of people each person meets for the first time in the network
        (None outside a series or before a rotation exists)."""
        if self.rotation is None or not in_series(self.context.store, self.context.session_id):
            return None
        return round(new_encounters(self.rotation.rounds, self.met_in_series))

    def missing_from_rotation(self) -> list[str]:
        """Present people who arrived after the rotation was made (no table in the last round)."""
        if self.rotation is None:
            return []
        seated = (
            {p for table in self.rotation.rounds[-1] for p in table}
            if self.rotation.rounds
            else set()
        )
        return [name for pid, name in self.present().items() if pid not in seated]

    def lookup(self, text: str) -> list[tuple[str, list[int | None]]]:
        """People whose name contains the text, with their table per round."""
        needle = text.strip().casefold()
        if self.rotation is None or not needle:
            return []
        seated = set(self.rotation.people())
        found = [
            (name, self.rotation.schedule_of(pid))
            for pid, name in self.names.items()
            if pid in seated and needle in name.casefold()
        ]
        return sorted(found)[:20]

    def seating(self, round_index: int) -> list[tuple[str, int]]:
        """(name, table) of everyone in the rotation for one round (what the beamer lists)."""
        if self.rotation is None or not 0 <= round_index < len(self.rotation.rounds):
            return []
        return [
            (self.names.get(person, str(person)), number)
            for number, table in enumerate(self.rotation.rounds[round_index], start=1)
            for person in table
        ]

    def tables_now(self) -> int:
        if self.rotation is None or not self.rotation.rounds:
            return 0
        return len(self.rotation.rounds[min(self.round_index, len(self.rotation.rounds) - 1)])

    # -- phases ---------------------------------------------------------------------------
    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        self.phaseChanged.emit(phase)
        self.changed.emit()

    def _round_over(self) -> None:
        if self.speed_dating and self.phase == ROUND:
            self._set_phase(SWITCH if self.round_index + 1 < self.rounds else DONE)

    def handle_key(self, key: str) -> bool:
        if key == "next":
            return self.forward()
        if key == "back":
            return self.backward()
        return False

    def forward(self) -> bool:
        """One step on; False when there is nothing left (the agenda moves on)."""
        if not self.speed_dating:
            if not self.timer.countdown.started:
                self.timer.start()
                return True
            return False
        if self.phase == READY:
            self._start_round(self.round_index)
        elif self.phase == ROUND:
            self._set_phase(SWITCH if self.round_index + 1 < self.rounds else DONE)
        elif self.phase == SWITCH:
            self.round_index += 1
            self._start_round(self.round_index)
        else:
            return False
        return True

    def _start_round(self, index: int) -> None:
        """Show round `index` with its timer: started afresh only the first time (a round we
        come back to keeps its time)."""
        if self.timer_round != index:
            if self.timer_round is not None:
                self.timer.reset()  # the previous round's time is over: the next round's own
            self.timer_round = index
            self.timer.start()
        self._set_phase(ROUND)

    def backward(self) -> bool:
        """The previous screen, timer untouched: a round's timer -> its tables (the "find your
        table" page); the switch or thank-you page -> the round that just ran. False before the
        round that holds the timer (the agenda goes back; this activity keeps its state)."""
        if not self.speed_dating:
            return False
        if self.phase in (SWITCH, DONE) and self.timer_round == self.round_index:
            self._set_phase(ROUND)  # the round that just ran, its time as it is
        elif self.phase == ROUND and self.round_index == 0:
            self._set_phase(READY)
        elif self.phase == ROUND:
            self.round_index -= 1
            self._set_phase(SWITCH)  # the tables of the running round, under "Switch!"
        else:
            return False
        return True

    def header(self) -> str:
        if not self.speed_dating:
            return self.title
        return fill(self.tr("Round {k} of {n}"), k=self.round_index + 1, n=self.rounds)

    # -- widgets --------------------------------------------------------------------------
    def start(self) -> None:
        if self.speed_dating and self.rotation is None:
            self.load_rotation()

    def stop(self) -> None:
        self.timer.stop()
