"""The group solver: seat people at tables for several rounds so that the room mixes.

Rules, strongest first: people in a forbidden pair do not share a table; people of the same
organisation do not share a table; nobody meets anybody twice (earlier meetings, e.g. from speed
dating, and locked rounds count). Table hosts stay at their table. Group sizes differ by at most
one. Whatever cannot be met is reported, never silently dropped.

How: a known design (app/core/groups_designs.py) gives perfect rounds where one fits, a greedy
pass fills the others, and a tabu search (app/core/groups_search.py) repairs the rest; the cost
model and the lower bound that stops it early are in app/core/groups_cost.py. The same
seed and iteration budget give the same schedule.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from app.core.errors import UserError
from app.core.groups_cost import earlier_meetings, lower_bound, penalty_matrix, series_pairs
from app.core.groups_designs import best_design
from app.core.groups_problem import GroupProblem, PersonId, Round
from app.core.groups_search import co_meetings, tabu_search
from app.core.i18n import QT_TRANSLATE_NOOP, fill

__all__ = [
    "GroupProblem", "GroupingError", "Notice", "PersonId", "Round", "Schedule", "evaluate",
    "participant_rounds", "resolve", "solve", "table_count", "table_sizes",
]  # fmt: skip

ATTEMPT_ITERATIONS = 6_000  # tabu iterations per restart
DESIGN_LOOKAHEAD = 16  # with earlier meetings: design rounds looked at beyond the rounds needed
ITERATIONS_PER_SEAT = 200  # small rooms: at most this many iterations per person and free round


class GroupingError(UserError, ValueError):
    """Input that cannot be scheduled. `text` is an English source text (context "groups")."""

    def __init__(self, text: str, **values: object) -> None:
        super().__init__("groups", text, **values)


@dataclass(frozen=True)
class Notice:
    """Something the schedule could not satisfy; text is translatable (context "groups")."""

    text: str
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.text, **self.values)


@dataclass
class Schedule:
    rounds: list[Round]
    repeats: int  # meetings beyond the first, over all pairs (earlier meetings included)
    organisation_clashes: int  # same-organisation pairs sharing a table, summed over rounds
    forbidden_met: list[tuple[int, PersonId, PersonId]]
    notices: list[Notice]
    seconds: float = 0.0
    iterations: int = 0


def table_count(people: int, group_count: int | None, group_size: int | None) -> int:
    """Tables for this many people: the given count, or as few as keep tables <= group_size."""
    if group_count is not None:
        if group_count < 1:
            raise GroupingError(QT_TRANSLATE_NOOP("groups", "There must be at least one group."))
        if group_count > people:
            raise GroupingError(
                QT_TRANSLATE_NOOP("groups", "{groups} groups need at least {groups} people; "
                                  "there are {people}."),
                groups=group_count, people=people,
            )  # fmt: skip
        return group_count
    if group_size is None or group_size < 2:
        raise GroupingError(QT_TRANSLATE_NOOP("groups", "A group needs at least two people."))
    return max(1, -(-people // group_size))


def table_sizes(people: int, groups: int) -> list[int]:
    """Sizes differ by at most one; the bigger tables come first."""
    base, extra = divmod(people, groups)
    return [base + 1 if t < extra else base for t in range(groups)]


def solve(
    problem: GroupProblem,
    seed: int = 0,
    max_iterations: int = 12_000,
    time_limit: float | None = 8.0,
) -> Schedule:
    """Schedule the rounds after the locked ones; raise GroupingError for impossible input."""
    started = time.monotonic()
    people = list(dict.fromkeys(problem.people))
    n = len(people)
    _validate(problem, n)
    groups = table_count(n, problem.group_count, problem.group_size)
    sizes = table_sizes(n, groups)
    index = {p: i for i, p in enumerate(people)}
    hosts = {index[p]: t for p, t in problem.hosts.items() if p in index}
    _validate_hosts(hosts, sizes, people)
    penalty = penalty_matrix(problem, people, index)
    base_meet = earlier_meetings(problem, index, n)
    free = problem.rounds - len(problem.locked)
    rng = np.random.default_rng(seed)
    movable = np.ones(n, dtype=bool)
    movable[list(hosts)] = False
    target = lower_bound(problem, people, sizes, base_meet, free)
    result = None
    attempt, used = 0, 0
    # a room of 5 cannot use 12 000 steps; its search space is tiny (and CPU time is the user's)
    max_iterations = min(max_iterations, ITERATIONS_PER_SEAT * n * max(free, 1))
    while used < max(1, max_iterations) and (result is None or result.cost > target):
        # Restarts: first from the most perfect rounds a design gives; when the remaining
        # rounds get stuck (an affine design is a deep local optimum), from one design round
        # fewer, which leaves the search room (32 people, 8 x 4, 10 rounds: 0 instead of 16).
        grp = _initial(problem, people, sizes, hosts, penalty, base_meet, free, rng, attempt)
        left = None if time_limit is None else time_limit - (time.monotonic() - started)
        if left is not None and left <= 0 and result is not None:
            break
        budget = min(max_iterations - used, ATTEMPT_ITERATIONS)
        found = tabu_search(grp, groups, base_meet, penalty, movable, rng, budget, left, target)
        used += max(found.iterations, 1)
        if result is None or found.cost < result.cost:
            result = found
        if found.iterations == 0:
            break  # no swap can change anything (one table, or only hosts in conflict)
        attempt += 1
    assert result is not None
    result.iterations = used
    rounds = [[list(g) for g in r] for r in problem.locked]
    for w in range(free):
        rounds.append(
            [[people[i] for i in np.flatnonzero(result.grp[w] == t)] for t in range(groups)]
        )
    schedule = evaluate(
        rounds, problem.organisation, problem.forbidden, problem.met_before, problem.met_in_series
    )
    schedule.seconds = time.monotonic() - started
    schedule.iterations = result.iterations
    return schedule


def resolve(
    problem: GroupProblem,
    schedule: Sequence[Round],
    started_rounds: int,
    seed: int = 0,
    max_iterations: int = 12_000,
    time_limit: float | None = 8.0,
) -> Schedule:
    """Re-solve after late arrivals or departures: rounds already started stay as they are."""
    locked = [list(map(list, r)) for r in schedule[:started_rounds]]
    return solve(replace(problem, locked=locked), seed, max_iterations, time_limit)


def participant_rounds(rounds: Sequence[Round]) -> list[list[list[int]]]:
    """The rounds of a schedule solved for participant ids, typed as such (the solver takes any
    hashable person)."""
    out: list[list[list[int]]] = []
    for round_groups in rounds:
        out.append([])
        for table in round_groups:
            ids = [p for p in table if isinstance(p, int)]
            if len(ids) != len(table):
                raise TypeError(f"not participant ids: {table!r}")
            out[-1].append(ids)
    return out


def evaluate(
    rounds: Sequence[Round],
    organisation: Mapping[PersonId, str | None],
    forbidden: Sequence[tuple[PersonId, PersonId]] = (),
    met_before: Sequence[tuple[PersonId, PersonId]] = (),
    met_in_series: Mapping[frozenset[PersonId], int] | None = None,
) -> Schedule:
    """Count repeats, organisation clashes and forbidden meetings of a schedule (a pair who
    met in an earlier session of the series counts as one earlier meeting)."""
    meetings: Counter[frozenset[PersonId]] = Counter(
        frozenset(p) for p in met_before if p[0] != p[1]
    )
    meetings.update(series_pairs(met_in_series or {}))
    clashes = 0
    forbidden_set = {frozenset(p) for p in forbidden}
    forbidden_met: list[tuple[int, PersonId, PersonId]] = []
    for w, round_groups in enumerate(rounds):
        for table in round_groups:
            for i, a in enumerate(table):
                for b in table[i + 1 :]:
                    meetings[frozenset((a, b))] += 1
                    org = organisation.get(a)
                    if org and org == organisation.get(b):
                        clashes += 1
                    if frozenset((a, b)) in forbidden_set:
                        forbidden_met.append((w, a, b))
    repeats = sum(c - 1 for c in meetings.values() if c > 1)
    notices: list[Notice] = []
    for w, a, b in forbidden_met:
        notices.append(Notice(QT_TRANSLATE_NOOP("groups", "Round {round}: {a} and {b} had to sit "
                                                "together although they should not meet."),
                              {"round": w + 1, "a": a, "b": b}))  # fmt: skip
    if clashes:
        notices.append(Notice(QT_TRANSLATE_NOOP("groups", "{count} times two people of the same "
                                                "organisation share a table."),
                              {"count": clashes}))  # fmt: skip
    if repeats:
        notices.append(Notice(QT_TRANSLATE_NOOP("groups", "{count} times two people meet again."),
                              {"count": repeats}))  # fmt: skip
    return Schedule([list(map(list, r)) for r in rounds], repeats, clashes, forbidden_met, notices)


def _validate(problem: GroupProblem, n: int) -> None:
    if n == 0:
        raise GroupingError(QT_TRANSLATE_NOOP("groups", "There is nobody to put in groups."))
    if problem.rounds < 1:
        raise GroupingError(QT_TRANSLATE_NOOP("groups", "There must be at least one round."))
    if len(problem.locked) > problem.rounds:
        raise GroupingError(
            QT_TRANSLATE_NOOP("groups", "{locked} rounds have started, but only {rounds} are "
                              "planned."),
            locked=len(problem.locked), rounds=problem.rounds,
        )  # fmt: skip


def _validate_hosts(hosts: dict[int, int], sizes: list[int], people: list[PersonId]) -> None:
    per_table = Counter(hosts.values())
    for person, table in hosts.items():
        if not 0 <= table < len(sizes):
            raise GroupingError(
                QT_TRANSLATE_NOOP("groups", "{person} hosts table {table}, but there are only "
                                  "{groups} tables."),
                person=people[person], table=table + 1, groups=len(sizes),
            )  # fmt: skip
    for table, count in per_table.items():
        if count > sizes[table]:
            raise GroupingError(
                QT_TRANSLATE_NOOP("groups", "Table {table} has {hosts} hosts but seats only "
                                  "{size}."),
                table=table + 1, hosts=count, size=sizes[table],
            )  # fmt: skip


def _initial(
    problem: GroupProblem,
    people: list[PersonId],
    sizes: list[int],
    hosts: dict[int, int],
    penalty: np.ndarray,
    base_meet: np.ndarray,
    free: int,
    rng: np.random.Generator,
    attempt: int = 0,
) -> np.ndarray:
    """Start from a design where one fits, greedy elsewhere. With earlier meetings (an earlier
    session of the series, locked rounds), only design rounds that repeat none of them.

    When the design has fewer rounds than needed, one design round fewer: a complete affine
    design is a deep local optimum for the rounds after it.
    """
    n, groups = len(people), len(sizes)
    grp = np.zeros((free, n), dtype=np.int64)
    done = 0
    if free:
        done = _from_design(grp, problem, people, sizes, hosts, base_meet)
        if 0 < done < free and not base_meet.any():
            done -= 1
    meet = base_meet + (co_meetings(grp[:done], groups) if done else 0)
    for w in range(done, free):
        grp[w] = _greedy_round(sizes, hosts, penalty, meet, rng)
        meet = meet + co_meetings(grp[w : w + 1], groups)
    return grp


def _from_design(
    grp: np.ndarray,
    problem: GroupProblem,
    people: list[PersonId],
    sizes: list[int],
    hosts: dict[int, int],
    base_meet: np.ndarray,
) -> int:
    """Fill grp's first rounds from a design; how many. With earlier meetings, the design's
    rounds in which none of them meets again (a series carrying on with its design)."""
    n, groups = len(people), len(sizes)
    width = sizes[0]
    earlier = bool(base_meet.any())
    design = best_design(groups, width, len(grp) + (DESIGN_LOOKAHEAD if earlier else 0))
    if not design:
        return 0
    points = groups * width
    dummies = points - n
    met = np.zeros((points, points), dtype=bool)
    for round_groups in design:
        for table in round_groups:
            met[np.ix_(table, table)] = True
    independent: list[int] = []
    for p in range(points):  # points that never meet: dummies and hosts go here
        if not met[p, independent].any():
            independent.append(p)
    special = independent[: dummies + len(hosts)]
    if len(special) < dummies + len(hosts):
        return 0
    host_people = sorted(hosts, key=lambda h: hosts[h])
    rest = [i for i in range(n) if i not in hosts]
    orgs = Counter(problem.organisation.get(people[i]) or None for i in rest)
    rest.sort(key=lambda i: (-orgs[problem.organisation.get(people[i]) or None] if
                             problem.organisation.get(people[i]) else 1,
                             str(problem.organisation.get(people[i]) or ""),
                             problem.order.get(people[i], n + i)))  # fmt: skip
    point_of: dict[int, int] = {}
    for h, p in zip(host_people, special[dummies:], strict=True):
        point_of[p] = h
    others = [p for p in range(points) if p not in set(special)]
    for p, i in zip(others, rest, strict=True):
        point_of[p] = i
    done = 0
    for round_groups in design:
        if done == len(grp):
            break
        row = np.zeros(n, dtype=np.int64)
        labelled = _label_tables(round_groups, point_of, sizes, hosts)
        for t, table in enumerate(labelled):
            for p in table:
                if p in point_of:
                    row[point_of[p]] = t
        _repair_hosts(row, hosts)
        if earlier and np.triu(base_meet * co_meetings(row[None, :], groups), 1).any():
            continue  # someone would meet again: an earlier session already used this round
        grp[done] = row
        done += 1
    return done


def _label_tables(
    round_groups: list[list[int]], point_of: dict[int, int], sizes: list[int], hosts: dict[int, int]
) -> list[list[int]]:
    """Give each design group a table of its size, the host's table where there is one."""
    tables: list[list[int] | None] = [None] * len(sizes)
    waiting = []
    for group in round_groups:
        size = sum(1 for p in group if p in point_of)
        wanted = [hosts[point_of[p]] for p in group if p in point_of and point_of[p] in hosts]
        target = next((t for t in wanted if tables[t] is None and sizes[t] == size), None)
        if target is None:
            waiting.append((size, group))
        else:
            tables[target] = group
    for size, group in waiting:
        t = next(t for t in range(len(sizes)) if tables[t] is None and sizes[t] == size)
        tables[t] = group
    return tables  # type: ignore[return-value]  # every table got a group above


