"""Bingo cards on A4: 1, 2 or 4 per page, cut marks, statements shrunk to fit their cells.

Drawn straight on the canvas: platypus tables are far too slow for hundreds of cards (see
../shared/floors/pdf_rate.py). Statements repeat across cards, so the fitted font size and line
breaks are computed once per (text, cell size) and reused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.core import hyphenation
from app.core.atomic import to_file
from app.core.bingo import FREE, Card, Layout, Rule
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from printables.fonts import BOLD, REGULAR, printable, register
from printables.styles import ACCENT, INK, MUTED

# Fixed texts; callers pass them translated (context "BingoCards"), English is the fallback.
LABELS: dict[str, str] = {
    "bingo": QT_TRANSLATE_NOOP("BingoCards", "Sector bingo"),
    "card": QT_TRANSLATE_NOOP("BingoCards", "Card {number}"),
    "code": QT_TRANSLATE_NOOP("BingoCards", "check {code}"),
    "free": QT_TRANSLATE_NOOP("BingoCards", "FREE"),
    "name": QT_TRANSLATE_NOOP("BingoCards", "Name:"),
    "count": QT_TRANSLATE_NOOP(
        "BingoCards", "Cross out every statement you hear today. {n} crossed? Call BINGO!"
    ),
    "line": QT_TRANSLATE_NOOP(
        "BingoCards", "Cross out what you hear. A full row, column or diagonal? Call BINGO!"
    ),
    "full": QT_TRANSLATE_NOOP("BingoCards", "Cross out what you hear. The whole card? Call BINGO!"),
    "blank_title": QT_TRANSLATE_NOOP("BingoCards", "Write your own card"),
    "blank_hint": QT_TRANSLATE_NOOP(
        "BingoCards", "Write down what you expect to hear today, then cross it out when you do."
    ),
}

PAD = 1.6 * mm  # inside a cell
MIN_SIZE = 5.0  # smallest statement size in points; below this nobody can read it
HYPHENATE_BELOW = 0.85  # under this share of the largest size, long words are hyphenated
LIGHT = colors.HexColor("#e6f0f1")

Box = tuple[float, float, float, float]  # x, y, width, height of a card's body


@dataclass(frozen=True)
class Sheet:
    """Everything the cards share: title, layout, rule, statement texts and labels."""

    title: str
    layout: Layout
    rule: Rule
    texts: Mapping[str, str]  # statement id -> text
    labels: Mapping[str, str]
    language: str = "nl"  # of the statements: their hyphenation


@lru_cache(maxsize=20000)
def fit(
    text: str, width: float, height: float, largest: float, language: str = "nl"
) -> tuple[float, tuple[str, ...]]:
    """The largest font size (<= largest) at which text wraps inside width x height, and lines.

    Words are kept whole while the size is near the largest; then a word wider than the cell
    is hyphenated at its Dutch or English hyphenation points (app/core/hyphenation.py) rather
    than shrinking everything. Only a single syllable wider than the cell at the smallest size
    is cut elsewhere, so nothing ever leaves its cell.
    """
    size = largest
    while True:
        leading = size * 1.18
        lines = _wrap(text, size, width)
        if _fits(lines, size, width, height):
            return size, tuple(lines)
        if size <= largest * HYPHENATE_BELOW:  # a long word: hyphenate rather than shrink
            lines = _hyphenated(text, size, width, language)
            if _fits(lines, size, width, height):
                return size, tuple(lines)
        if size <= MIN_SIZE:
            break
        size = max(MIN_SIZE, size - 0.5)
    lines = _hard_wrap(_hyphenated(text, size, width, language), size, width)
    max_lines = max(1, int(height // leading))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][:-1] + "…" if len(lines[-1]) > 1 else "…"
    return size, tuple(lines)


def _fits(lines: list[str], size: float, width: float, height: float) -> bool:
    return len(lines) * size * 1.18 <= height and all(
        stringWidth(line, REGULAR, size) <= width for line in lines
    )


def _hyphenated(text: str, size: float, width: float, language: str) -> list[str]:
    return hyphenation.wrap(text, width, lambda s: stringWidth(s, REGULAR, size), language)


@lru_cache(maxsize=20000)
def _placed(
    raw: str, width: float, height: float, largest: float, language: str = "nl"
) -> tuple[float, tuple[tuple[str, float], ...]]:
    """fit() for a raw statement, with each line's width (for centring), cached."""
    size, lines = fit(printable(raw), width, height, largest, language)
    return size, tuple((line, stringWidth(line, REGULAR, size)) for line in lines)


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Greedy word wrap that may also break after a hyphen ("kip-of-|eiverhaal")."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        parts = re.findall(r"[^-]+-*|-+", word) or [word]
        for index, part in enumerate(parts):
            glue = " " if index == 0 and current else ""
            trial = f"{current}{glue}{part}"
            if current and stringWidth(trial, REGULAR, size) > width:
                lines.append(current)
                current = part
            else:
                current = trial
    if current:
        lines.append(current)
    return lines or [""]


