"""The worksheet on the beamer: read-only, large, high contrast, shrunk until it fits the screen.

The text size starts from the widget's own height (a twentieth of it) and is lowered step by
step until the filled sheet fits; it follows every edit through the runtime's `changed` signal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QWidget

from app.activities.worksheet import beamer_html
from app.activities.worksheet.runtime import WorksheetRuntime

MIN_BASE = 9


class WorksheetBeamer(QWidget):
    def __init__(self, runtime: WorksheetRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("worksheetBeamer")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.document = QTextDocument(self)
        self.base = 0
        runtime.changed.connect(self.refresh)
        self.refresh()

    def plain_text(self) -> str:
        """What the room reads (for tests and screen readers)."""
        return self.document.toPlainText()

    def _html(self, base: int) -> str:
        definition = self.runtime.definition
        if definition is None:
            message = QCoreApplication.translate(
                "WorksheetBeamer", "This worksheet definition could not be found."
            )
            return f'<p style="color:white; font-size:{base * 1.5}px">{message}</p>'
        name = self.runtime.instance_name() if len(self.runtime.instances) > 1 else ""
        return beamer_html.render(
            definition,
            self.runtime.instance_values(),
            self.runtime.language,
            base,
            name,
            QCoreApplication.translate,
        )

    def refresh(self) -> None:
        """Lay the sheet out again at the largest size that fits."""
        margin = self._margin()
        width = max(100, self.width() - 2 * margin)
        height = max(100, self.height() - 2 * margin)
        base = max(MIN_BASE, self.height() // 20)
        while True:
            self.document.setHtml(self._html(base))
            self.document.setTextWidth(width)
            if self.document.size().height() <= height or base <= MIN_BASE:
                break
            base = max(MIN_BASE, int(base * 0.9))
        self.base = base
        self.update()

    def _margin(self) -> int:
        return max(8, self.height() // 40)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(beamer_html.BACKGROUND))
        margin = self._margin()
        painter.translate(margin, margin)
        clip = QRectF(0, 0, self.width() - 2 * margin, self.height() - 2 * margin)
        self.document.drawContents(painter, clip)
        painter.end()
