"""Known combinatorial designs that give perfect group rounds (nobody meets twice) at once, and
for tables larger than their number, the rounds with the fewest repeats counting allows.

Why: local search alone struggles on tight instances (Kirkman's 15 schoolgirls, 32 people in
groups of 4 for 9 rounds), while classical constructions solve them exactly in microseconds.
Every function returns rounds as lists of groups of point numbers 0..n-1 in a "natural" order
(rows of a transversal design are consecutive numbers, so mapping people of one organisation onto
consecutive points keeps them apart). The caller maps people onto points and repairs the rest
with search.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

Rounds = list[list[list[int]]]

# A resolvable 2-(15,3,1) design: Kirkman's schoolgirls, from a packing of PG(3,2).
KIRKMAN_15: Rounds = [
    [[0, 1, 2], [3, 7, 11], [4, 9, 14], [5, 10, 12], [6, 8, 13]],
    [[0, 3, 4], [1, 7, 9], [2, 12, 13], [5, 8, 14], [6, 10, 11]],
    [[0, 5, 6], [1, 8, 10], [2, 11, 14], [3, 9, 13], [4, 7, 12]],
    [[0, 7, 8], [1, 11, 13], [2, 4, 5], [3, 10, 14], [6, 9, 12]],
    [[0, 9, 10], [1, 12, 14], [2, 3, 6], [4, 8, 11], [5, 7, 13]],
    [[0, 11, 12], [1, 3, 5], [2, 8, 9], [4, 10, 13], [6, 7, 14]],
    [[0, 13, 14], [1, 4, 6], [2, 7, 10], [3, 8, 12], [5, 9, 11]],
]


def prime_power(q: int) -> tuple[int, int] | None:
    """(p, e) with q = p**e for a prime p, else None."""
    if q < 2:
        return None
    for p in range(2, q + 1):
        if q % p == 0:
            e, rest = 0, q
            while rest % p == 0:
                rest //= p
                e += 1
            return (p, e) if rest == 1 else None
    return None


class Field:
    """GF(p**e) with elements 0..q-1 as base-p digit vectors of polynomial coefficients."""

    def __init__(self, p: int, e: int) -> None:
        self.p, self.e, self.q = p, e, p**e
        self.modulus = self._irreducible() if e > 1 else [0, 1]
        self.mul_table = [[self._mul(a, b) for b in range(self.q)] for a in range(self.q)]

    def _digits(self, a: int) -> list[int]:
        return [(a // self.p**i) % self.p for i in range(self.e)]

    def _number(self, digits: list[int]) -> int:
        return sum(d * self.p**i for i, d in enumerate(digits))

    def add(self, a: int, b: int) -> int:
        da, db = self._digits(a), self._digits(b)
        return self._number([(x + y) % self.p for x, y in zip(da, db, strict=True)])

    def _poly_mul_mod(self, a: list[int], b: list[int], mod: list[int]) -> list[int]:
        prod = [0] * (len(a) + len(b) - 1)
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                prod[i + j] = (prod[i + j] + x * y) % self.p
        deg = len(mod) - 1  # mod is monic of degree deg
        for i in range(len(prod) - 1, deg - 1, -1):
            c = prod[i]
            if c:
                for j in range(deg + 1):
                    prod[i - deg + j] = (prod[i - deg + j] - c * mod[j]) % self.p
        return (prod + [0] * deg)[:deg]

    def _irreducible(self) -> list[int]:
        """The first monic polynomial of degree e without a root-free factorisation (brute)."""
        p, e = self.p, self.e
        for tail in itertools.product(range(p), repeat=e):
            poly = [*tail, 1]
            if tail[0] == 0:
                continue
            if not self._has_factor(poly):
                return poly
        raise ValueError("no irreducible polynomial")  # pragma: no cover

    def _has_factor(self, poly: list[int]) -> bool:
        deg = len(poly) - 1
        for d in range(1, deg // 2 + 1):
            for tail in itertools.product(range(self.p), repeat=d):
                if self._divides([*tail, 1], poly):
                    return True
        return False

    def _divides(self, div: list[int], poly: list[int]) -> bool:
        rest = list(poly)
        dd = len(div) - 1
        for i in range(len(rest) - 1, dd - 1, -1):
            c = rest[i]
            if c:
                for j in range(dd + 1):
                    rest[i - dd + j] = (rest[i - dd + j] - c * div[j]) % self.p
        return not any(rest[:dd])

    def _mul(self, a: int, b: int) -> int:
        if self.e == 1:
            return (a * b) % self.p
        return self._number(self._poly_mul_mod(self._digits(a), self._digits(b), self.modulus))

    def mul(self, a: int, b: int) -> int:
        return self.mul_table[a][b]


def transversal(groups: int, size: int, rounds: int) -> Rounds | None:
    """Copies of a resolvable transversal design TD(size, q) for a prime power q dividing groups.

    Points are (copy, row, column); round r puts (row i, column t + r*x_i) in group t, so two
    points in the same row never meet and every other pair of a copy meets at most once. With
    size == q the rows form one more round (the affine plane of order q).
    """
    best: Rounds | None = None
    for q in range(size, groups + 1):
        power = prime_power(q)
        if groups % q or power is None:
            continue
        field = Field(*power)
        copies = groups // q
        available = q + (1 if size == q else 0)
        result: Rounds = []
        for r in range(min(rounds, available)):
            round_groups: list[list[int]] = []
            for c in range(copies):
                base = c * size * q
                if r == q:  # the extra parallel class: the rows
                    round_groups += [[base + i * q + j for j in range(q)] for i in range(size)]
                    continue
                for t in range(q):
                    round_groups.append(
                        [base + i * q + field.add(t, field.mul(r, i)) for i in range(size)]
                    )
            result.append(round_groups)
        if best is None or len(result) > len(best):
            best = result
    return best


def binary_affine(groups: int, size: int, rounds: int, node_limit: int = 20000) -> Rounds | None:
    """Cosets of pairwise trivially-intersecting subspaces of GF(2)^m (a partial spread).

    Two points meet in the round of subspace W exactly when their difference lies in W, so
    subspaces sharing no non-zero vector give rounds without repeats: 9 rounds for 32 people in
    groups of 4, where simpler constructions give 8.
    """
    n = groups * size
    if n & (n - 1) or size & (size - 1) or size < 2:
        return None
    m, d = n.bit_length() - 1, size.bit_length() - 1
    subspaces = _subspaces(m, d)
    chosen: list[frozenset[int]] = []
    best: list[frozenset[int]] = []
    nodes = 0

    def extend(start: int, used: frozenset[int]) -> bool:
        nonlocal nodes, best
        if len(chosen) > len(best):
            best = list(chosen)
        if len(chosen) >= rounds:
            return True
        for i in range(start, len(subspaces)):
            nodes += 1
            if nodes > node_limit:
                return True
            space = subspaces[i]
            if not (space & used):
                chosen.append(space)
                if extend(i + 1, used | space):
                    return True
                chosen.pop()
        return False

    extend(0, frozenset())
    result: Rounds = []
    for space in best:
        vectors = sorted(space | {0})
        seen: set[int] = set()
        round_groups: list[list[int]] = []
        for x in range(n):
            if x not in seen:
                coset = sorted(x ^ v for v in vectors)
                seen.update(coset)
                round_groups.append(coset)
        result.append(round_groups)
    return result


def _subspaces(m: int, d: int) -> list[frozenset[int]]:
    """All d-dimensional subspaces of GF(2)^m as sets of their non-zero vectors."""
    found: set[frozenset[int]] = set()
    for basis in itertools.combinations(range(1, 2**m), d):
        span = {0}
        for b in basis:
            span |= {x ^ b for x in span}
        if len(span) == 2**d:
            found.add(frozenset(span - {0}))
        if len(found) > 5000:
            break
    return sorted(found, key=lambda s: sorted(s))


def round_robin(groups: int, size: int, rounds: int) -> Rounds | None:
    """Pairs: the circle method gives n-1 rounds in which everybody meets everybody once."""
    if size != 2:
        return None
    n = groups * 2
    result: Rounds = []
    others = list(range(1, n))
    for _ in range(min(rounds, n - 1)):
        ring = [0, *others]
        result.append([[ring[i], ring[n - 1 - i]] for i in range(groups)])
        others = others[-1:] + others[:-1]
    return result


def paired_grid(groups: int, size: int, rounds: int) -> Rounds | None:
    """Tables larger than their number (g < size <= 2g), up to three rounds: the fewest repeats.

    Pigeonhole counting forces repeats here (80 people at 8 tables of 10 for 3 rounds: at least
    32). They are fewest when they all fall on a few fixed pairs: g*g cells of a grid sit by row,
    by column and by diagonal (x + y mod g), so two cells meet at most once; e = size - g cells
    of every row, column and diagonal get a partner who follows them to every table. Only those
    e*g partner pairs meet again. A round whose lines do not all get e partners is left out.
    """
    g, e = groups, size - groups
    if not 0 < e <= g:
        return None
    lines: list[Callable[[int, int], int]] = [
        lambda x, y: x,
        lambda x, y: y,
        lambda x, y: (x + y) % g,
    ]
    used = lines[:rounds]
    seats = [(x, y) for x in range(g) for y in range(g)]
    seats += [(x, (x + k) % g) for k in range(e) for x in range(g)]  # the partners' cells
    order = _spread(seats, lambda c: {(i, line(*c)) for i, line in enumerate(used)}, g)
    result: Rounds = []
    for line in used:
        tables: list[list[int]] = [[] for _ in range(g)]
        for point, seat in enumerate(order):
            tables[line(*seat)].append(point)
        if any(len(table) != size for table in tables):
            break
        result.append(tables)
    return result or None


def _spread(
    seats: list[tuple[int, int]], tables: Callable[[tuple[int, int]], set[tuple[int, int]]], g: int
) -> list[tuple[int, int]]:
    """The seats in an order where runs of up to g - 1 consecutive seats share no table (as far
    as a greedy pick manages): people of one organisation are mapped onto consecutive points."""
    left = list(seats)
    order: list[tuple[int, int]] = []
    while left:
        for window in range(min(len(order), g - 1), -1, -1):
            taken = set().union(*(tables(seat) for seat in order[len(order) - window :]))
            pick = next((seat for seat in left if not tables(seat) & taken), None)
            if pick is not None:
                break
        assert pick is not None  # window 0 takes any seat
        order.append(pick)
        left.remove(pick)
    return order


def kirkman(groups: int, size: int, rounds: int) -> Rounds | None:
    if groups == 5 and size == 3:
        return [list(map(list, r)) for r in KIRKMAN_15[:rounds]]
    return None


CONSTRUCTIONS: tuple[Callable[[int, int, int], Rounds | None], ...] = (
    kirkman,
    round_robin,
    transversal,
    binary_affine,
    paired_grid,
)


def best_design(groups: int, size: int, rounds: int) -> Rounds:
    """The construction with the most perfect rounds (at most `rounds`), or [] if none fits."""
    best: Rounds = []
    for build in CONSTRUCTIONS:
        if len(best) >= rounds:
            break
        found = build(groups, size, rounds) or []
        if len(found) > len(best):
            best = found
    return best
