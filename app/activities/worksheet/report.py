"""The worksheet section of the meeting report: every copy laid out like its paper version."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from app.activities.worksheet import state as sheets
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.core.worksheet_fields import is_empty
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from printables.styles import ReportOptions, escape, stylesheet

MISSING = QT_TRANSLATE_NOOP("WorksheetReport", "The worksheet “{key}” could not be found.")
NOTHING = QT_TRANSLATE_NOOP("WorksheetReport", "Nothing was filled in.")
REPORT_WIDTH = A4[0] - 40 * mm


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    from PySide6.QtCore import QCoreApplication

    from printables.worksheets import Page
    from printables.worksheets_report import report_flowables

    styles = stylesheet()
    translate = QCoreApplication.translate
    activity_id = stored_id(activity)
    definition = sheets.definition_for(store, activity_id)
    if definition is None:
        key = str(sheets.config_of(activity).get("worksheet", ""))
        return [
            Paragraph(escape(fill(translate("WorksheetReport", MISSING), key=key)), styles["Body"])
        ]
    pages = []
    for instance in sheets.instances(store, activity_id):
        values = sheets.read_values(store, definition, activity_id, instance.id)
        if not all(is_empty(spec, values[spec.key]) for spec in definition.fields):
            pages.append(Page(instance.name, values))
    if not pages:
        if not options.keep_empty:
            return []  # nothing filled in: the section is left out (the agenda still lists it)
        return [Paragraph(escape(translate("WorksheetReport", NOTHING)), styles["Muted"])]
    # as content of the report: no sheet title, headings one level below the section's
    return report_flowables(definition, pages, REPORT_WIDTH, options.language, translate)
