"""A save made on another thread is heard on the GUI thread; one made there, at once."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from app.storage.changes import Changes
from app.widgets import gui_thread


@pytest.fixture
def routed(monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Changes, "dispatch", None)  # restored after the test
    gui_thread.install()


def test_a_save_on_a_worker_thread_reaches_listeners_on_the_gui_thread(
    routed: None, qtbot, store: Any
) -> None:  # type: ignore[no-untyped-def]
    heard: list[tuple[str, bool]] = []

    def listener(table: str, _session_id: int) -> None:
        on_gui = QThread.currentThread() == QCoreApplication.instance().thread()
        heard.append((table, on_gui))

    store.changes.subscribe(listener)
    try:
        session = store.sessions.create("Netwerkdag")  # on the GUI thread: heard at once
        assert heard == [("meeting_session", True)]
        heard.clear()
        writer = threading.Thread(target=lambda: store.agenda.add(session.id, "segment", "Welkom"))
        writer.start()
        writer.join(10)
        qtbot.waitUntil(lambda: bool(heard), timeout=10000)
        assert heard and all(on_gui for _table, on_gui in heard)
        assert ("activity", True) in heard
    finally:
        store.changes.unsubscribe(listener)
