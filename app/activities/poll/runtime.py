"""The live poll: open, closed, revealed, and the counts (phones plus typed-in votes).

Every change goes straight to the store (small keyed rows, see state.py) and the runtime re-reads
one snapshot, so the control panel, the beamer, the phones and a second laptop show the same
thing. The clicker's "next" walks the poll through its steps (open, close, reveal); after the
reveal it lets the agenda move on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.activities.poll.state import CLOSED, OPEN, READY, PollState, answers_of, status_of
from app.core import poll as pl


@dataclass
class Snapshot:
    """What both widgets show, read once per change."""

    poll: pl.Poll = field(default_factory=lambda: pl.Poll(""))
    status: str = READY
    revealed: bool = False
    tally: pl.Tally = field(default_factory=lambda: pl.tally(pl.Poll(""), (), {}))
    phones: int = 0  # phones that answered
    problem: pl.PollError | None = None  # why the poll cannot be run yet

    @property
    def ready(self) -> bool:
        """The poll can be run: a question and 2-6 distinct options (or the scale)."""
        return self.problem is None


class PollRuntime(ActivityRuntime):
    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.state = PollState(context.store, context.activity_id)
        self.snapshot = Snapshot()
        self.follow_store(True)
        self.refresh()

    # -- store ---------------------------------------------------------------------------
    def reload_from_store(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        rows = self.state.results()  # one read for the rows, one for the config
        poll = self.state.poll()
        self.snapshot = Snapshot(
            poll=poll,
            status=status_of(rows),
            revealed=self.state.revealed(rows),
            tally=self.state.tally(poll, rows),
            phones=len(answers_of(rows)),
            problem=pl.problem(poll),
        )
        self.changed.emit()

    # -- steps ---------------------------------------------------------------------------
    def open(self) -> None:
        if self.snapshot.ready and self.snapshot.status != OPEN:
            self.state.set_status(OPEN)
            self.refresh()

    def close(self) -> None:
        if self.snapshot.status == OPEN:
            self.state.set_status(CLOSED)
            self.refresh()

    def set_revealed(self, shown: bool) -> None:
        if shown != self.snapshot.revealed:
            self.state.set_revealed(shown)
            self.refresh()

    def toggle_reveal(self) -> None:
        self.set_revealed(not self.snapshot.revealed)

    def handle_key(self, key: str) -> bool:
        """Clicker "next": open, then close, then reveal; once revealed the agenda moves on."""
        if key != "next" or not self.snapshot.ready:
            return False
        if self.snapshot.status == READY:
            self.open()
        elif self.snapshot.status == OPEN:
            self.close()
        elif not self.snapshot.revealed:
            self.set_revealed(True)
        else:
            return False
        return True

    # -- typed-in votes ------------------------------------------------------------------
    def set_typed(self, index: int, count: int) -> None:
        """A choice's typed-in count (hands counted when phones are not used)."""
        tally = self.snapshot.tally
        if not 0 <= index < len(tally.choices) or count == tally.typed[index]:
            return
        self.state.set_typed(tally.choices[index].key, count)
        self.refresh()

    def bump(self, index: int, delta: int) -> None:
        if 0 <= index < len(self.snapshot.tally.choices):
            self.set_typed(index, max(0, self.snapshot.tally.typed[index] + delta))

    # -- life cycle (the console and beamer views are named in the registry) ---------------
    def start(self) -> None:
        self.follow_store(True)
        self.refresh()
