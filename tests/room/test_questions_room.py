"""The Q&A through the real room server and real WebSockets: questions at the length limit,
markup kept as text, an upvote flood from one phone counted once, an own question refused."""

from __future__ import annotations

from app.activities.questions import state
from app.activities.questions.state import QuestionBoard
from app.core import questions as qa

LIMIT = "é" * (qa.MAX_TEXT - 9) + " <b>x</b>"  # exactly the limit, with markup


def test_hostile_phones_through_the_room(qtbot, store, meeting, room, phone) -> None:  # type: ignore[no-untyped-def]
    config = {"intro": "", "allow_names": False, "moderation": False}
    activity = store.agenda.add(meeting.id, "questions", "Vragen", 20, config)
    room.set_activity(activity.id)
    asker, voter = phone(), phone()
    for client in (asker, voter):
        client.wait_connected()
        client.send({"type": "hello"})
        client.wait_for("state", view="questions")
    assert len(LIMIT) == qa.MAX_TEXT
    asker.send({"type": "question", "text": LIMIT})
    asker.wait_for("ack", what="question_sent")
    asker.send({"type": "question", "text": LIMIT + "!"})  # one past the limit: refused whole
    asker.wait_for("error", code="too_long")
    [question] = QuestionBoard(store, activity.id).questions()
    assert question.text == LIMIT
    shared = voter.wait_for("state", view="questions", questions=[
        {"id": question.id, "text": LIMIT, "name": "", "votes": 0, "answered": False,
         "on_screen": False}])  # fmt: skip
    assert shared["my_questions"] == []
    before = len(voter.messages)
    for _ in range(10):  # the flood the room lets through (its burst), all within one batch
        voter.send({"type": "upvote", "question": question.id})
    qtbot.waitUntil(lambda: sum(m.get("type") in ("ack", "error")
                                for m in voter.messages[before:]) == 10)  # fmt: skip
    voter_key = signed_key(voter)
    assert store.results.all(activity.id, state.UPVOTE) == {
        state.upvote_key(question.id, voter_key): 1}  # fmt: skip
    voter.wait_for("state", view="questions", my_votes=[question.id])
    assert QuestionBoard(store, activity.id).questions()[0].votes == 1
    asker.send({"type": "upvote", "question": question.id})
    asker.wait_for("error", code="own_question")
    assert QuestionBoard(store, activity.id).questions()[0].votes == 1


def signed_key(client) -> str:  # type: ignore[no-untyped-def]
    """The key the room signed for this phone (its welcome holds "key.signature")."""
    return next(m["phone"] for m in client.messages if m.get("type") == "welcome").split(".")[0]
