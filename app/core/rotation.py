"""Speed-dating rotations: who sits at which table in each round.

Rules: everyone present sits somewhere every round; tables are pairs (or trios when asked); an odd
person out joins a trio (for trios, leftovers make pairs) so nobody sits alone; nobody meets the
same person twice while that is avoidable. Pairs with an even number of people use the circle
method (a perfect round-robin: n-1 rounds without any repeat); everything else is built greedily
per round with seeded random restarts, keeping the round with the fewest repeats.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

Person = Hashable
Table = tuple[Any, ...]
Round = tuple[Table, ...]

ATTEMPTS_PER_ROUND = 60


@dataclass(frozen=True)
class Rotation:
    rounds: tuple[Round, ...]

    def table_of(self, person: Person, round_index: int) -> int | None:
        """1-based table number of a person in a round, None when not seated."""
        for number, table in enumerate(self.rounds[round_index], start=1):
            if person in table:
                return number
        return None

    def schedule_of(self, person: Person) -> list[int | None]:
        """Table number per round for one person (what the printed schedule shows)."""
        return [self.table_of(person, r) for r in range(len(self.rounds))]

    def people(self) -> list[Any]:
        """Everyone seated in any round, in order of first appearance (late arrivals last)."""
        return list(dict.fromkeys(p for round_ in self.rounds for table in round_ for p in table))

    def pairs(self, rounds: int | None = None) -> set[frozenset[Any]]:
        """Who met whom in the first `rounds` rounds (all when None)."""
        return {
            frozenset(pair)
            for round_ in self.rounds[:rounds]
            for table in round_
            for pair in combinations(table, 2)
        }

    def repeats(self) -> int:
        """How many meetings repeat an earlier one (0 = nobody meets anyone twice)."""
        seen: set[frozenset[Any]] = set()
        count = 0
        for round_ in self.rounds:
            for table in round_:
                for pair in combinations(table, 2):
                    key = frozenset(pair)
                    count += key in seen
                    seen.add(key)
        return count

    def to_json(self) -> list[list[list[Any]]]:
        return [[list(table) for table in round_] for round_ in self.rounds]

    @classmethod
    def from_json(cls, data: object) -> Rotation:
        """Read back what to_json stored; raises ValueError on anything else."""
        if not isinstance(data, list) or not all(isinstance(r, list) for r in data):
            raise ValueError("not a rotation")
        rounds = []
        for round_ in data:
            if not all(isinstance(t, list) for t in round_):
                raise ValueError("not a rotation")
            rounds.append(tuple(tuple(t) for t in round_))
        return cls(tuple(rounds))


def table_sizes(count: int, group_size: int) -> list[int]:
    """Sizes of the tables for count people: pairs with one trio, or trios with a pair or two."""
    if count <= 0:
        return []
    if count <= 3:
        return [count]
    if group_size != 3:
        sizes = [2] * (count // 2)
        if count % 2:
            sizes[-1] = 3  # the odd person out joins a pair
        return sizes
    trios, rest = divmod(count, 3)
    if rest == 0:
        return [3] * trios
    if rest == 2:
        return [3] * trios + [2]
    return [3] * (trios - 1) + [2, 2]  # 3 + 1 = 2 + 2: nobody alone, nobody in a four


def rotate(
    people: Sequence[Person],
    rounds: int,
    group_size: int = 2,
    seed: int = 0,
    avoid: Iterable[frozenset[Any]] = (),
) -> Rotation:
    """A rotation of rounds for the people (order of people does not matter).

    `avoid`: pairs who already met (earlier rounds), kept apart like pairs met in this rotation.
    """
    people = list(dict.fromkeys(people))  # unique, order kept
    if rounds <= 0 or not people:
        return Rotation(tuple(() for _ in range(max(0, rounds))))
    rng = random.Random(seed)
    order = people[:]
    rng.shuffle(order)
    met: dict[Any, set[Any]] = {p: set() for p in order}
    for pair in avoid:
        if len(pair) != 2:
            continue
        a, b = tuple(pair)
        if a in met and b in met:
            met[a].add(b)
            met[b].add(a)
    fresh_start = not any(met.values())
    if fresh_start and group_size == 2 and len(order) % 2 == 0 and len(order) > 2:
        circle = _circle_rounds(order, rounds)
        return Rotation(tuple(circle))
    sizes = table_sizes(len(order), group_size)
    result = []
    for _ in range(rounds):
        best: list[list[Any]] | None = None
        best_cost = None
        for _attempt in range(ATTEMPTS_PER_ROUND):
            tables = _greedy_round(order, sizes, met, rng)
            cost = _cost(tables, met)
            if best_cost is None or cost < best_cost:
                best, best_cost = tables, cost
            if cost == 0:
                break
        assert best is not None
        for table in best:
            for a, b in combinations(table, 2):
                met[a].add(b)
                met[b].add(a)
        result.append(tuple(tuple(t) for t in best))
    return Rotation(tuple(result))


def continue_rotation(
    rotation: Rotation,
    keep: int,
    people: Sequence[Person],
    group_size: int = 2,
    seed: int = 0,
    avoid: Iterable[frozenset[Any]] = (),
) -> Rotation:
    """Keep the first `keep` rounds (already held) and remake the rest for `people` (e.g. with
    late arrivals), avoiding everyone who already met in the kept rounds (and `avoid`: pairs
    who met in earlier sessions of the series)."""
    keep = max(0, min(keep, len(rotation.rounds)))
    pairs = rotation.pairs(keep) | {frozenset(p) for p in avoid}
    rest = rotate(people, len(rotation.rounds) - keep, group_size, seed, pairs)
    return Rotation(rotation.rounds[:keep] + rest.rounds)


def _circle_rounds(order: list[Any], rounds: int) -> list[Round]:
    """Round-robin by the circle method: one fixed, the rest turn; repeats start after n-1."""
    n = len(order)
    fixed, ring = order[0], order[1:]
    out: list[Round] = []
    for r in range(rounds):
        shift = r % (n - 1)
        turned = ring[shift:] + ring[:shift]
        line = [fixed, *turned]
        out.append(tuple((line[i], line[n - 1 - i]) for i in range(n // 2)))
    return out


def _greedy_round(
    order: list[Any], sizes: list[int], met: dict[Any, set[Any]], rng: random.Random
) -> list[list[Any]]:
    """Fill tables one by one, most-constrained person first, avoiding people already met."""
    free = order[:]
    rng.shuffle(free)
    free.sort(key=lambda p: -len(met[p]))  # stable: random among equals
    tables: list[list[Any]] = []
    for size in sorted(sizes, reverse=True):
        first = free.pop(0)
        table = [first]
        while len(table) < size and free:
            fresh = [p for p in free if not any(p in met[q] for q in table)]
            pool = fresh or free
            # seat the hardest-to-place candidate now, while there is still room for them
            left = set(free)
            candidate = max(pool, key=lambda p: (len(met[p] & left), rng.random()))
            free.remove(candidate)
            table.append(candidate)
        tables.append(table)
    rng.shuffle(tables)
    return tables


def _cost(tables: list[list[Any]], met: dict[Any, set[Any]]) -> int:
    return sum(1 for t in tables for a, b in combinations(t, 2) if b in met[a])
