"""The embedded fonts every PDF uses: DejaVu Sans prints accents, curly quotes, € and more.

Registered once per process; reportlab embeds the subset each document uses.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "TafelSans"
BOLD = "TafelSans-Bold"
ITALIC = "TafelSans-Italic"


def _font_dir() -> Path:
    from app import resources  # Qt-free helper that knows the bundle layout

    return resources.path("fonts")


@cache
def register() -> str:
    """Register the fonts (idempotent) and return the regular font's name."""
    folder = _font_dir()
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    _embedded_defaults()
    return REGULAR


def _embedded_defaults() -> None:
    """Make the embedded face reportlab's default wherever it would fall back to Helvetica (a
    font it references but never embeds, so a PDF is not archive-ready): the font each canvas
    starts its pages in, the font of table cells that hold plain strings (even empty ones) and
    the font a drawing (a bar chart) sets when it starts."""
    from reportlab import rl_config
    from reportlab.graphics import shapes
    from reportlab.platypus.tables import CellStyle

    rl_config.canvas_basefontname = REGULAR
    CellStyle.fontname = REGULAR
    shapes.STATE_DEFAULTS["fontName"] = REGULAR


@cache
def _drawable() -> frozenset[int]:
    """Code points every face draws (regular, bold and italic), so a text prints the same in
    any style: Arabic is in DejaVu Sans but not in its oblique face."""
    register()
    faces = []
    for name in (REGULAR, BOLD, ITALIC):
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)  # register() embeds TrueType faces only
        faces.append(font.face.charToGlyph)
    return frozenset(set(faces[0]).intersection(*faces[1:]))


def printable(text: str) -> str:
    """Text with characters the fonts cannot draw (and control characters) replaced by '?'.

    Keeps a PDF valid and legible whatever a user typed (emoji, stray control bytes).
    """
    register()  # cached; callers may draw with the fonts right after
    if text.isascii() and text.isprintable():  # the common case, and the fast one
        return text
    drawable = _drawable()
    out = []
    for char in text:
        code = ord(char)
        if char in "\n\t":
            out.append(char)
        elif code < 32 or 0x7F <= code < 0xA0:
            continue
        elif code in drawable or char == " ":
            out.append(char)
        else:
            out.append("?")
    return "".join(out)
