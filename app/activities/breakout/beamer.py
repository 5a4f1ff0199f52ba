"""The projected view: the round's questions with the timer, "who sits where", the names A to Z
with their table, the plenary.

Questions and key points wrap with Dutch or English hyphenation: soft hyphens (U+00AD) at the
syllables of long words, which Qt's word wrap honours (app/core/hyphenation.py). The names page
is speed dating's list (app/activities/meet_greet/seating.py): "name  table" in columns, as large
as fits, so people find themselves in a long alphabetical list.

"Who sits where" picks columns, rows and font size so that names stay readable from the back of
the room (at least MIN_NAME_PX on a 1080-pixel-high beamer); tables that do not fit turn into
pages that flip by themselves every PAGE_SECONDS.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.activities.breakout.state import Phase
from app.activities.meet_greet.seating import SeatingList
from app.core.hyphenation import soft_hyphens
from app.core.i18n import fill
from app.widgets import beamer_style as look
from app.widgets.layouts import clear_layout
from app.widgets.plain import plain_label
from app.widgets.timer import TimerView

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.breakout.runtime import BreakoutRuntime

MIN_NAME_PX = 24
PAGE_SECONDS = 10
# the beamer look of the other activities: white on black, yellow accents
INK, ACCENT, PAPER, CARD = look.TEXT, look.ACCENT, look.BACKGROUND, look.CARD
DESIGN_HEIGHT = 1080  # the px sizes below are for a 1080-pixel beamer and scale with it


def seating_layout(
    tables: int, seats: int, longest_name: int, width: int, height: int
) -> tuple[int, int, int]:
    """(columns, rows, name font px) per page: fewest pages first, then the biggest font."""
    best: tuple[int, int, int, int, int] | None = None  # (pages, -font, empty, cols, rows)
    for cols in range(1, 7):
        for rows in range(1, 6):
            # a card: margins and spacing, the "Table n" line (1.25 x) and one line per name
            font_by_height = (height / rows - 44) / (1.55 + 1.22 * seats)
            font_by_width = (width / cols - 52) / (max(8, longest_name) * 0.6)
            font = int(min(font_by_height, font_by_width, 60))
            if font < MIN_NAME_PX and (cols, rows) != (1, 1):
                continue
            pages = math.ceil(tables / (cols * rows))
            empty = pages * cols * rows - tables
            candidate = (pages, -font, empty, cols, rows)
            if best is None or candidate < best:
                best = candidate
    if best is None:
        return 1, 1, MIN_NAME_PX
    return best[3], best[4], -best[1]


class BreakoutBeamer(QStackedWidget):
    def __init__(self, runtime: BreakoutRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("breakoutBeamer")
        self.setStyleSheet(f"#breakoutBeamer, #breakoutBeamer QWidget {{ background: {PAPER}; "
                           f"color: {INK}; }}")  # fmt: skip
        self.questions = QuestionsPage(runtime, self)
        self.seating = SeatingPage(runtime, self)
        self.names = NamesPage(runtime, self)
        self.plenary = PlenaryPage(runtime, self)
        for page in (self.questions, self.seating, self.names, self.plenary):
            self.addWidget(page)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        pages: dict[Phase, QuestionsPage | SeatingPage | NamesPage | PlenaryPage] = {
            Phase.QUESTIONS: self.questions, Phase.SEATING: self.seating,
                 Phase.NAMES: self.names, Phase.PLENARY: self.plenary}  # fmt: skip
        page = pages[self.runtime.phase]
        page.refresh()
        self.setCurrentWidget(page)


def _label(text: str, px: int, bold: bool = False, color: str = INK, scaled: bool = True) -> QLabel:
    """A beamer label; `scaled` ones follow the page's height (see `_rescale`), never under
    a twentieth of it. Only the names on the table cards keep the size the layout chose."""
    label = plain_label(text)  # names, questions and titles are data: never markup
    label.setWordWrap(True)
    weight = "bold" if bold else "normal"
    label.setStyleSheet(f"font-size: {px}px; font-weight: {weight}; color: {color};")
    if scaled:
        label.setProperty("beamer_px", (px, weight, color))
    return label


def _rescale(page: QWidget) -> None:
    """Size the page's scaled labels from its height (a 1080-pixel design, 1/20 at least)."""
    height = page.height() if page.height() >= 200 else DESIGN_HEIGHT
    for label in page.findChildren(QLabel):
        spec = label.property("beamer_px")
        if not spec:
            continue
        px, weight, color = spec
        size = look.text_px(height, px / DESIGN_HEIGHT)
        label.setStyleSheet(f"font-size: {size}px; font-weight: {weight}; color: {color};")


