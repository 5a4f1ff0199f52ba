"""Sector bingo: unique cards from a statement pool, win rules and verification of a called bingo.

Pure Python so the same code makes cards for the window, the command line and the tests. Cards
refer to statements by their stable id, so editing a statement's wording keeps marks and printed
cards meaningful. Generation is deterministic per seed: the same seed and pool give the same cards.

How cards are chosen (why it is balanced): each card takes the k statements used least so far, so
the use counts of any two statements never differ by more than one. Among equally used statements
it prefers those that appeared together least often with the ones already on the card (a running
pair-count score), which spreads overlap between cards evenly.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP

LAYOUTS = ("grid4", "grid5", "list")
RULES = ("count", "line", "full")
DEFAULT_TARGET = 10
DEFAULT_LIST_SIZE = 15
FREE = ""  # the statement id of the free centre cell
CANDIDATES = 1  # balanced candidates per card; measured: 6 or 12 barely lower the worst overlap
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


class BingoError(ValueError):
    """Settings that cannot make cards; message is an English source text with {params}."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params


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
    masks: list[int] = []
    good_enough = -(-k * k // p)  # about the overlap two random cards would have
    cards: list[Card] = []
    for number in range(1, count + 1):
        chosen, mask = _best_of(k, uses, pairs, masks, good_enough, rng)
        masks.append(mask)
        for a in chosen:
            uses[a] += 1
            row = pairs[a]
            for b in chosen:
                row[b] += 1
        rng.shuffle(chosen)
        cells = [ids[i] for i in chosen]
        if layout.free_index is not None:
            cells.insert(layout.free_index, FREE)
        name = names[number - 1] if number - 1 < len(names) else ""
        cards.append(Card(number, check_code(seed, number, cells), tuple(cells), name))
        if progress is not None and (number % 50 == 0 or number == count):
            progress(number, count)
    return cards


def _pick(k: int, uses: list[int], pairs: list[list[int]], rng: random.Random) -> list[int]:
    """k least-used statements; ties broken by fewest earlier meetings with the chosen ones."""
    pool = sorted(range(len(uses)), key=lambda i: (uses[i], rng.random()))
    score = [0] * len(uses)
    chosen: list[int] = []
    while len(chosen) < k:
        best = min(pool, key=lambda i: (uses[i], score[i]))
        pool.remove(best)
        chosen.append(best)
        row = pairs[best]
        for i in pool:
            score[i] += row[i]
    return chosen


def _best_of(
    k: int,
    uses: list[int],
    pairs: list[list[int]],
    masks: list[int],
    good_enough: int,
    rng: random.Random,
) -> tuple[list[int], int]:
    """Of a few balanced candidates, the one whose largest overlap with earlier cards is least.

    A candidate equal to an earlier card overlaps it completely (k), so it is never preferred
    over a new one; if all candidates repeat a card, members are swapped until it is new.
    """
    best: tuple[int, list[int], int] | None = None
    for _ in range(CANDIDATES):
        chosen = _pick(k, uses, pairs, rng)
        mask = sum(1 << i for i in chosen)
        worst = max(((mask & other).bit_count() for other in masks), default=0)
        if best is None or worst < best[0]:
            best = (worst, chosen, mask)
        if worst <= good_enough:
            break
    assert best is not None
    if best[0] < k:
        return best[1], best[2]
    return _swap_for_unique(best[1], uses, set(masks), rng)


def _swap_for_unique(
    chosen: list[int], uses: list[int], seen: set[int], rng: random.Random
) -> tuple[list[int], int]:
    """Last resort when the balanced choice repeats a card: swap members until it is new."""
    outside = sorted((i for i in range(len(uses)) if i not in chosen), key=lambda i: uses[i])
    for out in outside:
        for position in rng.sample(range(len(chosen)), len(chosen)):
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
