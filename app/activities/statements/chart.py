"""The tally as a bar chart drawn with QPainter, and the position legend (both for the beamer).

Bars, numbers and labels are sized from the widget's own height, so the chart reads the same on
a 1920x1080 beamer as in the console's preview. `data()` returns what is drawn, for tests.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core import statements as st
from app.widgets import beamer_style as look
from app.widgets.bar_chart import WRAP, Bar, fitted_font, font_px

INK, ACCENT, PAPER, MUTED = look.TEXT, look.ACCENT, look.BACKGROUND, look.MUTED
BADGE_TEXT = "#ffffff"
#: Colour-blind safe: blue for agreeing, grey in the middle, orange for disagreeing (each light
#: enough to stand out on the dark beamer background).
COLOURS = {
    "three": ("#3d8fd6", "#8a8a8a", "#e0782a"),
    "five": ("#3d8fd6", "#7fb6e6", "#8a8a8a", "#f0a060", "#e0782a"),
}


def position_labels(scale: st.Scale) -> list[str]:
    return [QCoreApplication.translate("StatementScale", label) for label in scale.labels]


def colours(scale: st.Scale) -> tuple[str, ...]:
    return COLOURS.get(scale.key, COLOURS["three"])


class TallyChart(QWidget):
    """One bar per position, the count above it and the share; the position names below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementsChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: list[Bar] = []

    def set_tally(self, tally: st.Tally) -> None:
        labels, palette = position_labels(tally.scale), colours(tally.scale)
        self._bars = [Bar(str(i + 1), labels[i], count, share, palette[i])
                      for i, (count, share) in enumerate(zip(tally.counts, tally.shares(),
                                                             strict=True))]  # fmt: skip
        self.update()

    def data(self) -> list[Bar]:
        """The bars as drawn (label, count, share, colour), in key order."""
        return list(self._bars)

    def label_height(self) -> float:
        """The band under the bars: room for two lines of five-point names ("Helemaal oneens")."""
        return self.height() * (0.22 if len(self._bars) <= 3 else 0.33)

    def labels(self) -> list[str]:
        """The names under the bars; with five positions without their key, so they stay at
        the beamer's minimum size (the legend before the reveal shows the keys)."""
        keyed = len(self._bars) <= 3
        return [f"{bar.key}  {bar.label}" if keyed else bar.label for bar in self._bars]

    def label_font(self) -> QFont:
        """The font of the position names under the bars: as large as the longest one allows."""
        slot = self.width() / max(1, len(self._bars))
        label_h = self.label_height()
        return fitted_font(self.labels(), slot * 0.96, label_h, label_h * 0.66)

    def text_pixels(self) -> list[int]:
        """The pixel sizes of the text drawn (counts and labels), for the beamer's size tests."""
        if not self._bars:
            return []
        return [font_px(self.height() * 0.2 * 0.78).pixelSize(), self.label_font().pixelSize()]

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h, w, n = self.height(), self.width(), len(self._bars)
        label_h = self.label_height()
        number_h = h * 0.2
        slot = w / n
        bar_w = slot * 0.62
        top = number_h
        bottom = h - label_h
        highest = max((b.count for b in self._bars), default=0) or 1
        number_font = font_px(number_h * 0.78, bold=True)
        label_font = self.label_font()
        for i, bar in enumerate(self._bars):
            x = slot * i + (slot - bar_w) / 2
            height = (bottom - top) * bar.count / highest
            painter.fillRect(QRectF(x, bottom - height, bar_w, height), QColor(bar.colour))
            painter.setPen(QColor(INK))
            painter.setFont(number_font)
            share = f"  {round(bar.share * 100)}%" if bar.count else ""
            painter.drawText(QRectF(slot * i, bottom - height - number_h, slot, number_h),
                             int(Qt.AlignmentFlag.AlignCenter), f"{bar.count}{share}")  # fmt: skip
            painter.setFont(label_font)
            painter.setPen(QColor(INK))  # text in ink: the light five-point colours lack contrast
            label_box = QRectF(slot * i + slot * 0.02, bottom, slot * 0.96, label_h)
            painter.drawText(label_box, WRAP, self.labels()[i])
        painter.setPen(QColor(INK))
        painter.drawLine(int(slot * 0.1), int(bottom), int(w - slot * 0.1), int(bottom))
        painter.end()


class PositionLegend(QWidget):
    """The positions the room can take, with the number key of each: "1 Agree  2 Doubt ..."."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementsLegend")
        self._items: list[tuple[str, str, str]] = []

    def set_scale(self, scale: st.Scale) -> None:
        pairs = zip(position_labels(scale), colours(scale), strict=True)
        self._items = [(str(i + 1), label, colour) for i, (label, colour) in enumerate(pairs)]
        self.update()

    def items(self) -> list[tuple[str, str, str]]:
        return list(self._items)

    def rows(self) -> int:
        """Five positions take two rows (3 + 2): one row left their names too small to read."""
        return 1 if len(self._items) <= 3 else 2

    def _geometry(self) -> tuple[int, float, float, float]:
        """(per row, slot width, row height, badge size)."""
        per_row = math.ceil(len(self._items) / self.rows())
        row_h = self.height() / self.rows()
        return per_row, self.width() / per_row, row_h, row_h * 0.8

    def label_font(self) -> QFont:
        _per_row, slot, row_h, box = self._geometry()
        labels = [label for _, label, _ in self._items]
        return fitted_font(labels, slot - box * 1.4, row_h, row_h * 0.55)

    def text_pixels(self) -> list[int]:
        """The pixel sizes of the text drawn (badges and labels), for the beamer's size tests."""
        if not self._items:
            return []
        box = self._geometry()[3]
        return [font_px(box * 0.62).pixelSize(), self.label_font().pixelSize()]

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self._items:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        per_row, slot, row_h, box = self._geometry()
        badge_font = font_px(box * 0.62, bold=True)
        text_w = slot - box * 1.4
        font = self.label_font()
        for i, (key, label, colour) in enumerate(self._items):
            row, column = divmod(i, per_row)
            x = slot * column + slot * 0.06
            top = row * row_h
            badge = QRectF(x, top + (row_h - box) / 2, box, box)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(badge, box * 0.18, box * 0.18)
            painter.setFont(badge_font)
            painter.setPen(QColor(BADGE_TEXT))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), key)
            painter.setFont(font)
            painter.setPen(QColor(INK))
            text_box = QRectF(x + box * 1.25, top, text_w, row_h)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_box, int(left | Qt.TextFlag.TextWordWrap), label)
        painter.end()
