"""The console's side of the requests & offers board: posts from phones wait here until the
facilitator shows them on the beamer. Shown in the room's panel while the board is on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.activities.worksheet import board
from app.activities.worksheet.phone import POST_EVENT
from app.widgets.plain import plain_label


class BoardPanel(QWidget):
    """Built by the room's panel as BoardPanel(room, activity_id, parent)."""

    def __init__(self, room: Any, activity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.activity_id = activity_id
        self.posts = QListWidget(self)
        self.approve_button = QPushButton(self.tr("Show on the beamer"), self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.status = plain_label("", self)
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Posts waiting for approval:"), self))
        layout.addWidget(self.posts, 1)
        layout.addWidget(self.approve_button)
        layout.addWidget(self.status)
        room.phone_event.connect(self._event)
        self.refresh()

    def _event(self, activity_id: int, name: str, _payload: object) -> None:
        if activity_id == self.activity_id and name == POST_EVENT:
            self.refresh()

    def refresh(self) -> None:
        self.posts.clear()
        for key, post in board.pending_posts(self.room.store, self.activity_id).items():
            kind = self.tr("Request") if post.get("kind") == "request" else self.tr("Offer")
            item = QListWidgetItem(f"{kind}: {post.get('text', '')}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.posts.addItem(item)

    def approve_selected(self) -> None:
        full = False
        for item in self.posts.selectedItems():
            key = item.data(Qt.ItemDataRole.UserRole)
            full |= not board.approve(self.room.store, self.activity_id, key)
        self.refresh()
        self.status.setVisible(full)
        if full:
            self.status.setText(self.tr("The board has no free row left for this post: make room "
                                        "on the sheet, then show it again."))  # fmt: skip
