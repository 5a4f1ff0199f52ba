"""Name -> table for the coming round, in columns, as large as fits: people find themselves.

Painted with QPainter (no widget per name), so 120 names cost one paint. The font size is
searched once per change of names or size: for 1..MAX_COLUMNS columns the largest pixel size at
which the widest "name  table" fits its column and all rows fit the height, keeping the best.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.name_order import sort_key

MAX_COLUMNS = 6
GAP = 1.5  # column gap, in units of the font's pixel size


class SeatingList(QWidget):
    def __init__(
        self, accent: str = "#ffc400", text: str = "#ffffff", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("seatingList")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._rows: list[tuple[str, str]] = []
        self._accent = QColor(accent)
        self._text = QColor(text)
        self._fitted: tuple[int, int, int, int] | None = None  # width, height, columns, px

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        """(name, table) pairs; shown sorted by name (accents with their letter)."""
        fresh = [(name, str(table)) for name, table in sorted(rows, key=lambda r: sort_key(r[0]))]
        if fresh != self._rows:
            self._rows = fresh
            self._fitted = None
            self.update()

    def rows(self) -> list[tuple[str, str]]:
        return list(self._rows)

    def _font(self, pixels: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, pixels))
        font.setBold(bold)
        return font

    def _fits(self, columns: int, pixels: int) -> bool:
        lines = math.ceil(len(self._rows) / columns)
        plain = QFontMetrics(self._font(pixels))
        bold = QFontMetrics(self._font(pixels, True))
        if lines * plain.lineSpacing() * 1.15 > self.height():
            return False
        column = (self.width() - (columns - 1) * GAP * pixels) / columns
        widest = max(
            plain.horizontalAdvance(name) + bold.horizontalAdvance(f"  {table}")
            for name, table in self._rows
        )
        return widest <= column

    def layout_for(self) -> tuple[int, int]:
        """(columns, pixel size) for the current names and size."""
        size = (self.width(), self.height())
        if self._fitted and self._fitted[:2] == size:
            return self._fitted[2], self._fitted[3]
        best = (1, 8)
        if self._rows and self.width() > 20 and self.height() > 20:
            cap = max(8, self.height() // 10)
            for columns in range(1, min(MAX_COLUMNS, len(self._rows)) + 1):
                low, high = 1, cap
                while low < high:
                    middle = (low + high + 1) // 2
                    if self._fits(columns, middle):
                        low = middle
                    else:
                        high = middle - 1
                if low > best[1]:
                    best = (columns, low)
        self._fitted = (*size, *best)
        return best

    def pixel_size(self) -> int:
        return self.layout_for()[1]

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fitted = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self._rows:
            return
        columns, pixels = self.layout_for()
        lines = math.ceil(len(self._rows) / columns)
        plain, bold = self._font(pixels), self._font(pixels, True)
        step = QFontMetrics(plain).lineSpacing() * 1.15
        gap = GAP * pixels
        width = (self.width() - (columns - 1) * gap) / columns
        top = max(0.0, (self.height() - lines * step) / 2)  # the block sits in the middle
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for index, (name, table) in enumerate(self._rows):
            column, line = divmod(index, lines)
            box = QRect(int(column * (width + gap)), int(top + line * step), int(width), int(step))
            painter.setFont(plain)
            painter.setPen(self._text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             name)  # fmt: skip
            painter.setFont(bold)
            painter.setPen(self._accent)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             table)  # fmt: skip
        painter.end()
