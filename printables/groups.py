"""Breakout paper: an alphabetical list, per round group lists for the wall, table cards.

Name list: everyone A to Z with their table in each round (as speed dating's schedule), so people
find themselves at the door. Wall lists: landscape A4, every table of the round with its names
in large type, several pages when needed. Table cards: one landscape A4 page per table, folded
along the dashed middle line into a tent: both halves carry the table number, the round's
questions and who sits there (the upper half upside down, so it reads from the other side of the
table); `copies` cards per table for big tables. Questions wrap with Dutch or English
hyphenation (app/core/hyphenation.py), never mid-syllable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core import hyphenation
from app.core.atomic import to_file
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.core.name_order import sort_key
from printables.fonts import BOLD, REGULAR, printable, register
from printables.styles import ACCENT, INK, MUTED

TEXTS = {
    "wall": QT_TRANSLATE_NOOP("GroupPrintables", "Round {n}: who sits where"),
    "table": QT_TRANSLATE_NOOP("GroupPrintables", "Table {n}"),
    "round": QT_TRANSLATE_NOOP("GroupPrintables", "Round {n}"),
    "page": QT_TRANSLATE_NOOP("GroupPrintables", "page {page} of {pages}"),
    "list": QT_TRANSLATE_NOOP("GroupPrintables", "Who sits where: names A to Z"),
    "list_intro": QT_TRANSLATE_NOOP(
        "GroupPrintables", "Find your name: the numbers are your table in each round."
    ),
    "name": QT_TRANSLATE_NOOP("GroupPrintables", "Name"),
    "fold": QT_TRANSLATE_NOOP("GroupPrintables", "fold here"),
}
Row = tuple[str, Sequence[int | None]]  # a name and its table (1-based) per round, None = absent
Translate = Callable[[str], str]
CardLayout = tuple[float, list[tuple[str, bool]], float]  # question size, lines, name size
PAGE = landscape(A4)
STRIPE = colors.HexColor("#eef3f4")
MARGIN = 14 * mm


def write_groups_pdf(
    path: str | Path | BinaryIO,
    title: str,
    rounds: Sequence[Sequence[Sequence[str]]],
    questions: Sequence[Sequence[str]],
    tr: Callable[[str], str] = lambda text: text,
    *,
    people: Sequence[Row] | None = None,
    copies: int = 1,
    language: str = "nl",
) -> Path | BinaryIO:
    """rounds[r][t] = names at table t in round r; questions[r] = that round's questions;
    people = the alphabetical list's rows in their order (see `name_rows`; by default made from
    the names in rounds); copies = table cards per table. A file name is written whole or not
    at all (app/core/atomic.py)."""
    rows = list(people) if people is not None else _rows_from_names(rounds)
    copies = max(1, min(int(copies), 20))
    to_file(path, lambda out: _write_groups(out, title, rounds, questions, tr, rows, copies,
                                            language))  # fmt: skip
    return path if not isinstance(path, str | Path) else Path(path)


def name_rows(rounds: Sequence[Sequence[Sequence[int]]], names: Mapping[int, str]) -> list[Row]:
    """Everyone seated in any round, A to Z (app/core/name_order.py), with their table per
    round (None in a round they were not seated in)."""
    where: dict[int, list[int | None]] = {}
    for r, tables in enumerate(rounds):
        for t, members in enumerate(tables, start=1):
            for person in members:
                where.setdefault(person, [None] * len(rounds))[r] = t
    rows = [(names.get(person, f"#{person}"), tables) for person, tables in where.items()]
    return sorted(rows, key=lambda row: sort_key(row[0]))


def _rows_from_names(rounds: Sequence[Sequence[Sequence[str]]]) -> list[Row]:
    index: dict[str, int] = {}
    ids = [[[index.setdefault(n, len(index)) for n in t] for t in tables] for tables in rounds]
    return name_rows(ids, {i: n for n, i in index.items()})


def _write_groups(
    out: BinaryIO,
    title: str,
    rounds: Sequence[Sequence[Sequence[str]]],
    questions: Sequence[Sequence[str]],
    tr: Translate,
    rows: Sequence[Row],
    copies: int,
    language: str,
) -> None:
    register()
    canvas = Canvas(out, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(printable(title))
    if rows:
        name_list(canvas, title, rows, len(rounds), tr)
    for r, tables in enumerate(rounds):
        _wall(canvas, title, r + 1, tables, tr)
    for r, tables in enumerate(rounds):
        round_questions = questions[r] if r < len(questions) else []
        for t, names in enumerate(tables):
            for _copy in range(copies):
                table_card(canvas, r + 1, t + 1, names, round_questions, tr, language)
    canvas.save()


def _wall(
    canvas: Canvas, title: str, round_no: int, tables: Sequence[Sequence[str]], tr: Translate
) -> None:
    width, height = PAGE
    from reportlab.pdfbase.pdfmetrics import stringWidth

    seats = max((len(t) for t in tables), default=1)
    longest = max((stringWidth(printable(n), REGULAR, 1) for t in tables for n in t), default=1)
    usable = height - 2 * MARGIN - 20 * mm
    best: tuple[int, float, int, int, float] | None = None
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
        heading = fill(tr(TEXTS["wall"]), n=round_no)
        canvas.drawString(MARGIN, height - MARGIN - 16, printable(heading))
        canvas.setFont(REGULAR, 10)
        canvas.setFillColor(MUTED)
        footer = printable(title)
        if pages > 1:
            footer += "  ·  " + fill(tr(TEXTS["page"]), page=page + 1, pages=pages)
        canvas.drawString(MARGIN, MARGIN / 2, footer)
        top = height - MARGIN - 20 * mm
        for i, names in enumerate(tables[page * per_page : (page + 1) * per_page]):
            number = page * per_page + i + 1
            x = MARGIN + (i % cols) * col_w
            y = top - (i // cols) * card_h
            canvas.setFillColor(ACCENT)
            canvas.setFont(BOLD, name_size + 3)
            canvas.drawString(x, y, printable(fill(tr(TEXTS["table"]), n=number)))
            canvas.setFillColor(INK)
            canvas.setFont(REGULAR, name_size)
            for j, name in enumerate(names):
                canvas.drawString(x, y - 8 * mm - j * name_size * 1.3, _fit(name, col_w - 4 * mm,
                                                                            name_size))  # fmt: skip
        canvas.showPage()


def name_list(canvas: Canvas, title: str, rows: Sequence[Row], rounds: int, tr: Translate) -> None:
    """Everyone A to Z with a table number per round: two blocks side by side per landscape
    page when the rounds leave room for the names, else one."""
    width, height = PAGE
    blocks = 2 if rounds <= 4 else 1
    gap = 10 * mm
    block_w = (width - 2 * MARGIN - (blocks - 1) * gap) / blocks
    round_w = min(20 * mm, (block_w * 0.55) / max(1, rounds))
    name_w = block_w - rounds * round_w
    row_h = 6.6 * mm
    top = height - MARGIN - 24 * mm
    per_block = max(1, int((top - MARGIN - 6 * mm) // row_h) - 1)
    per_page = per_block * blocks
    pages = max(1, -(-len(rows) // per_page))
    header = [tr(TEXTS["name"])] + [fill(tr(TEXTS["round"]), n=k) for k in range(1, rounds + 1)]
    for page in range(pages):
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 22)
        canvas.drawString(MARGIN, height - MARGIN - 16, printable(tr(TEXTS["list"])))
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 11)
        canvas.drawString(MARGIN, height - MARGIN - 16 - 16, printable(tr(TEXTS["list_intro"])))
        footer = printable(title)
        if pages > 1:
            footer += "  ·  " + fill(tr(TEXTS["page"]), page=page + 1, pages=pages)
        canvas.setFont(REGULAR, 10)
        canvas.drawString(MARGIN, MARGIN / 2, footer)
        chunk = rows[page * per_page : (page + 1) * per_page]
        for b in range(blocks):
            block = chunk[b * per_block : (b + 1) * per_block]
            if not block:
                continue
            x = MARGIN + b * (block_w + gap)
            canvas.setFillColor(ACCENT)
            canvas.rect(x, top - row_h * 0.3, block_w, row_h, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(BOLD, 10)
            for k, text in enumerate(header):
                if k == 0:
                    canvas.drawString(x + 2 * mm, top, printable(text))
                else:
                    centre = x + name_w + (k - 0.5) * round_w
                    canvas.drawCentredString(centre, top, _fit(text, round_w - 1 * mm, 10, BOLD))
            for i, (name, tables) in enumerate(block, start=1):
                y = top - i * row_h
                if i % 2 == 0:
                    canvas.setFillColor(STRIPE)
                    canvas.rect(x, y - row_h * 0.3, block_w, row_h, stroke=0, fill=1)
                canvas.setFillColor(INK)
                size = _name_size(name, name_w - 4 * mm, 12)
                canvas.setFont(REGULAR, size)
                canvas.drawString(x + 2 * mm, y, _fit(name, name_w - 4 * mm, size))
                canvas.setFont(BOLD, 12)
                for k, table in enumerate(tables):
                    centre = x + name_w + (k + 0.5) * round_w
                    canvas.drawCentredString(centre, y, str(table) if table else "–")
        canvas.showPage()


def _name_size(name: str, width: float, largest: float) -> float:
    """A long name shrinks (down to 8 pt) before it is shortened: a name is never hyphenated."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    natural = stringWidth(printable(name), REGULAR, largest)
    return largest if natural <= width else max(8.0, largest * width / natural)


