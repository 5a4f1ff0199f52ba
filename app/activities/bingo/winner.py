"""The winner shown over the beamer for a moment ("BINGO! card 012 · name"), whatever activity
is running underneath; the run console takes it off again (app/ui/run/bingo_dock.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from app.core.i18n import fill
from app.widgets.plain import plain_label

BACKGROUND, INK, WIN = "#101418", "#f4f4f2", "#5fd39a"


class WinnerScreen(QWidget):
    def __init__(self, card: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bingoWinnerScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#bingoWinnerScreen {{ background: {BACKGROUND}; }} "
                           f"#bingoWinnerScreen QLabel {{ background: transparent; }}")  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.headline = self._label(self.tr("BINGO!"), "bingoWinnerHeadline")
        self.card = self._label(fill(self.tr("Card {card}"), card=f"{card:03d}"),
                                "bingoWinnerCard")  # fmt: skip
        self.name = self._label(name, "bingoWinnerName")  # a person's name: data, plain text
        self.name.setVisible(bool(name))
        layout.addStretch(1)
        for label in (self.headline, self.card, self.name):
            layout.addWidget(label)
        layout.addStretch(1)
        self._apply_sizes()

    def _label(self, text: str, name: str) -> QLabel:
        label = plain_label(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """Fonts from the height: 1080 px gives a 240 px headline, 86 px card and name."""
        h = max(200, self.height())
        for label, fraction, colour in ((self.headline, 0.22, WIN), (self.card, 0.08, INK),
                                        (self.name, 0.08, INK)):  # fmt: skip
            label.setStyleSheet(f"font-size: {int(h * fraction)}px; color: {colour}; "
                                "font-weight: bold;")  # fmt: skip
