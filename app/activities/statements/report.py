"""The statement game's section of the session report (registry contract: section(store,
activity, options) -> flowables): reads the store, translates the fixed labels, lays out via
printables/statements_section.py. No widgets, so it runs in the report worker thread."""

from __future__ import annotations

from typing import Any

from app.activities.statements.state import StatementGame
from app.i18n import translate
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from printables import statements_section as pdf
from printables.styles import ReportOptions


def report_data(store: Store, activity_id: int, language: str) -> pdf.StatementsReportData:
    game = StatementGame(store, activity_id, language)
    arguments: dict[str, list[Any]] = {}
    for argument in game.arguments():
        arguments.setdefault(argument.statement_id, []).append(argument)
    scale = game.scale()
    data = pdf.StatementsReportData(
        overview=game.overview(),
        position_labels=[translate("StatementScale", label) for label in scale.labels],
        arguments=arguments,
        labels={key: translate("StatementsReport", text) for key, text in pdf.LABELS.items()},
    )
    left = len(pdf.undiscussed(data))  # a count: the plural form is chosen for it (%n)
    data.labels["undiscussed"] = (
        translate("StatementsReport", pdf.UNDISCUSSED, left) if left else ""
    )
    return data


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    data = report_data(store, stored_id(activity), options.language)
    if len(pdf.undiscussed(data)) == len(data.overview.rows) and not options.keep_empty:
        return []  # nothing discussed: the section is left out (the agenda still lists it)
    return pdf.section(data, appendix=True)
