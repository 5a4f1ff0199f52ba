"""The bingo's paper for the print hub: its cards (app/activities/bingo/printing.py draws them)."""

from __future__ import annotations

from app.activities.paper import Job, PaperError, PaperItem, in_content
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.models import Activity, stored_id
from app.storage.store import Store

CARDS = QT_TRANSLATE_NOOP("Printables", "Bingo cards: {title}")


def items(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    """One item: the session's bingo cards (pool, layout, rule and seed as set up)."""

    def prepare() -> Job:
        from app.activities.bingo.printing import prepare as prepare_cards
        from app.activities.bingo.state import BingoGame
        from app.core.bingo import BingoError

        try:
            job = prepare_cards(BingoGame(store, stored_id(activity), language))
        except BingoError as error:
            raise PaperError(error.translated(translate)) from error
        return lambda target: job(target)

    return [PaperItem(f"bingo:{activity.id}", translate("Printables", CARDS, title=title),
                      in_content(language, CARDS, title=title), prepare)]  # fmt: skip
