"""The meeting report as a PDF, built from plain data (no Qt, no database).

The orchestrator (app/activities/reporting.py) reads the session, translates the fixed labels and
collects each activity's flowables; this module only lays them out: cover, contents (for long
reports), agenda, activity sections, action items, participants, with a footer on every page.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from app.core.atomic import to_file
from app.core.durations import minutes_text
from app.core.i18n import QT_TRANSLATE_NOOP
from printables.fonts import BOLD, REGULAR, printable
from printables.report_canvas import CONTENTS_PER_PAGE, MARGIN, ContentsPage, numbered_canvas
from printables.styles import ACCENT, INK, MUTED, escape, stylesheet

# Fixed texts of the report; the orchestrator passes them translated (context "Report").
LABELS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("Report", "Meeting report"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "venue": QT_TRANSLATE_NOOP("Report", "Venue"),
    "organisers": QT_TRANSLATE_NOOP("Report", "Organisers"),
    "present": QT_TRANSLATE_NOOP("Report", "Present"),
    "registered": QT_TRANSLATE_NOOP("Report", "Registered"),
    "waiting": QT_TRANSLATE_NOOP("Report", "Waiting list"),
    "contents": QT_TRANSLATE_NOOP("Report", "Contents"),
    "agenda": QT_TRANSLATE_NOOP("Report", "Agenda"),
    "planned": QT_TRANSLATE_NOOP("Report", "Planned"),
    "actual": QT_TRANSLATE_NOOP("Report", "Actual"),
    "activity": QT_TRANSLATE_NOOP("Report", "Activity"),
    "minutes": QT_TRANSLATE_NOOP("Report", "min"),
    "hours": QT_TRANSLATE_NOOP("Report", "h"),
    "not_held": QT_TRANSLATE_NOOP("Report", "not recorded"),
    "kind": QT_TRANSLATE_NOOP("Report", "Kind"),
    "no_results": QT_TRANSLATE_NOOP("Report", "No results recorded."),
    "actions": QT_TRANSLATE_NOOP("Report", "Action items"),
    "what": QT_TRANSLATE_NOOP("Report", "What"),
    "who": QT_TRANSLATE_NOOP("Report", "Who"),
    "when": QT_TRANSLATE_NOOP("Report", "When"),
    "done": QT_TRANSLATE_NOOP("Report", "Done"),
    "no_actions": QT_TRANSLATE_NOOP("Report", "No action items were agreed."),
    "participants": QT_TRANSLATE_NOOP("Report", "Participants"),
    "participants_note": QT_TRANSLATE_NOOP(
        "Report", "Only people who agreed to be named in the report are listed."
    ),
    "no_participants": QT_TRANSLATE_NOOP("Report", "Nobody agreed to be named in the report."),
    "name": QT_TRANSLATE_NOOP("Report", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Report", "Organisation"),
    "role": QT_TRANSLATE_NOOP("Report", "Role"),
    "email": QT_TRANSLATE_NOOP("Report", "E-mail"),
    "municipality": QT_TRANSLATE_NOOP("Report", "Municipality"),
    "appendix": QT_TRANSLATE_NOOP("Report", "Appendix"),
    "page": QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}"),
    "section_failed": QT_TRANSLATE_NOOP("Report", "This section could not be made: {error}"),
    "too_large": QT_TRANSLATE_NOOP(
        "Report", "a part of it is too large to fit on a page; see the app for the full text"
    ),
}

CONTENTS_MIN_ENTRIES = 6  # fewer headings need no contents page
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class AgendaRow:
    title: str
    kind: str  # translated kind label: for the app, never printed (readers do not need it)
    planned: str  # "10:00–10:15" or "0:15"
    planned_minutes: int
    actual: str = ""  # "10:02–10:20", empty when not recorded
    actual_minutes: int | None = None


@dataclass(frozen=True)
class ActionRow:
    what: str
    who: str = ""
    due: str = ""
    done: bool = False


@dataclass(frozen=True)
class PersonRow:
    name: str
    organisation: str = ""
    role: str = ""  # the job ("programmator"), never mixed with the municipality
    email: str = ""  # filled only when the organiser chose to include e-mails
    municipality: str = ""


@dataclass
class Section:
    """One activity's part of the report: a heading plus the kind's own flowables."""

    title: str
    subtitle: str = ""  # planned and actual times, in the muted style
    body: list[Flowable] = field(default_factory=list)


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


@dataclass
class ReportData:
    title: str
    date: str = ""
    venue: str = ""
    organisers: str = ""
    counts: dict[str, int] = field(default_factory=dict)  # present / registered / waiting
    agenda: list[AgendaRow] | None = None  # None = section not chosen
    sections: list[Section] = field(default_factory=list)
    actions: list[ActionRow] | None = None
    participants: list[PersonRow] | None = None  # None = not included (privacy default)
    show_emails: bool = False
    keep_empty: bool = False  # print "no action items" / "nobody named" instead of leaving out
    language: str = "nl"  # the document's /Lang
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS))

    def label(self, key: str) -> str:
        return self.labels.get(key) or LABELS[key]


class _Doc(BaseDocTemplate):
    """Records where each heading lands (for the contents) and reports progress per flowable."""

    def __init__(self, target: Any, data: ReportData, total: int, progress: Progress | None):
        self.headings: list[tuple[str, int, str]] = []  # (text, page, key)
        self.contents_pages: list[int] = []  # pages reserved for the contents
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm, title=printable(data.title),
            author=printable(data.organisers), subject=printable(data.label("report")),
            creator="Tafelronde", lang=data.language or None,
            initialFontName=REGULAR,  # reportlab starts every page in Helvetica otherwise
        )  # fmt: skip
        frame = Frame(MARGIN, MARGIN + 6 * mm, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 6 * mm,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)  # fmt: skip
        self.addPageTemplates([PageTemplate("page", [frame])])
        self.data = data
        self.total = max(1, total)
        self.done = 0
        self.progress = progress
        self._edits: list[tuple[Any, ...]] = []
        self._multiBuildEdits = self._edits.append  # reportlab records marks to undo here

    def build_once(self, story: list[Flowable], data: ReportData) -> None:
        """Build, then clear the marks reportlab leaves on flowables, so the same flowables can
        be laid out again in the next pass (as multiBuild does)."""
        try:
            self.build(story, canvasmaker=numbered_canvas(data, self))
        finally:
            for edit in self._edits:
                edit[0](*edit[1:])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, ContentsPage):
            self.contents_pages.append(self.page)
        key = getattr(flowable, "_tafel_key", None)
        if key is not None:
            self.headings.append((flowable._tafel_text, self.page, key))  # type: ignore[attr-defined]
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable._tafel_text, key, level=0)  # type: ignore[attr-defined]
        self.done += 1
        if self.progress is not None and self.done % 25 == 0:
            self.progress(min(self.done, self.total), self.total)


def _heading(text: str, key: str, style: Any) -> Paragraph:
    para = Paragraph(escape(text), style)
    para._tafel_key = key  # type: ignore[attr-defined]
    para._tafel_text = text  # type: ignore[attr-defined]
    return para


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
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


def _cover(data: ReportData, sheet: Any) -> list[Flowable]:
    cell, head = sheet["Cell"], sheet["CellHead"]
    story: list[Flowable] = [
        Spacer(1, 45 * mm),
        Paragraph(escape(data.label("report")).upper(), sheet["Kicker"]),
        Paragraph(escape(_short(data.title)), sheet["Title"]),
        Spacer(1, 8 * mm),
    ]
    facts = [
        (data.label("date"), data.date),
        (data.label("venue"), data.venue),
        (data.label("organisers"), data.organisers),
    ]
    rows = [[Paragraph(escape(k), head), Paragraph(escape(_short(v)), cell)]
            for k, v in facts if v]  # fmt: skip
    if rows:
        story.append(_table(rows, [35 * mm, 120 * mm], header=False))
        story.append(Spacer(1, 12 * mm))
    numbers = [
        (data.counts.get("present", 0), data.label("present")),
        (data.counts.get("registered", 0), data.label("registered")),
        (data.counts.get("waiting", 0), data.label("waiting")),
    ]
    figures = Table(
        [[Paragraph(str(n), sheet["Figure"]) for n, _ in numbers],
         [Paragraph(escape(label), sheet["Muted"]) for _, label in numbers]],
        colWidths=[45 * mm] * 3, hAlign="LEFT",
    )  # fmt: skip
    figures.setStyle(
        TableStyle([
            ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
            ("LINEBEFORE", (1, 0), (1, -1), 2, ACCENT),
            ("LINEBEFORE", (2, 0), (2, -1), 2, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ])
    )  # fmt: skip
    story += [figures, PageBreak()]
    return story


def _short(text: str, limit: int = 300) -> str:
    """The cover is one page: overlong facts are cut (the full text is in the PDF metadata)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _contents(data: ReportData, sheet: Any, entries: int) -> list[Flowable]:
    """The contents' pages, reserved now and written by the canvas at the end."""
    pages = max(1, -(-entries // CONTENTS_PER_PAGE))
    story: list[Flowable] = [Paragraph(escape(data.label("contents")), sheet["H1"])]
    for _ in range(pages):
        story += [ContentsPage(), PageBreak()]
    return story


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
    return [_heading(data.label("agenda"), "agenda", sheet["H1"]),
            _table(rows, [38 * mm, 94 * mm, 42 * mm])]  # fmt: skip


def _actions(data: ReportData, sheet: Any) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(40 * mm),
                             _heading(data.label("actions"), "actions", sheet["H1"])]  # fmt: skip
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
    return [*story, _table(rows, [92 * mm, 40 * mm, 28 * mm, 14 * mm])]


def _participants(data: ReportData, sheet: Any) -> list[Flowable]:
    if not data.participants and not data.keep_empty:
        return []
    story: list[Flowable] = [CondPageBreak(40 * mm),
                             _heading(data.label("participants"), "participants", sheet["H1"]),
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
    return [*story, _table(rows, widths)]


def _section(section: Section, number: int, sheet: Any) -> list[Flowable]:
    head = [_heading(section.title, f"section-{number}", sheet["H1"])]
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
    story: list[Flowable] = [PageBreak(), _heading(data.label("appendix"), "appendix",
                                                   sheet["H1"])]  # fmt: skip
    for section, part in parts:
        title = f"{section.title} – {part.title}" if part.title else section.title
        story += [CondPageBreak(30 * mm), Paragraph(escape(title), sheet["H2"]), *part.body]
    return story


def _body(data: ReportData, sheet: Any) -> list[Flowable]:
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


def report_sheet() -> Any:
    """The shared stylesheet plus the few styles only the report uses."""
    from reportlab.lib.styles import ParagraphStyle

    sheet = stylesheet()
    cell = sheet["Cell"]
    sheet.add(ParagraphStyle("CellHead", parent=cell, fontName=BOLD))
    sheet.add(ParagraphStyle("CellMuted", parent=cell, textColor=MUTED, fontSize=8))
    sheet.add(ParagraphStyle("CellRight", parent=cell, alignment=2))
    sheet.add(ParagraphStyle("CellCentre", parent=cell, alignment=1, fontSize=11))
    sheet.add(ParagraphStyle("Kicker", parent=cell, fontName=BOLD, textColor=MUTED, fontSize=10))
    sheet.add(ParagraphStyle("Figure", parent=cell, fontName=BOLD, fontSize=24, leading=28,
                             textColor=INK))  # fmt: skip
    return sheet


def build(data: ReportData, target: str | Path | BinaryIO, progress: Progress | None = None) -> int:
    """Write the report PDF to a path or binary stream; returns the number of pages.

    Reports with many headings get a contents page after the cover; its page(s) are reserved
    during layout and filled in when the canvas saves, so one layout pass is enough. A section
    that cannot be laid out (a pasted essay in a cell that may not split) is replaced by a short
    message, so the organiser always gets the rest of the report.
    """
    if not hasattr(target, "write"):  # a file name: written whole or not at all
        return to_file(target, lambda out: build(data, out, progress))
    for section in data.sections:
        _splittable(section.body)
    try:
        return _build(data, target, progress)
    except LayoutError:
        if isinstance(target, io.IOBase):
            target.seek(0)
            target.truncate()
    sheet = report_sheet()
    for section in data.sections:
        if not _fits(section):
            message = data.label("section_failed").replace("{error}", data.label("too_large"))
            section.body = [Paragraph(escape(message), sheet["Muted"])]
    return _build(data, target, progress)


def _splittable(flowables: list[Any]) -> None:
    """Let every table in a section split inside a row, so a cell taller than a page continues
    on the next page instead of stopping the whole report."""
    for flowable in flowables:
        if isinstance(flowable, Table):
            flowable.splitInRow = 1
        content = getattr(flowable, "_content", None)
        if isinstance(content, list):
            _splittable(content)


def _fits(section: Section) -> bool:
    """Whether the section alone can be laid out (tried into a throwaway buffer)."""
    trial = ReportData(title="", sections=[Section(section.title, section.subtitle,
                                                   section.body)])  # fmt: skip
    try:
        _build(trial, io.BytesIO(), None)
    except LayoutError:
        return False
    return True


def _build(data: ReportData, target: str | Path | BinaryIO, progress: Progress | None) -> int:
    sheet = report_sheet()
    entries = (data.agenda is not None) + len(data.sections) + bool(appendices(data))
    entries += data.actions is not None and (bool(data.actions) or data.keep_empty)
    entries += data.participants is not None and (bool(data.participants) or data.keep_empty)
    story = _cover(data, sheet)
    if entries >= CONTENTS_MIN_ENTRIES:
        story += _contents(data, sheet, entries)
    story += _body(data, sheet)
    doc = _Doc(str(target) if isinstance(target, Path) else target, data, len(story), progress)
    doc.build_once(story, data)
    if progress is not None:
        progress(1, 1)
    return doc.page
