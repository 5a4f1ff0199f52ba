"""Two people edited the same text: nothing is discarded.

The automatic merge keeps both texts (theirs first, as it was saved first); the conflict dialog
(app/ui/conflict_dialog.py) prefills its merged field with exactly this text, so the user edits
from "both kept" rather than from "one lost".
"""

from __future__ import annotations

SEPARATOR = "\n\n"


def merge_texts(mine: str, theirs: str) -> str:
    """A text that contains both versions; one that already contains the other wins as is."""
    if mine == theirs or theirs in mine:
        return mine
    if mine in theirs:
        return theirs
    gap = "" if theirs.endswith(SEPARATOR) else "\n" if theirs.endswith("\n") else SEPARATOR
    return f"{theirs}{gap}{mine}"


def keeps_both(merged: str, mine: str, theirs: str) -> bool:
    """True when neither text was lost (used by tests and by the dialog's warning)."""
    return mine in merged and theirs in merged
