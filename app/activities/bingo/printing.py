"""From a stored bingo to a PDF: gathers what the printable needs, translated, as plain data.

`prepare` runs on the GUI thread (it reads the store); the returned job makes the cards and writes
the PDF without touching the store or Qt, so it can run in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication

from app.activities.bingo.state import BingoGame
from app.core import bingo_game
from app.core.i18n import QT_TRANSLATE_NOOP
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

    def __call__(
        self, target: Path | BinaryIO, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Generate the cards and write them; returns the number of cards written."""
        settings, pool, cards = bingo_game.make_cards(
            self.config, self.language, self.names, self.count
        )
        sheet = bingo_cards.Sheet(self.title, settings.layout, settings.rule,
                                  {s.id: s.text for s in pool}, self.labels,
                                  self.language)  # fmt: skip
        bingo_cards.write_cards(target, sheet, cards, self.per_page, self.blank, progress)
        return len(cards)


READ_ONLY_NO_SEED = QT_TRANSLATE_NOOP(
    "Bingo", "The database is read-only and this bingo has no cards yet. Print them once from "
    "a database that can be written, so the cards can be checked when someone calls bingo."
)  # fmt: skip
READ_ONLY_TOO_MANY = QT_TRANSLATE_NOOP(
    "Bingo", "The database is read-only: at most {max} cards of this bingo can be printed again "
    "(more would not be known when someone calls bingo)."
)  # fmt: skip


def _prepare_read_only(game: BingoGame, count: int | None, per_page: int | None) -> PrintJob:
    from app.core.bingo import BingoError

    config = game.config()
    seed = config.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed <= 0:
        raise BingoError(READ_ONLY_NO_SEED)
    names = game.card_names()  # nothing can be stored: the names as printed before
    settings = bingo_game.settings_of(config, len(game.participant_names()))
    known = max(settings.count, game.printed_count())
    count = count or settings.count
    if count > known:
        raise BingoError(READ_ONLY_TOO_MANY, max=known)
    return _job(game, config, names, count, per_page or settings.per_page, settings.blank)


def prepare(game: BingoGame, count: int | None = None, per_page: int | None = None) -> PrintJob:
    """Read the session's bingo (creating its seed if needed) into a print job.

    Raises bingo.BingoError when the settings cannot make cards. On a database opened read-only
    nothing is written: the cards the game already knows (its seed, up to the count printed or
    set) can be printed again; new ones cannot, as a called card number would not be checked.
    """
    if getattr(game.store.db, "read_only", False):
        return _prepare_read_only(game, count, per_page)
    game.ensure_seed()
    config = game.config()
    names = game.participant_names()
    settings = bingo_game.settings_of(config, len(names))
    count = count or settings.count
    if count > game.printed_count():  # card numbers up to here are valid when bingo is called
        config = game.update_config(printed=count)
    if settings.names:  # card n keeps its name when someone registers after this print
        game.remember_card_names(names)
    return _job(game, config, names, count, per_page or settings.per_page, settings.blank)


def _job(game: BingoGame, config: dict[str, Any], names: list[str], count: int, per_page: int,
         blank: bool) -> PrintJob:  # fmt: skip
    return PrintJob(config=config, language=game.language, names=names,
                    title=game.session_title(), count=count, per_page=per_page, blank=blank,
                    labels=labels())  # fmt: skip
