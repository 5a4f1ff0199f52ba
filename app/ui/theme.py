"""The high-contrast beamer look: white on black, nothing decorative, readable from the back.

Only the window and its own pages get a background here: activity views (the timer's warning and
overtime colours) paint their own, and a cascading rule would paint over them.
"""

from __future__ import annotations

BEAMER_BACKGROUND = "#000000"
BEAMER_TEXT = "#ffffff"
BEAMER_ACCENT = "#ffc400"  # the warning yellow, also used for "switch!" and table numbers

BEAMER_STYLE = f"""
QWidget#beamerRoot, QWidget#blackScreen, QWidget#titleScreen {{
    background-color: {BEAMER_BACKGROUND};
}}
QLabel {{ color: {BEAMER_TEXT}; background-color: {BEAMER_BACKGROUND}; }}
"""
