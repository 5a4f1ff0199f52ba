"""The poll's section of the session report (registry contract: section(store, activity,
options) -> flowables): reads the store, translates the fixed labels, lays out via
printables/poll_section.py. No widgets, so it runs in the report worker thread."""

from __future__ import annotations

from typing import Any

from app.activities.poll.state import PollState
from app.i18n import translate
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from printables import poll_section as pdf
from printables.styles import ReportOptions


def report_data(store: Store, activity_id: int) -> pdf.PollReportData:
    state = PollState(store, activity_id)
    poll = state.poll()
    tally = state.tally(poll)
    labels = {key: translate("PollReport", text) for key, text in pdf.LABELS.items() if text}
    labels["summary"] = translate("PollReport", pdf.SUMMARY, tally.total)
    labels["typed_in"] = translate("PollReport", pdf.TYPED_IN, tally.typed_total)
    return pdf.PollReportData(poll=poll, tally=tally, labels=labels)


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    data = report_data(store, stored_id(activity))
    if not data.tally.total and not options.keep_empty:
        return []  # nobody answered: the section is left out (the agenda still lists it)
    return pdf.section(data)
