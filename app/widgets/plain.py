"""Text from data (templates, session files, statement and bingo sets, names) shown as plain text.

A QLabel guesses rich text from the text itself (Qt.AutoText), so a statement such as
`<img src="/home/me/photo.png">` would show a local file on the beamer and `<b>` would render.
Every label that shows data goes through `plain_label` / `set_plain`; where the app composes rich
text itself, the data inside is escaped with `escaped` first. Tooltips are always guessed by Qt,
so `plain_tooltip` wraps escaped text in a rich-text paragraph that keeps line breaks.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

PLAIN = Qt.TextFormat.PlainText


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows its text literally, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setText(text)
    return label


def make_plain(label: QLabel) -> QLabel:
    """Switch an existing label to plain text (for labels made elsewhere, e.g. by a layout)."""
    label.setTextFormat(PLAIN)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Set a label's text and make sure it is shown literally."""
    label.setTextFormat(PLAIN)
    label.setText(text)


def escaped(text: object) -> str:
    """Data made safe to put inside rich text the app composes itself (line breaks kept)."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def plain_tooltip(text: str) -> str:
    """A tooltip text that Qt shows literally (tooltips have no text-format switch)."""
    if not text:
        return ""
    return f'<p style="white-space: pre-wrap;">{html.escape(text, quote=True)}</p>'


def message_text(text: str) -> str:
    """A message-box text (message boxes guess the format like labels) shown literally: text
    holding markup is escaped inside a paragraph; other text is passed as it is."""
    if "<" not in text:
        return text
    return f'<p style="white-space: pre-wrap;">{html.escape(text, quote=False)}</p>'
