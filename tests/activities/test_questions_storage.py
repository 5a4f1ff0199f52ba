"""The Q&A as stored, on SQLite and PostgreSQL: everything survives closing the database, two
laptops moderating different questions keep both decisions, phone input reaches the runtime."""

from __future__ import annotations

import pytest

from app.activities import factory
from app.activities.context import ActivityContext
from app.activities.questions.runtime import QuestionsRuntime
from app.activities.questions.state import QuestionBoard
from app.core import questions as qa
from app.core.clock import FakeClock
from app.storage import open_store
from tests.activities.questions_helpers import FakeRoom, add_activity, burst, phone_id

pytestmark = pytest.mark.parametrize(
    "store_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


def runtime(store, session_id: int, activity_id: int) -> QuestionsRuntime:  # type: ignore[no-untyped-def]
    built = factory.make_runtime(ActivityContext(store, session_id, activity_id, FakeClock(), "en"))
    assert isinstance(built, QuestionsRuntime)
    return built


def ask(store, session_id: int, activity_id: int, *texts: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    room = FakeRoom(store, session_id)
    burst(room, activity_id, [(phone_id(n), {"type": "question", "text": t})
                              for n, t in enumerate(texts)])  # fmt: skip
    return {q.text: q.id for q in QuestionBoard(store, activity_id).questions()}


def test_everything_survives_closing_the_database(store_url: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_url)
    session = store.sessions.create("Paneldag")
    activity = add_activity(store, session.id, allow_names=True)
    ids = ask(store, session.id, activity.id, "Eerste?", "Tweede?", "Derde?")
    rt = runtime(store, session.id, activity.id)
    rt.start()
    rt.approve(ids["Eerste?"])
    rt.hide(ids["Tweede?"])
    rt.put_on_screen(ids["Derde?"])
    aloud = rt.add_question("Hardop gesteld?")
    burst(FakeRoom(store, session.id), activity.id,
          [(phone_id(9), {"type": "upvote", "question": ids["Eerste?"]})])  # fmt: skip
    rt.stop()
    rt.follow_store(False)
    store.close()

    store = open_store(store_url)
    again = runtime(store, session.id, activity.id)
    states = {q.text: (q.state, q.votes) for q in again.snapshot.questions}
    assert states == {"Eerste?": (qa.APPROVED, 1), "Tweede?": (qa.HIDDEN, 0),
                      "Derde?": (qa.ON_SCREEN, 0), "Hardop gesteld?": (qa.APPROVED, 0)}  # fmt: skip
    assert again.snapshot.screen is not None and again.snapshot.screen.text == "Derde?"
    assert again.snapshot.find(aloud) is not None
    again.follow_store(False)
    store.close()


def test_two_laptops_moderating_different_questions_keep_both(store_url: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = open_store(store_url), open_store(store_url)
    try:
        session = first.sessions.create("Paneldag")
        activity = add_activity(first, session.id)
        ids = ask(first, session.id, activity.id, "A?", "B?")
        laptop_a = runtime(first, session.id, activity.id)
        laptop_b = runtime(second, session.id, activity.id)
        laptop_a.approve(ids["A?"])  # b has not re-read: its snapshot still says new for both
        laptop_b.hide(ids["B?"])
        laptop_b.put_on_screen(ids["A?"])
        laptop_a.refresh()
        states = {q.text: q.state for q in laptop_a.snapshot.questions}
        assert states == {"A?": qa.ON_SCREEN, "B?": qa.HIDDEN}
        for rt in (laptop_a, laptop_b):
            rt.follow_store(False)
    finally:
        first.close()
        second.close()


def test_phone_questions_reach_the_runtime(store_url: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = open_store(store_url)
    try:
        session = store.sessions.create("Paneldag")
        activity = add_activity(store, session.id)
        rt = runtime(store, session.id, activity.id)
        rt.start()
        ask(store, session.id, activity.id, "Live?")
        qtbot.waitUntil(lambda: [q.text for q in rt.snapshot.questions] == ["Live?"], timeout=2000)
        rt.follow_store(False)
    finally:
        store.close()
