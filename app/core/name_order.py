"""Alphabetical order of displayed names for lists people search by eye (cards, tables).

Accents sort with their letter ("Öztürk" with the O's, not after "Willems" as code points do);
case is ignored. One key for every paper list and the beamer's name lists, so the order is the
same everywhere; the collation per session convention (issue 20 item 1) can replace it here.
"""

from __future__ import annotations

import unicodedata


def sort_key(name: str) -> tuple[str, str]:
    """Key for sorted(): letters without accents first, then the exact text as a tie-break."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    base = "".join(char for char in decomposed if not unicodedata.combining(char))
    return base.strip(), name
