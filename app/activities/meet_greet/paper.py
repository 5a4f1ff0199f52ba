"""The meet-and-greet's paper for the print hub: in speed-dating mode, the table schedule (each
person's table per round) and the table cards; mingling freely needs no paper.
printables/rotation.py draws them."""

from __future__ import annotations

import io
from pathlib import Path

from app.activities.meet_greet.state import load_rotation
from app.activities.paper import Job, PaperError, PaperItem, in_content, merge
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.agenda import config_of
from app.storage.models import Activity, stored_id
from app.storage.store import Store

SCHEDULE = QT_TRANSLATE_NOOP("Printables", "Table schedule and table cards: {title}")
NO_ROTATION = QT_TRANSLATE_NOOP(
    "Printables", "no rotation yet: mark people present and open the activity once"
)


def items(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    if config_of(activity).get("mode") != "speed_dating":
        return []  # mingling freely needs no paper
    rotation = load_rotation(store, stored_id(activity))

    def prepare() -> Job:
        from app.storage.participants import full_name
        from printables.rotation import write_schedule, write_table_cards

        if rotation is None:
            raise PaperError(translate("Printables", NO_ROTATION))
        who = {p.id: full_name(p) for p in store.participants.list(activity.session_id)}
        seated = rotation.people()  # late arrivals too (they join in a later round)
        rows = [(who.get(p, str(p)), rotation.schedule_of(p)) for p in seated]
        tables = max(len(r) for r in rotation.rounds)

        def job(target: Path | io.BytesIO) -> None:
            schedule_pdf, cards_pdf = io.BytesIO(), io.BytesIO()  # nothing half-made on disk
            write_schedule(schedule_pdf, title, rows, language)
            write_table_cards(cards_pdf, tables, language)
            merge([(title, schedule_pdf), (title, cards_pdf)], target)

        return job

    return [
        PaperItem(
            f"rotation:{activity.id}",
            translate("Printables", SCHEDULE, title=title),
            in_content(language, SCHEDULE, title=title),
            prepare,
            "" if rotation is not None else translate("Printables", NO_ROTATION),
        )
    ]
