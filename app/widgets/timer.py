"""The big timer: a TimerController (Countdown + a precise Qt timer) and a TimerView to show it.

Any activity that needs a countdown (meet-and-greet, talks, breakouts, statements) makes one
TimerController and puts TimerView(controller) on the beamer; several views may watch the same
controller. The controller repaints once per shown second: a single-shot PreciseTimer is set to
fire just after the next second boundary of the countdown, computed from the clock each time, so
ticks never accumulate error and nothing repaints in between.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSpinBox, QVBoxLayout, QWidget

from app.core.clock import Clock
from app.core.countdown import Countdown, State, Zone
from app.widgets.fit_label import FitLabel
from app.widgets.sound import Chime

# The high-contrast beamer colours: (background, digits) per zone.
COLOURS = {
    Zone.NORMAL: ("#000000", "#ffffff"),
    Zone.WARNING: ("#000000", "#ffc400"),
    Zone.OVERTIME: ("#b3001b", "#ffffff"),
}
PAUSED_DIGITS = "#8c8c8c"
LANDING_MS = 2  # fire this much after the boundary, so the new value is certainly there


def warning_seconds(config: dict[str, object], default: int = 60) -> int:
    """An activity's "warning_seconds" (warning colour from this many seconds left), bounded."""
    value = config.get("warning_seconds", default)
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return max(0, min(3600, value))


def warning_spin(config: dict[str, object], parent: QWidget | None = None) -> QSpinBox:
    """The setup pages' field for warning_seconds: 0 (no warning colour) to 10 minutes."""
    spin = QSpinBox(parent)
    spin.setRange(0, 600)
    spin.setSingleStep(15)
    spin.setSuffix(QCoreApplication.translate("TimerSetup", " s before the end"))
    spin.setSpecialValueText(QCoreApplication.translate("TimerSetup", "no warning colour"))
    spin.setValue(min(600, warning_seconds(config)))
    return spin


