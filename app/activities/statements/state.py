"""A statement game as stored: the statement list in the config, counts and arguments as rows.

Every count is its own row ("tally:<statement id>:<position>") and every argument too
("arg:<statement id>:<argument id>", argument ids are random), so two laptops counting different
positions or typing arguments at the same time never overwrite each other. Which statement is on
screen ("state:current") and whether its tally is shown ("reveal:<statement id>") are rows as
well, so a second laptop follows along. No widgets: runtime, setup page and report share this.
"""

from __future__ import annotations

import time
from typing import Any

from app.core import statements as st
from app.storage.agenda import config_of
from app.storage.store import Store

TALLY = "tally:"
ARG = "arg:"
REVEAL = "reveal:"
CURRENT = "state:current"
PHONE_VOTE = "phone:"  # phone:<statement id>:<phone> -> position (written by the room)
MAX_COUNT = 9999
Rows = dict[str, Any]  # result key -> value
Counts = dict[str, dict[str, int]]  # statement id -> position -> count


def phone_vote_key(statement_id: str, phone: str) -> str:
    """The result key of one phone's vote on one statement (one row per phone: a changed vote
    overwrites, two phones never collide)."""
    return f"{PHONE_VOTE}{statement_id}:{phone}"


def phone_vote_prefix(statement_id: str | None = None) -> str:
    """The prefix of every phone vote, or of the votes on one statement."""
    return PHONE_VOTE if statement_id is None else f"{PHONE_VOTE}{statement_id}:"


def parse_phone_vote_key(key: str) -> tuple[str, str] | None:
    """(statement id, phone) of a phone vote key; None for any other key."""
    if not key.startswith(PHONE_VOTE):
        return None
    statement_id, colon, phone = key[len(PHONE_VOTE) :].rpartition(":")
    return (statement_id, phone) if colon and statement_id else None


def combine(hand: Counts, phones: Counts) -> Counts:
    """The room's count: the facilitator's hand count plus the phones' votes."""
    found = {sid: dict(per_position) for sid, per_position in hand.items()}
    for sid, per_position in phones.items():
        mine = found.setdefault(sid, {})
        for position, votes in per_position.items():
            mine[position] = mine.get(position, 0) + votes
    return found


