"""Full-screen text pages for the beamer: welcome, pause, end. Text sized from the height."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.theme import BEAMER_ACCENT, BEAMER_TEXT
from app.widgets.beamer_style import min_text_px
from app.widgets.fit_label import FitLabel


class TitleScreen(QWidget):
    """A title and a message under it, each as large as fits (title about 1/8 of the height)."""

    def __init__(self, title: str, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("titleScreen")
        self.title = FitLabel(title, self, bold=True, max_height_fraction=0.55)
        self.message = FitLabel(message, self, max_height_fraction=0.6)
        self.detail = FitLabel("", self, max_height_fraction=0.6)  # e.g. "Back at 15:30 · ..."
        self.detail.setObjectName("titleDetail")
        self.title.setColor(BEAMER_TEXT)  # set, not inherited: a stylesheet may reset palettes
        self.message.setColor(BEAMER_ACCENT)
        self.detail.setColor(BEAMER_TEXT)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.message, 3)
        layout.addWidget(self.detail, 2)
        layout.addStretch(1)
        self.set_message(message)
        self.set_detail("")

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        margin = max(8, self.height() // 14)
        if (layout := self.layout()) is not None:
            layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        for label in (self.title, self.message, self.detail):
            label.setMinimumPixelSize(min_text_px(self.height()))
        super().resizeEvent(event)
