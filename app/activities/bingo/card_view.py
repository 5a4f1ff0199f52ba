"""A bingo card drawn on screen with its heard statements marked, for checking a called bingo."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core import bingo
from app.core.hyphenation import SOFT_HYPHEN, soft_hyphens

HEARD_FILL = QColor("#1f7a4d")
FREE_FILL = QColor("#d9e8ea")
INK = QColor("#1d1d1b")


class CardView(QWidget):
    """Paints one card; cells of heard statements are filled green with white text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bingoCardView")
        self.setMinimumSize(280, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._cells: list[str] = []
        self._marks: list[bool] = []
        self._side = 0
        self._language = "nl"

    def show_card(self, texts: list[str], marks: list[bool], side: int,
                  language: str = "nl") -> None:  # fmt: skip
        """texts per cell ("" for the free cell), marks per cell, side 0 for a list card;
        language: the statements' (their hyphenation)."""
        self._cells, self._marks, self._side = texts, marks, side
        self._language = language
        self.update()

    def clear(self) -> None:
        self.show_card([], [], 0)

    def marked_count(self) -> int:
        return sum(self._marks)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self._cells:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        cols = self._side or 1
        rows = self._side or len(self._cells)
        cw, ch = rect.width() / cols, rect.height() / rows
        base = int(min(ch / 3.6, cw / 6.5 if self._side else ch / 1.8))
        for i, text in enumerate(self._cells):
            r, c = divmod(i, cols)
            cell = QRectF(rect.left() + c * cw, rect.top() + r * ch, cw, ch)
            free = self._side and text == ""
            fill = FREE_FILL if free else HEARD_FILL if self._marks[i] else QColor("white")
            painter.fillRect(cell, fill)
            painter.setPen(QPen(INK, 1))
            painter.drawRect(cell)
            heard = self._marks[i] and not free
            painter.setPen(QColor("white") if heard else INK)
            align = Qt.AlignmentFlag.AlignCenter if self._side else Qt.AlignmentFlag.AlignVCenter
            inner = cell.adjusted(4, 2, -4, -2)
            font, shown = _fitting_font(self.font(), "★" if free else text, inner, base, align,
                                        self._language)  # fmt: skip
            painter.setFont(font)
            flags = int(align) | int(_wrap_flag(font, shown, inner))
            painter.drawText(inner, flags, shown)
        painter.end()


def _wrap_flag(font: QFont, text: str, box: QRectF) -> Qt.TextFlag:
    """Word wrap (long words break at their soft hyphens, with a hyphen), or wrap anywhere when
    one syllable is still wider than the cell (no clipped words)."""
    metrics = QFontMetrics(font)
    pieces = text.replace(SOFT_HYPHEN, " ").split()
    if any(metrics.horizontalAdvance(piece + "-") > box.width() for piece in pieces):
        return Qt.TextFlag.TextWrapAnywhere
    return Qt.TextFlag.TextWordWrap


def _fitting_font(base_font: QFont, text: str, box: QRectF, largest: int, align,
                  language: str = "nl") -> tuple[QFont, str]:  # fmt: skip
    """The largest pixel size (<= largest, >= 9) at which the word-wrapped text fits the box,
    and the text to draw (wide words hyphenated); only when no size fits are words broken
    anywhere."""
    font = QFont(base_font)
    shown = text
    for anywhere in (False, True):
        wrap = Qt.TextFlag.TextWrapAnywhere if anywhere else Qt.TextFlag.TextWordWrap
        for px in range(max(9, largest), 8, -1):
            font.setPixelSize(px)
            metrics = QFontMetrics(font)
            shown = text if anywhere else hyphenate_wide(text, metrics, box.width(), language)
            needed = metrics.boundingRect(box.toRect(), int(align) | int(wrap), shown)
            if needed.height() <= box.height() and needed.width() <= box.width():
                return font, shown
    return font, shown


def cell_texts(card: bingo.Card, texts: dict[str, str]) -> list[str]:
    return ["" if cell == bingo.FREE else texts.get(cell, "?") for cell in card.cells]


def hyphenate_wide(text: str, metrics: QFontMetrics, width: float, language: str) -> str:
    """Soft hyphens (U+00AD) only in the words wider than the cell: Qt then breaks such a word
    at a syllable with a hyphen ("pro-grammatoren") instead of anywhere ("program matoren"),
    and words that fit stay whole."""
    return " ".join(
        soft_hyphens(word, language) if metrics.horizontalAdvance(word) > width else word
        for word in text.split()
    )
