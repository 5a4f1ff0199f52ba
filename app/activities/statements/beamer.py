"""The projected statement: the theme small, the statement very large, the positions to take,
an optional timer, and once the facilitator reveals it the tally as bars that follow every count.

Every part is placed from the widget's own height in resizeEvent (no layout holding it at a
font's size), so it fits a 1920x1080 beamer as well as a small preview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from app.activities.statements.chart import ACCENT, INK, MUTED, PAPER, PositionLegend, TallyChart
from app.widgets.beamer_style import min_text_px
from app.widgets.fit_label import FitLabel

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.statements.runtime import StatementsRuntime


class StatementsBeamer(QWidget):
    def __init__(self, runtime: StatementsRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("statementsBeamer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#statementsBeamer {{ background: {PAPER}; }}")
        self.theme = FitLabel("", self, bold=True, max_height_fraction=0.4)
        self.theme.setColor(ACCENT)
        self.progress = FitLabel("", self, max_height_fraction=0.5)
        self.progress.setColor(MUTED)
        self.statement = FitLabel("", self, bold=True, max_height_fraction=0.26)
        self.statement.setColor(INK)
        self.legend = PositionLegend(self)
        self.chart = TallyChart(self)
        self.timer_view: QWidget | None = None
        if runtime.timer is not None:
            from app.widgets.timer import TimerView

            self.timer_view = TimerView(runtime.timer, self)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        snap = self.runtime.snapshot
        statement = snap.statement
        if statement is None:
            self.theme.setText("")
            self.progress.setText("")
            self.statement.setText(
                self.tr("No statements yet: add them on this activity's page in the workspace.")
            )
        else:
            self.theme.setText(statement.theme)
            self.progress.setText(f"{snap.index + 1} / {len(snap.statements)}")
            self.statement.setText(statement.text)
        self.legend.set_scale(snap.scale)
        self.chart.set_tally(snap.tally)
        self.chart.setVisible(snap.revealed and statement is not None)
        self.legend.setVisible(not self.chart.isVisibleTo(self))
        self._place()

    def is_revealed(self) -> bool:
        return self.chart.isVisibleTo(self)

    def _place(self) -> None:
        """Positions from the height: top bar 14% (the theme may take two lines), statement about
        half (a third with the chart), legend 12%; no text under a twentieth of the height."""
        w, h = self.width(), self.height()
        m = max(6, h // 28)
        smallest = min_text_px(h)
        for label in (self.theme, self.progress, self.statement):
            label.setMinimumPixelSize(smallest)
        bar = h * 14 // 100
        progress_w = h * 30 // 100
        timer_w = 0
        if self.timer_view is not None:
            timer_w = h * 34 // 100
            self.timer_view.setGeometry(QRect(w - m - timer_w, m // 2, timer_w, h * 17 // 100))
            timer_w += m
        self.progress.setGeometry(QRect(w - m - timer_w - progress_w, m, progress_w, bar))
        self.theme.setGeometry(QRect(m * 2, m, w - 4 * m - timer_w - progress_w, bar))
        top = m + bar + (h * 4 // 100 if self.timer_view is not None else m // 2)
        if self.is_revealed():
            chart_h = h * 40 // 100
            self.statement.setGeometry(QRect(m * 2, top, w - 4 * m, h - top - chart_h - 2 * m))
            self.chart.setGeometry(QRect(m * 2, h - chart_h - m, w - 4 * m, chart_h))
        else:
            legend_h = h * (12 if self.legend.rows() == 1 else 22) // 100
            self.statement.setGeometry(QRect(m * 2, top, w - 4 * m, h - top - legend_h - 3 * m))
            self.legend.setGeometry(QRect(m * 2, h - legend_h - m, w - 4 * m, legend_h))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