def _hard_wrap(lines: list[str], size: float, width: float) -> list[str]:
    """Split what is still wider than the cell (one syllable wider than it): the last resort."""
    out: list[str] = []
    for line in lines:
        while stringWidth(line, REGULAR, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], REGULAR, size) > width:
                cut -= 1
            cut = max(1, cut - 1)
            out.append(line[:cut] + "-")
            line = line[cut:]
        out.append(line)
    return out


def _slots(per_page: int) -> tuple[tuple[float, float], list[tuple[float, float, float, float]]]:
    """Page size and the card rectangles (x, y, w, h) on one page."""
    if per_page == 2:  # two portrait halves of a landscape page: cut once down the middle
        w, h = landscape(A4)
        return (w, h), [(0, 0, w / 2, h), (w / 2, 0, w / 2, h)]
    w, h = A4
    if per_page == 4:
        return (w, h), [(0, h / 2, w / 2, h / 2), (w / 2, h / 2, w / 2, h / 2),
                        (0, 0, w / 2, h / 2), (w / 2, 0, w / 2, h / 2)]  # fmt: skip
    return (w, h), [(0, 0, w, h)]


def _cut_marks(c: Canvas, page: tuple[float, float], per_page: int) -> None:
    """Short marks at the page edges (and a cross in the middle) where to cut."""
    if per_page == 1:
        return
    w, h = page
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.4)
    m = 6 * mm
    c.line(w / 2, 0, w / 2, m)
    c.line(w / 2, h - m, w / 2, h)
    if per_page == 4:
        c.line(0, h / 2, m, h / 2)
        c.line(w - m, h / 2, w, h / 2)
        c.line(w / 2 - m / 2, h / 2, w / 2 + m / 2, h / 2)
        c.line(w / 2, h / 2 - m / 2, w / 2, h / 2 + m / 2)


def _label(sheet: Sheet, key: str, **params: object) -> str:
    text = sheet.labels.get(key) or LABELS[key]
    return fill(text, **params)


def _rule_text(sheet: Sheet) -> str:
    return _label(sheet, sheet.rule.kind, n=sheet.rule.target)


def _draw_card(
    c: Canvas, sheet: Sheet, box: tuple[float, float, float, float], card: Card | None
) -> None:
    """One card inside box; card None draws the blank 'write your own' card."""
    x, y, w, h = box
    scale = min(w / A4[0], h / A4[1]) if w < A4[0] else 1.0
    margin = (14 if scale >= 0.9 else 9) * mm
    x, y, w, h = x + margin, y + margin, w - 2 * margin, h - 2 * margin
    title_size = 20 * max(scale, 0.55)
    small = 10 * max(scale, 0.65)
    top = y + h
    c.setFillColor(ACCENT)
    c.setFont(BOLD, title_size)
    c.drawString(x, top - title_size, _fit_line(_label(sheet, "bingo"), BOLD, title_size, w * 0.6))
    c.setFont(BOLD, small * 1.2)
    number = _label(sheet, "card", number=card.label) if card else _label(sheet, "blank_title")
    c.drawRightString(x + w, top - title_size, number)
    c.setFillColor(INK)
    c.setFont(REGULAR, small)
    c.drawString(x, top - title_size - small * 1.6, _fit_line(sheet.title, REGULAR, small, w))
    hint = _rule_text(sheet) if card else _label(sheet, "blank_hint")
    size, hint_lines = fit(printable(hint), w, small * 2.5, small, sheet.language)
    c.setFont(REGULAR, size)
    for i, line in enumerate(hint_lines):
        c.drawString(x, top - title_size - small * 3.0 - i * size * 1.18, line)
    body_top = top - title_size - small * 3.2 - len(hint_lines) * size * 1.18
    footer = small * 1.8
    if card is not None:
        c.setFont(REGULAR, small * 0.9)
        c.setFillColor(MUTED)
        c.drawRightString(x + w, y, _label(sheet, "code", code=card.code))
        c.setFillColor(INK)
    name = card.name if card else ""
    c.setFont(REGULAR, small)
    c.drawString(
        x, y, _fit_line(f"{_label(sheet, 'name')} {printable(name)}", REGULAR, small, w * 0.7)
    )
    body = (x, y + footer, w, body_top - (y + footer))
    cells = card.cells if card else (FREE if i == sheet.layout.free_index else None
                                     for i in range(sheet.layout.cells))  # fmt: skip
    if sheet.layout.side:
        _grid(c, sheet, body, list(cells), blank=card is None)
    else:
        _list(c, sheet, body, list(cells), blank=card is None)


def _fit_line(text: str, font: str, size: float, width: float) -> str:
    text = printable(text)
    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "…" if len(text) > 2 else ""
    return text


