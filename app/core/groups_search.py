"""Tabu search over swaps for the group solver (numpy, vectorised over all free rounds).

Why numpy: every iteration scores every swap of two people in every free round at once (an
R x n x n array), which is what a conflict-directed tabu search from the social golfer
literature needs, at a cost of a few dozen array operations instead of Python loops.

State: `grp[w, p]` = table of person p in free round w. `meet[a, b]` = how often a and b meet over
everything (earlier meetings, locked rounds, free rounds). A pair costs `penalty[a, b]` each time
it shares a table in a free round, plus 1 for every meeting beyond the first.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

# random tabu tenure range, plus n/8; 32/8x4/10 is perfect for 19 of seeds 0-19 (14 with 4..12)
TENURE = (8, 16)
STALL_BASE, STALL_PER_PERSON = 60, 4  # iterations without a new best before a perturbation


@dataclass
class SearchResult:
    grp: np.ndarray
    cost: int
    iterations: int


def co_meetings(grp: np.ndarray, groups: int) -> np.ndarray:
    """n x n count of shared tables over the rounds in grp (diagonal zero)."""
    onehot = np.eye(groups, dtype=np.float64)[grp]  # (R, n, g)
    together: np.ndarray = np.einsum("wag,wbg->ab", onehot, onehot)
    np.fill_diagonal(together, 0)
    return together.astype(np.int64)


def total_cost(grp: np.ndarray, groups: int, base_meet: np.ndarray, penalty: np.ndarray) -> int:
    free = co_meetings(grp, groups) if len(grp) else np.zeros_like(base_meet)
    meet = base_meet + free
    repeats = np.maximum(meet - 1, 0)
    return int((np.triu(repeats, 1)).sum() + np.triu(penalty * free, 1).sum())


def tabu_search(
    grp: np.ndarray,
    groups: int,
    base_meet: np.ndarray,
    penalty: np.ndarray,
    movable: np.ndarray,
    rng: np.random.Generator,
    max_iterations: int,
    time_limit: float | None = None,
    target: int = 0,
) -> SearchResult:
    """Improve grp by swapping two people of different tables in one round.

    Conflict-directed: one of the two must sit with someone they cost something with. A moved
    person may not return to the table they left for a random tenure (tabu), unless that gives
    a new best. After a long stall the best schedule is perturbed with a few random swaps.
    """
    grp = grp.copy()
    rounds, n = grp.shape
    if rounds == 0 or n < 2 or not movable.any():
        return SearchResult(grp, total_cost(grp, groups, base_meet, penalty), 0)
    start = time.monotonic()
    pen = penalty.astype(np.float64)
    onehot = np.eye(groups, dtype=np.float64)[grp]  # (R, n, g)
    meet = base_meet + co_meetings(grp, groups)
    cost = total_cost(grp, groups, base_meet, penalty)
    best_cost, best_grp, best_meet = cost, grp.copy(), meet.copy()
    tabu = np.zeros((rounds, n, groups), dtype=np.int64)
    movable_pair = movable[:, None] & movable[None, :]
    w_idx, p_idx = np.arange(rounds)[:, None, None], np.arange(n)[None, :, None]
    stall_limit = STALL_BASE + STALL_PER_PERSON * n
    last_improvement = 0
    iteration = 0
    while iteration < max_iterations and best_cost > target:
        timed = time_limit is not None and iteration % 16 == 0
        if timed and time_limit is not None and time.monotonic() - start > time_limit:
            break
        c_add = pen + (meet >= 1)
        c_rem = pen + (meet >= 2)
        gain_add = np.matmul(c_add, onehot)  # (R, n, g): cost of joining each table
        gain_rem = np.matmul(c_rem, onehot)
        own = gain_rem[w_idx[:, :, 0], p_idx[:, :, 0], grp]  # (R, n)
        cols = grp[:, None, :]  # cols[w, a, b] = table of b
        half = gain_add[w_idx, p_idx, cols] - own[:, :, None]
        delta = half + half.transpose(0, 2, 1) - 2 * c_add[None, :, :]
        conflict = own > 0
        valid = (grp[:, :, None] != grp[:, None, :]) & movable_pair[None, :, :]
        valid &= conflict[:, :, None] | conflict[:, None, :]
        if not valid.any():
            break  # nothing can move: the caller need not restart either
        iteration += 1
        blocked = tabu[w_idx, p_idx, cols] > iteration
        blocked |= blocked.transpose(0, 2, 1)
        allowed = valid & (~blocked | (cost + delta < best_cost))
        if not allowed.any():
            allowed = valid
        score = np.where(allowed, delta + rng.random(delta.shape) * 0.5, np.inf)
        w, a, b = np.unravel_index(int(np.argmin(score)), score.shape)
        cost += round(float(delta[w, a, b]))
        table_a, table_b = int(grp[w, a]), int(grp[w, b])
        _swap(grp, onehot, meet, int(w), int(a), int(b))
        tenure = int(rng.integers(*TENURE)) + n // 8
        tabu[w, a, table_a] = iteration + tenure
        tabu[w, b, table_b] = iteration + tenure
        if cost < best_cost:
            best_cost, best_grp, best_meet = cost, grp.copy(), meet.copy()
            last_improvement = iteration
        elif iteration - last_improvement > stall_limit:
            grp, meet = best_grp.copy(), best_meet.copy()
            onehot = np.eye(groups, dtype=np.float64)[grp]
            for _ in range(int(rng.integers(2, 6))):
                _random_swap(grp, onehot, meet, movable, rng)
            cost = total_cost(grp, groups, base_meet, penalty)
            tabu[:] = 0
            last_improvement = iteration
    return SearchResult(best_grp, best_cost, iteration)


def _swap(grp: np.ndarray, onehot: np.ndarray, meet: np.ndarray, w: int, a: int, b: int) -> None:
    table_a, table_b = grp[w, a], grp[w, b]
    with_a = np.flatnonzero(grp[w] == table_a)
    with_a = with_a[with_a != a]
    with_b = np.flatnonzero(grp[w] == table_b)
    with_b = with_b[with_b != b]
    meet[a, with_a] -= 1
    meet[with_a, a] -= 1
    meet[b, with_b] -= 1
    meet[with_b, b] -= 1
    meet[a, with_b] += 1
    meet[with_b, a] += 1
    meet[b, with_a] += 1
    meet[with_a, b] += 1
    grp[w, a], grp[w, b] = table_b, table_a
    onehot[w, a, table_a] = 0
    onehot[w, a, table_b] = 1
    onehot[w, b, table_b] = 0
    onehot[w, b, table_a] = 1


def _random_swap(
    grp: np.ndarray,
    onehot: np.ndarray,
    meet: np.ndarray,
    movable: np.ndarray,
    rng: np.random.Generator,
) -> None:
    people = np.flatnonzero(movable)
    if len(people) < 2:
        return
    w = int(rng.integers(len(grp)))
    a, b = (int(x) for x in rng.choice(people, size=2, replace=False))
    if grp[w, a] != grp[w, b]:
        _swap(grp, onehot, meet, w, a, b)