class StatementGame:
    """Reads and writes one statement-game activity."""

    def __init__(self, store: Store, activity_id: int, language: str = "nl") -> None:
        self.store = store
        self.activity_id = activity_id
        self.language = language

    # configuration -------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        activity = self.store.agenda.get(self.activity_id)
        return config_of(activity) if activity is not None else {}

    def update_config(self, **changes: Any) -> None:
        self.store.agenda.update(self.activity_id, config={**self.config(), **changes})

    def scale(self) -> st.Scale:
        return st.scale(self.config().get("scale", "three"))

    def timer_minutes(self) -> int:
        """Minutes per statement for the optional beamer timer; 0 = no timer."""
        value = self.config().get("minutes_per_statement", 0)
        return max(0, int(value)) if isinstance(value, int | float) else 0

    def statements(self) -> list[st.Statement]:
        return st.from_config(self.config(), self.language)

    def save_statements(self, statements: list[st.Statement]) -> None:
        """The session's own list from now on (the default set is copied, not referenced)."""
        self.update_config(statements=st.to_config(statements), use_default_set=False)

    def restore_default_set(self) -> None:
        config = self.config()
        config.pop("statements", None)
        config["use_default_set"] = True
        self.store.agenda.update(self.activity_id, config=config)

    # reading -------------------------------------------------------------------------------
    def results(self) -> Rows:
        """Every row of the game in one read; pass it as `rows` to the readers below (a refresh
        after each key press then costs one query instead of a dozen)."""
        return self.store.results.all(self.activity_id)

    def _results(self, prefix: str, rows: Rows | None) -> Rows:
        if rows is None:
            return self.store.results.all(self.activity_id, prefix)
        return {key: value for key, value in rows.items() if key.startswith(prefix)}

    # position on screen --------------------------------------------------------------------
    def current_id(self, rows: Rows | None = None) -> str:
        if rows is None:
            value = self.store.results.get(self.activity_id, CURRENT, "")
        else:
            value = rows.get(CURRENT, "")
        return value if isinstance(value, str) else ""

    def set_current(self, statement_id: str) -> None:
        self.store.results.set(self.activity_id, CURRENT, statement_id)

    def revealed(self, statement_id: str, rows: Rows | None = None) -> bool:
        if rows is not None:
            return bool(rows.get(REVEAL + statement_id, False))
        return bool(self.store.results.get(self.activity_id, REVEAL + statement_id, False))

    def set_revealed(self, statement_id: str, shown: bool) -> None:
        self.store.results.set(self.activity_id, REVEAL + statement_id, bool(shown))

    # counts --------------------------------------------------------------------------------
    def hand_counts(self, statement_id: str | None = None, rows: Rows | None = None) -> Counts:
        """statement id -> position -> the count typed or keyed in by the facilitator."""
        found: Counts = {}
        prefix = TALLY if statement_id is None else f"{TALLY}{statement_id}:"
        for key, value in self._results(prefix, rows).items():
            sid, _, position = key[len(TALLY) :].rpartition(":")
            if sid and isinstance(value, int):
                found.setdefault(sid, {})[position] = value
        return found

    def phone_counts(self, statement_id: str | None = None, rows: Rows | None = None) -> Counts:
        """statement id -> position -> votes from phones in the room (one row per phone)."""
        found: Counts = {}
        for key, value in self._results(phone_vote_prefix(statement_id), rows).items():
            sid = (parse_phone_vote_key(key) or ("", ""))[0]
            if sid and isinstance(value, str):
                per_position = found.setdefault(sid, {})
                per_position[value] = per_position.get(value, 0) + 1
        return found

    def counts(self, rows: Rows | None = None) -> Counts:
        """statement id -> position -> count: the hand count plus the phones' votes."""
        return combine(self.hand_counts(rows=rows), self.phone_counts(rows=rows))

    def tally(self, statement_id: str, counts: Counts | None = None) -> st.Tally:
        stored = (self.counts() if counts is None else counts).get(statement_id, {})
        return st.Tally.from_mapping(self.scale(), stored)

    def hand_tally(self, statement_id: str) -> st.Tally:
        """Only the facilitator's count: what the +/- buttons, number keys and boxes change."""
        return st.Tally.from_mapping(
            self.scale(), self.hand_counts(statement_id).get(statement_id, {})
        )

    def set_count(self, statement_id: str, position: str, count: int) -> int:
        """Store one position's count (clamped to 0..9999); returns what was stored."""
        count = max(0, min(MAX_COUNT, int(count)))
        self.store.results.set(self.activity_id, f"{TALLY}{statement_id}:{position}", count)
        return count

    # arguments -----------------------------------------------------------------------------
    def arguments(
        self, statement_id: str | None = None, rows: Rows | None = None
    ) -> list[st.Argument]:
        """Arguments in the order they were typed (of one statement, or all)."""
        prefix = ARG if statement_id is None else f"{ARG}{statement_id}:"
        found = []
        for key, value in self._results(prefix, rows).items():
            sid, _, aid = key[len(ARG) :].rpartition(":")
            if not isinstance(value, dict) or not sid:
                continue
            side = value.get("side") if value.get("side") in st.SIDES else "for"
            found.append(st.Argument(aid, sid, side, str(value.get("text", "")),
                                     bool(value.get("strongest")),
                                     float(value.get("order", 0) or 0)))  # fmt: skip
        return sorted(found, key=lambda a: (a.order, a.id))

    def add_argument(self, statement_id: str, side: str, text: str) -> st.Argument | None:
        text = " ".join(text.split())[: st.MAX_ARGUMENT]
        if not text or side not in st.SIDES:
            return None
        argument = st.Argument(st.new_id("a"), statement_id, side, text, False, time.time())
        self.save_argument(argument)
        return argument

    def save_argument(self, argument: st.Argument) -> None:
        key = f"{ARG}{argument.statement_id}:{argument.id}"
        self.store.results.set(self.activity_id, key, argument.as_value())

    def remove_argument(self, argument: st.Argument) -> None:
        self.store.results.delete(self.activity_id, f"{ARG}{argument.statement_id}:{argument.id}")

    # the whole session ---------------------------------------------------------------------
    def overview(self) -> st.Overview:
        counts = self.counts()
        return st.overview((s, self.tally(s.id, counts)) for s in self.statements())
