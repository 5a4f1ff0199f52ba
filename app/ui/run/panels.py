"""The run console's widgets and their arrangement (no behaviour: see console.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


class ConsoleLayout(QWidget):
    """Agenda on the left; beamer thumbnail, navigation and the activity's panel on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("runAgenda")
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(3)
        self.agenda.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.agenda.setToolTip(self.tr("Double-click an activity to go there"))
        self.session_times = QLabel(self)
        self.session_times.setObjectName("sessionTimes")
        self.session_times.setWordWrap(True)
        self.schedule = QLabel(self)
        self.schedule.setObjectName("scheduleStatus")
        self.activity_times = QLabel(self)
        self.activity_times.setObjectName("activityTimes")
        self.activity_times.setTextFormat(Qt.TextFormat.PlainText)  # holds an activity's title
        big = QFont(self.activity_times.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.activity_times.setFont(big)
        self.session_times.setFont(big)
        self.schedule.setFont(big)

        self.previous = QPushButton(self.tr("◀ Previous"), self)
        self.previous.setToolTip(self.tr("PageUp, Left"))
        self.next = QPushButton(self.tr("Next / start ▶"), self)
        self.next.setToolTip(self.tr("PageDown, Right, Space"))
        self.black = QPushButton(self.tr("Black screen"), self)
        self.black.setCheckable(True)
        self.black.setToolTip(self.tr("B or ."))
        self.pause = QPushButton(self.tr("Pause screen"), self)
        self.pause.setCheckable(True)
        self.pause_message = QLineEdit(self)
        self.pause_message.setPlaceholderText(
            self.tr("Message on the pause screen, e.g. Back at 11:15")
        )
        self.pause_message.setMaxLength(120)
        self.fullscreen = QPushButton(self.tr("Beamer full screen (F5)"), self)
        for button in (self.previous, self.next, self.black, self.pause, self.fullscreen):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the clicker handling

        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("beamerThumbnail")
        self.thumbnail.setFixedSize(384, 216)
        self.thumbnail.setFrameShape(QFrame.Shape.Box)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setToolTip(self.tr("What the beamer shows"))

        controls = QGridLayout()
        controls.addWidget(self.previous, 0, 0)
        controls.addWidget(self.next, 0, 1)
        controls.addWidget(self.black, 1, 0)
        controls.addWidget(self.fullscreen, 1, 1)
        controls.addWidget(self.pause, 2, 0)
        controls.addWidget(self.pause_message, 2, 1)
        controls.setRowStretch(3, 1)
        top = QHBoxLayout()
        top.addWidget(self.thumbnail)
        top.addLayout(controls, 1)

        self.control_area = QScrollArea(self)
        self.control_area.setWidgetResizable(True)
        self.control_area.setObjectName("activityControl")

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(top)
        right_layout.addWidget(self.activity_times)
        right_layout.addWidget(self.control_area, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("Agenda"), left)
        heading.setFont(big)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.agenda, 1)
        left_layout.addWidget(self.session_times)
        left_layout.addWidget(self.schedule)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        left.setMinimumWidth(260)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.set_control(QLabel(self.tr("Press Next to start the first activity."), self))

    def set_control(self, widget: QWidget) -> None:
        """Show the current activity's control panel (the scroll area owns it from now on)."""
        old = self.control_area.takeWidget()
        if old is not None and old is not widget:
            old.deleteLater()
        self.control_area.setWidget(widget)
