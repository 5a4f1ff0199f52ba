"""Phones in the run console: a dock with the room's panel; the room follows the agenda.

The console makes one RunRoom. The room stays closed until the facilitator opens it in the
dock. While it is open, phones see whatever activity the console is running (the console calls
`follow()` whenever it moves through the agenda), and the
join screen (QR code and short code) can be put over the beamer and taken off again without
leaving the activity. Closing the console closes the room and disconnects every phone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from app.room.join_view import RoomJoinView
from app.room.panel import RoomPanel
from app.room.service import RoomService


class RunRoom(QObject):
    def __init__(self, console: Any) -> None:
        super().__init__(console)
        self.console = console
        self.service = RoomService(console.store, console.session_id, parent=self)
        self.panel = RoomPanel(self.service)
        self.dock = QDockWidget(self.tr("Phones in the room"), console)
        self.dock.setObjectName("roomDock")
        self.dock.setWidget(self.panel)
        console.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.panel.join_screen_requested.connect(self.toggle_join_screen)
        self.panel.room_closed.connect(self.hide_join_screen)
        self.follow()

    def follow(self) -> None:
        """Point the room at the console's current activity (None between activities)."""
        activity = self.console.current_activity()
        wanted = activity.id if activity is not None else None
        if wanted != self.service.activity_id:
            self.service.set_activity(wanted)

    def join_screen_shown(self) -> bool:
        return isinstance(self.console.beamer.cover(), RoomJoinView)

    def toggle_join_screen(self, url: str, code: str) -> None:
        if self.join_screen_shown():
            self.hide_join_screen()
        else:
            self.console.beamer.set_cover(RoomJoinView(url, code))
            self.panel.show_button.setText(self.tr("Take the join screen off"))

    def hide_join_screen(self) -> None:
        if self.join_screen_shown():
            self.console.beamer.set_cover(None)
        self.panel.show_button.setText(self.panel.tr("Show join screen"))

    def close(self) -> None:
        self.hide_join_screen()
        self.service.close()
