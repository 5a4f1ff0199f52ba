"""The bingo section of the session report: statements heard and when, most heard, winners.

Winners' names appear only when the organiser chose to name participants in the report and the
winner agreed to be named; otherwise the card number stands for the winner (privacy first, as in
the rest of the report).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from app.activities.bingo.state import BingoGame, local_time
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from printables.fonts import REGULAR
from printables.styles import INK, ReportOptions, escape, stylesheet

TEXTS = {
    "summary": QT_TRANSLATE_NOOP(
        "BingoReport", "{heard} of {total} statements were heard; %n winner(s)."
    ),
    "timeline": QT_TRANSLATE_NOOP("BingoReport", "Heard, in order"),
    "time": QT_TRANSLATE_NOOP("BingoReport", "Time"),
    "statement": QT_TRANSLATE_NOOP("BingoReport", "Statement"),
    "most": QT_TRANSLATE_NOOP("BingoReport", "Most heard"),
    "times": QT_TRANSLATE_NOOP("BingoReport", "{n}×"),
    "winners": QT_TRANSLATE_NOOP("BingoReport", "Winners"),
    "card": QT_TRANSLATE_NOOP("BingoReport", "card {card:03d}"),
    "none": QT_TRANSLATE_NOOP("BingoReport", "No statements were marked as heard."),
    "never": QT_TRANSLATE_NOOP("BingoReport", "Never heard"),
}


def _tr(key: str, count: int = -1, **values: object) -> str:
    """TEXTS[key] translated and filled (a look-up over app.i18n.translate); with a count, Qt
    picks the plural form (%n) in either language."""
    return translate("BingoReport", TEXTS[key], count, **values)


def section(store: Store, activity: Activity, options: ReportOptions) -> list[Any]:
    styles = stylesheet()
    game = BingoGame(store, stored_id(activity), options.language)
    pool = game.pool()
    texts = {s.id: s.text for s in pool}
    marks = game.marks()
    winners = game.winners()
    heard = {m.statement_id for m in marks}
    flow: list[Any] = [Paragraph(escape(activity.title), styles["H1"])]
    if not marks and not winners and not options.keep_empty:
        return []  # nothing happened: the section is left out (the agenda still lists it)
    flow.append(Paragraph(escape(_tr("summary", len(winners), heard=len(heard),
                                     total=len(pool))), styles["Muted"]))  # fmt: skip
    if not marks:
        flow.append(Paragraph(escape(_tr("none")), styles["Body"]))
        return flow + _winners(store, activity, options, winners)
    counts = Counter(m.statement_id for m in marks)
    top = max(counts.values())
    if top > min(counts.values()):  # "most heard" says something only when counts differ
        most = [texts.get(i, "?") for i, n in counts.items() if n == top]
        flow.append(Paragraph(escape(_tr("most")), styles["H2"]))
        flow.append(Paragraph("<br/>".join(f"{escape(t)} ({escape(_tr('times', n=top))})"
                                           for t in most), styles["Body"]))  # fmt: skip
    flow.append(Paragraph(escape(_tr("timeline")), styles["H2"]))
    rows = [[Paragraph(f"<b>{escape(_tr('time'))}</b>", styles["Cell"]),
             Paragraph(f"<b>{escape(_tr('statement'))}</b>", styles["Cell"])]]  # fmt: skip
    for mark in marks:
        text = texts.get(mark.statement_id, "?")
        rows.append([Paragraph(escape(local_time(mark.at)), styles["Cell"]),
                     Paragraph(escape(text), styles["Cell"])])  # fmt: skip
    table = Table(rows, colWidths=[20 * mm, 140 * mm], repeatRows=1)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                               ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    flow.append(table)
    never = [s.text for s in pool if s.id not in heard]
    if never:  # a long list a reader may skip: in the report's appendix
        from printables.report_body import Appendix

        line = Paragraph(escape(" · ".join(never)), styles["Small"])
        flow.append(Appendix(_tr("never"), [line]))
    return flow + _winners(store, activity, options, winners)


def _winners(
    store: Store, activity: Activity, options: ReportOptions, winners: list[Any]
) -> list[Any]:
    """The winners, by card number, named only when allowed (see the module's docstring)."""
    if not winners:
        return []
    styles = stylesheet()
    named = _nameable(store, activity) if options.include_participants else set()
    flow: list[Any] = [Paragraph(escape(_tr("winners")), styles["H2"])]
    for winner in winners:
        who = _tr("card", card=winner.card)
        if winner.name and " ".join(winner.name.casefold().split()) in named:
            who = f"{winner.name} ({who})"
        flow.append(Paragraph(escape(f"{local_time(winner.at)} · {who}"), styles["Body"]))
    return flow


def _nameable(store: Store, activity: Activity) -> set[str]:
    """Names (folded) of the people the report may name: the same rule as its participant list."""
    from app.activities.reporting import named_participants
    from app.storage.participants import full_name

    people = named_participants(store.participants.list(activity.session_id))
    return {" ".join(full_name(p).casefold().split()) for p in people}
