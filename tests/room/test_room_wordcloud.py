"""The word cloud through the real room: phones on real WebSockets send words; each is stored
once, limits and hostile input are refused with codes the page explains, and the console's
runtime sees the words live."""

from __future__ import annotations

from typing import Any

from app.activities.context import ActivityContext
from app.activities.wordcloud.runtime import WordcloudRuntime
from app.activities.wordcloud.state import WordCloud
from app.core import wordcloud as wc
from app.core.clock import FakeClock


def open_cloud(store: Any, meeting: Any, room: Any, max_answers: int = 2) -> Any:
    config = {"prompt": "Eén woord voor vandaag", "max_answers": max_answers}
    activity = store.agenda.add(meeting.id, "wordcloud", "Eén woord", 5, config)
    room.set_activity(activity.id)
    return activity


def joined(phone: Any) -> Any:
    client = phone()
    client.wait_connected()
    client.send({"type": "hello"})
    client.wait_for("state", view="wordcloud")
    return client


def test_phones_send_words_stored_once_and_live_on_the_console(
    qtbot: Any, store: Any, meeting: Any, room: Any, phone: Any
) -> None:
    activity = open_cloud(store, meeting, room)
    runtime = WordcloudRuntime(ActivityContext(store, meeting.id, activity.id, FakeClock()))
    phones = [joined(phone) for _ in range(4)]
    state = phones[0].wait_for("state", view="wordcloud")
    assert state["prompt"] == "Eén woord voor vandaag" and state["max_answers"] == 2
    assert state["my_words"] == []
    for client in phones:
        client.send({"type": "words", "text": "Samenwerking"})
    for client in phones:
        client.wait_for("ack", what="word_sent")
    phones[0].send({"type": "words", "text": "koffie"})
    phones[0].wait_for("state", my_words=["Samenwerking", "koffie"])
    qtbot.waitUntil(lambda: [(w.text, w.count) for w in runtime.visible()]
                    == [("Samenwerking", 4), ("koffie", 1)], timeout=5000)  # fmt: skip
    rows = store.results.all(activity.id, "phone:")
    assert len(rows) == 5  # every answer stored exactly once


def test_hostile_phones_are_refused_with_codes(
    qtbot: Any, store: Any, meeting: Any, room: Any, phone: Any
) -> None:
    activity = open_cloud(store, meeting, room, max_answers=2)
    client = joined(phone)
    client.send({"type": "words", "text": "x" * (wc.MAX_WORD + 1)})
    client.wait_for("error", code="too_long")
    client.send({"type": "words", "text": "!?!"})
    client.wait_for("error", code="no_word")
    script = "<script>alert('x')</script>"
    at_limit = "y" * wc.MAX_WORD
    client.send({"type": "words", "text": script})
    client.wait_for("state", my_words=[script])
    client.send({"type": "words", "text": at_limit})
    client.wait_for("state", my_words=[script, at_limit])
    client.send({"type": "words", "text": "one more"})
    client.wait_for("error", code="too_many_words")
    client.send({"type": "words", "text": 12})
    client.wait_for("error", code="bad_text")
    texts = [w.text for w in WordCloud(store, activity.id).snapshot().words()]
    assert texts == [script, at_limit]
