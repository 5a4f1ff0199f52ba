"""The meet-and-greet's section of the session report: in speed-dating mode, a summary of the
rotation (rounds, tables, people, pairs who met). Tables are counted, never named: who sat with
whom is personal data the report leaves out. Mingling freely leaves nothing to report (the
note-takers' notes are added by the report itself)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

from app.activities.meet_greet.state import stored_rotation
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.i18n import translate
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from printables.styles import ReportOptions, escape, stylesheet

ROTATION_SUMMARY = QT_TRANSLATE_NOOP(
    "Report", "%n round(s) at up to {tables} tables: {people} people, {pairs} pairs met."
)


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    del options  # the summary names nobody, so no option changes it
    stored = stored_rotation(store, stored_id(activity))
    summary = rotation_summary(stored.get("rounds") if stored else None)
    return [Paragraph(escape(summary), stylesheet()["Body"])] if summary else []


def rotation_summary(rounds: Any) -> str:
    """How many rounds, tables, people and different pairs who met ("" without rounds)."""
    if not isinstance(rounds, list) or not rounds:
        return ""
    tables = [t for r in rounds if isinstance(r, list) for t in r if isinstance(t, list)]
    people = {p for t in tables for p in t if isinstance(p, int | str)}
    pairs = {frozenset((a, b)) for t in tables for a in t for b in t if a != b
             and isinstance(a, int | str) and isinstance(b, int | str)}  # fmt: skip
    widest = max((len(r) for r in rounds if isinstance(r, list)), default=0)
    text = translate("Report", ROTATION_SUMMARY, len(rounds))
    return fill(text, tables=widest, people=len(people), pairs=len(pairs))
