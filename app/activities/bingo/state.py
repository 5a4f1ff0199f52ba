"""A session's bingo as stored: config (pool, seed, layout, rule), heard marks and winners.

Marks and winners are small keyed result rows ("heard:<statement id>", "winner:<card number>"),
so two laptops marking at the same time never overwrite each other. No widgets here: the runtime,
the setup page, the report and the command line all read the game through this class.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.core import bingo, bingo_game, bingo_pool
from app.core.bingo_pool import Statement
from app.core.name_order import sort_key
from app.storage.agenda import config_of
from app.storage.errors import ConflictError
from app.storage.participants import full_name
from app.storage.store import Store

HEARD = "heard:"
WINNER = "winner:"
CARD_NAMES = "card_names"  # the names as last printed on named cards, card 1 first
CLAIM = "claim:"  # claim:<card number, 5 digits>:<phone> -> {"card", "name"}: a phone's "Bingo!"


def claim_key(card: int, phone: str) -> str:
    return f"{CLAIM}{card:05d}:{phone}"


@dataclass(frozen=True)
class Mark:
    statement_id: str
    at: str  # ISO time, UTC
    order: int


@dataclass(frozen=True)
class Winner:
    card: int
    name: str
    at: str
    heard: int


def local_time(iso: str) -> str:
    """HH:MM in local time for an ISO timestamp (empty when unreadable)."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")
    except (TypeError, ValueError):
        return ""


