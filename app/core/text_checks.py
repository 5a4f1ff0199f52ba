"""Text from outside files that looks fine in a table but misleads or garbles on paper.

Three shapes are refused by the importers: names with nothing visible in them (only a zero-width
space), direction overrides (U+202E turns "gpj.exe" into "exe.jpg" on screen), and mojibake (UTF-8
read as Windows-1252: "JosÃ©" for "José"), which means the file was converted wrongly somewhere
and every accented name in it is damaged.
"""

from __future__ import annotations

import unicodedata

# invisible characters that copy-and-paste leaves behind; removed silently
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
# embeddings, overrides and isolates: they reorder the text around them
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def without_zero_width(value: str) -> str:
    return value.translate(ZERO_WIDTH)


def has_bidi_control(value: str) -> bool:
    return not BIDI_CONTROLS.isdisjoint(value)


def visible(value: str) -> bool:
    """True when some character shows: a letter, digit, punctuation mark or symbol."""
    return any(unicodedata.category(c)[0] in "LNPS" for c in value)


def mojibake(value: str) -> str | None:
    """What the text was before UTF-8 was misread as Windows-1252/Latin-1, or None.

    Genuine text almost never re-encodes to valid multi-byte UTF-8 ("Ã©" is not a name)."""
    if value.isascii():
        return None
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = value.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != value:
            return fixed
    return None
