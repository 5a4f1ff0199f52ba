"""The Q&A's section of the session report: the questions that were asked, the answered ones
first, each with its votes (most first). Hidden questions are left out (a moderator hid them for
a reason), and so are questions never approved while moderation was on; one line says how many.
A name appears only when the activity allowed names, someone typed one, and the organiser chose
to name people in the report. No widgets: it runs in the report worker thread."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from app.activities.questions.state import QuestionBoard
from app.core import questions as qa
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from printables.fonts import REGULAR
from printables.styles import INK, MUTED, ReportOptions, escape, stylesheet

TEXTS = {
    "summary": QT_TRANSLATE_NOOP("QuestionsReport", "%n question(s) asked; {answered} answered."),
    "left_out": QT_TRANSLATE_NOOP(
        "QuestionsReport", "%n question(s) hidden or never approved are left out."
    ),
    "answered": QT_TRANSLATE_NOOP("QuestionsReport", "Answered"),
    "open": QT_TRANSLATE_NOOP("QuestionsReport", "Asked, not answered"),
    "votes": QT_TRANSLATE_NOOP("QuestionsReport", "Votes"),
    "question": QT_TRANSLATE_NOOP("QuestionsReport", "Question"),
    "none": QT_TRANSLATE_NOOP("QuestionsReport", "No questions were asked."),
}


def _tr(key: str, count: int = -1, **values: object) -> str:
    """TEXTS[key] translated and filled (a look-up over app.i18n.translate); with a count, Qt
    picks the plural form (%n) in either language."""
    return translate("QuestionsReport", TEXTS[key], count, **values)


def report_rows(store: Store, activity_id: int, named: bool) -> tuple[list[qa.Question], int]:
    """(answered first, then the others, each by votes; how many are left out)."""
    board = QuestionBoard(store, activity_id)
    config = board.config()
    questions = board.questions(config=config)
    if not named:
        questions = [replace(q, name="") for q in questions]
    return qa.for_report(questions, board.moderated(config))


def _table(questions: list[qa.Question], styles: Any) -> Table:
    body = styles["Body"]
    rows: list[list[Any]] = [[_tr("votes"), _tr("question")]]
    for question in questions:
        text = escape(question.text)
        if question.name:
            text += f' <font color="#6b6b6b">— {escape(question.name)}</font>'
        rows.append([str(question.votes), Paragraph(text, body)])
    table = Table(rows, colWidths=[18 * mm, None], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 9),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, MUTED),
    ]))  # fmt: skip
    return table


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    styles = stylesheet()
    questions, left_out = report_rows(store, stored_id(activity), options.include_participants)
    if not questions and not left_out and not options.keep_empty:
        return []  # nothing asked: the section is left out (the agenda still lists it)
    answered = [q for q in questions if q.state == qa.ANSWERED]
    others = [q for q in questions if q.state != qa.ANSWERED]
    flow: list[Any] = [Paragraph(escape(activity.title), styles["H1"])]
    flow.append(Paragraph(escape(_tr("summary", len(questions), answered=len(answered))),
                          styles["Muted"]))  # fmt: skip
    if not questions:
        flow.append(Paragraph(escape(_tr("none")), styles["Body"]))
    for key, group in (("answered", answered), ("open", others)):
        if group:
            flow.append(Paragraph(escape(_tr(key)), styles["H2"]))
            flow.append(_table(group, styles))
    if left_out:
        flow.append(Paragraph(escape(_tr("left_out", left_out)), styles["Muted"]))
    return flow
