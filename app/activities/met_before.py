"""Who already met in earlier sessions of the series (item "who already met" of the network).

Reads the tables of earlier sessions (speed-dating rotations of meet-and-greet activities, the
groups of breakout activities), maps their participants through the person links to this
session's participants, and counts: {frozenset({a, b}): times}, in this session's ids. The group
solver (app/core/groups.py, GroupProblem.met_in_series) and the speed-dating rotation
(app/core/rotation.py, avoid) take it as plain data. A session outside a series gets {}.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.storage.store import Store

# kind -> the result key holding {"rounds": [[[participant id, ...], ...], ...]}
SEATING_KEYS = {"meet_greet": "rotation", "breakout": "schedule"}


def seated_rounds(store: Store, activity: Any) -> Iterator[list[int]]:
    """Every table (a list of participant ids) of every round of one activity."""
    key = SEATING_KEYS.get(activity.kind)
    value = store.results.get(activity.id, key) if key else None
    rounds = value.get("rounds") if isinstance(value, dict) else None
    for round_groups in rounds if isinstance(rounds, list) else []:
        for table in round_groups if isinstance(round_groups, list) else []:
            if isinstance(table, list):
                yield [p for p in table if isinstance(p, int) and not isinstance(p, bool)]


def _session_id(item: Any) -> int:
    return int(item if isinstance(item, int) else item.id)


def in_series(store: Store, session_id: int) -> bool:
    """True when the session belongs to a series (then the new-encounters line is shown)."""
    series = getattr(store, "series", None)
    return series is not None and series.of_session(session_id) is not None


def person_order(store: Store, session_id: int) -> dict[int, int]:
    """Participant id -> the linked person's id, for the group solver's `order`: the same person
    takes the same place in the solver's design in every session of the series, so the next
    session carries on with the design's next rounds (no pair meets twice where that is
    possible). Empty outside a series."""
    series = getattr(store, "series", None)
    if series is None or series.of_session(session_id) is None:
        return {}
    return {pid: person for pid, person in series.people(session_id).items() if person is not None}


def met_in_series(store: Store, session_id: int) -> dict[frozenset[int], int]:
    """Pairs of this session's participants who shared a table in an earlier session of the
    series, with how often; people without a person link are nobody's earlier acquaintance."""
    series = getattr(store, "series", None)
    if series is None or series.of_session(session_id) is None:
        return {}
    here = series.people(session_id)
    by_person = {person: pid for pid, person in here.items() if person is not None}
    met: dict[frozenset[int], int] = {}
    for earlier in series.earlier_sessions(session_id):
        sid = _session_id(earlier)
        theirs = series.people(sid)
        for activity in store.agenda.list(sid):
            for table in seated_rounds(store, activity):
                mapped = {by_person[theirs[p]] for p in table if theirs.get(p) in by_person}
                for a, b in combinations(sorted(mapped), 2):
                    pair = frozenset((a, b))
                    met[pair] = met.get(pair, 0) + 1
    return met


def encounters_text(average: float) -> str:
    """The line shown where groups are made (each person meets on average 11 new people)."""
    count = round(average)  # (lupdate reads the call only with a plain name as the count)
    return QCoreApplication.translate(
        "encounters",
        "Each person meets on average %n people they have not met before in this network.",
        "",
        count,
    )
