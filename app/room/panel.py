"""The room's panel in the run console: open or close the room, see who is connected, let
phones pick their name. Below that, the current activity's own console part for phones (its
phone part's `console`, e.g. posts to approve, bingo calls): the panel names no kind."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.activities import registry
from app.core.i18n import fill
from app.i18n import user_text
from app.room.server import RoomError, lan_addresses
from app.room.service import RoomService
from app.storage.errors import StorageError
from app.widgets.plain import plain_label

log = logging.getLogger(__name__)


class RoomPanel(QWidget):
    """Shows the state of the room; emits `join_screen_requested(url, code)` for the beamer."""

    join_screen_requested = Signal(str, str)
    room_closed = Signal()

    def __init__(self, service: RoomService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.address = QComboBox(self)
        self.address.setToolTip(self.tr("The network the phones use (the room's Wi-Fi)"))
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.open_button = QPushButton(self.tr("Open the room"), self)
        self.open_button.clicked.connect(self.toggle)
        self.show_button = QPushButton(self.tr("Show join screen"), self)
        self.show_button.clicked.connect(self.request_join_screen)
        self.status = plain_label(self.tr("The room is closed: phones cannot join."), self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the documented "where do I sit?": off unless the organiser allows it (docs/room.md)
        self.pick_names = QCheckBox(self.tr("Phones pick their name from the list"), self)
        self.pick_names.setToolTip(
            self.tr("Only people who agreed to show their name are listed; each sees where to sit")
        )
        self.pick_names.setChecked(service.names_allowed())
        self.pick_names.toggled.connect(self.allow_names)
        self.console: QWidget | None = None  # the current activity's console part
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.port)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.show_button)
        layout.addWidget(self.pick_names)
        self.console_area = QVBoxLayout()
        layout.addLayout(self.console_area, 1)
        layout.addStretch(0)
        service.phones_changed.connect(lambda _n: self.update_status())
        service.activity_changed.connect(lambda _id: self.show_console())
        self.refresh_addresses()
        self.update_status()
        self.show_console()

    def show_console(self) -> None:
        """Put the current activity's console part for phones below the room's controls."""
        if self.console is not None:
            self.console_area.removeWidget(self.console)
            self.console.deleteLater()
            self.console = None
        activity_id = self.service.activity_id
        activity = self.service.store.agenda.get(activity_id) if activity_id else None
        part, _view = self.service.part_for(activity)
        if part is None or activity is None or not part.console:
            return
        try:
            self.console = registry.load(part.console)(self.service, activity.id, self)
        except Exception:  # a kind's broken panel must not take the room's panel down
            log.exception("console part for phones of activity %s failed", activity.id)
            return
        self.console_area.addWidget(self.console)

    def request_join_screen(self) -> None:
        server = self.service.server
        self.join_screen_requested.emit(server.join_url(), server.code)

    def refresh_addresses(self) -> None:
        self.address.clear()
        for address in lan_addresses():
            self.address.addItem(address)
        self.address.addItem("127.0.0.1")  # this laptop only: for trying it out

    def toggle(self) -> None:
        if self.service.server.running:
            self.service.server.stop()
            self.room_closed.emit()
        else:
            try:
                self.service.open(self.address.currentText() or None, self.port.value())
            except RoomError as error:
                self.status.setText(user_text(error))
                return
        self.update_status()

    def update_status(self) -> None:
        running = self.service.server.running
        self.open_button.setText(self.tr("Close the room") if running else self.tr("Open the room"))
        self.show_button.setEnabled(running)
        self.address.setEnabled(not running)
        self.port.setEnabled(not running)
        if running:
            phones = len(self.service.server.phones)
            text = self.tr("Open at {url} · code {code} · %n phone(s) connected", "", phones)
            url = self.service.server.join_url().split("?")[0]
            text = fill(text, url=url, code=self.service.server.code)
            self.status.setText(text)
        else:
            self.status.setText(self.tr("The room is closed: phones cannot join."))

    def allow_names(self, allowed: bool) -> None:
        """Store the choice in the session settings; phones get the list (or lose it) at once."""
        try:
            self.service.allow_names(allowed)
        except (StorageError, LookupError) as error:
            self.pick_names.blockSignals(True)
            self.pick_names.setChecked(self.service.names_allowed())
            self.pick_names.blockSignals(False)
            reason = user_text(error) if isinstance(error, StorageError) else ""
            text = fill(self.tr("The choice was not saved. {reason}"), reason=reason)
            self.status.setText(text.strip())
