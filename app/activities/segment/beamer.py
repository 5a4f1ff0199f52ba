"""The talk or break on the beamer: the title, the optional caption and the time left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.widgets.timer import TimerView

if TYPE_CHECKING:  # the runtime is built first; the view needs it for types only
    from app.activities.segment.runtime import SegmentRuntime


class SegmentBeamer(TimerView):
    def __init__(self, runtime: SegmentRuntime, parent: QWidget | None = None) -> None:
        super().__init__(runtime.timer, parent)
        self.set_header(runtime.title)
