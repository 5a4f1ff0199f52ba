"""The meet-and-greet setup page: choices saved to the activity's config, the planning hint."""

from __future__ import annotations

from app.activities.context import ActivityContext
from app.activities.factory import make_runtime, make_setup
from app.activities.meet_greet.setup import MeetGreetSetup
from app.activities.meet_greet.state import ROTATION_KEY
from app.core.clock import FakeClock


def _page(qtbot, store, config: dict, people: int = 9):  # type: ignore[no-untyped-def]
    session = store.sessions.create("Network day")
    for i in range(people):
        store.participants.add(session.id, first_name=f"P{i}", last_name="X")
    activity = store.agenda.add(session.id, "meet_greet", "Meet", 15, config)
    context = ActivityContext(store, session.id, activity.id, language="en")
    page = make_setup(context)
    qtbot.addWidget(page)
    return page, context


def test_the_registry_gives_the_setup_page_with_the_stored_values(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "speed_dating", "rounds": 5, "round_minutes": 2, "group_size": 3,
              "instruction": {"nl": "Vertel wie je bent", "en": "Say who you are"}}  # fmt: skip
    page, _context = _page(qtbot, store, config)
    assert isinstance(page, MeetGreetSetup)
    assert page.speed_dating() and page.rounds.value() == 5 and page.round_minutes.value() == 2
    assert page.group_size.currentData() == 3
    assert page.instruction.text() == "Say who you are"
    assert "5 rounds × 2 min ≈ 12 min" in page.hint.text()
    assert "9 registered people: 3 tables" in page.hint.text()


def test_choices_are_saved_and_the_other_language_is_kept(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "free", "instruction": {"nl": "Ga!", "en": "Go!"}, "extra": 1}
    page, context = _page(qtbot, store, config)
    assert not page.rounds.isEnabled()
    assert "planned 15 minutes" in page.hint.text()
    page.mode.setCurrentIndex(1)
    assert page.rounds.isEnabled()
    page.rounds.setValue(6)
    page.group_size.setCurrentIndex(0)
    assert context.config()["mode"] == "speed_dating" and context.config()["rounds"] == 6
    assert "more than the 15 minutes planned" in page.hint.text()  # 6 × 3 + 2.5 > 15
    page.warning.setValue(30)
    assert context.config()["warning_seconds"] == 30
    page.instruction.setFocus()
    qtbot.keyClicks(page.instruction, " Now")
    page.instruction.editingFinished.emit()
    saved = context.config()
    assert saved["instruction"] == {"nl": "Ga!", "en": "Go! Now"} and saved["extra"] == 1


def test_changing_pairs_to_trios_makes_a_new_rotation(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "speed_dating", "rounds": 3, "round_minutes": 2, "group_size": 2}
    page, context = _page(qtbot, store, config, people=0)
    for i in range(12):
        person = store.participants.add(context.session_id, first_name=f"Q{i}", last_name="Y")
        store.participants.update(person.id, status="present")
    runtime = make_runtime(ActivityContext(store, context.session_id, context.activity_id,
                                           FakeClock(), "en"))  # fmt: skip
    runtime.start()
    assert all(len(table) == 2 for table in runtime.rotation.rounds[0])
    page.group_size.setCurrentIndex(1)  # trios
    again = make_runtime(ActivityContext(store, context.session_id, context.activity_id,
                                         FakeClock(), "en"))  # fmt: skip
    again.start()
    assert all(len(table) == 3 for table in again.rotation.rounds[0])
    assert store.results.get(context.activity_id, ROTATION_KEY)["group_size"] == 3
