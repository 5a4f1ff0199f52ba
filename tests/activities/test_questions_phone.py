"""The Q&A phone part called directly (no socket) against a real SQLite store: sending, the
moderation a phone can never overwrite, upvotes counted once, hostile phones."""

from __future__ import annotations

import pytest

from app.activities.questions import state
from app.activities.questions.phone import MAX_SHARED, QuestionsPhone
from app.activities.questions.state import QuestionBoard
from app.core import questions as qa
from tests.activities.questions_helpers import FakeRoom, add_activity, burst, phone_id

P1, P2, P3 = phone_id(1), phone_id(2), phone_id(3)
# on both engines: a shared PostgreSQL database stores phone rows the same way
pytestmark = pytest.mark.parametrize(
    "store_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


@pytest.fixture
def setup(store, meeting):  # type: ignore[no-untyped-def]
    activity = add_activity(store, meeting.id)
    return FakeRoom(store, meeting.id), activity, QuestionBoard(store, activity.id)


def ask(text: str, name: str = "") -> dict:
    return {"type": "question", "text": text, **({"name": name} if name else {})}


def upvote(qid: str) -> dict:
    return {"type": "upvote", "question": qid}


def shared(room, activity_id: int) -> dict:  # type: ignore[no-untyped-def]
    return QuestionsPhone().shared_state(room, room.store.agenda.get(activity_id))


def test_a_question_waits_for_approval_then_phones_see_it_with_votes(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    [reply] = burst(room, activity.id, [(P1, ask("Wat kost een tournee?"))])
    assert reply.answer == {"type": "ack", "what": "question_waiting"}
    [question] = board.questions()
    assert question.state == qa.NEW and question.phone == P1 and question.name == ""
    assert shared(room, activity.id)["questions"] == []  # moderation on: not yet
    assert burst(room, activity.id, [(P2, upvote(question.id))])[0].answer["code"] == "no_question"
    board.set_moderation(question.id, qa.APPROVED)
    burst(room, activity.id, [(P2, upvote(question.id)), (P3, upvote(question.id))])
    [seen] = shared(room, activity.id)["questions"]
    assert seen == {"id": question.id, "text": "Wat kost een tournee?", "name": "",
                    "votes": 2, "answered": False, "on_screen": False}  # fmt: skip
    assert "phone" not in seen  # no phone learns who asked
    part = QuestionsPhone()
    mine = part.personal_state(room, store_activity(room, activity.id), {}, [P1, P2, phone_id(9)])
    assert mine[P1] == {"my_votes": [], "my_questions": [question.id]}
    assert mine[P2] == {"my_votes": [question.id], "my_questions": []}
    assert mine[phone_id(9)] == {"my_votes": [], "my_questions": []}


def store_activity(room, activity_id: int):  # type: ignore[no-untyped-def]
    return room.store.agenda.get(activity_id)


def test_an_upvote_flood_from_one_phone_counts_once_within_and_across_bursts(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    qid = board.add_question("Asked aloud: who pays?")
    replies = burst(room, activity.id, [(P2, upvote(qid))] * 200)
    assert all(r.answer == {"type": "ack", "what": "upvoted"} for r in replies)
    for _ in range(5):
        burst(room, activity.id, [(P2, upvote(qid))] * 20)
    assert [q.votes for q in board.questions()] == [1]
    assert len(room.store.results.all(activity.id, state.UPVOTE)) == 1


def test_a_phone_cannot_upvote_its_own_question(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    board.update_config(moderation=False)
    burst(room, activity.id, [(P1, ask("Mine"))])
    [question] = board.questions()
    [reply] = burst(room, activity.id, [(P1, upvote(question.id))])
    assert reply.answer == {"type": "error", "code": "own_question"} and not reply.writes
    assert burst(room, activity.id, [(P1, upvote("q-unknown"))])[0].answer["code"] == "no_question"


def test_without_moderation_phones_see_new_questions_at_once(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    board.update_config(moderation=False)
    [reply] = burst(room, activity.id, [(P1, ask("Now?"))])
    assert reply.answer == {"type": "ack", "what": "question_sent"}
    assert [q["text"] for q in shared(room, activity.id)["questions"]] == ["Now?"]


def test_a_phone_write_never_overwrites_the_moderators_decision(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    burst(room, activity.id, [(P1, ask("Hide me"))])
    [question] = board.questions()
    board.set_moderation(question.id, qa.HIDDEN)
    burst(room, activity.id, [(P1, ask("Hide me")), (P1, ask("Another")),
                              (P2, upvote(question.id))])  # fmt: skip
    rows = room.store.results.all(activity.id)
    assert rows[state.MODERATION + question.id] == qa.HIDDEN
    keys_by_phones = {k for k in rows if not k.startswith((state.MODERATION, state.SCREEN))}
    assert all(k.startswith((state.QUESTION, state.UPVOTE)) for k in keys_by_phones)
    assert [q["text"] for q in shared(room, activity.id)["questions"]] == []


def test_the_same_question_twice_is_stored_once_and_a_question_flood_stops(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    burst(room, activity.id, [(P1, ask("Same  question")), (P1, ask("same question"))])
    burst(room, activity.id, [(P1, ask("SAME question "))])
    assert len(board.questions()) == 1
    flood = [(P1, ask(f"Question number {n}")) for n in range(40)]
    replies = burst(room, activity.id, flood)
    assert len(board.questions()) == qa.MAX_PER_PHONE
    assert replies[-1].answer == {"type": "error", "code": "too_many_questions"}
    assert burst(room, activity.id, [(P2, ask("Mine counts"))])[0].writes  # others still may


def test_a_name_is_kept_only_when_the_organiser_allows_names(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    burst(room, activity.id, [(P1, ask("Anonymous?", "Anna"))])
    assert [q.name for q in board.questions()] == [""]
    assert "Anna" not in str(room.store.results.all(activity.id))  # not even stored
    board.update_config(allow_names=True, moderation=False)
    burst(room, activity.id, [(P2, ask("Named", "Bram"))])
    assert {q["text"]: q["name"] for q in shared(room, activity.id)["questions"]} == {
        "Anonymous?": "", "Named": "Bram"}  # fmt: skip
    board.update_config(allow_names=False)  # switched off later: the name is no longer shown
    assert {q["name"] for q in shared(room, activity.id)["questions"]} == {""}


def test_hostile_questions_at_the_limit_and_markup_are_kept_as_text(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    board.update_config(moderation=False, allow_names=True)
    long = "é" * qa.MAX_TEXT
    script = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    burst(room, activity.id, [(P1, ask(long, "n" * qa.MAX_NAME)), (P2, ask(script, "<b>B</b>"))])
    texts = {q.text: q.name for q in board.questions()}
    assert texts == {long: "n" * qa.MAX_NAME, script: "<b>B</b>"}


def test_phones_get_the_beamer_one_first_then_by_votes_answered_last(setup) -> None:  # type: ignore[no-untyped-def]
    room, activity, board = setup
    board.update_config(moderation=False)
    burst(room, activity.id, [(phone_id(n), ask(f"q{n}")) for n in range(MAX_SHARED + 5)])
    first, last, newest = qa.ordered(board.questions(), qa.BY_TIME)[-3:]
    board.set_moderation(first.id, qa.ANSWERED)
    burst(room, activity.id, [(P1, upvote(last.id))])
    board.put_on_screen(newest.id)  # not upvoted: at the end by votes
    seen = shared(room, activity.id)["questions"]
    assert len(seen) == MAX_SHARED and seen[0]["on_screen"] and seen[0]["id"] == newest.id
    assert seen[1]["id"] == last.id and seen[1]["votes"] == 1  # then by votes
    assert first.id not in [q["id"] for q in seen[:-1]]  # answered ones last
