"""The high-contrast beamer look: white on black, nothing decorative, readable from the back.

Only the window and its own pages get a background here: activity views (the timer's warning and
overtime colours) paint their own, and a cascading rule would paint over them.
"""

from __future__ import annotations

from app.widgets import beamer_style

BEAMER_BACKGROUND = beamer_style.BACKGROUND  # one look for all beamer views (beamer_style.py)
BEAMER_TEXT = beamer_style.TEXT
BEAMER_ACCENT = beamer_style.ACCENT  # the warning yellow, also "switch!" and table numbers

BEAMER_STYLE = f"""
QWidget#beamerRoot, QWidget#blackScreen, QWidget#titleScreen {{
    background-color: {BEAMER_BACKGROUND};
}}
QLabel {{ color: {BEAMER_TEXT}; background-color: {BEAMER_BACKGROUND}; }}
"""
