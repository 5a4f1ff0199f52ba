"""Bar charts for the beamer, drawn with QPainter and sized from the widget's own height.

Shared by the statement game (vertical bars under few short position names, see
app/activities/statements/chart.py) and the quick poll (horizontal bars: option texts are long,
so each bar gets the full width for its name). `Bar` is what is drawn; `data()` returns it, for
tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.widgets import beamer_style as look

WRAP = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Bar:
    key: str  # the number key: "1", "2", ...
    label: str
    count: int
    share: float  # 0..1 of all counted answers
    colour: str


def font_px(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, int(pixels)))
    font.setBold(bold)
    return font


def fitted_font(texts: list[str], width: float, height: float, largest: float) -> QFont:
    """The largest bold font (up to `largest` px) in which every text fits the box, wrapping
    onto a second line if needed: long labels shrink instead of being cut off."""
    box = QRect(0, 0, max(1, int(width)), max(1, int(height)))
    pixels = max(6, int(largest))
    while pixels > 6:
        metrics = QFontMetrics(font_px(pixels, bold=True))
        if all(
            metrics.boundingRect(box, WRAP, text).width() <= box.width()
            and metrics.boundingRect(box, WRAP, text).height() <= box.height()
            for text in texts
        ):
            break
        pixels -= 1
    return font_px(pixels, bold=True)


def share_text(bar: Bar) -> str:
    return f"{bar.count}  {round(bar.share * 100)}%" if bar.count else "0"


class HorizontalBarChart(QWidget):
    """One row per bar: "key  label" on top (elided to one line), the bar under it with the
    count and share at its end. Text is never smaller than `min_px` (set it to the beamer's
    1/20-of-height minimum); the bars get what is left of each row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: list[Bar] = []
        self._min_px = 8

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.update()

    def set_min_px(self, pixels: int) -> None:
        self._min_px = max(6, pixels)
        self.update()

    def data(self) -> list[Bar]:
        return list(self._bars)

    def text_px(self) -> int:
        """The pixel size of every text drawn (labels and counts)."""
        row = self.height() / max(1, len(self._bars))
        return max(self._min_px, min(int(row * 0.36), int(self.height() * 0.12)))

    def labels(self) -> list[str]:
        """The labels as drawn: with their key, elided to the width when too long."""
        metrics = QFontMetrics(font_px(self.text_px(), bold=True))
        width = max(1, self.width())
        return [metrics.elidedText(f"{bar.key}  {bar.label}", Qt.TextElideMode.ElideRight, width)
                for bar in self._bars]  # fmt: skip

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, n = self.width(), len(self._bars)
        row = self.height() / n
        px = self.text_px()
        font = font_px(px, bold=True)
        line = px * 1.25
        bar_h = max(4.0, row - line - row * 0.1)
        highest = max((bar.count for bar in self._bars), default=0) or 1
        metrics = QFontMetrics(font)
        number_w = metrics.horizontalAdvance("9999  100%") + px
        room = max(1.0, w - number_w)
        painter.setFont(font)
        for i, (bar, label) in enumerate(zip(self._bars, self.labels(), strict=True)):
            top = row * i
            painter.setPen(QColor(look.TEXT))
            left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(QRectF(0, top, w, line), left, label)
            length = room * bar.count / highest
            bar_top = top + line
            if bar.count:
                painter.fillRect(QRectF(0, bar_top, length, bar_h), QColor(bar.colour))
            painter.setPen(QColor(look.TEXT))
            painter.drawText(QRectF(length + px * 0.4, bar_top, number_w, bar_h), left,
                             share_text(bar))  # fmt: skip
        painter.end()
