"""The rules of the word cloud, without Qt or storage: normalising answers, counting them with the
moderator's merges and hidden words, and laying the cloud out.

Normalising: an answer is compared case-folded, with surrounding punctuation and spaces trimmed
and inner whitespace collapsed. Nothing else: "netwerk" and "netwerken" stay two words (a
moderator merges them when the room means the same), so no language rule guesses wrong. The word
shown is the spelling typed most often (the first typed on a tie).

Layout: a word's size follows its count in a few steps (1, 2-3, 4-7, 8-15, 16+ answers), so one
more answer rarely changes a size and never changes another word's size. Words are placed in the
order they first arrived, each on the free spot closest to the centre (the limit of a fine
spiral, ellipse-shaped to the area), checked against the words placed before it on a grid. So
adding a word never moves the words already there, and a word growing a step moves only itself
and the words after it. The text size of the whole cloud drops a tier only when the words no
longer fit; the smallest tier is a fortieth of the height. Text is measured by an injected
function, so the beamer (Qt) and the report (reportlab) share the same layout.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

MAX_WORD = 40  # characters of one answer (a word or a short phrase)
MAX_ANSWERS = 10  # the most answers per phone the setting allows
DEFAULT_MAX_ANSWERS = 3
STEP_COUNTS = (1, 2, 4, 8, 16)  # a word reaches step i at STEP_COUNTS[i] answers
STEP_RATIO = 1.3  # each step's text is this much larger than the one below
# Text size of step 0 as a fraction of the area's height, tried from large to small; the cloud
# takes the largest at which every word fits. The last is the floor: 1/40 of the height.
TIERS = (1 / 16, 1 / 20, 1 / 25, 1 / 32, 1 / 40)
LINE = 1.2  # a word's box is this many times its text size high
GAP = 0.3  # horizontal room around a word, as a fraction of its text size
GRID_ROWS = 120  # collision grid: rows over the area's height (cells are square)
FILL_LIMIT = 0.8  # a tier whose boxes need more of the grid than this is not tried

Measure = Callable[[str, float], float]  # (text, size) -> width, in the same unit as the size


def _trim_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "PZC"  # punctuation, separators (spaces), control and format chars


@lru_cache(maxsize=8192)  # a room sends the same few hundred words thousands of times
def clean(text: str) -> str:
    """An answer as shown: surrounding punctuation and spaces trimmed, inner whitespace collapsed,
    control characters dropped, at most MAX_WORD characters; case kept."""
    text = " ".join(str(text).split())  # tabs and line breaks are spaces first
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf"))
    start, end = 0, len(text)
    while start < end and _trim_char(text[start]):
        start += 1
    while end > start and _trim_char(text[end - 1]):
        end -= 1
    return text[start:end][:MAX_WORD].strip()


@lru_cache(maxsize=8192)
def normal(text: str) -> str:
    """The form two answers are compared in: cleaned and case-folded ("" = no word)."""
    return unicodedata.normalize("NFC", clean(text)).casefold()


def resolve(key: str, merges: Mapping[str, str]) -> str:
    """Where a word ends up after the moderator's merges (a chain is followed; a loop stops)."""
    seen = {key}
    while key in merges and merges[key] not in seen:
        key = merges[key]
        seen.add(key)
    return key


@dataclass(frozen=True)
class Word:
    """One word of the cloud: its normal form (after merges), the spelling shown, its count and
    the position of its first answer (the order words are placed in)."""

    key: str
    text: str
    count: int
    first: int
    hidden: bool = False
    merged: tuple[str, ...] = ()  # other normal forms merged into this one


def tally(
    answers: Iterable[str],
    merges: Mapping[str, str] | None = None,
    hidden: Collection[str] = (),
) -> list[Word]:
    """The words of the answers (given in arrival order), in the order they first arrived."""
    merges = merges or {}
    order: dict[str, int] = {}
    counts: dict[str, int] = {}
    spellings: dict[str, dict[str, dict[str, int]]] = {}  # word -> own normal -> spelling -> n
    for index, answer in enumerate(answers):
        shown = clean(answer)
        own = normal(answer)
        if not own:
            continue
        key = resolve(own, merges)
        order.setdefault(key, index)
        counts[key] = counts.get(key, 0) + 1
        by_form = spellings.setdefault(key, {}).setdefault(own, {})
        by_form[shown] = by_form.get(shown, 0) + 1
    words = []
    for key, first in sorted(order.items(), key=lambda item: item[1]):
        forms = spellings[key]
        # the target's own spellings name the word (a merge keeps the name the moderator chose)
        own = forms.get(key) or max(forms.values(), key=lambda f: sum(f.values()))
        text = max(own.items(), key=lambda item: item[1])[0]  # max keeps the first on a tie
        others = tuple(sorted(form for form in forms if form != key))
        words.append(Word(key, text, counts[key], first, key in hidden, others))
    return words


def by_count(words: Iterable[Word]) -> list[Word]:
    """Most answers first, then alphabetical (the console list and the report's list)."""
    return sorted(words, key=lambda w: (-w.count, w.key))


def step(count: int) -> int:
    """The size step of a word with this many answers (0 = smallest)."""
    return max(0, sum(1 for threshold in STEP_COUNTS if count >= threshold) - 1)


