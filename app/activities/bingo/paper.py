"""The bingo's paper for the print hub: its cards (app/activities/bingo/printing.py draws them)."""

from __future__ import annotations

from app.activities.paper import Job, PaperError, PaperItem, in_content, shown
from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.models import Activity
from app.storage.store import Store

CARDS = QT_TRANSLATE_NOOP("Printables", "Bingo cards: {title}")


def items(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    """One item: the session's bingo cards (pool, layout, rule and seed as set up)."""

    def prepare() -> Job:
        from app.activities.bingo.printing import prepare as prepare_cards
        from app.activities.bingo.state import BingoGame
        from app.activities.reporting import translate
        from app.core.bingo import BingoError

        try:
            job = prepare_cards(BingoGame(store, activity.id, language))  # type: ignore[arg-type]
        except BingoError as error:
            raise PaperError(error.translated(translate)) from error
        return lambda target: job(target)

    return [PaperItem(f"bingo:{activity.id}", shown(CARDS, title=title),
                      in_content(language, CARDS, title=title), prepare)]  # fmt: skip
