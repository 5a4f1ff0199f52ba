"""The high-contrast beamer look: white on black, nothing decorative, readable from the back."""

from __future__ import annotations

BEAMER_BACKGROUND = "#000000"
BEAMER_TEXT = "#ffffff"
BEAMER_ACCENT = "#ffc400"  # the warning yellow, also used for "switch!" and table numbers

BEAMER_STYLE = f"""
QWidget#beamerRoot, QWidget#beamerRoot QWidget {{
    background-color: {BEAMER_BACKGROUND};
    color: {BEAMER_TEXT};
}}
QLabel {{ color: {BEAMER_TEXT}; }}
"""
