"""Horizontal bar charts for the report, drawn with reportlab.graphics so the labels and counts
are real text in the PDF (searchable, and read back by the tests). Shared by the statement game
and the quick poll; plain data in, a Drawing out (no Qt, no database).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from printables.fonts import BOLD, REGULAR
from printables.styles import INK, MUTED

ROW = 6.5 * mm
SIZE = 9


@dataclass(frozen=True)
class BarRow:
    label: str
    count: int
    share: float  # 0..1
    colour: str  # "#rrggbb"


def fitted(text: str, width: float, font: str = REGULAR, size: float = SIZE) -> str:
    """The text, shortened with an ellipsis when it is wider than `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def horizontal_bars(
    rows: Sequence[BarRow], width: float, label_w: float = 42 * mm, number_w: float = 24 * mm
) -> Drawing:
    """One row per bar: label (shortened to its column), bar, then count and share as text."""
    drawing = Drawing(width, ROW * len(rows) + 2)
    highest = max((row.count for row in rows), default=0) or 1
    total = sum(row.count for row in rows)
    room = width - label_w - number_w
    for i, row in enumerate(rows):
        y = (len(rows) - 1 - i) * ROW + 1
        drawing.add(String(0, y + 1.6 * mm, fitted(row.label, label_w - 2 * mm), fontName=REGULAR,
                           fontSize=SIZE, fillColor=INK))  # fmt: skip
        length = room * row.count / highest
        if row.count:
            bar = Rect(label_w, y + 0.6 * mm, length, ROW - 1.8 * mm)
            bar.strokeColor, bar.fillColor = None, colors.HexColor(row.colour)
            drawing.add(bar)
        share = f"  ({round(row.share * 100)}%)" if total else ""
        drawing.add(String(label_w + length + 2 * mm, y + 1.6 * mm, f"{row.count}{share}",
                           fontName=BOLD, fontSize=SIZE, fillColor=INK))  # fmt: skip
    drawing.add(Line(label_w, 0, label_w, ROW * len(rows) + 1, strokeColor=MUTED,
                     strokeWidth=0.5))  # fmt: skip
    return drawing
