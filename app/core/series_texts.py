"""When two meetings voted "the same" statement: equal text after normalising (no Qt, no storage).

Normalising: Unicode NFKC, case folded, typographic quotes and dashes made plain, spaces
collapsed, trailing full stops and spaces dropped. Accents stay (in Dutch "één" and "een" are
different words), so two statements meet only when a reader would call them the same text.
"""

from __future__ import annotations

import re
import unicodedata

_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def statement_key(text: str) -> str:
    """The key two statements share when they are the same text for a reader."""
    plain = unicodedata.normalize("NFKC", text).translate(_PLAIN).casefold()
    plain = re.sub(r"\s+", " ", plain).strip()
    return plain.rstrip(" .…")
