"""The report's body from plain data: agenda, activity sections, action items, participants
and the appendix (split from printables/report.py, which adds the cover and contents and
writes the document)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.durations import minutes_text
from printables.fonts import REGULAR
from printables.styles import ACCENT, escape

if TYPE_CHECKING:
    from printables.report_data import ReportData, Section


class Appendix(Flowable):
    """A part a section puts at the end of the report (a long list a reader may skip): the
    section's body carries it, the report moves it to the appendix. Draws nothing itself."""

    def __init__(self, title: str, body: list[Flowable]) -> None:
        super().__init__()
        self.title = title
        self.body = body

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def heading(text: str, key: str, style: Any) -> Paragraph:
    para = Paragraph(escape(text), style)
    para._tafel_key = key  # type: ignore[attr-defined]  # marks a contents heading
    para._tafel_text = text  # type: ignore[attr-defined]  # marks a contents heading
    return para


def table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    # splitInRow: a cell taller than a page (a pasted essay) may continue on the next page
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT",
                  splitInRow=1)  # fmt: skip
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells: never Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d5dcdd")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eef0")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _agenda(data: ReportData, sheet: Any) -> list[Flowable]:
    cell, head, muted = sheet["Cell"], sheet["CellHead"], sheet["CellMuted"]
    rows: list[list[Any]] = [[Paragraph(escape(data.label(k)), head)
                              for k in ("planned", "activity", "actual")]]  # fmt: skip
    units = {"h": data.label("hours"), "min": data.label("minutes"), "s": "s"}

    def length(minutes: int) -> str:  # a duration, never mistaken for a clock time
        return minutes_text(minutes, lambda unit, count: f"{count} {units[unit]}")

    for row in data.agenda or []:
        actual = row.actual or data.label("not_held")
        if row.actual_minutes is not None:
            actual += f" ({length(row.actual_minutes)})"
        rows.append([
            Paragraph(escape(f"{row.planned} ({length(row.planned_minutes)})"), cell),
            Paragraph(escape(row.title), cell),
            Paragraph(escape(actual), cell if row.actual else muted),
        ])  # fmt: skip
    return [heading(data.label("agenda"), "agenda", sheet["H1"]),
            table(rows, [38 * mm, 94 * mm, 42 * mm])]  # fmt: skip


def _actions(data: ReportData, sheet: Any) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(40 * mm),
                             heading(data.label("actions"), "actions", sheet["H1"])]  # fmt: skip
    if not data.actions:
        if not data.keep_empty:
            return []
        return [*story, Paragraph(escape(data.label("no_actions")), sheet["Muted"])]
    cell, head = sheet["Cell"], sheet["CellHead"]
    rows: list[list[Any]] = [[Paragraph(escape(data.label(k)), head)
                              for k in ("what", "who", "when", "done")]]  # fmt: skip
    for item in data.actions:
        rows.append([Paragraph(escape(item.what), cell), Paragraph(escape(item.who), cell),
                     Paragraph(escape(item.due), cell),
                     Paragraph("✓" if item.done else "☐", sheet["CellCentre"])])  # fmt: skip
    return [*story, table(rows, [92 * mm, 40 * mm, 28 * mm, 14 * mm])]


def _participants(data: ReportData, sheet: Any) -> list[Flowable]:
    if not data.participants and not data.keep_empty:
        return []
    story: list[Flowable] = [CondPageBreak(40 * mm),
                             heading(data.label("participants"), "participants", sheet["H1"]),
                             Paragraph(escape(data.label("participants_note")), sheet["Muted"]),
                             Spacer(1, 2 * mm)]  # fmt: skip
    if not data.participants:
        return [*story, Paragraph(escape(data.label("no_participants")), sheet["Muted"])]
    cell, head = sheet["Cell"], sheet["CellHead"]
    people = data.participants
    # one kind of fact per column, and a column only when someone has a value in it
    keys = ["name"] + [key for key in ("organisation", "role", "municipality")
                       if any(getattr(p, key).strip() for p in people)]  # fmt: skip
    if data.show_emails:
        keys.append("email")
    weights = {"name": 5, "organisation": 5, "role": 4, "municipality": 4, "email": 6}
    total = sum(weights[k] for k in keys)
    widths = [174 * mm * weights[k] / total for k in keys]
    rows: list[list[Any]] = [[Paragraph(escape(data.label(k)), head) for k in keys]]
    for person in people:
        rows.append([Paragraph(escape(getattr(person, k)), cell) for k in keys])
    return [*story, table(rows, widths)]


def _section(section: Section, number: int, sheet: Any) -> list[Flowable]:
    head: list[Flowable] = [heading(section.title, f"section-{number}", sheet["H1"])]
    if section.subtitle:
        head.append(Paragraph(escape(section.subtitle), sheet["Muted"]))
    head.append(Spacer(1, 2 * mm))
    body = [f for f in section.body or [] if not isinstance(f, Appendix)]
    # keep the heading with the start of the section, never alone at a page bottom
    return [CondPageBreak(45 * mm), KeepTogether(head), *body]


def appendices(data: ReportData) -> list[tuple[Section, Appendix]]:
    """The appendix parts the sections carry, in report order."""
    return [(section, part) for section in data.sections for part in section.body or []
            if isinstance(part, Appendix)]  # fmt: skip


def _appendix(data: ReportData, sheet: Any) -> list[Flowable]:
    parts = appendices(data)
    if not parts:
        return []
    story: list[Flowable] = [PageBreak(), heading(data.label("appendix"), "appendix",
                                                   sheet["H1"])]  # fmt: skip
    for section, part in parts:
        title = f"{section.title} – {part.title}" if part.title else section.title
        story += [CondPageBreak(30 * mm), Paragraph(escape(title), sheet["H2"]), *part.body]
    return story


def body(data: ReportData, sheet: Any) -> list[Flowable]:
    story: list[Flowable] = []
    if data.agenda is not None:
        story += _agenda(data, sheet)
    for number, section in enumerate(data.sections, start=1):
        story += _section(section, number, sheet)
    if data.actions is not None:
        story += _actions(data, sheet)
    if data.participants is not None:
        story += _participants(data, sheet)
    return story + _appendix(data, sheet)
