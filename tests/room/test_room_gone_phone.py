"""A phone that leaves while its message waits for the burst's commit: its row is stored, the
other phones of the burst still get their answers (an answer to a socket Qt already deleted used
to raise out of the burst and leave every later phone of it without its answer)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.activities.questions import state


def test_a_gone_phone_costs_the_others_nothing(qtbot, store, meeting, room, phone) -> None:  # type: ignore[no-untyped-def]
    config = {"intro": "", "allow_names": False, "moderation": False}
    activity = store.agenda.add(meeting.id, "questions", "Vragen", 20, config)
    room.set_activity(activity.id)
    leaving, staying = phone(), phone()
    for client in (leaving, staying):
        client.wait_connected()
        client.send({"type": "hello"})
        client.wait_for("state", view="questions")
    room._write_batch.setInterval(2000)  # hold the burst until both messages are in
    leaving.send({"type": "question", "text": "Sent, then gone"})
    qtbot.waitUntil(lambda: len(room._pending) == 1)
    leaving.socket.abort()
    qtbot.waitUntil(lambda: len(room.server.phones) == 1)
    for _ in range(3):
        QApplication.processEvents()  # Qt deletes the gone phone's socket
    staying.send({"type": "question", "text": "Still answered"})
    qtbot.waitUntil(lambda: len(room._pending) == 2)
    room.flush_writes()
    staying.wait_for("ack", what="question_sent")
    texts = sorted(v["text"] for v in store.results.all(activity.id, state.QUESTION).values())
    assert texts == ["Sent, then gone", "Still answered"]
