"""Who already met in a network (a series of sessions): new encounters and repeats of a day.

Plain data only: `met` maps frozenset({a, b}) -> how often a and b sat at one table in earlier
sessions of the series (computed by app/activities/met_before.py through the person links);
rounds are lists of tables of this session's participant ids, as the solver and the speed-dating
rotation make them. No Qt, no storage.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from itertools import combinations
from typing import TypeVar

# whoever is seated: the same type in the rounds and in `met` (participant ids in the app)
Person = TypeVar("Person", bound=Hashable)
Rounds = Iterable[Iterable[Iterable[Person]]]


def companions(rounds: Rounds[Person]) -> dict[Person, set[Person]]:
    """Everyone seated in any round -> the people they share a table with, over all rounds."""
    found: dict[Person, set[Person]] = {}
    for round_groups in rounds:
        for table in round_groups:
            members = list(table)
            for person in members:
                found.setdefault(person, set()).update(p for p in members if p != person)
    return found


def new_encounters(rounds: Rounds[Person], met: Mapping[frozenset[Person], int]) -> float:
    """Average over the people seated of how many people they meet today whom they never sat
    with in an earlier session of the series (0.0 when nobody is seated)."""
    together = companions(rounds)
    if not together:
        return 0.0
    fresh = sum(
        1 for a, others in together.items() for b in others if not met.get(frozenset((a, b)))
    )
    return fresh / len(together)


def series_repeats(
    rounds: Rounds[Person], met: Mapping[frozenset[Person], int] | None = None
) -> int:
    """Meetings today beyond a pair's first in the network: a pair who met in an earlier session
    counts as met once, then every shared table today is a repeat."""
    seen = {pair for pair, times in (met or {}).items() if times}
    repeats = 0
    for round_groups in rounds:
        for table in round_groups:
            for a, b in combinations(list(table), 2):
                pair = frozenset((a, b))
                repeats += pair in seen
                seen.add(pair)
    return repeats


def add_meetings(
    met: dict[frozenset[Person], int], rounds: Rounds[Person]
) -> dict[frozenset[Person], int]:
    """`met` with today's tables added (what the next session of the series will see)."""
    for round_groups in rounds:
        for table in round_groups:
            for a, b in combinations(list(table), 2):
                pair = frozenset((a, b))
                met[pair] = met.get(pair, 0) + 1
    return met
