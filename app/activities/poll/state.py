"""A quick poll as stored: the question and options in the config, everything else as rows.

One row per phone ("answer:<phone>" -> choice key), so a phone that changes its mind rewrites
its own row and is still one answer. Votes typed in on the console (a note-taker counting hands
when there are no phones in the room) are one row per choice ("typed:<key>" -> count), so two
laptops counting different options never overwrite each other. Whether the poll is open and
whether its results are shown are rows too, so a second laptop and the room follow along.
This module owns these keys; the runtime, phone part and report import them from here.
"""

from __future__ import annotations

from typing import Any

from app.core import poll as pl
from app.storage.agenda import config_of
from app.storage.store import Store

STATUS = "state:status"  # READY, OPEN or CLOSED
REVEALED = "state:revealed"  # bool: results on the beamer and the phones
ANSWER = "answer:"  # answer:<phone> -> choice key
TYPED = "typed:"  # typed:<choice key> -> count typed in on the console
READY, OPEN, CLOSED = "ready", "open", "closed"
STATUSES = (READY, OPEN, CLOSED)
MAX_COUNT = 9999
Rows = dict[str, Any]


def status_of(rows: Rows) -> str:
    value = rows.get(STATUS, READY)
    return value if value in STATUSES else READY


def answers_of(rows: Rows) -> dict[str, str]:
    """phone key -> choice key."""
    return {key[len(ANSWER) :]: value for key, value in rows.items()
            if key.startswith(ANSWER) and isinstance(value, str)}  # fmt: skip


def typed_of(rows: Rows) -> dict[str, Any]:
    return {key[len(TYPED) :]: value for key, value in rows.items() if key.startswith(TYPED)}


class PollState:
    """Reads and writes one poll activity."""

    def __init__(self, store: Store, activity_id: int) -> None:
        self.store = store
        self.activity_id = activity_id

    # configuration -------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        activity = self.store.agenda.get(self.activity_id)
        return config_of(activity) if activity is not None else {}

    def poll(self, config: dict[str, Any] | None = None) -> pl.Poll:
        return pl.from_config(self.config() if config is None else config)

    def save_poll(self, poll: pl.Poll) -> None:
        """Store a validated poll (pl.validate) in the activity's config."""
        self.store.agenda.update(self.activity_id, config={**self.config(), **poll.to_config()})

    # reading -------------------------------------------------------------------------------
    def results(self) -> Rows:
        """Every row of the poll in one read; the readers below take it as `rows`."""
        return self.store.results.all(self.activity_id)

    def status(self, rows: Rows | None = None) -> str:
        return status_of(self.results() if rows is None else rows)

    def revealed(self, rows: Rows | None = None) -> bool:
        return bool((self.results() if rows is None else rows).get(REVEALED, False))

    def tally(self, poll: pl.Poll | None = None, rows: Rows | None = None) -> pl.Tally:
        rows = self.results() if rows is None else rows
        poll = self.poll() if poll is None else poll
        return pl.tally(poll, answers_of(rows).values(), typed_of(rows))

    # writing -------------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        if status in STATUSES:
            self.store.results.set(self.activity_id, STATUS, status)

    def set_revealed(self, shown: bool) -> None:
        self.store.results.set(self.activity_id, REVEALED, bool(shown))

    def set_typed(self, key: str, count: int) -> int:
        """Store one choice's typed-in count (clamped to 0..9999); returns what was stored."""
        count = max(0, min(MAX_COUNT, int(count)))
        self.store.results.set(self.activity_id, TYPED + key, count)
        return count