def _grid(c: Canvas, sheet: Sheet, body: Box, cells: list[str | None], blank: bool) -> None:
    x, y, w, h = body
    n = sheet.layout.side
    cw, ch = w / n, h / n
    largest = _common_size(sheet, cw - 2 * PAD, ch - 2 * PAD, min(14.0, ch / 4.2, cw / 6.5))
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    text = c.beginText()  # one text object per card: far cheaper than a drawString per line
    for i, cell in enumerate(cells):
        cx, cy = x + (i % n) * cw, y + h - (i // n + 1) * ch
        if cell == FREE:
            c.setFillColor(LIGHT)
            c.rect(cx, cy, cw, ch, stroke=1, fill=1)
            c.setFillColor(ACCENT)
            c.setFont(BOLD, largest * 1.3)
            c.drawCentredString(cx + cw / 2, cy + ch / 2 - largest * 0.45, _label(sheet, "free"))
            c.setFillColor(INK)
            continue
        c.rect(cx, cy, cw, ch, stroke=1, fill=0)
        if blank or cell is None:
            continue
        size, lines = _placed(
            sheet.texts.get(cell, "?"), cw - 2 * PAD, ch - 2 * PAD, largest, sheet.language
        )
        leading = size * 1.18
        first = cy + ch / 2 + (len(lines) * leading) / 2 - size * 0.93
        text.setFont(REGULAR, size)
        for j, (line, width) in enumerate(lines):
            text.setTextOrigin(cx + (cw - width) / 2, first - j * leading)
            text.textOut(line)
    c.drawText(text)


def _list(c: Canvas, sheet: Sheet, body: Box, cells: list[str | None], blank: bool) -> None:
    x, y, w, h = body
    rows = len(cells)
    rh = h / rows
    box = min(rh * 0.55, 6 * mm)
    largest = min(13.0, rh / 2.6)
    c.setStrokeColor(INK)
    c.setLineWidth(0.6)
    text = c.beginText()
    for i, cell in enumerate(cells):
        ry = y + h - (i + 1) * rh
        c.rect(x, ry + (rh - box) / 2, box, box, stroke=1, fill=0)
        c.setStrokeColor(MUTED)
        c.line(x + box + 2 * mm, ry, x + w, ry)
        c.setStrokeColor(INK)
        if blank or cell is None:
            continue
        size, lines = _placed(
            sheet.texts.get(cell, "?"), w - box - 4 * mm, rh - PAD, largest, sheet.language
        )
        leading = size * 1.18
        first = ry + rh / 2 + (len(lines) * leading) / 2 - size * 0.93
        text.setFont(REGULAR, size)
        for j, (line, _width) in enumerate(lines):
            text.setTextOrigin(x + box + 3 * mm, first - j * leading)
            text.textOut(line)
    c.drawText(text)


_COMMON: dict[tuple[int, float, float, float], float] = {}


def _common_size(sheet: Sheet, width: float, height: float, largest: float) -> float:
    """One size for (nearly) all statements of a sheet, so cards look even: the size at which
    90% of the pool fits (at least 3/4 of the cell's largest); the rest shrink in their cell."""
    key = (id(sheet.texts), round(width, 2), round(height, 2), round(largest, 2))
    if key not in _COMMON:
        sizes = sorted(
            _placed(text, width, height, largest, sheet.language)[0]
            for text in sheet.texts.values()
        )
        even = sizes[len(sizes) // 10] if sizes else largest
        _COMMON[key] = max(even, largest * 0.75)  # small cells: readability beats evenness
    return _COMMON[key]


def write_cards(
    target: str | Path | BinaryIO,
    sheet: Sheet,
    cards: Sequence[Card],
    per_page: int = 1,
    blank: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the cards (and a blank card when asked) as a PDF; returns the number of pages."""
    if isinstance(target, str | Path):  # a file name: written whole or not at all
        return to_file(target, lambda out: write_cards(out, sheet, cards, per_page, blank,
                                                       progress))  # fmt: skip
    register()
    _COMMON.clear()
    if per_page not in (1, 2, 4):
        raise ValueError(f"per_page must be 1, 2 or 4, not {per_page}")
    page, slots = _slots(per_page)
    c = Canvas(target, pagesize=page)
    c.setTitle(printable(f"{_label(sheet, 'bingo')} – {sheet.title}"))
    items: list[Card | None] = [*cards, *([None] if blank else [])]
    pages = 0
    for start in range(0, len(items), len(slots)):
        for slot, item in zip(slots, items[start : start + len(slots)], strict=False):
            _draw_card(c, sheet, slot, item)
        _cut_marks(c, page, per_page)
        c.showPage()
        pages += 1
        if progress is not None:
            progress(min(start + len(slots), len(items)), len(items))
    previous = rl_config.useA85
    rl_config.useA85 = 0  # compressed binary streams: smaller, and ASCII85 in pure Python is slow
    try:
        c.save()
    finally:
        rl_config.useA85 = previous
    return pages