def _repair_hosts(row: np.ndarray, hosts: dict[int, int]) -> None:
    for h, t in hosts.items():
        if row[h] != t:
            mate = next(p for p in np.flatnonzero(row == t) if p not in hosts)
            row[mate], row[h] = row[h], t


def _greedy_round(
    sizes: list[int],
    hosts: dict[int, int],
    penalty: np.ndarray,
    meet: np.ndarray,
    rng: np.random.Generator,
) -> np.ndarray:
    """Seat people one by one at the open table where they cost least."""
    n, groups = len(meet), len(sizes)
    row = np.full(n, -1, dtype=np.int64)
    room = np.array(sizes, dtype=np.int64)
    onehot = np.zeros((n, groups))
    cost = (penalty + (meet >= 1)).astype(np.float64)
    for h, t in hosts.items():
        row[h] = t
        room[t] -= 1
        onehot[h, t] = 1
    order = [int(p) for p in rng.permutation(n) if int(p) not in hosts]
    order.sort(key=lambda p: -penalty[p].sum())  # the hard-to-place first (stable on ties)
    for p in order:
        score = cost[p] @ onehot + rng.random(groups) * 0.1
        score[room <= 0] = np.inf
        t = int(np.argmin(score))
        row[p] = t
        room[t] -= 1
        onehot[p, t] = 1
    return row
