"""The change feed for widgets: `LiveFeed.changed(table, session_id)` on the GUI thread.

A thin Qt shell around app.storage.live.Watcher: the watcher's thread emits the signals, and Qt
delivers them queued on the GUI thread, so slots may touch widgets. `online_changed(False)` comes
as soon as the connection drops (show it; keep edits in the outbox), `online_changed(True)` when it
is back (replay the outbox, reload). Also the laptop's identity for roles (app/core/roles.py).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.engine import URL

from app.core.merge import merge_texts
from app.storage.conflicts import Resolver
from app.storage.live import POLL_SECONDS, Watcher
from app.storage.outbox import OfflineWriter, Outbox, default_outbox_path

if TYPE_CHECKING:
    from app.storage.store import Store

LAPTOP_KEY = "shared_db/laptop_id"


def laptop_id(settings: QSettings | None = None) -> str:
    """A stable random id for this laptop (made once, kept in QSettings)."""
    settings = settings or QSettings()
    value = settings.value(LAPTOP_KEY)
    if not isinstance(value, str) or not value:
        value = uuid.uuid4().hex[:12]
        settings.setValue(LAPTOP_KEY, value)
    return value


def outbox_address(url: URL) -> str:
    """The same outbox whether the password was typed, in PGPASSWORD or in .pgpass, and
    whether the address said postgresql:// or postgresql+psycopg://."""
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url._replace(password=None).render_as_string(hide_password=False)


class LiveFeed(QObject):
    changed = Signal(str, int)  # table, session id
    online_changed = Signal(bool)

    def __init__(
        self,
        store: Store,
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


class SharedEditing(QObject):
    """What a session page needs on a shared database, in one object.

    Live changes from other laptops (`changed`), the connection state (`online_changed`), and
    edits that survive a dropped network: save through `writer` (an OfflineWriter); the outbox is
    replayed at start and whenever the connection returns (`replayed(count)`). Pass
    `resolve=lambda mine, theirs: resolve_conflict(window, label, mine, theirs)` to let the user
    merge; the default keeps both texts.
    """

    changed = Signal(str, int)
    online_changed = Signal(bool)
    replayed = Signal(int)
    parked = Signal()  # an edit could not be written and was set aside (writer.outbox.parked())

    def __init__(
        self,
        store: Store,
        session_id: int,
        outbox_path: Path | None = None,
        resolve: Resolver = merge_texts,
        parent: QObject | None = None,
        interval: float = POLL_SECONDS,
    ) -> None:
        super().__init__(parent)
        path = outbox_path or default_outbox_path(outbox_address(store.db.url))
        self.writer = OfflineWriter(store, Outbox(path), resolve, by=laptop_id())
        self.store = store
        self.feed = LiveFeed(store, session_id, self, interval=interval)
        self.feed.changed.connect(self._remote)
        self.feed.online_changed.connect(self._online)
        watcher, outbox = self.feed.watcher, self.writer.outbox

        # no thread and no open outbox file outlive the page that made them
        def close(*_args: object) -> None:
            watcher.stop()
            outbox.close()

        self.destroyed.connect(close)
        self.started = False

    def start(self) -> None:
        self.replay()
        self.feed.start()
        self.started = True

    def stop(self) -> None:
        self.feed.stop()
        self.started = False

    def close(self) -> None:
        self.stop()
        self.writer.outbox.close()

    def _remote(self, table: str, session_id: int) -> None:
        """Another laptop saved: every local listener of the store (runtimes, run console,
        beamer, report) hears it like a local save; then our own `changed`."""
        self.store.relay(table, session_id)
        self.changed.emit(table, session_id)

    def replay(self) -> int:
        parked_before = self.writer.parked_count
        written = self.writer.replay()
        if written:
            self.replayed.emit(written)
        if self.writer.parked_count != parked_before:
            self.parked.emit()
        return written

    def _online(self, online: bool) -> None:
        self.writer.online = online
        if online:
            self.replay()
        self.online_changed.emit(online)


class ConnectionBadge(QLabel):
    """A visible line that appears the moment the shared database is out of reach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("background: #b3261e; color: white; padding: 6px; font-weight: bold;")
        self.set_online(True)

    def set_online(self, online: bool) -> None:
        self.setText(
            ""
            if online
            else self.tr(
                "Offline: the shared database cannot be reached. What you type is kept on this "
                "laptop and saved as soon as the connection is back."
            )
        )
        self.setVisible(not online)
