"""The room's panel in the run console: open or close the room, see who is connected,
approve posts for the beamer, see bingo claims coming in from phones."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import user_text
from app.room.server import RoomError, lan_addresses
from app.room.service import RoomService
from app.storage.errors import StorageError
from app.widgets.plain import plain_label


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
        self.posts = QListWidget(self)
        self.approve_button = QPushButton(self.tr("Show on the beamer"), self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.claims = QListWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.port)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.show_button)
        layout.addWidget(self.pick_names)
        layout.addWidget(QLabel(self.tr("Posts waiting for approval:"), self))
        layout.addWidget(self.posts, 1)
        layout.addWidget(self.approve_button)
        layout.addWidget(QLabel(self.tr("Bingo calls from phones:"), self))
        layout.addWidget(self.claims, 1)
        service.phones_changed.connect(lambda _n: self.update_status())
        service.post_received.connect(lambda _key: self.refresh_posts())
        service.claim_received.connect(self._claimed)
        self.refresh_addresses()
        self.update_status()

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
            text = text.replace("{url}", self.service.server.join_url().split("?")[0])
            text = text.replace("{code}", self.service.server.code)
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
            text = self.tr("The choice was not saved. {reason}").replace("{reason}", reason)
            self.status.setText(text.strip())

    def refresh_posts(self) -> None:
        self.posts.clear()
        for key, post in self.service.pending_posts().items():
            kind = self.tr("Request") if post.get("kind") == "request" else self.tr("Offer")
            item = QListWidgetItem(f"{kind}: {post.get('text', '')}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.posts.addItem(item)

    def approve_selected(self) -> None:
        full = False
        for item in self.posts.selectedItems():
            full |= not self.service.approve(item.data(Qt.ItemDataRole.UserRole))
        self.refresh_posts()
        if full:
            self.status.setText(self.tr("The board has no free row left for this post: make room "
                                        "on the sheet, then show it again."))  # fmt: skip

    def _claimed(self, number: int, name: str) -> None:
        text = self.tr("Card {number} calls bingo").replace("{number}", str(number))
        self.claims.insertItem(0, f"{text} {name}".strip())
