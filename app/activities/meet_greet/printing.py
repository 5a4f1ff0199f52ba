"""Printing the speed-dating rotation: the schedule per person plus the table cards."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.atomic import describe
from app.core.i18n import fill
from app.i18n import translate
from printables.rotation import write_schedule, write_table_cards

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.meet_greet.runtime import MeetGreetRuntime


def schedule_rows(runtime: MeetGreetRuntime) -> list[tuple[str, list[int | None]]]:
    """(name, table per round) for everyone in the rotation."""
    if runtime.rotation is None or not runtime.rotation.rounds:
        return []
    seated = runtime.rotation.people()  # late arrivals too, with "–" for rounds before them
    return [(runtime.names.get(p, str(p)), runtime.rotation.schedule_of(p)) for p in seated]


def save_schedule(parent: QWidget | None, runtime: MeetGreetRuntime, path: str) -> bool:
    """Write <path> (schedule) and <stem>-tables.pdf (cards); a clear message when it fails."""

    rows = schedule_rows(runtime)
    if not rows:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("MeetGreetPrinting", "Nothing to print"),
            QCoreApplication.translate(
                "MeetGreetPrinting", "There is no rotation yet: mark people present first."
            ),
        )
        return False
    target = Path(path)
    cards = target.with_name(f"{target.stem}-tables.pdf")
    tables = max((len(r) for r in runtime.rotation.rounds), default=0) if runtime.rotation else 0
    try:
        write_schedule(target, runtime.title, rows, runtime.context.language)
        write_table_cards(cards, tables, runtime.context.language)
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MeetGreetPrinting", "Could not save"),
            fill(
                translate("MeetGreetPrinting", "The schedule could not be saved: {error}"),
                error=describe(error, QCoreApplication.translate),
            ),
        )
        return False
    return True
