"""Speed-dating paper: a schedule per person (round -> table) and numbered table cards.

Takes plain data (names and their table per round), no database and no Qt, so the command line
and the app print the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from app.core.atomic import to_file
from app.core.i18n import fill
from app.core.name_order import sort_key
from printables.fonts import BOLD, REGULAR, printable, register
from printables.styles import ACCENT, INK, MUTED, escape, stylesheet

TEXTS = {
    "nl": {"name": "Naam", "round": "Ronde {k}", "table": "Tafel", "schedule": "Tafelschema",
           "intro": "Zoek je naam: per ronde staat erachter aan welke tafel je zit.",
           "page": "pagina {n}"},
    "en": {"name": "Name", "round": "Round {k}", "table": "Table", "schedule": "Table schedule",
           "intro": "Find your name: the numbers are your table in each round.",
           "page": "page {n}"},
}  # fmt: skip


def _texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["nl"])


def write_schedule(
    target: str | Path | BinaryIO,
    title: str,
    rows: Sequence[tuple[str, Sequence[int | None]]],
    language: str = "nl",
) -> None:
    """A4 list sorted by name: one line per person, one column per round with the table."""
    if isinstance(target, str | Path):  # a file name: written whole or not at all
        return to_file(target, lambda out: write_schedule(out, title, rows, language))
    register()
    words = _texts(language)
    sheet = stylesheet()
    rounds = max((len(tables) for _, tables in rows), default=0)
    header: list[object] = [words["name"]]
    header += [fill(words["round"], k=k) for k in range(1, rounds + 1)]
    data: list[list[object]] = [header]
    for name, tables in sorted(rows, key=lambda row: sort_key(row[0])):
        cells = [str(t) if t else "–" for t in tables] + [""] * (rounds - len(tables))
        data.append([Paragraph(escape(name), sheet["Cell"]), *cells])
    name_width = 70 * mm
    round_width = min(22 * mm, (A4[0] - 30 * mm - name_width) / max(1, rounds))
    table = LongTable(data, colWidths=[name_width] + [round_width] * rounds, repeatRows=1)
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, 0), BOLD, 9),
            ("FONT", (1, 1), (-1, -1), BOLD, 11),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef3f4")]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
        ])
    )  # fmt: skip

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, fill(words["page"], n=doc.page))

    doc = SimpleDocTemplate(
        target, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=18 * mm, title=printable(f"{words['schedule']} – {title}"),
    )  # fmt: skip
    story = [
        Paragraph(escape(f"{words['schedule']} – {title}"), sheet["H1"]),
        Paragraph(escape(words["intro"]), sheet["Muted"]),
        Spacer(1, 4 * mm),
        table,
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def write_table_cards(target: str | Path | BinaryIO, tables: int, language: str = "nl") -> None:
    """Two folded-card halves per A4 page: "Table" and a huge number, readable across a room."""
    if isinstance(target, str | Path):  # a file name: written whole or not at all
        return to_file(target, lambda out: write_table_cards(out, tables, language))
    register()
    words = _texts(language)
    canvas = Canvas(target, pagesize=A4)
    width, height = A4
    half = height / 2
    for number in range(1, tables + 1):
        top = number % 2 == 1
        base = half if top else 0
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 150)
        canvas.drawCentredString(width / 2, base + half * 0.28, str(number))
        canvas.setFont(REGULAR, 36)
        canvas.setFillColor(ACCENT)
        canvas.drawCentredString(width / 2, base + half * 0.75, words["table"])
        if top:
            canvas.setStrokeColor(MUTED)
            canvas.setDash(3, 3)
            canvas.line(10 * mm, half, width - 10 * mm, half)
            canvas.setDash()
        if not top or number == tables:
            canvas.showPage()
    canvas.save()
