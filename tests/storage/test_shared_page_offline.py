"""The Shared tab on PostgreSQL: the server stops, the page says so, typed notes wait and land."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from app.storage import open_store
from app.ui.shared_page import SharedPage


@pytest.mark.postgres
def test_page_shows_the_drop_and_keeps_typing(qtbot, pg_server, pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(pg_url)
    meeting = store.sessions.create("Sectordag")
    talk = store.agenda.add(meeting.id, "breakout", title="Tafels")
    window, tabs = QMainWindow(), QTabWidget()  # as in the session workspace
    window.setCentralWidget(tabs)
    qtbot.addWidget(window)
    tabs.addTab(QWidget(), "Overview")
    page = SharedPage(store, meeting.id, laptop="lap-7", outbox_path=tmp_path / "box.sqlite")
    tabs.addTab(page, "Shared")
    try:
        assert page.editing.started and not page.live_box.isVisibleTo(page)  # PostgreSQL: live
        qtbot.waitUntil(page.editing.feed.watcher.ready.is_set, timeout=30_000)
        page.editor.setPlainText("voor de storing")
        page.flush()
        assert page.note_state.text() == "Saved."
        assert page.badge.isHidden()
        pg_server.stop()
        qtbot.waitUntil(lambda: not page.badge.isHidden(), timeout=30_000)  # nobody saved yet
        assert "Offline" in page.badge.text()
        assert tabs.tabText(1) == "Shared (offline)"  # seen from every tab
        assert window.statusBar().currentMessage() == page.badge.text()
        page.editor.setPlainText("voor de storing\ntijdens de storing")
        page.flush()
        page.editor.setPlainText("voor de storing\ntijdens de storing\nen nog meer")
        page.flush()
        assert "Kept on this laptop" in page.note_state.text()
        assert len(page.editing.writer.outbox) == 1  # the later text replaced the queued one
        pg_server.start()
        qtbot.waitUntil(page.badge.isHidden, timeout=30_000)
        assert tabs.tabText(1) == "Shared" and window.statusBar().currentMessage() == ""
        qtbot.waitUntil(lambda: len(page.editing.writer.outbox) == 0, timeout=30_000)
        assert store.results.get(talk.id, "notes") == (
            "voor de storing\ntijdens de storing\nen nog meer"
        )
        assert page.editing.writer.merged == 0  # our own earlier save is not a conflict
        assert "waiting edit" in page.note_state.text()
    finally:
        if not pg_server.running():
            pg_server.start()
        page.editing.close()
        store.close()
