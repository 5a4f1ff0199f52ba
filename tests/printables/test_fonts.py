"""printable(): what a user typed prints the same in every style, never as missing-glyph boxes."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from printables.fonts import BOLD, ITALIC, REGULAR, printable, register


def test_plain_text_passes_unchanged() -> None:
    assert printable("Netwerk productieleiders, 15:00") == "Netwerk productieleiders, 15:00"
    assert printable("café – “quotes” € ñ") == "café – “quotes” € ñ"


def test_control_characters_go_and_line_breaks_stay() -> None:
    assert printable("a\x00b\x1bc\nd\te\x7f") == "abc\nd\te"


def test_characters_missing_from_any_face_become_question_marks() -> None:
    register()
    arabic = "مرحبا"
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    italic = pdfmetrics.getFont(ITALIC).face.charToGlyph
    assert ord(arabic[0]) in regular and ord(arabic[0]) not in italic  # why this matters
    assert printable(f"{arabic} ok") == "????? ok"
    for char in printable("日本 ∑ ♥ → ½ ẞ"):
        code = ord(char)
        assert char in " ?" or all(
            code in pdfmetrics.getFont(face).face.charToGlyph for face in (REGULAR, BOLD, ITALIC)
        )
