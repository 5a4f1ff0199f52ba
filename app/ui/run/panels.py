"""The run console's widgets and their arrangement (no behaviour: see console.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.fit import relax_widths


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
        self.activity_times.setWordWrap(True)  # a long title must not widen the window
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
        self.pause_until_on = QCheckBox(self.tr("Back at"), self)
        self.pause_until_on.setObjectName("pauseUntilOn")
        self.pause_until_on.setToolTip(self.tr("The pause screen counts down to this time of day"))
        self.pause_until = QTimeEdit(self)
        self.pause_until.setObjectName("pauseUntil")
        self.pause_until.setDisplayFormat("HH:mm")
        self.pause_until.setEnabled(False)
        self.pause_until_on.toggled.connect(self.pause_until.setEnabled)
        self.fullscreen = QPushButton(self.tr("Beamer full screen (F5)"), self)
        self.beamer_window = QPushButton(self.tr("Beamer as a window"), self)
        self.beamer_window.setToolTip(
            self.tr("With one screen the beamer stays hidden until you ask for it")
        )
        buttons = (
            self.previous, self.next, self.black, self.pause, self.fullscreen, self.beamer_window
        )  # fmt: skip
        for button in (*buttons, self.pause_until_on):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the clicker handling

        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("beamerThumbnail")
        self.thumbnail.setFixedSize(320, 180)  # 16:9; leaves room for the panel on 1280x720
        self.thumbnail.setFrameShape(QFrame.Shape.Box)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setToolTip(self.tr("What the beamer shows"))

        # three rows of three: the session, the beamer, the pause (short enough for 720 lines)
        controls = QGridLayout()
        controls.setVerticalSpacing(4)
        controls.addWidget(self.previous, 0, 0)
        controls.addWidget(self.next, 0, 1)
        controls.addWidget(self.black, 0, 2)
        controls.addWidget(self.fullscreen, 1, 0)
        controls.addWidget(self.beamer_window, 1, 1)
        self.dock_row = QHBoxLayout()  # buttons that show or hide the console's docks
        self.dock_row.setContentsMargins(0, 0, 0, 0)
        controls.addLayout(self.dock_row, 1, 2)
        controls.addWidget(self.pause, 2, 0)
        controls.addWidget(self.pause_message, 2, 1)
        until = QHBoxLayout()
        until.addWidget(self.pause_until_on)
        until.addWidget(self.pause_until)
        until.addStretch(1)
        controls.addLayout(until, 2, 2)
        self.dock_buttons: list[QPushButton] = []
        for column in range(3):
            controls.setColumnStretch(column, 1)
        for button in buttons:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # the presenter strip above the buttons, both beside the thumbnail: the activity's own
        # panel keeps the height (1280x720 leaves it about 490 pixels)
        self.presenter_slot = QVBoxLayout()
        self.presenter_slot.setContentsMargins(0, 0, 0, 0)
        beside = QVBoxLayout()
        beside.setSpacing(4)
        beside.addLayout(self.presenter_slot)
        beside.addLayout(controls)
        beside.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(beside, 1)

        self.control_area = QScrollArea(self)
        self.control_area.setWidgetResizable(True)
        self.control_area.setObjectName("activityControl")

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
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
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        left.setMinimumWidth(220)
        self.agenda.setMinimumWidth(0)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([270, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.set_control(QLabel(self.tr("Press Next to start the first activity."), self))

    def add_dock_toggle(self, dock: QDockWidget) -> QPushButton:
        """A checkable button for a dock (the room's phones), shown or hidden with it."""
        button = QPushButton(dock.windowTitle(), self)
        button.setCheckable(True)
        holder = dock.parentWidget()
        button.setChecked(dock.isVisibleTo(holder) if holder is not None else False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.toggled.connect(dock.setVisible)
        dock.visibilityChanged.connect(lambda _shown: button.setChecked(not dock.isHidden()))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.dock_row.addWidget(button)
        self.dock_buttons.append(button)
        return button

    def set_presenter(self, widget: QWidget) -> None:
        """The presenter strip (clock, next item, plan) above the thumbnail."""
        self.presenter_slot.addWidget(widget)

    def set_control(self, widget: QWidget) -> None:
        """Show the current activity's control panel (the scroll area owns it from now on)."""
        relax_widths(widget)
        old = self.control_area.takeWidget()
        if old is not None and old is not widget:
            old.deleteLater()
        self.control_area.setWidget(widget)


WIDE_SCREEN = 1600  # from this width the docks (phones in the room) are open from the start
LOW_SCREEN = 900  # under this height the beamer thumbnail is 256x144 instead of 320x180
SMALL_SCREEN = 1366  # under this width 192x108, so the bingo panel fits beside (1280 x 720)


def fit_to_screen(window: QMainWindow) -> None:
    """Open maximised on the screen the window is on (the laptop's), never bigger than it.

    On a laptop screen (narrower than WIDE_SCREEN) the docks start closed, so the activity's
    panel has the width; a button beside the beamer buttons opens each of them.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    narrow = False
    if screen is not None:
        area = screen.availableGeometry()
        narrow = area.width() < WIDE_SCREEN
        window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
    layout = window.centralWidget()
    low = screen is not None and screen.availableGeometry().height() < LOW_SCREEN
    small = screen is not None and screen.availableGeometry().width() < SMALL_SCREEN
    if isinstance(layout, ConsoleLayout) and small:  # 1280 wide: the bingo panel needs room
        layout.thumbnail.setFixedSize(192, 108)
    elif isinstance(layout, ConsoleLayout) and low:  # 768 or 720 lines: the panel comes first
        layout.thumbnail.setFixedSize(256, 144)
    for dock in window.findChildren(QDockWidget):
        if narrow:
            dock.hide()
        if isinstance(layout, ConsoleLayout):
            layout.add_dock_toggle(dock)
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
