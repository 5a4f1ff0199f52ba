"""What the room sees: the timer with "Round k of R", and a big "Switch!" between rounds."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.activities.meet_greet.runtime import DONE, SWITCH, Runtime
from app.widgets.fit_label import FitLabel
from app.widgets.timer import TimerView

ACCENT = "#ffc400"


class BeamerView(QStackedWidget):
    def __init__(self, runtime: Runtime, parent: QWidget | None = None) -> None:
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
        layout = QVBoxLayout(self.message)
        layout.addWidget(self.big, 3)
        layout.addWidget(self.small, 2)
        self.addWidget(self.timer_view)
        self.addWidget(self.message)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        runtime = self.runtime
        self.timer_view.set_header(runtime.header())
        if runtime.phase == SWITCH:
            self.big.setText(self.tr("Switch!"))
            self.small.setText(
                self.tr("Round {k} of {n}: go to your next table")
                .replace("{k}", str(runtime.round_index + 2))
                .replace("{n}", str(runtime.rounds))
            )
            self.setCurrentWidget(self.message)
        elif runtime.phase == DONE:
            self.big.setText(self.tr("Thank you!"))
            self.small.setText(self.tr("That was the last round."))
            self.setCurrentWidget(self.message)
        else:
            self.setCurrentWidget(self.timer_view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        margin = max(6, self.height() // 14)
        self.message.layout().setContentsMargins(margin * 2, margin, margin * 2, margin)
        super().resizeEvent(event)
