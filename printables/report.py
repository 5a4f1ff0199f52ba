"""The meeting report as a PDF, built from plain data (no Qt, no database).

The orchestrator (app/activities/reporting.py) reads the session, translates the fixed labels and
collects each activity's flowables; this module only lays them out: cover, contents (for long
reports), agenda, activity sections, action items, participants and the appendix, with a footer
on every page. The body's parts are in printables/report_body.py, the footer and contents in
printables/report_canvas.py.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from app.core.atomic import to_file
from app.core.i18n import fill
from printables.fonts import BOLD, REGULAR, printable
from printables.report_body import appendices, body, table
from printables.report_canvas import CONTENTS_PER_PAGE, MARGIN, ContentsPage, numbered_canvas
from printables.report_data import LABELS, ActionRow, AgendaRow, PersonRow, ReportData, Section
from printables.styles import ACCENT, INK, MUTED, escape, stylesheet

__all__ = [
    "LABELS", "ActionRow", "AgendaRow", "PersonRow", "ReportData", "Section", "build",
    "report_sheet",
]  # fmt: skip

CONTENTS_MIN_ENTRIES = 6  # fewer headings need no contents page
Progress = Callable[[int, int], None]


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
            self.headings.append((flowable._tafel_text, self.page, key))  # type: ignore[attr-defined]  # see heading()
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable._tafel_text, key, level=0)  # type: ignore[attr-defined]  # see heading()
        self.done += 1
        if self.progress is not None and self.done % 25 == 0:
            self.progress(min(self.done, self.total), self.total)


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
        story.append(table(rows, [35 * mm, 120 * mm], header=False))
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
            message = fill(data.label("section_failed"), error=data.label("too_large"))
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
    story += body(data, sheet)
    doc = _Doc(str(target) if isinstance(target, Path) else target, data, len(story), progress)
    doc.build_once(story, data)
    if progress is not None:
        progress(1, 1)
    return doc.page
