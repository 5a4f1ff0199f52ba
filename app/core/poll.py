"""The quick poll's rules, without Qt or storage: what a valid poll is, and the tally.

A poll is a question with 2-6 options, or a question answered on a 1-5 scale. Each answer is a
choice key: "1".."6" for the options in their order, "1".."5" on the scale, so a phone message
carries a short key that the room checks against a fixed list, never the option's text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP

OPTIONS, SCALE = "options", "scale"
MODES = (OPTIONS, SCALE)
MIN_OPTIONS, MAX_OPTIONS = 2, 6
SCALE_SIZE = 5
MAX_QUESTION = 200
MAX_OPTION = 80
KEYS = tuple(str(n) for n in range(1, MAX_OPTIONS + 1))  # every key a phone may ever send


class PollError(UserError):
    """A poll that cannot be run as typed; the text says which part to fix."""

    def __init__(self, text: str, /, **params: object) -> None:
        super().__init__("PollError", text, **params)


NO_QUESTION = QT_TRANSLATE_NOOP("PollError", "Type the question the room answers.")
LONG_QUESTION = QT_TRANSLATE_NOOP(
    "PollError", "The question is too long: keep it under {max} characters."
)
BAD_MODE = QT_TRANSLATE_NOOP("PollError", "Unknown kind of poll: “{mode}”.")
TOO_FEW = QT_TRANSLATE_NOOP(
    "PollError", "A poll needs at least two options: type one option per line."
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "PollError", "A poll has at most six options: remove some, or make it two polls."
)
EMPTY_OPTION = QT_TRANSLATE_NOOP("PollError", "Option {number} is empty: type a text or remove it.")
LONG_OPTION = QT_TRANSLATE_NOOP(
    "PollError", "Option {number} is too long: keep it under {max} characters."
)
SAME_OPTION = QT_TRANSLATE_NOOP(
    "PollError", "Options {first} and {second} are the same: “{text}”. Keep one of them."
)


def _clean(text: object) -> str:
    return " ".join(str(text).split()) if text is not None else ""


@dataclass(frozen=True)
class Choice:
    key: str  # "1".."6"
    label: str  # the option's text; on the scale the number itself


@dataclass(frozen=True)
class Poll:
    question: str
    mode: str = OPTIONS
    options: tuple[str, ...] = ()

    @property
    def choices(self) -> tuple[Choice, ...]:
        if self.mode == SCALE:
            return tuple(Choice(str(n), str(n)) for n in range(1, SCALE_SIZE + 1))
        return tuple(Choice(str(i + 1), text) for i, text in enumerate(self.options))

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(choice.key for choice in self.choices)

    def to_config(self) -> dict[str, Any]:
        return {"question": self.question, "mode": self.mode, "options": list(self.options)}


def validate(question: str, mode: str, options: Sequence[str]) -> Poll:
    """The poll as typed, cleaned (spaces collapsed); PollError names the first thing to fix.
    Blank lines around the options are ignored; an empty option between others is an error,
    as is the same option twice (compared without case and extra spaces)."""
    question = _clean(question)
    if not question:
        raise PollError(NO_QUESTION)
    if len(question) > MAX_QUESTION:
        raise PollError(LONG_QUESTION, max=MAX_QUESTION)
    if mode not in MODES:
        raise PollError(BAD_MODE, mode=mode)
    if mode == SCALE:
        return Poll(question, SCALE, ())
    cleaned = [_clean(text) for text in options]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    while cleaned and not cleaned[0]:
        cleaned.pop(0)
    for number, text in enumerate(cleaned, start=1):
        if not text:
            raise PollError(EMPTY_OPTION, number=number)
        if len(text) > MAX_OPTION:
            raise PollError(LONG_OPTION, number=number, max=MAX_OPTION)
    if len(cleaned) < MIN_OPTIONS:
        raise PollError(TOO_FEW)
    if len(cleaned) > MAX_OPTIONS:
        raise PollError(TOO_MANY)
    seen: dict[str, int] = {}
    for number, text in enumerate(cleaned, start=1):
        first = seen.setdefault(text.casefold(), number)
        if first != number:
            raise PollError(SAME_OPTION, first=first, second=number, text=text)
    return Poll(question, OPTIONS, tuple(cleaned))


def from_config(config: Mapping[str, Any]) -> Poll:
    """The stored poll, leniently: a config edited by hand or by an older version still runs
    with what is usable (empty options dropped, at most six, unknown mode = options)."""
    mode = str(config.get("mode")) if config.get("mode") in MODES else OPTIONS
    raw = config.get("options")
    options = [_clean(text)[:MAX_OPTION] for text in raw] if isinstance(raw, list) else []
    options = [text for text in options if text][:MAX_OPTIONS]
    return Poll(_clean(config.get("question", ""))[:MAX_QUESTION], mode, tuple(options))


@dataclass(frozen=True)
class Tally:
    """Per choice: answers from phones and votes typed in on the console (a hand count)."""

    choices: tuple[Choice, ...]
    phones: tuple[int, ...]
    typed: tuple[int, ...]

    @property
    def counts(self) -> tuple[int, ...]:
        return tuple(p + t for p, t in zip(self.phones, self.typed, strict=True))

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def typed_total(self) -> int:
        return sum(self.typed)

    def shares(self) -> tuple[float, ...]:
        total = self.total
        return tuple(count / total if total else 0.0 for count in self.counts)

    def mean(self) -> float | None:
        """The average on a 1-5 scale (None without answers); meaningless for options."""
        total = self.total
        if not total:
            return None
        return sum(int(c.key) * n for c, n in zip(self.choices, self.counts, strict=True)) / total


def tally(poll: Poll, answers: Iterable[object], typed: Mapping[str, object]) -> Tally:
    """Count the phones' answers (one per phone) and add the typed-in counts. Answers for a
    choice the poll no longer has (an option removed later) are left out; negative or odd
    typed counts count as zero."""
    keys = poll.keys
    phones = dict.fromkeys(keys, 0)
    for answer in answers:
        if isinstance(answer, str) and answer in phones:
            phones[answer] += 1
    hand = []
    for key in keys:
        value = typed.get(key, 0)
        hand.append(value if isinstance(value, int) and not isinstance(value, bool) and value > 0
                    else 0)  # fmt: skip
    return Tally(poll.choices, tuple(phones[k] for k in keys), tuple(hand))


def problem(poll: Poll) -> PollError | None:
    """Why a stored poll cannot be run yet (None when it can): the setup page saves what is
    typed, so the console says what is missing instead of running half a poll."""
    try:
        validate(poll.question, poll.mode, poll.options)
    except PollError as error:
        return error
    return None