@dataclass(frozen=True)
class Placed:
    """A word placed in the area: its box (top-left x, y, width, height) and text size."""

    key: str
    text: str
    count: int
    step: int
    size: float
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Placed) -> bool:
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)  # fmt: skip


@dataclass(frozen=True)
class Layout:
    placed: list[Placed] = field(default_factory=list)
    left_out: list[Word] = field(default_factory=list)  # words that fit at no size (rare)
    base: float = 0.0  # the text size of step 0

    @property
    def smallest(self) -> float:
        return min((p.size for p in self.placed), default=0.0)


def layout(
    words: Sequence[Word], width: float, height: float, measure: Measure,
    reference: float | None = None,
) -> Layout:  # fmt: skip
    """The cloud of the visible words in an area of width x height (any unit): the largest tier
    at which every word fits. Text sizes are fractions of `reference` (the screen's or page's
    height; default the area's height). When even the smallest tier is too small (a large room:
    every word has many answers, so every word is large), the steps shift down one at a time
    (`offset`: the step a word's count reaches, less the offset, is its size step); at the last
    shift, words that still do not fit are left out."""
    visible = [w for w in words if not w.hidden]
    unit = height if reference is None else reference
    best = Layout()
    top = max((step(w.count) for w in visible), default=0)
    for offset in range(top + 1):
        for tier in TIERS:
            last = offset == top and tier == TIERS[-1]
            best = _place(visible, width, height, measure, tier * unit, offset, last)
            if not best.left_out:
                return best
    return best


def _place(words: Sequence[Word], width: float, height: float, measure: Measure,
           base: float, offset: int = 0, last: bool = True) -> Layout:  # fmt: skip
    """Every word in arrival order at step-0 text size `base`; unless this is the `last` try,
    a try that cannot fit (the boxes need most of the area) is given up before placing."""
    if width <= 0 or height <= 0:
        return Layout([], list(words), base)
    cell = height / GRID_ROWS
    rows, cols = GRID_ROWS, max(1, int(width / cell))
    boxes = [_box(word, base, width, measure, offset) for word in words]
    needed = sum(math.ceil(w / cell) * math.ceil(h / cell) for _, _, w, h in boxes)
    if needed > rows * cols * FILL_LIMIT and not last:  # cannot fit: save the search
        return Layout([], list(words), base)
    # integral image of the taken cells: integral[i, j] = cells taken above i and left of j
    integral = np.zeros((rows + 1, cols + 1), dtype=np.int32)
    ramp_r, ramp_c = np.arange(1, rows + 1), np.arange(1, cols + 1)
    ys = (np.arange(rows) + 0.5) / rows - 0.5  # cell centres, -0.5..0.5 of the area
    xs = (np.arange(cols) + 0.5) / cols - 0.5
    placed: list[Placed] = []
    left_out: list[Word] = []
    for word, (level, size, box_w, box_h) in zip(words, boxes, strict=True):
        wc, hc = math.ceil(box_w / cell), math.ceil(box_h / cell)
        spot = _free_spot(integral, wc, hc, xs, ys) if wc <= cols and hc <= rows else None
        if spot is None:
            left_out.append(word)
            continue
        row, col = spot
        integral[row + 1 :, col + 1 :] += np.outer(
            np.minimum(ramp_r[: rows - row], hc), np.minimum(ramp_c[: cols - col], wc)
        ).astype(np.int32)
        # the box centred in its cells: the cells hold it whole, so no two boxes overlap
        x = col * cell + (wc * cell - box_w) / 2
        y = row * cell + (hc * cell - box_h) / 2
        placed.append(Placed(word.key, word.text, word.count, level, size, x, y, box_w, box_h))
    return Layout(placed, left_out, base)


def _box(
    word: Word, base: float, width: float, measure: Measure, offset: int = 0
) -> tuple[int, float, float, float]:
    """(step, text size, box width, box height) of a word; a phrase too wide is shrunk."""
    level = max(0, step(word.count) - offset)
    size = max(1.0, round(base * STEP_RATIO**level))
    box_w = measure(word.text, size) + GAP * size
    if box_w > width:
        size = max(1.0, math.floor(size * width / box_w))
        box_w = measure(word.text, size) + GAP * size
    return level, size, box_w, size * LINE


def _free_spot(
    integral: np.ndarray, wc: int, hc: int, xs: np.ndarray, ys: np.ndarray
) -> tuple[int, int] | None:
    """The top-left cell of the free wc x hc block whose centre lies closest to the middle."""
    rows, cols = integral.shape[0] - 1, integral.shape[1] - 1
    filled = (integral[hc:, wc:] - integral[:-hc, wc:] - integral[hc:, :-wc]
              + integral[:-hc, :-wc])  # fmt: skip
    free = filled == 0
    if not free.any():
        return None
    # centre of each candidate block, in the same -0.5..0.5 units as xs and ys
    cy = ys[: rows - hc + 1] + (hc - 1) / (2 * rows)
    cx = xs[: cols - wc + 1] + (wc - 1) / (2 * cols)
    distance = cy[:, None] ** 2 + cx[None, :] ** 2
    index = int(np.where(free, distance, np.inf).argmin())
    return divmod(index, cols - wc + 1)