def table_card(
    canvas: Canvas,
    round_no: int,
    table: int,
    names: Sequence[str],
    questions: Sequence[str],
    tr: Translate,
    language: str,
) -> None:
    """One tent card: a dashed fold line across the middle; the lower half upright, the upper
    half the same content turned 180 degrees (it faces the other side once folded)."""
    width, height = PAGE
    half = height / 2
    content = _card_layout(names, questions, width, half, language)
    _card_half(canvas, round_no, table, names, content, tr, width, half)
    canvas.saveState()
    canvas.translate(width, height)
    canvas.rotate(180)
    _card_half(canvas, round_no, table, names, content, tr, width, half)
    canvas.restoreState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    canvas.line(0, half, width, half)  # the fold line, edge to edge
    canvas.setDash()
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 8)
    label = printable(tr(TEXTS["fold"]))
    canvas.drawString(4 * mm, half + 2, label)
    canvas.drawRightString(width - 4 * mm, half + 2, label)
    canvas.showPage()


CARD_MARGIN = 11 * mm
NUMBER_SIZE = 54


def _card_layout(
    names: Sequence[str], questions: Sequence[str], width: float, half: float, language: str
) -> CardLayout:
    """(question size, wrapped question lines, name size) fitting one half of the card."""
    body = half - 2 * CARD_MARGIN - NUMBER_SIZE - 8
    text_w = width * 0.6 - CARD_MARGIN
    size = 15.0
    while True:
        lines: list[tuple[str, bool]] = []  # (line, continues a question)
        for number, question in enumerate(questions, start=1):
            wrapped = hyphenation.wrap(
                printable(f"{number}. {question}"), text_w - 12, partial(_width, size=size),
                language)  # fmt: skip
            lines += [(line, k > 0) for k, line in enumerate(wrapped)]
        needed = len(lines) * size * 1.25 + len(questions) * size * 0.3
        if needed <= body or size <= 7:
            break
        size -= 0.5
    name_size = max(7.0, min(14.0, body / max(1, len(names)) / 1.3))
    return size, lines, name_size


