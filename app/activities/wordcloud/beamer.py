"""The projected word cloud: the prompt on top, the words below in the beamer's dark style.

The layout (app/core/wordcloud.py) is computed only when the words or the widget's size change
and kept; a repaint only draws the placed words. Text sizes count from the whole screen's height,
so the smallest word is a fortieth of it (27 px on a 1080-line beamer) even with 150 words. Words
are drawn with QPainter.drawText, which never interprets markup.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.core import wordcloud as wc
from app.widgets import beamer_style as style
from app.widgets.fit_label import FitLabel

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.wordcloud.runtime import WordcloudRuntime

# a colour per word, from the word itself so it keeps it (a cloud of one colour reads as a
# block); all bright on black
COLOURS = (style.TEXT, style.ACCENT, "#7fd3ff", style.GOOD, "#ff9e80")
PROMPT_SHARE = 0.12  # of the height, for the prompt on top


class WordcloudBeamer(QWidget):
    def __init__(self, runtime: WordcloudRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("wordcloudBeamer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.prompt = FitLabel("", self, bold=True, max_height_fraction=0.9)
        self.prompt.setColor(style.ACCENT)
        self.cloud: wc.Layout = wc.Layout()
        self._key: tuple[object, ...] | None = None
        self._fonts: dict[float, QFont] = {}
        self._metrics: dict[float, QFontMetricsF] = {}
        runtime.changed.connect(self.refresh)
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.prompt.setText(self.runtime.prompt)
        self.prompt.setVisible(bool(self.runtime.prompt))
        self._relayout()
        self.update()

    def cloud_rect(self) -> QRect:
        """The area the words are placed in, below the prompt."""
        w, h = self.width(), self.height()
        m = max(4, h // 60)
        top = int(h * PROMPT_SHARE) + m if self.runtime.prompt else m
        return QRect(m, top, max(0, w - 2 * m), max(0, h - top - m))

    def _relayout(self) -> None:
        words = self.runtime.visible()
        area = self.cloud_rect()
        # the layout depends on each word's size step, not its exact count: most new answers
        # change no step and cost no new layout
        key = (tuple((w.key, w.text, wc.step(w.count)) for w in words), area.width(),
               area.height(), self.height())  # fmt: skip
        if key == self._key:
            return
        self._key = key
        self.cloud = wc.layout(words, area.width(), area.height(), self.text_width,
                               reference=self.height())  # fmt: skip

    def font_for(self, size: float) -> QFont:
        font = self._fonts.get(size)
        if font is None:
            font = QFont(self.font())
            font.setPixelSize(max(1, int(size)))
            font.setBold(True)
            self._fonts[size] = font
            self._metrics[size] = QFontMetricsF(font)
        return font

    def text_width(self, text: str, size: float) -> float:
        self.font_for(size)
        return self._metrics[size].horizontalAdvance(text)

    # -- drawing -------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        h = self.height()
        m = max(4, h // 60)
        self.prompt.setMinimumPixelSize(style.min_text_px(h))
        self.prompt.setGeometry(QRect(2 * m, m, self.width() - 4 * m, int(h * PROMPT_SHARE)))
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.BACKGROUND))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        area = self.cloud_rect()
        if not self.cloud.placed:
            painter.setPen(QColor(style.MUTED))
            painter.setFont(self.font_for(style.min_text_px(self.height())))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             self.tr("The words from the room appear here."))  # fmt: skip
            painter.end()
            return
        # a cloud smaller than the area sits in its middle
        left = min(p.x for p in self.cloud.placed)
        top = min(p.y for p in self.cloud.placed)
        right = max(p.x + p.w for p in self.cloud.placed)
        bottom = max(p.y + p.h for p in self.cloud.placed)
        dx = area.x() + (area.width() - (right - left)) / 2 - left
        dy = area.y() + (area.height() - (bottom - top)) / 2 - top
        pens = [QColor(c) for c in COLOURS]
        for placed in self.cloud.placed:
            painter.setFont(self.font_for(placed.size))
            painter.setPen(pens[zlib.crc32(placed.key.encode()) % len(pens)])
            box = QRectF(placed.x + dx, placed.y + dy, placed.w, placed.h)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, placed.text)
        painter.end()

    def placed_texts(self) -> list[str]:
        """The words drawn, in drawing order (for tests and the room's data)."""
        return [p.text for p in self.cloud.placed]
