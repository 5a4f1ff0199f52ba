"""The follow-up in the meeting report: what the previous meeting agreed and its fate now."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from app.activities.followup import state
from app.core import followup as fu
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.i18n import translate
from app.storage.models import Activity
from app.storage.store import Store
from printables.styles import ACCENT, MUTED, ReportOptions, escape, stylesheet

HEADINGS = (
    QT_TRANSLATE_NOOP("FollowupReport", "What"),
    QT_TRANSLATE_NOOP("FollowupReport", "Who"),
    QT_TRANSLATE_NOOP("FollowupReport", "Status"),
)
NOTHING = QT_TRANSLATE_NOOP("FollowupReport", "Nothing was agreed at the previous meeting.")
FROM = QT_TRANSLATE_NOOP("FollowupReport", "Agreed in “{title}”.")


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    sheet = stylesheet()
    items = state.items(store, activity.session_id)
    if not items:
        if not options.keep_empty:
            return []
        return [Paragraph(escape(translate("FollowupReport", NOTHING)), sheet["Muted"])]
    previous = store.sessions.get(state.previous_session(store, activity.session_id) or 0)
    title = previous.title if previous is not None else ""
    cell = sheet["Cell"]
    rows = [[Paragraph(escape(translate("FollowupReport", h)), cell) for h in HEADINGS]]
    for item in items:
        status = translate("Followup", fu.LABELS[item.status])
        rows.append([Paragraph(escape(text), cell) for text in (item.what, item.who, status)])
    table = Table(rows, colWidths=[100 * mm, 40 * mm, 30 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]))  # fmt: skip
    intro = fill(translate("FollowupReport", FROM), title=title)
    return [Paragraph(escape(intro), sheet["Muted"]), table]
