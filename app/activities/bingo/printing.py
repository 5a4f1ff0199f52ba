"""From a stored bingo to a PDF: gathers what the printable needs, translated, as plain data.

`prepare` runs on the GUI thread (it reads the store); the returned job makes the cards and writes
the PDF without touching the store or Qt, so it can run in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.activities.bingo.state import BingoGame
from app.core import bingo_game
from printables import bingo_cards


def labels() -> dict[str, str]:
    return {key: QCoreApplication.translate("BingoCards", text)
            for key, text in bingo_cards.LABELS.items()}  # fmt: skip


@dataclass(frozen=True)
class PrintJob:
    """Everything needed to print, detached from the store."""

    config: dict[str, Any]
    language: str
    names: list[str]
    title: str
    count: int
    per_page: int
    blank: bool
    labels: dict[str, str]

    def __call__(self, target: Path, progress: Callable[[int, int], None] | None = None) -> int:
        """Generate the cards and write them; returns the number of cards written."""
        settings, pool, cards = bingo_game.make_cards(
            self.config, self.language, self.names, self.count
        )
        sheet = bingo_cards.Sheet(self.title, settings.layout, settings.rule,
                                  {s.id: s.text for s in pool}, self.labels)  # fmt: skip
        bingo_cards.write_cards(target, sheet, cards, self.per_page, self.blank, progress)
        return len(cards)


def prepare(game: BingoGame, count: int | None = None, per_page: int | None = None) -> PrintJob:
    """Read the session's bingo (creating its seed if needed) into a print job.

    Raises bingo.BingoError when the settings cannot make cards.
    """
    game.ensure_seed()
    config = game.config()
    names = game.participant_names()
    settings = bingo_game.settings_of(config, len(names))
    count = count or settings.count
    if count > game.printed_count():  # card numbers up to here are valid when bingo is called
        config = game.update_config(printed=count)
    return PrintJob(
        config=config,
        language=game.language,
        names=names,
        title=game.session_title(),
        count=count,
        per_page=per_page or settings.per_page,
        blank=settings.blank,
        labels=labels(),
    )
