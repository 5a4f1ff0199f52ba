"""Sector bingo: unique cards from a statement pool, win rules and verification of a called bingo.

Pure Python so the same code makes cards for the window, the command line and the tests. Cards
refer to statements by their stable id, so editing a statement's wording keeps marks and printed
cards meaningful. Generation is deterministic per seed: the same seed and pool give the same cards.

How cards are chosen (why it is balanced): each card takes the k statements used least so far, so
the use counts of any two statements never differ by more than one. Among equally used statements
it prefers those that appeared together least often with the ones already on the card (a running
pair-count score), which spreads overlap between cards evenly. In tiny pools the balanced choice
can run out of new cards; then other balanced cards are enumerated, and as a last resort a member
is swapped and a repair pass restores the balance (only there may card 1..n depend on the total).
"""

from __future__ import annotations

import hashlib
import itertools
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP

LAYOUTS = ("grid4", "grid5", "list")
RULES = ("count", "line", "full")
DEFAULT_TARGET = 10
DEFAULT_LIST_SIZE = 15
FREE = ""  # the statement id of the free centre cell
RETRIES = 60  # balanced picks tried before a member is swapped to make a card unique
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to read aloud

LAYOUT_LABELS = {
    "grid4": QT_TRANSLATE_NOOP("Bingo", "Grid 4 × 4"),
    "grid5": QT_TRANSLATE_NOOP("Bingo", "Grid 5 × 5"),
    "list": QT_TRANSLATE_NOOP("Bingo", "List"),
}
RULE_LABELS = {
    "count": QT_TRANSLATE_NOOP("Bingo", "A number of statements crossed"),
    "line": QT_TRANSLATE_NOOP("Bingo", "A full row, column or diagonal"),
    "full": QT_TRANSLATE_NOOP("Bingo", "The full card"),
}


