"""The Qt bridge delivers another app's save as a signal on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QThread

from app.storage import open_store
from app.widgets.live import LiveFeed, laptop_id


def test_change_arrives_on_the_gui_thread(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shared.sqlite"
    here, there = open_store(path), open_store(path)
    try:
        meeting = here.sessions.create("Gedeeld")
        feed = LiveFeed(there, meeting.id, interval=0.05)
        threads: list[QThread] = []
        feed.changed.connect(lambda table, sid: threads.append(QThread.currentThread()))
        feed.start()
        try:
            qtbot.wait(150)  # the watcher takes its first fingerprint
            with qtbot.waitSignal(feed.changed, timeout=2000) as blocker:
                here.actions.add(meeting.id, "Verslag")
            assert blocker.args == ["action_item", meeting.id]
            assert threads[0] is QThread.currentThread()  # the GUI thread
            assert feed.online
        finally:
            feed.stop()
    finally:
        here.close()
        there.close()


def test_laptop_id_is_made_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = laptop_id(settings)
    assert len(first) == 12 and laptop_id(settings) == first
