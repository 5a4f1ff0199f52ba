"""The statement game's rules without Qt or a database: scales, tallies, the overview, imports.

A statement is argued over by the room; people take a position on a scale: agree / doubt /
disagree ("three") or a line-up along the wall from 1 (fully agree) to 5 (fully disagree)
("five"). Position 1 is "agree" on both scales so the number keys mean the same thing.

"Most divided" uses the consensus measure of Tastle & Wierman (2007), made for ordinal scales:
    consensus = 1 + sum_i p_i * log2(1 - |i - mean| / (n - 1))
1 when everyone stands on one position, 0 when the room splits evenly over the two ends.
Division = 1 - consensus. Unlike entropy it knows that agree and disagree are further apart
than agree and doubt: a 50/50 split between agree and disagree is the most divided room, while
an even spread over all three positions is less so. "Most agreement" is the statement with the
highest mean agreement (1 = everyone fully agrees, 0 = everyone fully disagrees).
"""

from __future__ import annotations

import functools
import math
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, localized

MAX_STATEMENTS = 200
MAX_LENGTH = 400  # characters per statement; longer lines are a paragraph, not a statement
MAX_ARGUMENT = 1000  # characters per argument: a note of what was said, not a transcript
MAX_FILE_BYTES = 1_000_000
SIDES = ("for", "against")


@dataclass(frozen=True)
class Scale:
    key: str
    positions: tuple[str, ...]  # stored keys, in key order (1, 2, 3 ...)
    labels: tuple[str, ...]  # English source texts, context "StatementScale"

    @property
    def size(self) -> int:
        return len(self.positions)

    def agreement_weight(self, index: int) -> float:
        """1 for the first (agree) position down to 0 for the last (disagree)."""
        return 1.0 - index / (self.size - 1)


SCALES: dict[str, Scale] = {
    "three": Scale(
        "three",
        ("agree", "doubt", "disagree"),
        (
            QT_TRANSLATE_NOOP("StatementScale", "Agree"),
            QT_TRANSLATE_NOOP("StatementScale", "Doubt"),
            QT_TRANSLATE_NOOP("StatementScale", "Disagree"),
        ),
    ),
    "five": Scale(
        "five",
        ("1", "2", "3", "4", "5"),
        (
            QT_TRANSLATE_NOOP("StatementScale", "Fully agree"),
            QT_TRANSLATE_NOOP("StatementScale", "Agree"),
            QT_TRANSLATE_NOOP("StatementScale", "In between"),
            QT_TRANSLATE_NOOP("StatementScale", "Disagree"),
            QT_TRANSLATE_NOOP("StatementScale", "Fully disagree"),
        ),
    ),
}


def scale(key: object) -> Scale:
    """The scale for a config value; unknown values fall back to agree/doubt/disagree."""
    return SCALES.get(str(key), SCALES["three"])


@dataclass(frozen=True)
class Statement:
    id: str
    text: str
    theme: str = ""

    def as_config(self) -> dict[str, str]:
        return {"id": self.id, "theme": self.theme, "text": self.text}


@dataclass(frozen=True)
class Argument:
    id: str
    statement_id: str
    side: str  # "for" or "against"
    text: str
    strongest: bool = False
    order: float = 0.0  # creation time, to keep the list in the order it was typed

    def as_value(self) -> dict[str, Any]:
        return {"side": self.side, "text": self.text, "strongest": self.strongest,
                "order": self.order}  # fmt: skip


@dataclass(frozen=True)
class Tally:
    scale: Scale
    counts: tuple[int, ...]

    @classmethod
    def empty(cls, scale_: Scale) -> Tally:
        return cls(scale_, (0,) * scale_.size)

    @classmethod
    def from_mapping(cls, scale_: Scale, counts: dict[str, int]) -> Tally:
        return cls(scale_, tuple(max(0, int(counts.get(p, 0) or 0)) for p in scale_.positions))

    @property
    def total(self) -> int:
        return sum(self.counts)

    def shares(self) -> tuple[float, ...]:
        total = self.total
        return tuple(c / total if total else 0.0 for c in self.counts)

    def mean_index(self) -> float | None:
        if not self.total:
            return None
        return sum(i * p for i, p in enumerate(self.shares()))

    def consensus(self) -> float | None:
        """Tastle & Wierman consensus in [0, 1]; None without votes."""
        mean = self.mean_index()
        if mean is None:
            return None
        width = self.scale.size - 1
        value = 1.0
        for i, p in enumerate(self.shares()):
            if p:
                value += p * math.log2(1 - abs(i - mean) / width)
        return min(1.0, max(0.0, value))

    def division(self) -> float | None:
        """How divided the room is: 0 = one position, 1 = split evenly over both ends."""
        consensus = self.consensus()
        return None if consensus is None else 1.0 - consensus

    def agreement(self) -> float | None:
        """Mean agreement in [0, 1]: 1 = everyone (fully) agrees."""
        if not self.total:
            return None
        return sum(self.scale.agreement_weight(i) * p for i, p in enumerate(self.shares()))


@dataclass(frozen=True)
class OverviewRow:
    statement: Statement
    tally: Tally


