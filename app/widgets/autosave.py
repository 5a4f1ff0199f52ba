"""Debounced autosave: an edit reaches the database shortly after typing stops.

Widgets call `touch()` on every keystroke; the save runs once typing pauses for `delay_ms`
(default 400 ms, well inside the one-second promise); during long uninterrupted typing it still
saves at least every `max_delay_ms` (default 800 ms), so a crash never loses more than a second.
`flush()` saves at once (focus out, closing a page, leaving an activity). Errors go to `failed`
so the widget can show a message and keep the text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 400
MAX_DELAY_MS = 800


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(object)  # the exception

    def __init__(
        self,
        save: Callable[[], None],
        delay_ms: int = SAVE_DELAY_MS,
        parent: QObject | None = None,
        max_delay_ms: int = MAX_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._max_timer = QTimer(self)
        self._max_timer.setSingleShot(True)
        self._max_timer.setInterval(max_delay_ms)
        self._max_timer.timeout.connect(self.flush)
        self._dirty = False

    @property
    def pending(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        """Something changed: save after the pause."""
        self._dirty = True
        self._timer.start()
        if not self._max_timer.isActive():
            self._max_timer.start()

    def flush(self) -> None:
        """Save now if anything is pending."""
        self._timer.stop()
        self._max_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        try:
            self._save()
        except Exception as error:  # shown to the user by the owner; the text stays in the widget
            log.exception("autosave failed")
            self._dirty = True
            self.failed.emit(error)
            return
        self.saved.emit()
