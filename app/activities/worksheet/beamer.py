"""The worksheet on the beamer: read-only, large, high contrast, shrunk until it fits the screen.

The text size is at most a twentieth of the widget's height and is lowered step by step until
the filled sheet fits; it follows every edit through the runtime's `changed` signal, laid out
lazily before the next paint. A sheet too full to fit even at the smallest size scrolls to the
field the note-taker edited last, so the room always sees the words being typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QWidget

from app.activities.worksheet import beamer_html

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.worksheet.runtime import WorksheetRuntime

MIN_BASE = 9


class WorksheetBeamer(QWidget):
    def __init__(self, runtime: WorksheetRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.setObjectName("worksheetBeamer")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.document = QTextDocument(self)
        self._base = 0
        self._stale = True
        self._offset = 0.0
        self._edited: str | None = None  # the field the note-taker edited last
        runtime.value_changed.connect(self._value_changed)
        runtime.current_changed.connect(self._copy_changed)
        runtime.changed.connect(self.refresh)
        self.refresh()

    def plain_text(self) -> str:
        """What the room reads (for tests and screen readers)."""
        return self.laid_out().toPlainText()

    def _value_changed(self, instance: str, field: str) -> None:
        if instance == self.runtime.current:
            self._edited = field

    def _copy_changed(self, instance: str) -> None:
        del instance
        self._edited = None

    def _html(self, base: int, stop_at: str | None = None) -> str:
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
            stop_at,
        )

    def refresh(self) -> None:
        """The sheet changed: lay it out again before the next paint (one layout for a burst
        of keystrokes, never one per keystroke while a full sheet is being typed into)."""
        self._stale = True
        self.update()

    @property
    def base(self) -> int:
        """The text size in pixels the sheet is shown at."""
        self._fit()
        return self._base

    @property
    def offset(self) -> float:
        """How far a sheet that does not fit is scrolled (pixels)."""
        self._fit()
        return self._offset

    def laid_out(self) -> QTextDocument:
        self._fit()
        return self.document

    def _fits(self, base: int, width: int, height: int) -> bool:
        self.document.setHtml(self._html(base))
        self.document.setTextWidth(width)
        return self.document.size().height() <= height

    def _fit(self) -> None:
        """The largest text size that fits, starting from the last one: while typing it
        usually still fits, so one layout is enough."""
        if not self._stale:
            return
        self._stale = False
        margin = self._margin()
        width = max(100, self.width() - 2 * margin)
        height = max(100, self.height() - 2 * margin)
        top = max(MIN_BASE, self.height() // 20)
        base = min(self._base or top, top)
        if self._fits(base, width, height):
            while base < top:
                bigger = min(top, max(base + 1, int(base * 1.1)))
                # text height grows about with the square of its size: only try a size that
                # should fit, so a sheet that just fits is laid out once per keystroke
                guess = self.document.size().height() * (bigger / base) ** 2
                if guess > 0.95 * height:
                    break
                if not self._fits(bigger, width, height):
                    self._fits(base, width, height)  # back to the size that fits
                    break
                base = bigger
        else:
            while base > MIN_BASE:
                base = max(MIN_BASE, int(base * 0.9))
                if self._fits(base, width, height):
                    break
        self._base = base
        self._offset = self._scroll(base, width, height)

    def _scroll(self, base: int, width: int, height: int) -> float:
        """0 when the sheet fits; otherwise the offset that shows the last edited field (its
        label a little below the top edge), never past the end of the sheet."""
        overflow = self.document.size().height() - height
        if overflow <= 0 or self._edited is None:
            return 0.0
        before = QTextDocument()
        before.setHtml(self._html(base, stop_at=self._edited))
        before.setTextWidth(width)
        return max(0.0, min(before.size().height() - height * 0.1, overflow))

    def _margin(self) -> int:
        return max(8, self.height() // 40)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        self._fit()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(beamer_html.BACKGROUND))
        margin = self._margin()
        painter.translate(margin, margin - self._offset)
        clip = QRectF(0, self._offset, self.width() - 2 * margin, self.height() - 2 * margin)
        self.document.drawContents(painter, clip)
        painter.end()
