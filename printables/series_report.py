"""The series report as a PDF, from plain data (no Qt, no database).

A network meets several times; this report follows it across its meetings: attendance per
meeting and per organisation over time (a stacked bar chart drawn with reportlab graphics, so the
numbers are real text), the actions agreed and their fate, statements voted in more than one
meeting side by side, and the value-creation reflections of every meeting. The builder
(app/activities/series_report.py) reads the series, applies the consent rules and passes the
labels translated (context "SeriesReport").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.core.atomic import to_file
from app.core.i18n import QT_TRANSLATE_NOOP
from printables.fonts import BOLD, REGULAR
from printables.styles import ACCENT, INK, MUTED, escape, stylesheet

LABELS: dict[str, str] = {
    "subtitle": QT_TRANSLATE_NOOP("SeriesReport", "Report of the network across its meetings"),
    "meetings": QT_TRANSLATE_NOOP("SeriesReport", "Meetings"),
    "meeting": QT_TRANSLATE_NOOP("SeriesReport", "Meeting"),
    "date": QT_TRANSLATE_NOOP("SeriesReport", "Date"),
    "present": QT_TRANSLATE_NOOP("SeriesReport", "Present"),
    "registered": QT_TRANSLATE_NOOP("SeriesReport", "Registered"),
    "waiting": QT_TRANSLATE_NOOP("SeriesReport", "Waiting list"),
    "attendance": QT_TRANSLATE_NOOP("SeriesReport", "Attendance"),
    "attendance_note": QT_TRANSLATE_NOOP(
        "SeriesReport",
        "People who came per meeting (registered people when nobody was checked in), by "
        "organisation. An organisation is named only where someone of it agreed to be named.",
    ),
    "organisation": QT_TRANSLATE_NOOP("SeriesReport", "Organisation"),
    "not_named": QT_TRANSLATE_NOOP("SeriesReport", "Not named"),
    "other": QT_TRANSLATE_NOOP("SeriesReport", "Other organisations"),
    "actions": QT_TRANSLATE_NOOP("SeriesReport", "Actions and their fate"),
    "what": QT_TRANSLATE_NOOP("SeriesReport", "What"),
    "who": QT_TRANSLATE_NOOP("SeriesReport", "Who"),
    "when": QT_TRANSLATE_NOOP("SeriesReport", "When"),
    "status": QT_TRANSLATE_NOOP("SeriesReport", "Status"),
    "no_actions": QT_TRANSLATE_NOOP("SeriesReport", "No actions were agreed."),
    "statements": QT_TRANSLATE_NOOP("SeriesReport", "Statements voted in more than one meeting"),
    "statement": QT_TRANSLATE_NOOP("SeriesReport", "Statement"),
    "counted": QT_TRANSLATE_NOOP("SeriesReport", "Counted"),
    "agreement": QT_TRANSLATE_NOOP("SeriesReport", "Agreement"),
    "division": QT_TRANSLATE_NOOP("SeriesReport", "Division"),
    "no_statements": QT_TRANSLATE_NOOP(
        "SeriesReport", "No statement was voted in more than one meeting."
    ),
    "reflections": QT_TRANSLATE_NOOP("SeriesReport", "What the network brings"),
    "no_reflections": QT_TRANSLATE_NOOP(
        "SeriesReport", "No reflection on the value of the network was written down."
    ),
}
PALETTE = ("#0b5563", "#e08a45", "#5f9fd6", "#8a5a9e", "#6a9a3a", "#c94f4f", "#b8a24a")
OTHER_COLOUR = "#8a8a8a"  # organisations beyond the largest, together
HIDDEN_COLOUR = "#d2d2d2"  # people whose organisation is not named
MOST_ORGANISATIONS = 7  # the chart names this many organisations; the rest are "other"
WIDTH = A4[0] - 40 * mm


@dataclass
class Meeting:
    title: str
    date: str = ""
    present: int = 0  # who came (registered when nobody was checked in)
    registered: int = 0
    waiting: int = 0


@dataclass
class ActionFate:
    meeting: str  # the meeting where it was agreed
    what: str
    who: str
    due: str
    status: str  # translated


@dataclass
class StatementAcross:
    text: str
    results: list[tuple[str, int, float | None, float | None]]  # meeting, votes, agree, divided


@dataclass
class Reflection:
    meeting: str
    prompt: str  # e.g. "Applied: what you take back into your own work — An example"
    text: str


@dataclass
class SeriesReportData:
    title: str
    meetings: list[Meeting]
    organisations: dict[str, list[int]] = field(default_factory=dict)  # name -> per meeting
    actions: list[ActionFate] = field(default_factory=list)
    statements: list[StatementAcross] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS))

    def label(self, key: str) -> str:
        return self.labels.get(key, LABELS.get(key, key))


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


def chart_series(data: SeriesReportData) -> list[tuple[str, list[int]]]:
    """The chart's stacks: the largest organisations by name, the rest together ("other"), the
    people not named last. Every stack has a value per meeting."""
    count = len(data.meetings)
    named = {k: v for k, v in data.organisations.items() if k}
    order = sorted(named, key=lambda k: (-sum(named[k]), k.casefold()))
    shown = order[:MOST_ORGANISATIONS]
    stacks = [(name, list(named[name])) for name in shown]
    rest = [sum(named[k][i] for k in order[MOST_ORGANISATIONS:]) for i in range(count)]
    if any(rest):
        stacks.append((data.label("other"), rest))
    hidden = data.organisations.get("", [0] * count)
    if any(hidden):
        stacks.append((data.label("not_named"), list(hidden)))
    return stacks


def attendance_chart(data: SeriesReportData, width: float = WIDTH) -> Drawing:
    """Stacked bars: people per meeting by organisation, the total above each bar."""
    height = 78 * mm
    drawing = Drawing(width, height)
    stacks = chart_series(data) or [(data.label("present"), [m.present for m in data.meetings])]
    chart = VerticalBarChart()
    # whole points: reportlab's stubs type a chart's and a legend's box as int (a fraction of a
    # point does not show)
    chart.x, chart.y = round(12 * mm), round(14 * mm)
    chart.width, chart.height = round(width * 0.58), round(height - 24 * mm)
    chart.data = [values for _name, values in stacks]
    chart.categoryAxis.categoryNames = [str(i) for i in range(1, len(data.meetings) + 1)]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 9
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((m.present for m in data.meetings), default=0)
    chart.valueAxis.valueMax = max(4, int(top * 1.15) + 1)
    chart.valueAxis.strokeColor = MUTED
    chart.categoryAxis.strokeColor = MUTED
    chart.barWidth = 10
    for i, (name, _values) in enumerate(stacks):
        colour = _colour(name, i, data)
        chart.bars[i].fillColor = colors.HexColor(colour)
        chart.bars[i].strokeColor = colors.white
    drawing.add(chart)
    step = chart.width / max(1, len(data.meetings))
    scale = chart.height / chart.valueAxis.valueMax
    for i, meeting in enumerate(data.meetings):  # totals as text: searchable, checked by tests
        x = chart.x + step * (i + 0.5)
        y = chart.y + meeting.present * scale + 3
        drawing.add(String(x, y, str(meeting.present), fontName=BOLD, fontSize=9,
                           fillColor=INK, textAnchor="middle"))  # fmt: skip
    drawing.add(String(chart.x, 3 * mm, data.label("meeting"), fontName=REGULAR, fontSize=8,
                       fillColor=MUTED))  # fmt: skip
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + round(10 * mm), round(height - 8 * mm)
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.colorNamePairs = [
        (colors.HexColor(_colour(name, i, data)), _short(name, 34))
        for i, (name, _v) in enumerate(stacks)
    ]
    drawing.add(legend)
    return drawing


def _colour(name: str, index: int, data: SeriesReportData) -> str:
    if name == data.label("not_named"):
        return HIDDEN_COLOUR
    if name == data.label("other"):
        return OTHER_COLOUR
    return PALETTE[index % len(PALETTE)]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(rows: list[list[Any]], widths: Sequence[float], head: bool = True) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if head else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT))
    table.setStyle(TableStyle(style))
    table.splitInRow = 1
    return table


def story(data: SeriesReportData) -> list[Flowable]:
    sheet = stylesheet()
    cell, head = sheet["Cell"], _head_style(sheet)

    sheet["H1"].keepWithNext = sheet["H2"].keepWithNext = 1  # no heading alone at a page end

    def p(text: str, style: Any = cell) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    out: list[Flowable] = [p(data.title, sheet["Title"]), p(data.label("subtitle"), sheet["Muted"])]
    out += [Spacer(1, 6), p(data.label("meetings"), sheet["H1"])]
    rows = [[p("#", head), p(data.label("meeting"), head), p(data.label("date"), head),
             p(data.label("present"), head), p(data.label("registered"), head),
             p(data.label("waiting"), head)]]  # fmt: skip
    for number, m in enumerate(data.meetings, start=1):
        rows.append([p(str(number)), p(m.title), p(m.date), p(str(m.present)),
                     p(str(m.registered)), p(str(m.waiting))])  # fmt: skip
    out.append(_table(rows, [8 * mm, 56 * mm, 24 * mm, 24 * mm, 30 * mm, 28 * mm]))
    out += [p(data.label("attendance"), sheet["H1"])]
    out.append(p(data.label("attendance_note"), sheet["Muted"]))
    out.append(KeepTogether([attendance_chart(data)]))
    if data.organisations:
        numbers = [p(str(i), head) for i in range(1, len(data.meetings) + 1)]
        rows = [[p(data.label("organisation"), head), *numbers]]
        for name, values in chart_series(data):
            rows.append([p(name), *[p(str(v)) for v in values]])
        column = min(18 * mm, (WIDTH - 70 * mm) / max(1, len(data.meetings)))
        out.append(_table(rows, [70 * mm] + [column] * len(data.meetings)))
    out += _actions(data, p, head, sheet)
    out += _statements(data, p, head, sheet)
    out += _reflections(data, p, sheet)
    return out


def _head_style(sheet: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("SeriesHead", parent=sheet["Cell"], fontName=BOLD)


def _actions(data: SeriesReportData, p: Any, head: Any, sheet: Any) -> list[Flowable]:
    out: list[Flowable] = [p(data.label("actions"), sheet["H1"])]
    if not data.actions:
        return [*out, p(data.label("no_actions"), sheet["Muted"])]
    rows = [[p(data.label("meeting"), head), p(data.label("what"), head),
             p(data.label("who"), head), p(data.label("when"), head),
             p(data.label("status"), head)]]  # fmt: skip
    for a in data.actions:
        rows.append([p(a.meeting), p(a.what), p(a.who), p(a.due), p(a.status)])
    out.append(_table(rows, [34 * mm, 62 * mm, 28 * mm, 24 * mm, 22 * mm]))
    return out


def _statements(data: SeriesReportData, p: Any, head: Any, sheet: Any) -> list[Flowable]:
    out: list[Flowable] = [p(data.label("statements"), sheet["H1"])]
    if not data.statements:
        return [*out, p(data.label("no_statements"), sheet["Muted"])]
    for item in data.statements:
        rows = [[p(data.label("meeting"), head), p(data.label("counted"), head),
                 p(data.label("agreement"), head), p(data.label("division"), head)]]  # fmt: skip
        for meeting, votes, agreement, division in item.results:
            rows.append([p(meeting), p(str(votes)), p(percent(agreement)), p(percent(division))])
        block = [p(item.text, sheet["H2"]), _table(rows, [80 * mm, 28 * mm, 30 * mm, 30 * mm])]
        out.append(KeepTogether(block))
    return out


def _reflections(data: SeriesReportData, p: Any, sheet: Any) -> list[Flowable]:
    out: list[Flowable] = [p(data.label("reflections"), sheet["H1"])]
    if not data.reflections:
        return [*out, p(data.label("no_reflections"), sheet["Muted"])]
    by_prompt: dict[str, list[Reflection]] = {}
    for item in data.reflections:
        by_prompt.setdefault(item.prompt, []).append(item)
    for prompt, items in by_prompt.items():  # one question, its answers meeting by meeting
        out.append(p(prompt, sheet["H2"]))
        rows = [[p(item.meeting, sheet["Muted"]), p(item.text)] for item in items]
        out.append(_table(rows, [45 * mm, WIDTH - 45 * mm], head=False))
    return out


def build(data: SeriesReportData, target: str | Path | BinaryIO) -> int:
    """Write the PDF to a path (whole or not at all) or a binary stream; returns the pages."""
    return to_file(target, lambda out: _write(data, out))


def _write(data: SeriesReportData, target: BinaryIO) -> int:
    pages = {"count": 0}

    def footer(canvas: Any, doc: Any) -> None:
        pages["count"] = doc.page
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(20 * mm, 10 * mm, _short(data.title, 90))
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=data.title)  # fmt: skip
    doc.build(story(data), onFirstPage=footer, onLaterPages=footer)
    return pages["count"]
