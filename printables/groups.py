"""Breakout paper: per round, group lists for the wall and a table card per table.

Wall lists: landscape A4, every table of the round with its names in large type, several pages
when needed. Table cards: one landscape A4 page per table, to fold or lay down: a huge table
number, the round's questions and who sits there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.atomic import to_file
from app.core.i18n import QT_TRANSLATE_NOOP
from printables.fonts import BOLD, REGULAR, printable, register
from printables.styles import ACCENT, INK, MUTED

TEXTS = {
    "wall": QT_TRANSLATE_NOOP("GroupPrintables", "Round {n}: who sits where"),
    "table": QT_TRANSLATE_NOOP("GroupPrintables", "Table {n}"),
    "round": QT_TRANSLATE_NOOP("GroupPrintables", "Round {n}"),
    "page": QT_TRANSLATE_NOOP("GroupPrintables", "page {page} of {pages}"),
}
PAGE = landscape(A4)
MARGIN = 14 * mm


def write_groups_pdf(
    path: str | Path | BinaryIO,
    title: str,
    rounds: Sequence[Sequence[Sequence[str]]],
    questions: Sequence[Sequence[str]],
    tr: Callable[[str], str] = lambda text: text,
) -> Path | BinaryIO:
    """rounds[r][t] = names at table t in round r; questions[r] = that round's questions.
    A file name is written whole or not at all (app/core/atomic.py)."""
    to_file(path, lambda out: _write_groups(out, title, rounds, questions, tr))
    return path if not isinstance(path, str | Path) else Path(path)


def _write_groups(out: BinaryIO, title, rounds, questions, tr) -> None:  # type: ignore[no-untyped-def]
    register()
    canvas = Canvas(out, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(printable(title))
    for r, tables in enumerate(rounds):
        _wall(canvas, title, r + 1, tables, tr)
    for r, tables in enumerate(rounds):
        round_questions = questions[r] if r < len(questions) else []
        for t, names in enumerate(tables):
            _table_card(canvas, r + 1, t + 1, names, round_questions, tr)
    canvas.save()


def _wall(canvas: Canvas, title: str, round_no: int, tables, tr) -> None:  # type: ignore[no-untyped-def]
    width, height = PAGE
    from reportlab.pdfbase.pdfmetrics import stringWidth

    seats = max((len(t) for t in tables), default=1)
    longest = max((stringWidth(printable(n), REGULAR, 1) for t in tables for n in t), default=1)
    usable = height - 2 * MARGIN - 20 * mm
    best = None
    for cols in (3, 4, 5):
        col_w = (width - 2 * MARGIN) / cols
        size = min(16.0, (col_w - 5 * mm) / max(longest, 1))
        card_h = 8 * mm + seats * size * 1.3 + 5 * mm
        rows = max(1, int(usable // card_h))
        pages = max(1, -(-len(tables) // (cols * rows)))
        if size >= 12 and (best is None or (pages, -size) < (best[0], -best[1])):
            best = (pages, size, cols, rows, card_h)
    if best is None:
        col_w = (width - 2 * MARGIN) / 3
        best = (max(1, -(-len(tables) // 3)), 9.0, 3, 1, 8 * mm + seats * 12 + 5 * mm)
    pages, name_size, cols, rows, card_h = best
    per_page = cols * rows
    col_w = (width - 2 * MARGIN) / cols
    for page in range(pages):
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 22)
        heading = tr(TEXTS["wall"]).format(n=round_no)
        canvas.drawString(MARGIN, height - MARGIN - 16, printable(heading))
        canvas.setFont(REGULAR, 10)
        canvas.setFillColor(MUTED)
        footer = printable(title)
        if pages > 1:
            footer += "  ·  " + tr(TEXTS["page"]).format(page=page + 1, pages=pages)
        canvas.drawString(MARGIN, MARGIN / 2, footer)
        top = height - MARGIN - 20 * mm
        for i, names in enumerate(tables[page * per_page : (page + 1) * per_page]):
            number = page * per_page + i + 1
            x = MARGIN + (i % cols) * col_w
            y = top - (i // cols) * card_h
            canvas.setFillColor(ACCENT)
            canvas.setFont(BOLD, name_size + 3)
            canvas.drawString(x, y, printable(tr(TEXTS["table"]).format(n=number)))
            canvas.setFillColor(INK)
            canvas.setFont(REGULAR, name_size)
            for j, name in enumerate(names):
                canvas.drawString(x, y - 8 * mm - j * name_size * 1.3, _fit(name, col_w - 4 * mm,
                                                                            name_size))  # fmt: skip
        canvas.showPage()


def _table_card(canvas: Canvas, round_no: int, table: int, names, questions, tr) -> None:  # type: ignore[no-untyped-def]
    width, height = PAGE
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 90)
    canvas.drawString(MARGIN, height - MARGIN - 80, printable(tr(TEXTS["table"]).format(n=table)))
    canvas.setFont(BOLD, 18)
    canvas.drawRightString(width - MARGIN, height - MARGIN - 18,
                           printable(tr(TEXTS["round"]).format(n=round_no)))  # fmt: skip
    canvas.setFillColor(INK)
    y = height - MARGIN - 130
    text_w = width * 0.62 - MARGIN
    for number, question in enumerate(questions, start=1):
        for k, line in enumerate(_wrap(f"{number}. {question}", text_w, 17)):
            canvas.setFont(REGULAR, 17)
            canvas.drawString(MARGIN + (14 if k else 0), y, line)
            y -= 22
        y -= 8
    canvas.setFont(REGULAR, 14)
    x = width * 0.66
    y = height - MARGIN - 130
    for name in names:
        canvas.drawString(x, y, _fit(name, width - x - MARGIN, 14))
        y -= 20
    canvas.showPage()


def _fit(text: str, width: float, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = printable(text)
    while text and stringWidth(text, REGULAR, size) > width:
        text = text[:-2] + "…"
    return text


def _wrap(text: str, width: float, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in printable(text).split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, REGULAR, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return [_fit(line, width, size) for line in lines]
