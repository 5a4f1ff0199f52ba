"""Calls that must run on the GUI thread, from whichever thread asks: store change notifications.

A save made in a worker thread (or the shared database's watcher) tells its listeners, which are
widgets; Qt allows touching widgets only on the GUI thread. `install()` (once, at start) makes
app.storage's change feed go through `on_gui_thread`: a direct call on the GUI thread, so a save
made there is heard at once as before, and a queued one from any other thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

from app.storage.changes import Changes


class _Relay(QObject):
    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _run(function: Callable[[], None]) -> None:
        function()


_relay: _Relay | None = None


def on_gui_thread(function: Callable[[], None]) -> None:
    """Run function on the GUI thread: now when already there, else as soon as it is free."""
    application = QCoreApplication.instance()
    if _relay is None or application is None or QThread.currentThread() == application.thread():
        function()
    else:
        _relay.call.emit(function)


def install() -> None:
    """Route the store's change notifications through the GUI thread (call on the GUI thread)."""
    global _relay
    if _relay is None:
        _relay = _Relay()  # lives on the thread that makes it: the GUI thread
    Changes.dispatch = on_gui_thread