def _card_half(
    canvas: Canvas,
    round_no: int,
    table: int,
    names: Sequence[str],
    content: CardLayout,
    tr: Translate,
    width: float,
    half: float,
) -> None:
    size, lines, name_size = content
    top = half - CARD_MARGIN
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, NUMBER_SIZE)
    canvas.drawString(CARD_MARGIN, top - NUMBER_SIZE * 0.8,
                      printable(fill(tr(TEXTS["table"]), n=table)))  # fmt: skip
    canvas.setFont(BOLD, 16)
    canvas.drawRightString(width - CARD_MARGIN, top - 16,
                           printable(fill(tr(TEXTS["round"]), n=round_no)))  # fmt: skip
    canvas.setFillColor(INK)
    y = top - NUMBER_SIZE - 8 - size
    canvas.setFont(REGULAR, size)
    for index, (line, continued) in enumerate(lines):
        if index and not continued:
            y -= size * 0.3  # a little air between questions
        canvas.drawString(CARD_MARGIN + (12 if continued else 0), y, line)
        y -= size * 1.25
    x = width * 0.64
    y = top - NUMBER_SIZE - 8 - name_size
    canvas.setFont(REGULAR, name_size)
    for name in names:
        canvas.drawString(x, y, _fit(name, width - x - CARD_MARGIN, name_size))
        y -= name_size * 1.3


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, REGULAR, size)


def _fit(text: str, width: float, size: float, font: str = REGULAR) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = printable(text)
    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text