class BingoGame:
    """Reads and writes one bingo activity; cards are regenerated from the seed when needed."""

    def __init__(self, store: Store, activity_id: int, language: str = "nl") -> None:
        self.store = store
        self.activity_id = activity_id
        self.language = language
        self._cards: list[bingo.Card] | None = None
        self._cards_key: object = None

    # configuration -------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        activity = self.store.agenda.get(self.activity_id)
        return config_of(activity) if activity is not None else {}

    def update_config(self, **changes: Any) -> dict[str, Any]:
        config = {**self.config(), **changes}
        for key, value in changes.items():
            if value is None:
                config.pop(key, None)
        self.store.agenda.update(self.activity_id, config=config)
        return config

    def ensure_seed(self) -> int:
        """The session seed, created (and saved) the first time cards are needed."""
        seed = self.config().get("seed")
        if isinstance(seed, int) and seed > 0:
            return seed
        seed = bingo_game.new_seed()
        self.update_config(seed=seed)
        return seed

    def pool(self) -> list[Statement]:
        return bingo_pool.from_config(self.config(), self.language)

    def save_pool(self, pool: list[Statement]) -> None:
        self.update_config(pool=bingo_pool.to_config(pool))

    def reset_pool(self) -> None:
        self.update_config(pool=None)

    def session_title(self) -> str:
        activity = self.store.agenda.get(self.activity_id)
        session = self.store.sessions.get(activity.session_id) if activity else None
        return session.title if session else ""

    def participant_names(self) -> list[str]:
        """Names for named cards: present and registered people, not the waiting list, in
        alphabetical order (card 1 to the first name), so the pile is handed out from A to Z."""
        activity = self.store.agenda.get(self.activity_id)
        if activity is None:
            return []
        people = self.store.participants.list(activity.session_id)
        return sorted((full_name(p) for p in people if p.status != "waiting"), key=sort_key)

    def card_names(self) -> list[str]:
        """Names on the named cards: as last printed, so someone registering after the print does
        not shift every later card's name (the winner's name is pre-filled from it); A to Z
        when nothing was printed yet."""
        stored = self.store.results.get(self.activity_id, CARD_NAMES)
        if isinstance(stored, list) and all(isinstance(name, str) for name in stored):
            return stored
        return self.participant_names()

    def remember_card_names(self, names: list[str]) -> None:
        if self.store.results.get(self.activity_id, CARD_NAMES) != names:
            self.store.results.set(self.activity_id, CARD_NAMES, names)

    def settings(self) -> bingo_game.Settings:
        return bingo_game.settings_of(self.config(), len(self.participant_names()))

    def printed_count(self) -> int:
        """The most cards ever printed for this bingo (0 when never printed)."""
        value = self.config().get("printed", 0)
        return value if isinstance(value, int) else 0

    def cards(self, at_least: int = 0) -> list[bingo.Card]:
        """The session's cards (cached until config or participants change the inputs)."""
        self.ensure_seed()
        config = self.config()
        people = len(self.participant_names())
        names = self.card_names()
        count = max(bingo_game.settings_of(config, people).count, at_least,
                    self.printed_count())  # fmt: skip
        key = (repr(sorted(config.items())), tuple(names), count)
        if self._cards is None or key != self._cards_key:
            _, _, self._cards = bingo_game.make_cards(config, self.language, names, count)
            self._cards_key = key
        return self._cards

    # marks ---------------------------------------------------------------------------------
    def marks(self) -> list[Mark]:
        """Every hearing in order; a statement heard again gets another mark."""
        rows = self.store.results.all(self.activity_id, HEARD)
        marks = []
        for key, value in rows.items():
            if isinstance(value, dict) and value.get("statement"):
                order = int(key[len(HEARD) :]) if key[len(HEARD) :].isdigit() else 0
                marks.append(Mark(str(value["statement"]), str(value.get("at", "")), order))
        return sorted(marks, key=lambda m: (m.order, m.at))

    def heard_ids(self) -> set[str]:
        return {m.statement_id for m in self.marks()}

    def mark(self, statement_id: str, by: str = "") -> Mark:
        """Record that a statement was heard now (one row per hearing: laptops never clash)."""
        order = max((m.order for m in self.marks()), default=0) + 1
        at = datetime.now(UTC).isoformat(timespec="seconds")
        value = {"statement": statement_id, "at": at}
        for _ in range(20):
            try:
                self.store.results.set(self.activity_id, f"{HEARD}{order:05d}", value,
                                       expected_version=0, by=by)  # fmt: skip
                return Mark(statement_id, at, order)
            except ConflictError:  # another laptop took this number a moment ago
                order += 1
        raise ConflictError(current=None)

    def undo(self) -> Mark | None:
        """Take back the latest hearing."""
        marks = self.marks()
        if not marks:
            return None
        self.store.results.delete(self.activity_id, f"{HEARD}{marks[-1].order:05d}")
        return marks[-1]

    def unmark(self, statement_id: str) -> int:
        """Take back every hearing of one statement; returns how many were removed."""
        gone = [m for m in self.marks() if m.statement_id == statement_id]
        for m in gone:
            self.store.results.delete(self.activity_id, f"{HEARD}{m.order:05d}")
        return len(gone)

    # winners -------------------------------------------------------------------------------
    def verify(self, number: int) -> bingo.Verdict:
        settings = self.settings()
        cards = self.cards()  # the planned and printed cards; other numbers do not exist
        return bingo.verify(cards, number, self.heard_ids(), settings.rule, settings.layout)

    def confirm_winner(self, number: int, name: str) -> Winner:
        verdict = self.verify(number)
        at = datetime.now(UTC).isoformat(timespec="seconds")
        value = {"card": number, "name": name.strip(), "at": at, "heard": verdict.heard}
        self.store.results.set(self.activity_id, f"{WINNER}{number:05d}", value)
        return Winner(number, name.strip(), at, verdict.heard)

    def winners(self) -> list[Winner]:
        rows = self.store.results.all(self.activity_id, WINNER)
        found = [
            Winner(
                int(v.get("card", 0)),
                str(v.get("name", "")),
                str(v.get("at", "")),
                int(v.get("heard", 0)),
            )
            for v in rows.values()
            if isinstance(v, dict)
        ]
        return sorted(found, key=lambda w: w.at)

    def winning_cards(self) -> int:
        """How many of the session's cards meet the win rule with what was heard so far."""
        settings = self.settings()
        heard = self.heard_ids()
        return len(bingo.winners(self.cards(), heard, settings.rule, settings.layout))
