"""The breakout activity's data: configuration, the stored schedule, notes and key points.

Storage layout (keyed result rows, so several laptops never overwrite each other):
  "schedule"                -> {"rounds": [[[participant id, ...], ...], ...], "seed": n}
  "started"                 -> number of rounds that have started (kept on re-solving)
  "note:r{r}:g{g}:q{q}"     -> the group's note on a question (text)
  "key:r{r}:g{g}:q{q}"      -> true when that note is a key point for the plenary
Rounds, groups and questions are numbered from 1 in keys, as people say them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app import resources
from app.activities import registry
from app.activities.met_before import met_in_series, person_order
from app.core.groups import GroupProblem, Schedule, participant_rounds, solve
from app.core.i18n import localized
from app.storage.models import stored_id
from app.storage.participants import full_name
from app.storage.store import Store

SCHEDULE = "schedule"
STARTED = "started"
MAX_CARD_COPIES = 10


@dataclass
class RoundPlan:
    minutes: int = 30
    questions: list[str] = field(default_factory=list)


@dataclass
class BreakoutConfig:
    rounds: list[RoundPlan]
    group_size: int | None = 5
    group_count: int | None = None
    hosts: dict[int, int] = field(default_factory=dict)  # participant id -> table (0-based)
    seed: int = 0
    keep_apart: list[tuple[int, int]] = field(default_factory=list)  # pairs that must not meet
    card_copies: int = 1  # printed table cards per table (a long table needs one at each end)

    @classmethod
    def parse(cls, config: dict[str, Any], language: str = "nl") -> BreakoutConfig:
        """Read a template-style config; anything malformed falls back to a sane default."""
        rounds = []
        for item in config.get("rounds") or []:
            if not isinstance(item, dict):
                continue
            questions = [localized(q, language).strip() for q in item.get("questions") or []]
            minutes = item.get("minutes", 30)
            minutes = minutes if isinstance(minutes, int) and minutes > 0 else 30
            rounds.append(RoundPlan(minutes, [q for q in questions if q]))
        count = config.get("group_count")
        size = config.get("group_size")
        hosts = {}
        for person, table in (config.get("hosts") or {}).items():
            try:
                hosts[int(person)] = int(table)
            except (TypeError, ValueError):
                continue
        apart: list[tuple[int, int]] = []
        for pair in config.get("keep_apart") or []:
            try:
                a, b = (int(x) for x in pair)
            except (TypeError, ValueError):
                continue
            if a != b and (a, b) not in apart and (b, a) not in apart:
                apart.append((a, b))
        seed = config.get("seed")
        if isinstance(count, int) and count > 0:
            size = None
        else:
            count = None
            size = size if isinstance(size, int) and size > 1 else 5
        seed = seed if isinstance(seed, int) else 0
        copies = config.get("card_copies", 1)
        copies = copies if isinstance(copies, int) and 1 <= copies <= MAX_CARD_COPIES else 1
        return cls(rounds or [RoundPlan()], size, count, hosts, seed, apart, copies)

    def to_config(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rounds": [{"minutes": r.minutes, "questions": list(r.questions)} for r in self.rounds]
        }
        if self.group_count:
            data["group_count"] = self.group_count
        else:
            data["group_size"] = self.group_size or 5
        data["hosts"] = {str(p): t for p, t in self.hosts.items()}
        data["keep_apart"] = [list(pair) for pair in self.keep_apart]
        data["seed"] = self.seed
        if self.card_copies != 1:
            data["card_copies"] = self.card_copies
        return data


def note_key(round_no: int, group: int, question: int) -> str:
    return f"note:r{round_no}:g{group}:q{question}"


def key_point_key(round_no: int, group: int, question: int) -> str:
    return f"key:r{round_no}:g{group}:q{question}"


class Phase(StrEnum):
    """What the beamer shows during a breakout (kept here, without Qt, for every view)."""

    QUESTIONS = "questions"
    SEATING = "seating"
    NAMES = "names"  # everyone A to Z with their table this round (people find themselves)
    PLENARY = "plenary"


class BreakoutData:
    """Reads and writes one breakout activity's rows; no Qt, so the report can use it too."""

    def __init__(self, store: Store, activity_id: int) -> None:
        self.store = store
        self.activity_id = activity_id

    def schedule(self) -> list[list[list[int]]]:
        value = self.store.results.get(self.activity_id, SCHEDULE) or {}
        return value.get("rounds", []) if isinstance(value, dict) else []

    def save_schedule(self, rounds: list[list[list[int]]], seed: int) -> None:
        self.store.results.set(self.activity_id, SCHEDULE, {"rounds": rounds, "seed": seed})

    def started(self) -> int:
        value = self.store.results.get(self.activity_id, STARTED, 0)
        return value if isinstance(value, int) else 0

    def mark_started(self, rounds: int) -> None:
        if rounds > self.started():
            self.store.results.set(self.activity_id, STARTED, rounds)

    def note(self, round_no: int, group: int, question: int) -> str:
        value = self.store.results.get(self.activity_id, note_key(round_no, group, question), "")
        return value if isinstance(value, str) else ""

    def set_note(self, round_no: int, group: int, question: int, text: str) -> None:
        self.store.results.set(self.activity_id, note_key(round_no, group, question), text)

    def note_version(self, round_no: int, group: int, question: int) -> int:
        """The stored version of a note (0 when nobody wrote it yet): what an editor starts from."""
        row = self.store.results.row(self.activity_id, note_key(round_no, group, question))
        return row.version if row is not None else 0

    def save_note(
        self, round_no: int, group: int, question: int, text: str, base_version: int
    ) -> tuple[int, str | None]:
        """Save a note typed from `base_version`. If another laptop saved the same note
        meanwhile, both texts are kept (merged) instead of the later save overwriting: returns
        (new version, the merged text or None when there was no clash)."""
        from app.storage.conflicts import save_text

        key = note_key(round_no, group, question)
        row, merged = save_text(self.store.results, self.activity_id, key, text, base_version)
        return row.version, (json.loads(row.value) if merged else None)

    def is_key_point(self, round_no: int, group: int, question: int) -> bool:
        return bool(
            self.store.results.get(self.activity_id, key_point_key(round_no, group, question))
        )

    def set_key_point(self, round_no: int, group: int, question: int, on: bool) -> None:
        self.store.results.set(self.activity_id, key_point_key(round_no, group, question), on)

    def notes(self) -> dict[tuple[int, int, int], tuple[str, bool]]:
        """(round, group, question) -> (text, key point) for every non-empty note."""
        rows = self.store.results.all(self.activity_id)
        found: dict[tuple[int, int, int], tuple[str, bool]] = {}
        for key, value in rows.items():
            if key.startswith("note:") and isinstance(value, str) and value.strip():
                r, g, q = (int(part[1:]) for part in key[5:].split(":"))
                found[(r, g, q)] = (value, bool(rows.get(key_point_key(r, g, q))))
        return dict(sorted(found.items()))

    def key_points(self) -> list[tuple[int, int, list[tuple[int, str]]]]:
        """Per (round, group) with key points: [(question, text), ...], in plenary order."""
        grouped: dict[tuple[int, int], list[tuple[int, str]]] = {}
        for (r, g, q), (text, key) in self.notes().items():
            if key:
                grouped.setdefault((r, g), []).append((q, text.strip()))
        return [(r, g, items) for (r, g), items in sorted(grouped.items())]


