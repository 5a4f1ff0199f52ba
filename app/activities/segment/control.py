"""The talk or break's console panel: its title and the timer buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.widgets.plain import plain_label
from app.widgets.timer import TimerControls

if TYPE_CHECKING:  # the runtime is built first; the panel needs it for types only
    from app.activities.segment.runtime import SegmentRuntime


class SegmentControl(QWidget):
    def __init__(self, runtime: SegmentRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = plain_label(runtime.title, self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(TimerControls(runtime.timer, self))
        layout.addStretch(1)
