"""The beamer's join screen: a large QR code of the room's address and a code to type."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.i18n import fill


def qr_pixmap(url: str, scale: int = 12) -> QPixmap:
    """The URL as a QR code (error correction M: survives a beamer's blur)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class RoomJoinView(QWidget):
    """Shown on the beamer while the room is open: scan, or type the address and the code."""

    def __init__(self, url: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomJoin")
        self.setStyleSheet("#roomJoin { background: #0b1f24; } QLabel { color: white; }")
        self.url = url
        self.code = code
        self._qr = qr_pixmap(url)
        self.heading = QLabel(self.tr("Join with your phone"), self)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        address = url.split("?")[0]
        self.hint = QLabel(
            fill(self.tr("No camera? Go to {address} and type the code"), address=address),
            self,
        )
        self.code_label = QLabel(code, self)
        for label in (self.heading, self.hint, self.code_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.code_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = max(event.size().height(), 200)
        for label, share, bold in ((self.heading, 16, True), (self.hint, 28, False),
                                   (self.code_label, 9, True)):  # fmt: skip
            font = label.font()
            font.setPixelSize(max(12, height // share))
            font.setBold(bold)
            label.setFont(font)
        side = int(height * 0.55)
        self.qr.setPixmap(self._qr.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))  # fmt: skip
        super().resizeEvent(event)
