"""The breakout's paper for the print hub: group lists (names per table, the round's questions,
everyone A to Z with a table per round) and table cards. printables/groups.py draws them."""

from __future__ import annotations

import io
from functools import partial
from pathlib import Path

from app.activities.breakout.state import BreakoutConfig, BreakoutData, names
from app.activities.paper import Job, PaperError, PaperItem, in_content
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.agenda import config_of
from app.storage.models import Activity, stored_id
from app.storage.store import Store

GROUPS = QT_TRANSLATE_NOOP("Printables", "Group lists and table cards: {title}")
NO_GROUPS = QT_TRANSLATE_NOOP("Printables", "make the groups first, in the activity's setup")


def items(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    rounds = BreakoutData(store, stored_id(activity)).schedule()

    def prepare() -> Job:
        from printables.groups import name_rows, write_groups_pdf

        if not rounds:
            raise PaperError(translate("Printables", NO_GROUPS))
        who = names(store, activity.session_id)
        tables = [[[who.get(p, str(p)) for p in t] for t in r] for r in rounds]
        config = BreakoutConfig.parse(config_of(activity), language)
        questions = [plan.questions for plan in config.rounds]
        people = name_rows(rounds, who)  # A to Z, each with a table per round

        def job(target: Path | io.BytesIO) -> None:
            write_groups_pdf(
                target,
                title,
                tables,
                questions,
                partial(translate, "GroupPrintables"),
                people=people,
                copies=config.card_copies,
                language=language,
            )

        return job

    return [PaperItem(f"groups:{activity.id}", translate("Printables", GROUPS, title=title),
                      in_content(language, GROUPS, title=title), prepare,
                      "" if rounds else translate("Printables", NO_GROUPS))]  # fmt: skip
