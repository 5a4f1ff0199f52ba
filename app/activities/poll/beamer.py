"""The projected poll: the question large, the choices numbered as the phones show them and how
many have answered; once the facilitator reveals the results, a bar per choice that follows
every answer live. Placed from the widget's own height, no text under 1/20 of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from app.activities.poll.state import CLOSED, OPEN
from app.core import poll as pl
from app.widgets import beamer_style as look
from app.widgets.bar_chart import Bar, HorizontalBarChart
from app.widgets.fit_label import FitLabel

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.poll.runtime import PollRuntime

BAR_COLOUR = "#3d8fd6"  # the options are not ranked: one colour, bright enough on black


def bars(tally: pl.Tally) -> list[Bar]:
    return [Bar(c.key, c.label, count, share, BAR_COLOUR) for c, count, share
            in zip(tally.choices, tally.counts, tally.shares(), strict=True)]  # fmt: skip


class PollBeamer(QWidget):
    def __init__(self, runtime: PollRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("pollBeamer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#pollBeamer {{ background: {look.BACKGROUND}; }}")
        self.question = FitLabel("", self, bold=True, max_height_fraction=0.4)
        self.question.setColor(look.TEXT)
        self.choices = FitLabel("", self, max_height_fraction=0.3)
        self.choices.setColor(look.TEXT)
        self.status = FitLabel("", self, max_height_fraction=1.0)
        self.status.setColor(look.ACCENT)
        self.chart = HorizontalBarChart(self)
        self.chart.setObjectName("pollChart")
        runtime.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        snap = self.runtime.snapshot
        if not snap.ready:
            self.question.setText(
                self.tr("No question yet: type it on this activity's page in the workspace.")
            )
        else:
            self.question.setText(snap.poll.question)
        if snap.poll.mode == pl.SCALE:
            self.choices.setText("1   2   3   4   5")
        else:
            self.choices.setText("\n".join(f"{c.key}  {c.label}" for c in snap.poll.choices))
        answers = self.tr("%n answer(s)", "", snap.tally.total)
        if snap.status == OPEN:
            status = self.tr("Answer on your phone") + "  ·  " + answers
        elif snap.status == CLOSED:
            status = self.tr("The poll is closed") + "  ·  " + answers
        else:
            status = ""
        self.status.setText(status)
        self.chart.set_bars(bars(snap.tally))
        self.chart.setVisible(snap.revealed and snap.ready)
        self.choices.setVisible(not self.chart.isVisibleTo(self))
        self._place()

    def is_revealed(self) -> bool:
        return self.chart.isVisibleTo(self)

    def text_pixels(self) -> list[int]:
        """Pixel sizes of the texts showing now, for the readability tests."""
        sizes = [self.question.pixel_size()]
        if self.status.text():
            sizes.append(self.status.pixel_size())
        if self.is_revealed():
            sizes.append(self.chart.text_px())
        elif self.choices.text():
            sizes.append(self.choices.pixel_size())
        return sizes

    def _place(self) -> None:
        """Question on top (a quarter, a fifth with the chart), the status line at the bottom
        (a tenth), the choices or the chart in between."""
        w, h = self.width(), self.height()
        m = max(6, h // 28)
        smallest = look.min_text_px(h)
        for label in (self.question, self.choices, self.status):
            label.setMinimumPixelSize(smallest)
        self.chart.set_min_px(smallest)
        question_h = h * (20 if self.is_revealed() else 26) // 100
        status_h = h * 10 // 100 if self.status.text() else 0
        self.question.setGeometry(QRect(m * 2, m, w - 4 * m, question_h))
        top = m + question_h + m
        middle = QRect(m * 2, top, w - 4 * m, h - top - status_h - 2 * m)
        self.chart.setGeometry(middle)
        self.choices.setGeometry(middle)
        self.status.setGeometry(QRect(m * 2, h - status_h - m, w - 4 * m, status_h))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
