"""The follow-up on the beamer: "What we agreed last time", each action with its fate, large."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core import followup as fu
from app.widgets import beamer_style as style
from app.widgets.layouts import clear_layout
from app.widgets.plain import plain_label

if TYPE_CHECKING:
    from app.activities.followup.runtime import FollowupRuntime

COLOURS = {fu.DONE: style.GOOD, fu.IN_PROGRESS: style.ACCENT, fu.DROPPED: style.MUTED,
           fu.OPEN: style.TEXT}  # fmt: skip
MOST_ROWS = 8  # more do not stay readable from the back of the room; the rest is counted


class FollowupBeamer(QWidget):
    def __init__(self, runtime: FollowupRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpBeamer")
        self.runtime = runtime
        self.setStyleSheet(f"background: {style.BACKGROUND}; color: {style.TEXT};")
        self.title = QLabel(QCoreApplication.translate("Followup", fu.TITLE), self)
        self.title.setObjectName("beamerTitle")
        self.title.setWordWrap(True)
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.rows, 1)
        self.labels: list[QLabel] = []
        runtime.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.grid)
        self.labels = []
        items = self.runtime.feed.items
        for row, item in enumerate(items[:MOST_ROWS]):
            what = plain_label(item.what, self.rows)
            what.setWordWrap(True)
            status = QLabel(QCoreApplication.translate("Followup", fu.LABELS[item.status]),
                            self.rows)  # fmt: skip
            status.setObjectName(f"status_{item.status}")
            status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, label in enumerate((what, plain_label(item.who, self.rows), status)):
                self.grid.addWidget(label, row, column)
                self.labels.append(label)
            status.setProperty("colour", COLOURS[item.status])
        if len(items) > MOST_ROWS:
            more = QLabel(self.tr("and %n more", "", len(items) - MOST_ROWS), self.rows)
            self.grid.addWidget(more, MOST_ROWS, 0)
            self.labels.append(more)
        if not items:
            empty = QLabel(self.tr("Nothing to follow up from last time."), self.rows)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            self.grid.addWidget(empty, 0, 0, 1, 3)
            self.labels.append(empty)
        self.grid.setColumnStretch(0, 1)
        self._fonts()

    def _fonts(self) -> None:
        height = max(1, self.height())
        self.title.setStyleSheet(f"color: {style.ACCENT}; font-weight: bold; "
                                 f"font-size: {style.text_px(height, 1 / 11)}px;")  # fmt: skip
        rows = max(1, min(len(self.runtime.feed.items), MOST_ROWS) + 1)
        size = max(style.min_text_px(height), min(style.text_px(height, 1 / 14),
                                                  int(height * 0.7 / rows / 1.6)))  # fmt: skip
        for label in self.labels:
            colour = label.property("colour") or style.TEXT
            label.setStyleSheet(f"color: {colour}; font-size: {size}px;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fonts()
