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
            qtbot.waitUntil(feed.watcher.ready.is_set, timeout=30_000)  # first fingerprint taken
            with qtbot.waitSignal(feed.changed, timeout=30_000) as blocker:
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


def test_shared_editing_queues_while_offline_and_replays_on_return(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.storage.outbox import Outbox
    from app.widgets.live import ConnectionBadge, SharedEditing

    store = open_store(tmp_path / "shared.sqlite")
    meeting = store.sessions.create("Gedeeld")
    activity = store.agenda.add(meeting.id, "worksheet")
    box_path = tmp_path / "outbox.sqlite"
    left_over = Outbox(box_path)  # the app was closed while offline last time
    left_over.put("text", {"activity_id": activity.id, "key": "a", "text": "van gisteren",
                           "base": 0})  # fmt: skip
    left_over.close()
    shared = SharedEditing(store, meeting.id, outbox_path=box_path, interval=0.05)
    badge = ConnectionBadge()
    qtbot.addWidget(badge)
    shared.online_changed.connect(badge.set_online)
    try:
        with qtbot.waitSignal(shared.replayed, timeout=30_000) as blocker:
            shared.start()
        assert blocker.args == [1]
        assert store.results.get(activity.id, "a") == "van gisteren"
        shared._online(False)  # what the feed reports when the line drops
        assert not badge.isHidden() and "Offline" in badge.text()
        assert shared.writer.save_text(activity.id, "b", "tijdens de storing", 0) is False
        assert store.results.get(activity.id, "b") is None
        shared._online(True)
        assert badge.isHidden()
        assert store.results.get(activity.id, "b") == "tijdens de storing"
    finally:
        shared.close()
        store.close()


def test_one_outbox_per_database_however_the_password_was_given() -> None:
    from sqlalchemy.engine import make_url

    from app.widgets.live import outbox_address

    typed = outbox_address(make_url("postgresql+psycopg://zaal:geheim@10.0.0.2/sectordag"))
    assert typed == outbox_address(make_url("postgresql://zaal@10.0.0.2/sectordag"))
    assert "geheim" not in typed
    assert typed != outbox_address(make_url("postgresql://zaal@10.0.0.2/andere_dag"))
