"""The worksheet's paper for the print hub: blank on A4 (ticked by default), blank on A3 and
filled in (variants, on request). printables/worksheets.py draws them."""

from __future__ import annotations

from collections.abc import Callable

from app.activities.paper import Job, PaperError, PaperItem, in_content
from app.activities.worksheet import state as sheets
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.models import Activity, stored_id
from app.storage.store import Store

BLANK = QT_TRANSLATE_NOOP("Printables", "Blank worksheet: {title}")
BLANK_A3 = QT_TRANSLATE_NOOP("Printables", "Blank worksheet, A3: {title}")
FILLED = QT_TRANSLATE_NOOP("Printables", "Filled worksheet: {title}")
NO_WORKSHEET = QT_TRANSLATE_NOOP("Printables", "choose a worksheet first")


def items(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    definition = sheets.definition_for(store, stored_id(activity))

    def maker(size: str, filled: bool) -> Callable[[], Job]:
        def prepare() -> Job:
            from PySide6.QtCore import QCoreApplication

            from printables.worksheets import Page, write_pdf

            if definition is None:
                raise PaperError(translate("Printables", NO_WORKSHEET))
            pages = None
            if filled:  # read now, on the GUI thread; the job only writes
                activity_id = stored_id(activity)
                pages = [Page(i.name, sheets.read_values(store, definition, activity_id, i.id))
                         for i in sheets.instances(store, activity_id)]  # fmt: skip
            return lambda target: write_pdf(target, definition, pages, size, language,
                                            QCoreApplication.translate)  # fmt: skip

        return prepare

    missing = "" if definition is not None else translate("Printables", NO_WORKSHEET)
    return [
        PaperItem(f"{key}:{activity.id}", translate("Printables", text, title=title),
                  in_content(language, text, title=title), maker(size, filled), missing,
                  extra=key != "worksheet")
        for key, text, size, filled in (("worksheet", BLANK, "A4", False),
                                        ("worksheet-a3", BLANK_A3, "A3", False),
                                        ("worksheet-filled", FILLED, "A4", True))
    ]  # fmt: skip
