"""The breakout's paper for the print hub: group lists (names per table, the round's questions,
everyone A to Z with a table per round) and table cards. printables/groups.py draws them."""

from __future__ import annotations

from pathlib import Path

from app.activities.breakout.state import BreakoutConfig, BreakoutData, names
from app.activities.paper import Job, PaperError, PaperItem, in_content, shown
from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.agenda import config_of
from app.storage.models import Activity
from app.storage.store import Store

GROUPS = QT_TRANSLATE_NOOP("Printables", "Group lists and table cards: {title}")
NO_GROUPS = QT_TRANSLATE_NOOP("Printables", "make the groups first, in the activity's setup")


def items(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    rounds = BreakoutData(store, activity.id).schedule()  # type: ignore[arg-type]

    def prepare() -> Job:
        from app.activities.reporting import translate
        from printables.groups import name_rows, write_groups_pdf

        if not rounds:
            raise PaperError(shown(NO_GROUPS))
        who = names(store, activity.session_id)
        tables = [[[who.get(p, str(p)) for p in t] for t in r] for r in rounds]
        config = BreakoutConfig.parse(config_of(activity), language)
        questions = [plan.questions for plan in config.rounds]
        people = name_rows(rounds, who)  # A to Z, each with a table per round

        def tr(text: str) -> str:
            return translate("GroupPrintables", text)

        def job(target: Path) -> None:
            write_groups_pdf(target, title, tables, questions, tr, people=people,
                             copies=config.card_copies, language=language)  # fmt: skip

        return job

    return [PaperItem(f"groups:{activity.id}", shown(GROUPS, title=title),
                      in_content(language, GROUPS, title=title), prepare,
                      "" if rounds else shown(NO_GROUPS))]  # fmt: skip
