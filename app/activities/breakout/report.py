"""The breakout section of the session report: key points first, then every note by question.

Groups are named by table number only: who sat where is personal data the report leaves out.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Spacer

from app.activities.breakout.state import BreakoutConfig, BreakoutData
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.agenda import config_of
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from printables.styles import ReportOptions, escape, stylesheet

TEXTS = {
    "key": QT_TRANSLATE_NOOP("BreakoutReport", "Key points"),
    "round": QT_TRANSLATE_NOOP("BreakoutReport", "Round {n}"),
    "table": QT_TRANSLATE_NOOP("BreakoutReport", "Table {n}"),
    "none": QT_TRANSLATE_NOOP("BreakoutReport", "No notes were taken."),
    "groups": QT_TRANSLATE_NOOP("BreakoutReport", "Groups: {groups} · people: {people}"),
}


def _tr(key: str, language: str, **values: object) -> str:
    """TEXTS[key] in the interface language, filled (a look-up over app.i18n.translate); the
    report speaks the interface language, as the other sections do."""
    del language
    return translate("BreakoutReport", TEXTS[key], **values)


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    styles = stylesheet()
    lang = options.language
    config = BreakoutConfig.parse(config_of(activity), lang)
    data = BreakoutData(store, stored_id(activity))
    notes = data.notes()
    if not notes and not options.keep_empty:
        return []  # nothing noted: the section is left out (the agenda still lists it)
    flow: list[Any] = [Paragraph(escape(activity.title), styles["H1"])]
    rounds = data.schedule()
    if rounds:
        people = len({p for r in rounds for g in r for p in g})
        flow.append(Paragraph(escape(_tr("groups", lang, groups=len(rounds[0]), people=people)),
                              styles["Muted"]))  # fmt: skip
    if not notes:
        flow.append(Paragraph(escape(_tr("none", lang)), styles["Body"]))
        return flow
    key_points = [(r, g, q, text) for (r, g, q), (text, key) in notes.items() if key]
    if key_points:
        flow.append(Paragraph(escape(_tr("key", lang)), styles["H2"]))
        for r, g, q, text in key_points:
            question = _question(config, r, q)
            flow.append(Paragraph(f"<b>{escape(question)}</b> ({escape(_tr('table', lang, n=g))})"
                                  f"<br/>{escape(text.strip())}", styles["Body"]))  # fmt: skip
    for r, plan in enumerate(config.rounds, start=1):
        in_round = {k: v for k, v in notes.items() if k[0] == r}
        if not in_round:
            continue
        flow.append(Paragraph(escape(_tr("round", lang, n=r)), styles["H2"]))
        questions = sorted({q for (_, _, q) in in_round})
        for q in questions:
            flow.append(Paragraph(f"<b>{escape(_question(config, r, q))}</b>", styles["Body"]))
            for (_, g, qq), (text, key) in in_round.items():
                if qq == q:
                    star = "★ " if key else ""
                    flow.append(Paragraph(f"{star}<i>{escape(_tr('table', lang, n=g))}</i>: "
                                          f"{escape(text.strip())}", styles["Body"]))  # fmt: skip
            flow.append(Spacer(1, 4))
        del plan
    return flow


def _question(config: BreakoutConfig, round_no: int, question: int) -> str:
    if round_no - 1 < len(config.rounds):
        questions = config.rounds[round_no - 1].questions
        if 0 < question <= len(questions):
            return questions[question - 1]
    return f"{question}."
