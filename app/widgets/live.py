"""The change feed for widgets: `LiveFeed.changed(table, session_id)` on the GUI thread.

A thin Qt shell around app.storage.live.Watcher: the watcher's thread emits the signals, and Qt
delivers them queued on the GUI thread, so slots may touch widgets. `online_changed(False)` comes
as soon as the connection drops (show it; keep edits in the outbox), `online_changed(True)` when it
is back (replay the outbox, reload). Also the laptop's identity for roles (app/core/roles.py).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, QSettings, Signal

from app.storage.live import POLL_SECONDS, Watcher

LAPTOP_KEY = "shared_db/laptop_id"


def laptop_id(settings: QSettings | None = None) -> str:
    """A stable random id for this laptop (made once, kept in QSettings)."""
    settings = settings or QSettings()
    value = settings.value(LAPTOP_KEY)
    if not isinstance(value, str) or not value:
        value = uuid.uuid4().hex[:12]
        settings.setValue(LAPTOP_KEY, value)
    return value


class LiveFeed(QObject):
    changed = Signal(str, int)  # table, session id
    online_changed = Signal(bool)

    def __init__(
        self,
        store,  # type: ignore[no-untyped-def]
        session_id: int | None,
        parent: QObject | None = None,
        interval: float = POLL_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.watcher = Watcher(
            store, session_id, self.changed.emit, self.online_changed.emit, interval=interval
        )

    @property
    def online(self) -> bool:
        return self.watcher.online

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()
