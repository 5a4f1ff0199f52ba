"""The statement game in the report: the overview, then per statement its bar chart and arguments.

Plain data in, reportlab flowables out (no Qt, no database): app/activities/statements/report.py
reads the store and passes translated labels. Bars are drawn with reportlab.graphics so the
counts are real text in the PDF (searchable, and checked by the tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core import statements as st
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from printables.bars import BarRow, horizontal_bars
from printables.fonts import REGULAR
from printables.styles import ACCENT, escape, stylesheet

# Fixed texts; the caller passes them translated (context "StatementsReport").
LABELS: dict[str, str] = {
    "overview": QT_TRANSLATE_NOOP("StatementsReport", "Overview"),
    "most_agreement": QT_TRANSLATE_NOOP("StatementsReport", "Most agreement"),
    "most_divided": QT_TRANSLATE_NOOP("StatementsReport", "Most divided"),
    "statement": QT_TRANSLATE_NOOP("StatementsReport", "Statement"),
    "counted": QT_TRANSLATE_NOOP("StatementsReport", "Counted"),
    "agreement": QT_TRANSLATE_NOOP("StatementsReport", "Agreement"),
    "division": QT_TRANSLATE_NOOP("StatementsReport", "Division"),
    "for": QT_TRANSLATE_NOOP("StatementsReport", "Arguments for"),
    "against": QT_TRANSLATE_NOOP("StatementsReport", "Arguments against"),
    "strongest": QT_TRANSLATE_NOOP("StatementsReport", "strongest"),
    "no_votes": QT_TRANSLATE_NOOP("StatementsReport", "No positions were counted."),
    "no_arguments": QT_TRANSLATE_NOOP("StatementsReport", "No arguments noted."),
    "no_statements": QT_TRANSLATE_NOOP(
        "StatementsReport", "This statement game has no statements."
    ),
    "summary": QT_TRANSLATE_NOOP(
        "StatementsReport", "{voted} of {total} statements discussed, {votes} positions counted."
    ),
    # filled in by the caller for the count (a %n plural, see UNDISCUSSED); empty: not shown
    "undiscussed": "",
    "undiscussed_title": QT_TRANSLATE_NOOP("StatementsReport", "Statements not discussed"),
    "measures": QT_TRANSLATE_NOOP(
        "StatementsReport",
        "Agreement: 100% when everyone agrees, 0% when everyone disagrees. Division: 0% when "
        "everyone takes the same position, 100% when the room splits evenly over both ends.",
    ),
}
BAR_COLOURS = {
    "three": ("#1f6fb2", "#5e5e5e", "#b34f09"),
    "five": ("#1f6fb2", "#5f9fd6", "#5e5e5e", "#e08a45", "#b34f09"),
}
WIDTH = 160 * mm  # fits the report's frame and SimpleDocTemplate's


UNDISCUSSED = QT_TRANSLATE_NOOP(
    "StatementsReport", "%n statement(s) not discussed: listed in the appendix."
)


@dataclass
class StatementsReportData:
    overview: st.Overview
    position_labels: Sequence[str]  # translated, in key order
    arguments: dict[str, list[st.Argument]] = field(default_factory=dict)  # by statement id
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS))


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def bar_chart(tally: st.Tally, labels: Sequence[str], width: float = WIDTH) -> Drawing:
    """Horizontal bars, one per position: label, bar, count and share as text."""
    palette = BAR_COLOURS.get(tally.scale.key, BAR_COLOURS["three"])
    rows = [
        BarRow(f"{i + 1}  {labels[i]}", count, share, palette[i])
        for i, (count, share) in enumerate(zip(tally.counts, tally.shares(), strict=True))
    ]
    return horizontal_bars(rows, width)


def discussed(row: st.OverviewRow, arguments: dict[str, list[st.Argument]]) -> bool:
    """A statement was discussed when positions were counted or an argument was noted."""
    return bool(row.tally.total or arguments.get(row.statement.id))


def undiscussed(data: StatementsReportData) -> list[tuple[int, st.OverviewRow]]:
    """(number, row) of the statements nobody discussed, numbered as in the whole game."""
    return [(n, row) for n, row in enumerate(data.overview.rows, start=1)
            if not discussed(row, data.arguments)]  # fmt: skip


def _overview(data: StatementsReportData) -> list[Flowable]:
    styles, labels, ov = stylesheet(), data.labels, data.overview
    flow: list[Flowable] = [Paragraph(escape(labels["overview"]), styles["H2"])]
    flow.append(Paragraph(escape(fill(labels["summary"],
        voted=ov.voted, total=len(ov.rows), votes=ov.votes)), styles["Body"]))  # fmt: skip
    for key, row in (("most_agreement", ov.most_agreement), ("most_divided", ov.most_divided)):
        if row is not None:
            flow.append(Paragraph(f"<b>{escape(labels[key])}:</b> {escape(row.statement.text)}",
                                  styles["Body"]))  # fmt: skip
    header = [labels["statement"], labels["counted"], labels["agreement"], labels["division"]]
    cell = styles["Cell"]
    rows: list[list[Any]] = [[Paragraph(f"<b>{escape(text)}</b>", cell) for text in header]]
    for row in ov.rows:
        if not discussed(row, data.arguments):
            continue  # summed up in one line, listed in the appendix
        tally = row.tally
        rows.append([Paragraph(escape(row.statement.text), cell), str(tally.total),
                     percent(tally.agreement()), percent(tally.division())])  # fmt: skip
    table = Table(rows, colWidths=[80 * mm, 20 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
    ]))  # fmt: skip
    flow += [table, Spacer(1, 2 * mm), Paragraph(escape(labels["measures"]), styles["Muted"])]
    if labels.get("undiscussed") and undiscussed(data):
        flow.append(Paragraph(escape(labels["undiscussed"]), styles["Body"]))
    return flow


def _arguments(title: str, items: list[st.Argument], labels: dict[str, str]) -> list[Flowable]:
    styles = stylesheet()
    flow: list[Flowable] = [Paragraph(f"<b>{escape(title)}</b>", styles["Body"])]
    for argument in sorted(items, key=lambda a: (not a.strongest, a.order)):
        text = escape(argument.text)
        if argument.strongest:
            text = f"<b>★ {text}</b> <font color='#6b6b6b'>({escape(labels['strongest'])})</font>"
        flow.append(Paragraph(text, styles["Body"], bulletText="•"))
    return flow


def section(data: StatementsReportData, appendix: bool = False) -> list[Flowable]:
    """Overview first (the answer to "what did the room think?"), then statement by statement.

    Statements nobody discussed get one line in the overview and are listed after the rest:
    with `appendix`, inside an Appendix part the meeting report moves to its end."""
    styles, labels = stylesheet(), data.labels
    if not data.overview.rows:
        return [Paragraph(escape(labels["no_statements"]), styles["Body"])]
    flow = _overview(data)
    theme = None
    for number, row in enumerate(data.overview.rows, start=1):
        if not discussed(row, data.arguments):
            continue
        part: list[Flowable] = []
        if row.statement.theme and row.statement.theme != theme:
            theme = row.statement.theme  # kept with its first statement: no heading left alone
            part.append(Paragraph(escape(theme), styles["H2"]))
        part.append(Paragraph(f"{number}. {escape(row.statement.text)}",
                              styles["Italic"]))  # fmt: skip
        if row.tally.total:
            part += [
                Spacer(1, 1 * mm),
                bar_chart(row.tally, data.position_labels),
                Spacer(1, 2 * mm),
            ]
        else:
            part.append(Paragraph(escape(labels["no_votes"]), styles["Muted"]))
        items = data.arguments.get(row.statement.id, [])
        for side in st.SIDES:
            chosen = [a for a in items if a.side == side]
            if chosen:
                part += _arguments(labels[side], chosen, labels)
        if not items and row.tally.total:  # not discussed at all: the one line above says so
            part.append(Paragraph(escape(labels["no_arguments"]), styles["Muted"]))
        part.append(Spacer(1, 4 * mm))
        flow.append(KeepTogether(part))
    return flow + _undiscussed(data, appendix)


def _undiscussed(data: StatementsReportData, appendix: bool) -> list[Flowable]:
    """The statements nobody discussed, numbered as in the game: for the report's appendix, or
    printed last under their own heading."""
    from printables.report_body import Appendix

    rows = undiscussed(data)
    if not rows:
        return []
    styles = stylesheet()
    title = data.labels.get("undiscussed_title") or LABELS["undiscussed_title"]
    items: list[Flowable] = [Paragraph(f"{n}. {escape(row.statement.text)}", styles["Body"])
                             for n, row in rows]  # fmt: skip
    if appendix:
        return [Appendix(title, items)]
    return [Paragraph(escape(title), styles["H2"]), *items]
