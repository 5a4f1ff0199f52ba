"""The high-contrast beamer look: white on black, nothing decorative, readable from the back.

Only the window and its own pages get a background here: activity views (the timer's warning and
overtime colours) paint their own, and a cascading rule would paint over them.
"""

from __future__ import annotations

from app.widgets.beamer_style import BACKGROUND as BEAMER_BACKGROUND
from app.widgets.beamer_style import TEXT as BEAMER_TEXT

BEAMER_STYLE = f"""
QWidget#beamerRoot, QWidget#blackScreen, QWidget#titleScreen {{
    background-color: {BEAMER_BACKGROUND};
}}
QLabel {{ color: {BEAMER_TEXT}; background-color: {BEAMER_BACKGROUND}; }}
"""
