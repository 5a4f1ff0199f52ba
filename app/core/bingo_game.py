"""A session's bingo settings read from the activity config, and the cards they produce.

One place that turns the stored config into layout, rule, card count and seed, so the window,
the command line and the report all make exactly the same cards.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from app.core import bingo
from app.core.bingo_pool import Statement, from_config

SPARE_SHARE = 0.1  # spare cards on top of one per participant: latecomers, lost cards
MIN_SPARES = 5
MAX_CARDS = 2000
DEFAULT_PER_PAGE = 2  # two A5 cards per A4 sheet, cut once: half the paper of one per page


@dataclass(frozen=True)
class Settings:
    layout: bingo.Layout
    rule: bingo.Rule
    count: int
    seed: int
    per_page: int
    blank: bool
    names: bool


def default_count(participants: int) -> int:
    """One card per participant plus spares."""
    spares = max(MIN_SPARES, round(participants * SPARE_SHARE))
    return participants + spares


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def settings_of(config: dict[str, Any], participants: int = 0) -> Settings:
    """Settings from a config (raises bingo.BingoError on contradictory settings)."""
    layout = bingo.layout_of(
        str(config.get("layout", "grid4")),
        bool(config.get("free_centre", False)),
        _int(config.get("list_size"), bingo.DEFAULT_LIST_SIZE),
    )
    rule = bingo.rule_of(
        str(config.get("rule", "count")), _int(config.get("target"), bingo.DEFAULT_TARGET), layout
    )
    count = _int(config.get("cards"), 0) or default_count(participants)
    per_page = _int(config.get("per_page"), DEFAULT_PER_PAGE)
    return Settings(
        layout=layout,
        rule=rule,
        count=max(1, min(count, MAX_CARDS)),
        seed=_int(config.get("seed"), 0),
        per_page=per_page if per_page in (1, 2, 4) else DEFAULT_PER_PAGE,
        blank=bool(config.get("blank_card", True)),
        names=bool(config.get("names", False)),
    )


def make_cards(
    config: dict[str, Any],
    language: str = "nl",
    participants: list[str] | None = None,
    count: int | None = None,
    progress: Any = None,
) -> tuple[Settings, list[Statement], list[bingo.Card]]:
    """The session's settings, pool and cards (names on cards only when the config asks)."""
    people = participants or []
    settings = settings_of(config, len(people))
    pool = from_config(config, language)
    names = people if settings.names else []
    cards = bingo.generate(
        [s.id for s in pool],
        count if count is not None else settings.count,
        settings.layout,
        settings.seed,
        names,
        progress,
    )
    return settings, pool, cards