class QuestionsPage(QWidget):
    def __init__(self, runtime: BreakoutRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 60, 80, 60)
        self.title = _label("", 64, True, ACCENT)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.timer = TimerView(runtime.timer, self)
        self.timer.setFixedSize(560, 230)
        head = QGridLayout()
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.timer, 0, 1, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(head)
        self.list = QVBoxLayout()
        self.list.setSpacing(28)
        outer.addLayout(self.list)
        outer.addStretch(1)

    def refresh(self) -> None:
        rt = self.runtime
        self.title.setText(fill(self.tr("Round {n} of {count}"),
            n=rt.round_index + 1, count=len(rt.config.rounds)))  # fmt: skip
        clear_layout(self.list)
        questions = rt.questions() or [self.tr("(no questions set for this round)")]
        px = 60 if len(questions) <= 4 else 54
        language = rt.context.language
        for number, question in enumerate(questions, start=1):
            self.list.addWidget(_label(f"{number}.  {soft_hyphens(question, language)}", px))
        _rescale(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        _rescale(self)


class SeatingPage(QWidget):
    def __init__(self, runtime: BreakoutRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.page = 0
        self.pages = 1
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 24, 36, 24)
        head = QGridLayout()
        self.title = _label("", 56, True, ACCENT)
        self.page_label = _label("", 54, False, ACCENT)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.page_label, 0, 1)
        outer.addLayout(head)
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        outer.addLayout(self.grid, 1)
        self.flip = QTimer(self)
        self.flip.setInterval(PAGE_SECONDS * 1000)
        self.flip.timeout.connect(self.next_page)

    def refresh(self) -> None:
        self.page = 0
        self._render()

    def next_page(self) -> None:
        self.page = (self.page + 1) % max(1, self.pages)
        self._render()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.runtime.phase == Phase.SEATING:
            self._render()

    def _render(self) -> None:
        rt = self.runtime
        clear_layout(self.grid)
        self.title.setText(fill(self.tr("Round {n}: who sits where"), n=rt.round_index + 1))
        tables = rt.group_names()
        if not tables:
            self.grid.addWidget(_label(self.tr("The groups have not been made yet."), 56), 0, 0)
            self.page_label.setText("")
            self.flip.stop()
            _rescale(self)
            return
        width = max(self.width(), 1920) - 72
        height = max(self.height(), 1080) - 120
        seats = max(len(t) for t in tables)
        longest = max((len(n) for t in tables for n in t), default=8)
        cols, rows, px = seating_layout(len(tables), seats, longest, width, height)
        per_page = cols * rows
        self.pages = math.ceil(len(tables) / per_page)
        per_page = math.ceil(len(tables) / self.pages)  # spread tables evenly over the pages
        self.page = min(self.page, self.pages - 1)
        first = self.page * per_page
        for i, members in enumerate(tables[first : first + per_page]):
            self.grid.addWidget(self._card(first + i + 1, members, px), i // cols, i % cols)
        for c in range(cols):
            self.grid.setColumnStretch(c, 1)
        self.page_label.setText(
            fill(self.tr("page {page} of {pages}"), page=self.page + 1, pages=self.pages)
            if self.pages > 1 else ""
        )  # fmt: skip
        if self.pages > 1 and not self.flip.isActive():
            self.flip.start()
        elif self.pages <= 1:
            self.flip.stop()
        _rescale(self)

    def _card(self, number: int, members: list[str], px: int) -> QFrame:
        card = QFrame()
        card.setObjectName("tableCard")
        card.setStyleSheet(f"#tableCard {{ background: {CARD}; border-radius: 10px; }} "
                           f"QLabel {{ background: transparent; }}")  # fmt: skip
        layout = QVBoxLayout(card)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(2)
        layout.addWidget(_label(fill(self.tr("Table {n}"), n=number), int(px * 1.25), True,
                                ACCENT, scaled=False))  # fmt: skip
        for name in members:
            label = _label(name, px, scaled=False)
            label.setWordWrap(False)
            layout.addWidget(label)
        layout.addStretch(1)
        return card


class NamesPage(QWidget):
    """Everyone A to Z with their table this round, in columns as large as fit."""

    def __init__(self, runtime: BreakoutRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 24, 36, 24)
        self.title = _label("", 56, True, ACCENT)
        self.title.setObjectName("namesTitle")
        outer.addWidget(self.title)
        self.list = SeatingList(ACCENT, INK, self)
        outer.addWidget(self.list, 1)
        self.empty = _label(self.tr("The groups have not been made yet."), 56)
        outer.addWidget(self.empty)

    def refresh(self) -> None:
        rows = self.runtime.seating_rows()
        self.title.setText(fill(self.tr("Round {n}: find your name, then your table"),
            n=self.runtime.round_index + 1))  # fmt: skip
        self.list.set_rows(rows)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        _rescale(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        _rescale(self)


class PlenaryPage(QWidget):
    def __init__(self, runtime: BreakoutRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 60, 80, 60)
        self.title = _label("", 60, True, ACCENT)
        self.title.setObjectName("plenaryTitle")
        outer.addWidget(self.title)
        self.points = QVBoxLayout()
        self.points.setSpacing(24)
        outer.addLayout(self.points)
        outer.addStretch(1)
        self.counter = _label("", 54, False, ACCENT)
        outer.addWidget(self.counter)

    def refresh(self) -> None:
        clear_layout(self.points)
        page = self.runtime.plenary_page()
        if page is None:
            self.title.setText(self.tr("No key points marked yet."))
            self.counter.setText("")
            _rescale(self)
            return
        round_no, group, items = page
        title = self.tr("Round {r}, table {g}: key points")
        self.title.setText(fill(title, r=round_no, g=group))
        plans = self.runtime.config.rounds
        questions = plans[round_no - 1].questions if round_no - 1 < len(plans) else []
        language = self.runtime.context.language
        for q, text in items:
            if 0 < q <= len(questions):
                self.points.addWidget(_label(soft_hyphens(questions[q - 1], language), 54,
                                             False, ACCENT))  # fmt: skip
            point = _label(text, 56)  # typed by people: shown as typed
            point.setObjectName("keyPoint")
            self.points.addWidget(point)
        self.counter.setText(fill(self.tr("{n} of {count}"),
            n=self.runtime.plenary_index + 1, count=self.runtime.plenary_count()))  # fmt: skip
        _rescale(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        _rescale(self)