class TimerController(QObject):
    """Owns the countdown; `ticked` fires when the shown value (or the state) changes."""

    ticked = Signal()
    stateChanged = Signal(str)
    reachedZero = Signal()
    flash = Signal()  # the chime could not sound: views blink instead
    captionChanged = Signal(str)

    def __init__(
        self,
        clock: Clock,
        seconds: float,
        warning: float = 60.0,
        chime: Chime | None = None,
        caption: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.countdown = Countdown(clock, seconds, warning)
        self.chime = chime
        self._caption = caption
        self._state = self.countdown.state()
        self._zero_passed = False
        self.ticks = 0  # how many times the slot ran (for tests and the perf script)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.on_timeout)

    # -- commands -------------------------------------------------------------------------
    def start(self) -> None:
        self.countdown.start()
        self._changed()

    def pause(self) -> None:
        self.countdown.pause()
        self._changed()

    def resume(self) -> None:
        self.countdown.resume()
        self._changed()

    def toggle(self) -> None:
        self.countdown.toggle()
        self._changed()

    def reset(self, seconds: float | None = None) -> None:
        self.countdown.reset(seconds)
        self._zero_passed = False
        self._changed()

    def add_minutes(self, minutes: int) -> None:
        self.countdown.add(60 * minutes)
        if self.countdown.remaining() > 0:
            self._zero_passed = False  # a new zero will chime again
        self._changed()

    def stop(self) -> None:
        """Stop repainting (the activity was left); the countdown keeps its value."""
        self._timer.stop()

    def set_caption(self, caption: str) -> None:
        if caption != self._caption:
            self._caption = caption
            self.captionChanged.emit(caption)

    # -- reading --------------------------------------------------------------------------
    def caption(self) -> str:
        return self._caption

    def text(self) -> str:
        return self.countdown.text()

    def state(self) -> State:
        return self.countdown.state()

    def zone(self) -> Zone:
        return self.countdown.zone()

    def interval_ms(self) -> int | None:
        """Milliseconds until just after the next change of the shown value."""
        delay = self.countdown.next_change_in()
        return None if delay is None else math.ceil(delay * 1000) + LANDING_MS

    def is_scheduled(self) -> bool:
        return self._timer.isActive()

    # -- the tick -------------------------------------------------------------------------
    def on_timeout(self) -> None:
        """The timer slot (tests call it directly after advancing a FakeClock)."""
        self.ticks += 1
        self._changed()

    def _changed(self) -> None:
        state = self.countdown.state()
        if state != self._state:
            self._state = state
            self.stateChanged.emit(str(state))
        if self.countdown.zone() is Zone.OVERTIME and not self._zero_passed:
            self._zero_passed = True
            self.reachedZero.emit()
            if self.chime is None or not self.chime.play():
                self.flash.emit()
        self.ticked.emit()
        interval = self.interval_ms()
        if interval is None:
            self._timer.stop()
        else:
            self._timer.start(interval)


class TimerView(QWidget):
    """Fills its box: optional header line, the mm:ss digits, optional caption; zone colours."""

    FLASHES = 6

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("timerView")
        self.header = FitLabel("", self, bold=True)
        self.digits = FitLabel(controller.text(), self, bold=True, sample="88:88")
        self.caption = FitLabel(controller.caption(), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header, 1)
        layout.addWidget(self.digits, 5)
        layout.addWidget(self.caption, 2)
        self._flashes_left = 0
        self._sample = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(180)
        self._flash_timer.timeout.connect(self._flash_step)
        controller.ticked.connect(self.refresh)
        controller.captionChanged.connect(self._set_caption)
        controller.flash.connect(self.start_flash)
        self._set_caption(controller.caption())
        self.set_header("")
        self.refresh()

    def set_header(self, text: str) -> None:
        """A short line above the digits, e.g. "Round 2 of 4"."""
        self.header.setText(text)
        self.header.setVisible(bool(text))

    def _set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def colours(self) -> tuple[str, str]:
        """(background, digits) for the controller's current state."""
        background, digits = COLOURS[self.controller.zone()]
        if self.controller.state() is State.PAUSED:
            digits = PAUSED_DIGITS if background == "#000000" else "#f0c0c0"
        if self._flashes_left % 2:
            background, digits = digits, background
        return background, digits

    def refresh(self) -> None:
        text = self.controller.text()
        # size for "88:88" rather than the text itself: the digits never jump from 11:11 to 10:08
        sample = re.sub(r"\d", "8", text)
        if sample != self._sample:
            self._sample = sample
            self.digits.setSample(sample)
        self.digits.setText(text)
        background, digits = self.colours()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        self.setPalette(palette)
        self.update()
        self.digits.setColor(digits)
        self.header.setColor("#ffffff")
        self.caption.setColor("#ffffff")

    def start_flash(self) -> None:
        self._flashes_left = self.FLASHES
        self._flash_timer.start()
        self.refresh()

    def is_flashing(self) -> bool:
        return self._flashes_left > 0

    def _flash_step(self) -> None:
        self._flashes_left = max(0, self._flashes_left - 1)
        if not self._flashes_left:
            self._flash_timer.stop()
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The zone colour is painted here, so no stylesheet of a parent can hide it."""
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.colours()[0]))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        margin = max(4, self.height() // 30)
        if (layout := self.layout()) is not None:
            layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
            layout.setSpacing(margin // 2)
        super().resizeEvent(event)


class TimerControls(QWidget):
    """The facilitator's buttons for one TimerController: start/pause, reset, -1/+1 minute."""

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

        self.controller = controller
        self.display = QLabel(self)
        self.display.setObjectName("timerDisplay")
        font = self.display.font()
        font.setPointSizeF(font.pointSizeF() * 2.5)
        font.setBold(True)
        self.display.setFont(font)
        self.toggle = QPushButton(self)
        self.reset = QPushButton(self.tr("Reset"), self)
        self.minus = QPushButton(self.tr("−1 min"), self)
        self.plus = QPushButton(self.tr("+1 min"), self)
        self.toggle.clicked.connect(controller.toggle)
        self.reset.clicked.connect(lambda: controller.reset())
        self.minus.clicked.connect(lambda: controller.add_minutes(-1))
        self.plus.clicked.connect(lambda: controller.add_minutes(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        for button in (self.toggle, self.reset, self.minus, self.plus):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        layout.addStretch(1)
        controller.ticked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self.controller.state()
        self.display.setText(self.controller.text())
        colour = {Zone.WARNING: "#b07800", Zone.OVERTIME: "#b3001b"}.get(self.controller.zone())
        self.display.setStyleSheet(f"color: {colour};" if colour else "")
        if state is State.IDLE:
            self.toggle.setText(self.tr("Start"))
        elif state is State.PAUSED:
            self.toggle.setText(self.tr("Resume"))
        else:
            self.toggle.setText(self.tr("Pause"))
