"""The laptop-side look: calm, readable, one accent colour for the main action."""

from __future__ import annotations

DESK_STYLESHEET = """
QLabel#pageTitle { font-size: 18pt; font-weight: 600; color: #0b5563; padding: 2px 8px; }
QPushButton#runButton {
    background: #0b5563; color: white; font-weight: 600; padding: 6px 16px; border-radius: 4px;
}
QPushButton#runButton:hover { background: #0e6b7c; }
QListWidget#agendaList::item { padding: 6px 4px; }
QLabel#agendaTotal, QLabel#participantCounts { font-weight: 600; }
QLabel#savedHint { color: #6b6b6b; }
QLabel#placeholderText { color: #6b6b6b; font-style: italic; padding: 12px; }
"""
