"""A label whose font grows or shrinks to fill its box: big beamer texts at any screen size.

The size is searched (binary search on the pixel size) when the text or the box changes, not on
every paint, so a timer repainting once a second costs one cheap drawText.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class FitLabel(QWidget):
    """Text drawn as large as fits; `max_height_fraction` caps one line's height."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        bold: bool = False,
        max_height_fraction: float = 1.0,
        min_pixel_size: int = 8,
        sample: str = "",
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._bold = bold
        self._max_fraction = max_height_fraction
        self._min_px = min_pixel_size
        self._sample = sample  # size for this text instead (e.g. "+88:88" keeps digits steady)
        self._color: QColor | None = None
        self._fitted: tuple[QSize, str, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(20, 20)

    # -- API ------------------------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def setSample(self, sample: str) -> None:
        self._sample = sample
        self._fitted = None
        self.update()

    def setMinimumPixelSize(self, pixels: int) -> None:
        """The text never gets smaller than this (the beamer's 1/20-of-height minimum)."""
        if pixels != self._min_px:
            self._min_px = max(1, pixels)
            self._fitted = None
            self.update()

    def setColor(self, color: QColor | str | None) -> None:
        self._color = QColor(color) if color is not None else None
        self.update()

    def pixel_size(self) -> int:
        """The font pixel size used for the current text and box (for tests and layout)."""
        return self._fit()

    # -- drawing --------------------------------------------------------------------------
    def _font(self, pixels: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, pixels))
        font.setBold(self._bold)
        return font

    def _fits(self, pixels: int, text: str, box: QRect) -> bool:
        metrics = QFontMetrics(self._font(pixels))
        needed = metrics.boundingRect(box, int(FLAGS), text)
        return needed.width() <= box.width() and needed.height() <= box.height()

    def _fit(self) -> int:
        text = self._sample or self._text or " "
        size = self.contentsRect().size()
        if self._fitted and self._fitted[0] == size and self._fitted[1] == text:
            return self._fitted[2]
        box = QRect(0, 0, size.width(), size.height())
        low, high = self._min_px, max(self._min_px, int(size.height() * self._max_fraction))
        while low < high:
            middle = (low + high + 1) // 2
            if self._fits(middle, text, box):
                low = middle
            else:
                high = middle - 1
        self._fitted = (size, text, low)
        return low

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fitted = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self._font(self._fit()))
        painter.setPen(self._color or self.palette().windowText().color())
        painter.drawText(self.contentsRect(), int(FLAGS), self._text)
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(200, 60)