@dataclass
class QuestionSet:
    key: str
    title: str
    round: RoundPlan


def question_sets(language: str = "nl") -> list[QuestionSet]:
    """Ready-made rounds (resources/breakout/question_sets.json) in the given language; a
    missing or damaged file gives none rather than an error."""
    try:
        data = json.loads(resources.read_text("breakout/question_sets.json"))
    except (resources.ResourceError, ValueError):
        return []
    found = []
    for item in data.get("sets", []) if isinstance(data, dict) else []:
        if not isinstance(item, dict):
            continue
        plan = BreakoutConfig.parse({"rounds": [item]}, language).rounds[0]
        title = localized(item.get("title", ""), language).strip()
        if plan.questions and title:
            found.append(QuestionSet(str(item.get("key", "")), title, plan))
    return found


def names(store: Store, session_id: int) -> dict[int, str]:
    people = store.participants.list(session_id)
    return {stored_id(p): full_name(p) or str(p.id) for p in people}


def earlier_meetings(store: Store, session_id: int, activity_id: int) -> list[tuple[int, int]]:
    """Pairs that already sat together earlier in the agenda: whatever each kind's participant
    references call seating (speed-dating tables, the groups of earlier breakouts), through the
    registry, so a new kind that seats people counts too."""
    current = store.agenda.get(activity_id)
    position = current.position if current is not None else 10**9
    pairs: list[tuple[int, int]] = []
    for activity in store.agenda.list(session_id):
        if activity.position >= position or activity.id == activity_id:
            continue
        refs = registry.participant_refs(activity.kind)
        if refs.seating:
            results = {key: store.results.get(stored_id(activity), key) for key in refs.seating}
            pairs += refs.pairs_met(results)
    return pairs


def build_problem(
    store: Store,
    session_id: int,
    config: BreakoutConfig,
    locked: list[list[list[int]]] | None = None,
    activity_id: int | None = None,
) -> GroupProblem:
    """The present participants (all registered when nobody is marked present yet); with the
    activity id, who already met earlier in the agenda is avoided too."""
    people = store.participants.list(session_id)
    chosen = [p for p in people if p.status == "present"]
    if not chosen:
        chosen = [p for p in people if p.status in ("registered", "present")]
    return GroupProblem(
        [p.id for p in chosen],
        len(config.rounds),
        group_count=config.group_count,
        group_size=None if config.group_count else (config.group_size or 5),
        organisation={p.id: p.organisation.strip().casefold() for p in chosen},
        hosts={p: t for p, t in config.hosts.items()},
        forbidden=list(config.keep_apart),
        met_before=earlier_meetings(store, session_id, activity_id) if activity_id else [],
        locked=locked or [],
        # copied as pairs of any hashable person (a Mapping's key type does not widen)
        met_in_series={pair: times for pair, times in met_in_series(store, session_id).items()},
        order={pid: rank for pid, rank in person_order(store, session_id).items()},
    )


def solve_and_store(
    store: Store, session_id: int, activity_id: int, config: BreakoutConfig
) -> Schedule:
    """Solve the rounds that have not started; started rounds stay exactly as they are."""
    data = BreakoutData(store, activity_id)
    old = data.schedule()
    locked = old[: min(data.started(), len(old), len(config.rounds))]
    problem = build_problem(store, session_id, config, locked, activity_id)
    schedule = solve(problem, seed=config.seed)
    data.save_schedule(participant_rounds(schedule.rounds), config.seed)
    return schedule
