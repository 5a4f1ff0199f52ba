"""The one beamer look every activity shares: light text on a dark background, one accent.

After the black timer screens a white statement or bingo screen is a glare in a dark room, so all
beamer views take their colours from here. Text on the beamer is never smaller than a twentieth
of the screen's height (`min_text_px`), readable from the back row; only the who-sits-where name
lists of big rooms go below it (see docs/run.md).
"""

from __future__ import annotations

import math

BACKGROUND = "#000000"
TEXT = "#ffffff"
ACCENT = "#ffc400"  # the timer's warning yellow: titles, table numbers, "switch!"
MUTED = "#b8b8b8"  # secondary text (progress "3 / 16"), still bright enough on black
GOOD = "#3ddc84"  # a winner, a done item: green that reads on black
CARD = "#1e2528"  # a panel on the background (table cards)
MIN_TEXT_FRACTION = 1 / 20


def min_text_px(height: float) -> int:
    """The smallest text size allowed on a beamer view of this height (pixels)."""
    return math.ceil(max(1.0, height) * MIN_TEXT_FRACTION)


def text_px(height: float, fraction: float) -> int:
    """A text size as a fraction of the height, never under the minimum."""
    return max(min_text_px(height), int(height * fraction))
