"""What the room sees: the timer with "Round k of R"; between rounds "Switch!" with the tables.

Before a round (ready) and between rounds (switch) the beamer lists every name with the table for
the coming round, so people find their table themselves; during a round it shows the timer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from app.activities.meet_greet.phases import DONE, READY, SWITCH
from app.activities.meet_greet.seating import SeatingList
from app.core.i18n import fill
from app.widgets.beamer_style import min_text_px
from app.widgets.fit_label import FitLabel
from app.widgets.timer import TimerView

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.meet_greet.runtime import MeetGreetRuntime

ACCENT = "#ffc400"


class MeetGreetBeamer(QStackedWidget):
    def __init__(self, runtime: MeetGreetRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("meetGreetBeamer")
        self.timer_view = TimerView(runtime.timer, self)
        self.message = QWidget(self)
        self.message.setObjectName("switchScreen")
        self.message.setStyleSheet("QWidget#switchScreen { background-color: #000000; }")
        self.big = FitLabel("", self.message, bold=True, max_height_fraction=0.8)
        self.big.setColor(ACCENT)
        self.small = FitLabel("", self.message, max_height_fraction=0.5)
        self.small.setColor("#ffffff")
        self.seating = SeatingList(ACCENT, "#ffffff", self.message)
        layout = QVBoxLayout(self.message)
        layout.addWidget(self.big, 3)
        layout.addWidget(self.small, 2)
        layout.addWidget(self.seating, 0)
        self.addWidget(self.timer_view)
        self.addWidget(self.message)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def _show_seating(self, round_index: int) -> bool:
        """Fill the list for a round; False when there is nobody to list."""
        rows = self.runtime.seating(round_index)
        self.seating.set_rows(rows)
        self.seating.setVisible(bool(rows))
        stretches = (2, 1, 9) if rows else (3, 2, 0)
        layout = self.message.layout()
        for index, stretch in enumerate(stretches):
            if isinstance(layout, QBoxLayout):
                layout.setStretch(index, stretch)
        return bool(rows)

    def refresh(self) -> None:
        runtime = self.runtime
        self.timer_view.set_header(runtime.header())
        if runtime.phase == SWITCH:
            self.big.setText(self.tr("Switch!"))
            self.small.setText(
                fill(
                    self.tr("Round {k} of {n}: go to your next table"),
                    k=runtime.round_index + 2,
                    n=runtime.rounds,
                )
            )
            self._show_seating(runtime.round_index + 1)
            self.setCurrentWidget(self.message)
        elif (
            runtime.phase == READY
            and runtime.speed_dating
            and self._show_seating(runtime.round_index)
        ):
            self.big.setText(runtime.header())
            self.small.setText(self.tr("Find your table"))
            self.setCurrentWidget(self.message)
        elif runtime.phase == DONE:
            self.big.setText(self.tr("Thank you!"))
            self.small.setText(self.tr("That was the last round."))
            self._show_seating(-1)
            self.setCurrentWidget(self.message)
        else:
            self.setCurrentWidget(self.timer_view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        margin = max(6, self.height() // 14)
        if (layout := self.message.layout()) is not None:
            layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        for label in (self.big, self.small):  # never under a twentieth of the beamer's height
            label.setMinimumPixelSize(min_text_px(self.height()))
        super().resizeEvent(event)