class BingoError(UserError, ValueError):
    """Settings that cannot make cards; message is an English source text (context "Bingo")."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("Bingo", message, **params)


@dataclass(frozen=True)
class Layout:
    """Shape of a card: grid side (0 for a list), cell count and where the free cell is."""

    name: str
    side: int
    cells: int
    free_index: int | None

    @property
    def statements(self) -> int:
        return self.cells - (1 if self.free_index is not None else 0)


def layout_of(name: str, free_centre: bool = False, list_size: int = DEFAULT_LIST_SIZE) -> Layout:
    if name == "grid4":
        return Layout("grid4", 4, 16, None)  # an even grid has no centre cell
    if name == "grid5":
        return Layout("grid5", 5, 25, 12 if free_centre else None)
    if name == "list":
        if list_size < 1:
            raise BingoError(QT_TRANSLATE_NOOP("Bingo", "A list card needs at least one line."))
        return Layout("list", 0, list_size, None)
    raise BingoError(QT_TRANSLATE_NOOP("Bingo", "Unknown card layout: {name}"), name=name)


@dataclass(frozen=True)
class Rule:
    kind: str = "count"
    target: int = DEFAULT_TARGET

    def describe(self) -> str:
        return RULE_LABELS.get(self.kind, self.kind)


def rule_of(kind: str, target: int = DEFAULT_TARGET, layout: Layout | None = None) -> Rule:
    if kind not in RULES:
        raise BingoError(QT_TRANSLATE_NOOP("Bingo", "Unknown win rule: {kind}"), kind=kind)
    if kind == "line" and layout is not None and layout.side == 0:
        raise BingoError(
            QT_TRANSLATE_NOOP("Bingo", "A list card has no lines; choose another rule.")
        )
    if kind == "count":
        if target < 1:
            raise BingoError(QT_TRANSLATE_NOOP("Bingo", "The number to cross must be at least 1."))
        if layout is not None and target > layout.statements:
            raise BingoError(
                QT_TRANSLATE_NOOP(
                    "Bingo", "A card has only {cells} statements; the target is {n}."
                ),
                cells=layout.statements,
                n=target,
            )
    return Rule(kind, target)


@dataclass(frozen=True)
class Card:
    """One card: its number, a check code and its cells (statement ids; FREE for the free cell)."""

    number: int
    code: str
    cells: tuple[str, ...]
    name: str = ""

    @property
    def statement_ids(self) -> frozenset[str]:
        return frozenset(cell for cell in self.cells if cell != FREE)

    @property
    def label(self) -> str:
        return f"{self.number:03d}"


def check_code(seed: int, number: int, cells: Sequence[str]) -> str:
    """Four characters tied to seed, number and contents: a copied or altered card shows up."""
    digest = hashlib.sha1(f"{seed}|{number}|{'|'.join(cells)}".encode()).digest()
    value = int.from_bytes(digest[:4], "big")
    chars = []
    for _ in range(4):
        value, rest = divmod(value, len(_CODE_ALPHABET))
        chars.append(_CODE_ALPHABET[rest])
    return "".join(chars)


def max_unique_cards(pool_size: int, per_card: int) -> int:
    """How many different cards a pool allows (capped; only compared with small requests)."""
    from math import comb

    return comb(pool_size, per_card) if 0 <= per_card <= pool_size else 0


def generate(
    pool_ids: Sequence[str],
    count: int,
    layout: Layout,
    seed: int,
    names: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> list[Card]:
    """Make `count` different cards from the pool, deterministic for (pool_ids, layout, seed)."""
    ids = list(dict.fromkeys(i for i in pool_ids if i != FREE))
    k = layout.statements
    if len(ids) < k:
        raise BingoError(
            QT_TRANSLATE_NOOP("Bingo", "The pool has {n} statements; a card needs {k}."),
            n=len(ids),
            k=k,
        )
    if count < 0 or count > max_unique_cards(len(ids), k):
        raise BingoError(
            QT_TRANSLATE_NOOP("Bingo", "This pool allows at most {max} different cards."),
            max=max_unique_cards(len(ids), k),
        )
    rng = random.Random(seed)
    p = len(ids)
    uses = [0] * p
    pairs = [[0] * p for _ in range(p)]
    seen: set[int] = set()
    chosen_cards: list[list[int]] = []
    for number in range(1, count + 1):
        chosen, mask = _new_card(k, uses, pairs, seen, rng)
        seen.add(mask)
        for a in chosen:
            uses[a] += 1
            row = pairs[a]
            for b in chosen:
                row[b] += 1
        chosen_cards.append(chosen)
        if progress is not None and (number % 50 == 0 or number == count):
            progress(number, count)
    _rebalance(chosen_cards, uses, seen)
    cards: list[Card] = []
    for number, chosen in enumerate(chosen_cards, 1):
        random.Random(seed * 100_003 + number).shuffle(chosen)  # cell order: per card number
        cells = [ids[i] for i in chosen]
        if layout.free_index is not None:
            cells.insert(layout.free_index, FREE)
        name = names[number - 1] if number - 1 < len(names) else ""
        cards.append(Card(number, check_code(seed, number, cells), tuple(cells), name))
    return cards


def _rebalance(cards: list[list[int]], uses: list[int], seen: set[int]) -> None:
    """Repair after a dead end (tiny pools only): while use counts differ by more than one,
    swap a most-used statement for a least-used one on a card where that keeps cards unique."""
    for _ in range(10 * len(cards) + 10):
        high, low = max(uses), min(uses)
        if high - low <= 1:
            return
        if not _one_swap(cards, uses, seen, high, low):
            return


def _one_swap(cards: list[list[int]], uses: list[int], seen: set[int], high: int, low: int) -> bool:
    lows = [i for i, n in enumerate(uses) if n == low]
    for card in cards:
        mask = sum(1 << i for i in card)
        for position, a in enumerate(card):
            if uses[a] != high:
                continue
            for b in lows:
                if b in card:
                    continue
                trial = mask & ~(1 << a) | (1 << b)
                if trial not in seen:
                    seen.discard(mask)
                    seen.add(trial)
                    card[position] = b
                    uses[a] -= 1
                    uses[b] += 1
                    return True
    return False


def _pick(
    k: int, uses: list[int], pairs: list[list[int]], rng: random.Random, noise: float = 0.0
) -> list[int]:
    """k least-used statements; ties broken by fewest earlier meetings with the chosen ones.

    `noise` (0 on the first try) loosens the pair score so a retry can find a different card.
    """
    n = len(uses)
    pool = sorted(range(n), key=lambda i: (uses[i], rng.random()))
    score = [noise * rng.random() for _ in range(n)] if noise else [0.0] * n
    chosen: list[int] = []
    while len(chosen) < k:
        best = min(pool, key=lambda i: (uses[i], score[i]))
        pool.remove(best)
        chosen.append(best)
        row = pairs[best]
        for i in pool:
            score[i] += row[i]
    return chosen


def _new_card(
    k: int, uses: list[int], pairs: list[list[int]], seen: set[int], rng: random.Random
) -> tuple[list[int], int]:
    """A balanced card that differs from every earlier one (as a set of statements)."""
    chosen: list[int] = []
    for attempt in range(RETRIES):
        chosen = _pick(k, uses, pairs, rng, noise=float(attempt * k))
        mask = sum(1 << i for i in chosen)
        if mask not in seen:
            return chosen, mask
    found = _enumerate_balanced(k, uses, seen, rng)
    return found if found else _swap_for_unique(chosen, uses, seen, rng)


def _enumerate_balanced(
    k: int, uses: list[int], seen: set[int], rng: random.Random, limit: int = 20000
) -> tuple[list[int], int] | None:
    """Small pools: walk through the balanced cards in random order for one not yet used."""
    low = min(uses)
    forced = [i for i in range(len(uses)) if uses[i] == low]
    if len(forced) >= k:
        base, group, need = [], forced, k
    else:
        base = forced
        group = [i for i in range(len(uses)) if uses[i] == low + 1]
        need = k - len(forced)
    rng.shuffle(group)
    for number, extra in enumerate(itertools.combinations(group, need)):
        if number >= limit:
            break
        chosen = [*base, *extra]
        mask = sum(1 << i for i in chosen)
        if mask not in seen:
            return chosen, mask
    return None


def _swap_for_unique(
    chosen: list[int], uses: list[int], seen: set[int], rng: random.Random
) -> tuple[list[int], int]:
    """Last resort when balanced picks keep repeating a card: swap one member for an outsider,
    preferring an outsider used as often as the member (which keeps the balance)."""
    outside = [i for i in range(len(uses)) if i not in chosen]
    swaps = [(abs(uses[o] - uses[m]), uses[o], rng.random(), pos, o)
             for pos, m in enumerate(chosen) for o in outside]  # fmt: skip
    for *_, position, out in sorted(swaps):
        trial = list(chosen)
        trial[position] = out
        mask = sum(1 << i for i in trial)
        if mask not in seen:
            return trial, mask
    raise BingoError(QT_TRANSLATE_NOOP("Bingo", "Could not make enough different cards."))


def lines(layout: Layout) -> list[tuple[int, ...]]:
    """Cell indices of every row, column and both diagonals of a grid (none for a list)."""
    n = layout.side
    if n == 0:
        return []
    rows = [tuple(r * n + c for c in range(n)) for r in range(n)]
    cols = [tuple(r * n + c for r in range(n)) for c in range(n)]
    diagonals = [tuple(i * n + i for i in range(n)), tuple(i * n + (n - 1 - i) for i in range(n))]
    return rows + cols + diagonals


def crossed(card: Card, heard: Iterable[str]) -> list[bool]:
    """Per cell: crossed because heard (the free cell always counts as crossed)."""
    heard_set = set(heard)
    return [cell == FREE or cell in heard_set for cell in card.cells]


def heard_count(card: Card, heard: Iterable[str]) -> int:
    """How many of the card's statements were heard (the free cell is not a statement)."""
    return len(card.statement_ids & set(heard))


def wins(card: Card, heard: Iterable[str], rule: Rule, layout: Layout) -> bool:
    heard_set = set(heard)
    marks = crossed(card, heard_set)
    if rule.kind == "count":
        return heard_count(card, heard_set) >= rule.target
    if rule.kind == "line":
        return any(all(marks[i] for i in line) for line in lines(layout))
    return all(marks)


def winners(cards: Iterable[Card], heard: Iterable[str], rule: Rule, layout: Layout) -> list[Card]:
    heard_set = set(heard)
    return [card for card in cards if wins(card, heard_set, rule, layout)]


@dataclass(frozen=True)
class Verdict:
    """What the facilitator sees after typing a card number."""

    card: Card | None
    marks: tuple[bool, ...]
    heard: int
    wins: bool


def verify(
    cards: Sequence[Card], number: int, heard: Iterable[str], rule: Rule, layout: Layout
) -> Verdict:
    """Look up a card by number and judge it against the statements heard so far."""
    heard_set = set(heard)
    card = next((c for c in cards if c.number == number), None)
    if card is None:
        return Verdict(None, (), 0, False)
    return Verdict(
        card,
        tuple(crossed(card, heard_set)),
        heard_count(card, heard_set),
        wins(card, heard_set, rule, layout),
    )
