"""The agenda handout: one A4 page (or more for long days) to lay on the tables at the start.

Plain data in, PDF out (no Qt, no database): the caller passes the rows and translated labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.core.atomic import to_file
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from printables.fonts import REGULAR, printable
from printables.styles import ACCENT, MUTED, escape, stylesheet

LABELS: dict[str, str] = {
    "agenda": QT_TRANSLATE_NOOP("Handout", "Agenda"),
    "time": QT_TRANSLATE_NOOP("Handout", "Time"),
    "activity": QT_TRANSLATE_NOOP("Handout", "Activity"),
    "page": QT_TRANSLATE_NOOP("Handout", "page {n}"),
}
MARGIN = 18 * mm


@dataclass(frozen=True)
class HandoutRow:
    time: str  # "09:30–09:45", or minutes from the start when the session has no start time
    title: str
    kind: str = ""  # translated kind label: the app's word, not printed on the handout
    caption: str = ""  # a line the organiser wrote for the beamer, if any


@dataclass
class Handout:
    title: str
    facts: list[str] = field(default_factory=list)  # date and time, venue, organisers
    rows: list[HandoutRow] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS))


def write_handout(handout: Handout, target: str | Path | BinaryIO) -> None:
    if not hasattr(target, "write"):  # a file name: written whole or not at all
        return to_file(target, lambda out: write_handout(handout, out))
    sheet = stylesheet()
    label = {**LABELS, **handout.labels}
    story = [
        Paragraph(escape(handout.title), sheet["Title"]),
        *[Paragraph(escape(fact), sheet["Muted"]) for fact in handout.facts if fact],
        Spacer(1, 6 * mm),
        Paragraph(escape(label["agenda"]), sheet["H1"]),
    ]
    rows: list[list[object]] = [
        [Paragraph(f"<b>{escape(label[key])}</b>", sheet["Cell"]) for key in ("time", "activity")]
    ]
    for row in handout.rows:
        what = [Paragraph(f"<b>{escape(row.title)}</b>", sheet["Body"])]
        if row.caption:
            what.append(Paragraph(escape(row.caption), sheet["Muted"]))
        rows.append([Paragraph(escape(row.time), sheet["Body"]), what])
    table = Table(rows, colWidths=[36 * mm, A4[0] - 2 * MARGIN - 36 * mm], repeatRows=1,
                  hAlign="LEFT")  # fmt: skip
    table.setStyle(
        TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#d5dcdd")),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ])
    )  # fmt: skip
    story.append(table)

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, fill(label["page"], n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target, pagesize=A4, leftMargin=MARGIN,
        rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=printable(f"{label['agenda']} – {handout.title}"), creator="Tafelronde",
        initialFontName=REGULAR,  # reportlab starts every page in Helvetica otherwise
    )  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