@dataclass(frozen=True)
class Overview:
    rows: tuple[OverviewRow, ...]
    most_agreement: OverviewRow | None = None
    most_divided: OverviewRow | None = None
    voted: int = 0  # statements with at least one position counted
    votes: int = 0  # all positions counted together
    themes: tuple[str, ...] = field(default_factory=tuple)


def overview(rows: Iterable[tuple[Statement, Tally]]) -> Overview:
    """The session-level summary; statements without votes take no part in the rankings.
    Ties go to the statement with more votes, then to the one shown first."""
    items = tuple(OverviewRow(s, t) for s, t in rows)
    voted = [r for r in items if r.tally.total]

    def best(score: str) -> OverviewRow | None:
        if not voted:
            return None
        return max(
            voted,
            key=lambda r: (round(getattr(r.tally, score)() or 0.0, 9), r.tally.total,
                           -items.index(r)),
        )  # fmt: skip

    themes: list[str] = []
    for row in items:
        if row.statement.theme and row.statement.theme not in themes:
            themes.append(row.statement.theme)
    return Overview(items, best("agreement"), best("division"), len(voted),
                    sum(r.tally.total for r in items), tuple(themes))  # fmt: skip


# -- the statement list -------------------------------------------------------------------------


def new_id(prefix: str = "s") -> str:
    """A short random id, so two laptops adding statements or arguments never collide."""
    return f"{prefix}-{secrets.token_hex(4)}"


@functools.cache
def _default_data() -> dict[str, Any]:
    """The shipped file, parsed once (the runtime rebuilds its list on every change)."""
    import json

    from app import resources

    data: dict[str, Any] = json.loads(resources.read_text("statements/default.json"))
    return data


def default_set(language: str) -> list[Statement]:
    """The shipped statements for the two challenges of the sector day, in one language."""
    found = []
    for theme in _default_data()["themes"]:
        title = localized(theme["title"], language)
        for item in theme["statements"]:
            found.append(Statement(item["id"], localized(item, language), title))
    return found


def from_config(config: dict[str, Any], language: str) -> list[Statement]:
    """The statements of an activity: its own list if it has one, else the default set."""
    own = config.get("statements")
    if isinstance(own, list):
        found = []
        for index, item in enumerate(own):
            if not isinstance(item, dict):
                continue
            text = localized(item.get("text"), language).strip()
            if text:
                found.append(Statement(str(item.get("id") or f"s{index}"), text,
                                       localized(item.get("theme"), language).strip()))  # fmt: skip
        return found
    if config.get("use_default_set", True):
        return default_set(language)
    return []


def to_config(statements: Sequence[Statement]) -> list[dict[str, str]]:
    return [s.as_config() for s in statements]


# -- import from a text file --------------------------------------------------------------------


class StatementFileProblem(UserError, ValueError):
    """A statement file that cannot be used; `message` is a source text (context
    "StatementFileProblem"), `params` fill its placeholders."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("StatementFileProblem", message, **params)


def parse_text(text: str) -> list[Statement]:
    """One statement per line. A line starting with '#' names the theme of the lines below it;
    empty lines are skipped, and so are repeated statements."""
    theme = ""
    found: list[Statement] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = " ".join(raw.split())
        if not line:
            continue
        if line.startswith("#"):
            theme = line.lstrip("#").strip()
            continue
        if len(line) > MAX_LENGTH:
            raise StatementFileProblem(
                QT_TRANSLATE_NOOP(
                    "StatementFileProblem",
                    "Line {line} is longer than {max} characters: is it really one statement?",
                ),
                line=number,
                max=MAX_LENGTH,
            )
        if line.casefold() in seen:
            continue
        seen.add(line.casefold())
        found.append(Statement(new_id(), line, theme))
        if len(found) > MAX_STATEMENTS:
            raise StatementFileProblem(
                QT_TRANSLATE_NOOP(
                    "StatementFileProblem", "The file has more than {max} statements."
                ),
                max=MAX_STATEMENTS,
            )
    if not found:
        raise StatementFileProblem(
            QT_TRANSLATE_NOOP("StatementFileProblem", "The file holds no statements.")
        )
    return found


def decode(data: bytes) -> str:
    """Text of a statement file; binary files get a clear message instead of garbage."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise StatementFileProblem(
            QT_TRANSLATE_NOOP(
                "StatementFileProblem",
                "This is not a text file. Save the statements as plain text (.txt), one per line.",
            )
        )
    from app.core.participant_import import ImportProblem
    from app.core.participant_import import decode as decode_text

    try:
        return decode_text(data)[0]
    except ImportProblem as problem:
        raise StatementFileProblem(
            QT_TRANSLATE_NOOP(
                "StatementFileProblem", "The file is not text: its encoding is unknown."
            )
        ) from problem


def read_file(path: Path) -> list[Statement]:
    """Statements from a text file, or StatementFileProblem saying what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise StatementFileProblem(
                QT_TRANSLATE_NOOP("StatementFileProblem", "The file is too large ({size} kB)."),
                size=size // 1000,
            )
        data = path.read_bytes()
    except OSError as error:
        raise StatementFileProblem(
            QT_TRANSLATE_NOOP("StatementFileProblem", "The file cannot be read: {reason}"),
            reason=error.strerror or str(error),
        ) from error
    if not data.strip():
        raise StatementFileProblem(QT_TRANSLATE_NOOP("StatementFileProblem", "The file is empty."))
    return parse_text(decode(data))
