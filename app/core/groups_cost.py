"""What a seating costs the group solver (app/core/groups.py), and the least it can cost.

Per pair sharing a table in a free round: `penalty[a, b]` (forbidden pair, same organisation),
plus 1 for every meeting beyond the first. Earlier meetings count: pairs met before (e.g. in speed
dating), pairs of the locked rounds, and pairs who sat together in an earlier session of the
series (each of those once, however often). The lower bound lets the search stop as soon as it
reaches a cost no schedule can beat.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from app.core.groups_problem import GroupProblem, PersonId

FORBIDDEN_WEIGHT = 10_000
ORGANISATION_WEIGHT = 100


def series_pairs(met: Mapping[frozenset[PersonId], int]) -> list[frozenset[PersonId]]:
    """Pairs who met in an earlier session, each once (how often does not change the cost)."""
    return [pair for pair, times in met.items() if times and len(pair) == 2]


def penalty_matrix(
    problem: GroupProblem, people: list[PersonId], index: dict[PersonId, int]
) -> np.ndarray:
    """n x n cost of a pair sharing a table once: organisation clash or forbidden pair."""
    orgs = [problem.organisation.get(p) or None for p in people]
    codes = {o: i for i, o in enumerate(dict.fromkeys(o for o in orgs if o))}
    code = np.array([codes[o] if o else -1 - i for i, o in enumerate(orgs)])
    penalty = np.where(code[:, None] == code[None, :], ORGANISATION_WEIGHT, 0).astype(np.int64)
    for a, b in problem.forbidden:
        if a in index and b in index and a != b:
            penalty[index[a], index[b]] = penalty[index[b], index[a]] = FORBIDDEN_WEIGHT
    np.fill_diagonal(penalty, 0)
    return penalty


def earlier_meetings(problem: GroupProblem, index: dict[PersonId, int], n: int) -> np.ndarray:
    """n x n count of meetings before the free rounds: met before, the series, locked rounds."""
    meet = np.zeros((n, n), dtype=np.int64)
    pairs = list(problem.met_before)
    for pair in series_pairs(problem.met_in_series):
        a, b = pair
        pairs.append((a, b))
    for round_groups in problem.locked:
        for table in round_groups:
            present = [p for p in table if p in index]
            pairs += [(a, b) for i, a in enumerate(present) for b in present[i + 1 :]]
    for a, b in pairs:
        if a in index and b in index and a != b:
            meet[index[a], index[b]] += 1
            meet[index[b], index[a]] += 1
    return meet


def lower_bound(
    problem: GroupProblem,
    people: list[PersonId],
    sizes: list[int],
    base_meet: np.ndarray,
    free: int,
) -> int:
    """A cost no schedule can beat, so the search stops as soon as it reaches it.

    Organisation clashes: members spread as evenly as possible over the tables, every round.
    Repeats: pair-meetings beyond the number of pairs that have not met yet.
    """
    groups = len(sizes)
    orgs = Counter(problem.organisation.get(p) for p in people if problem.organisation.get(p))
    clashes = 0
    for members in orgs.values():
        q, r = divmod(members, groups)
        clashes += r * (q + 1) * q // 2 + (groups - r) * q * (q - 1) // 2
    n = len(people)
    upper = np.triu(base_meet, 1)
    fresh_pairs = n * (n - 1) // 2 - int((upper >= 1).sum())
    meetings = free * sum(s * (s - 1) // 2 for s in sizes)
    earlier = int(np.maximum(upper - 1, 0).sum())
    repeats = earlier + max(0, meetings - fresh_pairs, pigeonhole_repeats(sizes, free))
    return free * clashes * ORGANISATION_WEIGHT + repeats


def pigeonhole_repeats(sizes: list[int], free: int) -> int:
    """Repeats forced by the tables themselves, whoever sits where.

    Between any two rounds, a table of s people drawn from g tables shares at least the pairs of
    an even spread: so each pair of rounds has at least `per_pair` coinciding pairs. A pair that
    meets m times in the free rounds gives C(m, 2) coincidences and m - 1 repeats, and
    (m - 1) / C(m, 2) = 2 / m >= 2 / rounds, so repeats >= 2 x coincidences / rounds.
    (80 people, 8 tables of 10, 3 rounds: 16 per pair of rounds, 48 in all, at least 32.)
    """
    if free < 2:
        return 0
    groups = len(sizes)
    per_pair = 0
    for size in sizes:
        q, r = divmod(size, groups)
        per_pair += r * (q + 1) * q // 2 + (groups - r) * q * (q - 1) // 2
    coincidences = per_pair * free * (free - 1) // 2
    return -(-2 * coincidences // free)
