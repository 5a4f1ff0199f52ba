"""Shared page styles and report options for every PDF, so all paper looks like one product."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from printables.fonts import BOLD, ITALIC, REGULAR, register

INK = colors.HexColor("#1d1d1b")
ACCENT = colors.HexColor("#0b5563")
MUTED = colors.HexColor("#6b6b6b")


@dataclass(frozen=True)
class ReportOptions:
    """What the organiser chose for the report (privacy first: nobody named by default)."""

    include_participants: bool = False  # list consenting participants
    include_emails: bool = False  # only with explicit choice, and only for consenting people
    sections: frozenset[str] = field(default_factory=frozenset)  # empty = all
    language: str = "nl"
    # sections with nothing recorded are left out (the agenda still lists them); True keeps
    # them with a line saying so, e.g. for the organiser's own archive
    keep_empty: bool = False


def stylesheet() -> StyleSheet1:
    """Paragraph styles with the embedded font; long words wrap (splitLongWords)."""
    register()
    sheet = StyleSheet1()
    base: dict[str, Any] = dict(
        fontName=REGULAR, bulletFontName=REGULAR, textColor=INK, splitLongWords=1, wordWrap=None
    )  # bullets too: never a Helvetica that is not embedded
    sheet.add(ParagraphStyle("Body", fontSize=10, leading=13.5, spaceAfter=4, **base))
    sheet.add(ParagraphStyle("Small", fontSize=8.5, leading=11, **base))
    sheet.add(ParagraphStyle("Muted", fontSize=9, leading=12, **{**base, "textColor": MUTED}))
    sheet.add(ParagraphStyle("Italic", fontSize=10, leading=13.5, **{**base, "fontName": ITALIC}))
    sheet.add(
        ParagraphStyle("Title", fontSize=26, leading=31, spaceAfter=12,
                       **{**base, "fontName": BOLD, "textColor": ACCENT})
    )  # fmt: skip
    sheet.add(
        ParagraphStyle("H1", fontSize=17, leading=21, spaceBefore=10, spaceAfter=6,
                       **{**base, "fontName": BOLD, "textColor": ACCENT})
    )  # fmt: skip
    sheet.add(
        ParagraphStyle("H2", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4,
                       **{**base, "fontName": BOLD})
    )  # fmt: skip
    sheet.add(ParagraphStyle("Cell", fontSize=9, leading=11.5, **base))
    return sheet


MIN_HEAD = 6.5  # points: a column heading is never set smaller (it wraps at a word instead)


def fit_words(cell: Any, width: float) -> Any:
    """A heading cell whose longest word is wider than its column gets a smaller type (down to
    MIN_HEAD points), so "Programmator" never breaks mid-word; other cells pass unchanged."""
    if isinstance(cell, list):
        return [fit_words(part, width) for part in cell]
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    if not isinstance(cell, Paragraph) or cell.style.name != "Head":
        return cell
    style = cell.style
    words = cell.getPlainText().split()
    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
    if widest <= width:
        return cell
    size = max(MIN_HEAD, style.fontSize * width / widest * 0.98)
    smaller = ParagraphStyle("Head", parent=style, fontSize=size,
                             leading=style.leading * size / style.fontSize)  # fmt: skip
    return Paragraph(cell.text, smaller)


def escape(text: str) -> str:
    """User text made safe for a Paragraph: printable characters, markup escaped, breaks kept."""
    from xml.sax.saxutils import escape as xml_escape

    from printables.fonts import printable

    return xml_escape(printable(text)).replace("\n", "<br/>")
