"""Meet-and-greet runtime: free mode, speed-dating phases, the stored rotation, table look-up."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

import app.widgets.sound as sound
from app.activities.context import ActivityContext
from app.activities.factory import make_runtime
from app.activities.meet_greet.beamer import MeetGreetBeamer
from app.activities.meet_greet.control import MeetGreetControl
from app.activities.meet_greet.printing import save_schedule, schedule_rows
from app.activities.meet_greet.runtime import DONE, READY, ROUND, SWITCH, settings
from app.activities.meet_greet.state import ROTATION_KEY
from app.core.clock import FakeClock


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


def _runtime(store, config: dict, present: int = 21, minutes: int = 15):  # type: ignore[no-untyped-def]
    session = store.sessions.create("Speed day")
    store.participants.add_many(  # one transaction: fast on PostgreSQL too
        session.id,
        [{"first_name": f"Person{i:02d}", "last_name": "X",
          "status": "present" if i < present else "registered"} for i in range(present + 2)],
    )  # fmt: skip
    activity = store.agenda.add(session.id, "meet_greet", "Speed dating", minutes, config)
    clock = FakeClock()
    context = ActivityContext(store, session.id, activity.id, clock, "en")
    return make_runtime(context), clock


def test_free_mode_next_starts_the_timer_then_moves_on(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    runtime, clock = _runtime(store, {"mode": "free", "instruction": {"nl": "Ga!", "en": "Go!"}})
    runtime.start()
    assert runtime.timer.text() == "15:00"
    assert runtime.timer.caption() == "Go!"
    assert runtime.handle_key("next") is True
    assert runtime.timer.countdown.running
    clock.advance(60)
    runtime.timer.on_timeout()
    assert runtime.timer.text() == "14:00"
    assert runtime.handle_key("next") is False
    assert runtime.handle_key("back") is False


def test_speed_dating_rounds_switch_screen_and_back(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "speed_dating", "rounds": 3, "round_minutes": 2, "group_size": 2}
    runtime, clock = _runtime(store, config)
    view = MeetGreetBeamer(runtime)
    qtbot.addWidget(view)
    runtime.start()
    assert runtime.phase == READY and runtime.timer.text() == "02:00"
    assert view.timer_view.header.text() == "Round 1 of 3"
    runtime.handle_key("next")
    assert runtime.phase == ROUND
    clock.advance(120)
    runtime.timer.on_timeout()  # zero: the switch screen comes by itself
    assert runtime.phase == SWITCH
    assert view.currentWidget() is view.message and view.big.text() == "Switch!"
    assert "Round 2 of 3" in view.small.text()
    listed = {name: int(table) for name, table in view.seating.rows()}
    assert len(listed) == 21  # everyone present finds their table for the coming round
    assert all(runtime.rotation.table_of(pid, 1) == listed[name]
               for pid, name in runtime.present().items())  # fmt: skip
    runtime.handle_key("next")
    assert runtime.phase == ROUND and runtime.round_index == 1
    assert runtime.timer.text() == "02:00" and runtime.timer.countdown.running
    assert view.timer_view.header.text() == "Round 2 of 3"
    clock.advance(30)
    runtime.timer.on_timeout()
    assert runtime.handle_key("back") is True  # the running round's tables; the timer goes on
    assert runtime.phase == SWITCH and runtime.round_index == 0
    assert "Round 2 of 3" in view.small.text()
    assert runtime.timer.text() == "01:30" and runtime.timer.countdown.running
    assert runtime.handle_key("back") is False  # never back into a round before the running one
    assert runtime.rounds_held() == 2
    clock.advance(10)
    assert runtime.handle_key("next") is True  # back to round 2: its time kept, no restart
    assert runtime.phase == ROUND and runtime.round_index == 1
    assert runtime.timer.text() == "01:20" and runtime.timer.countdown.running
    for _ in range(4):
        runtime.handle_key("next")
    assert runtime.phase == DONE and view.big.text() == "Thank you!"
    assert runtime.handle_key("next") is False


def test_rotation_uses_present_people_and_is_stored(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "speed_dating", "rounds": 4, "round_minutes": 3, "group_size": 2}
    runtime, _clock = _runtime(store, config, present=21)
    runtime.start()
    rotation = runtime.rotation
    assert rotation is not None and rotation.repeats() == 0
    seated = sorted(p for table in rotation.rounds[0] for p in table)
    assert len(seated) == 21  # the two absent people are not seated
    stored = store.results.get(runtime.context.activity_id, ROTATION_KEY)
    assert stored["people"] == seated
    again, _ = _runtime_from(store, runtime)
    again.start()
    assert again.rotation == rotation  # a restart shows the same tables


def _runtime_from(store, runtime):  # type: ignore[no-untyped-def]
    context = runtime.context
    return make_runtime(
        ActivityContext(store, context.session_id, context.activity_id, FakeClock(), "en")
    ), None


def test_look_up_a_name_and_print_the_schedule(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "speed_dating", "rounds": 4, "round_minutes": 3, "group_size": 3}
    runtime, _clock = _runtime(store, config, present=10)
    runtime.start()
    panel = MeetGreetControl(runtime)
    qtbot.addWidget(panel)
    panel.search.setText("person03")
    assert panel.results.count() == 1
    line = panel.results.item(0).text()
    assert line.startswith("Person03 X — now table ") and "round 4: table" in line
    assert runtime.lookup("person11") == []  # registered but not present
    rows = schedule_rows(runtime)
    assert len(rows) == 10 and all(len(tables) == 4 for _, tables in rows)
    target = tmp_path / "rotation.pdf"
    assert save_schedule(panel, runtime, str(target))
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Person03 X" in text and "Round 4" in text
    cards = PdfReader(tmp_path / "rotation-tables.pdf")
    assert len(cards.pages) == 2  # 4 tables (3+3+2+2), two cards per page
    panel.print.click()  # the button: the print hub with the schedule and table cards ticked
    hub = panel.print_hub
    rows = [hub.list.item(r) for r in range(hub.list.count())]
    ticked = [hub.items[r.data(Qt.ItemDataRole.UserRole)].key for r in rows
              if r.checkState() == Qt.CheckState.Checked]  # fmt: skip
    assert ticked == [f"rotation:{runtime.context.activity_id}"]
    hub.close()


def test_nobody_present_seats_everyone_registered_and_says_so(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "speed_dating", "rounds": 2, "group_size": 2}
    runtime, _clock = _runtime(store, config, present=0)  # two registered, nobody present
    view = MeetGreetBeamer(runtime)
    qtbot.addWidget(view)
    runtime.start()
    panel = MeetGreetControl(runtime)
    qtbot.addWidget(panel)
    assert runtime.everyone_registered()
    assert sorted(runtime.rotation.people()) == sorted(runtime.present())
    assert [name for name, _table in runtime.seating(0)] == ["Person00 X", "Person01 X"]
    assert not panel.warning.isHidden()
    assert "Nobody is marked present" in panel.warning.text()
    assert "everyone registered (2 people)" in panel.warning.text()
    # marking someone present switches to the present people; the others are not in the rotation
    session_id = runtime.context.session_id
    store.participants.add(session_id, first_name="Late", last_name="Y", status="present")
    panel.refresh()
    assert not runtime.everyone_registered()
    assert "Fewer than two people" in panel.warning.text()
    assert "Not in the rotation (arrived later): Late Y" in panel.warning.text()


def test_bad_configuration_gets_defaults() -> None:
    values = settings({"mode": "speed_dating", "rounds": "many", "group_size": 7}, 0)
    assert values["rounds"] == 4 and values["group_size"] == 2 and values["minutes"] == 15
    assert settings({"rounds": 10_000}, 20)["rounds"] == 50


def test_tables_are_listed_by_name_before_each_round(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "speed_dating", "rounds": 4, "round_minutes": 3, "group_size": 2}
    runtime, _clock = _runtime(store, config, present=80)
    view = MeetGreetBeamer(runtime)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    runtime.start()
    assert runtime.phase == READY and view.currentWidget() is view.message
    assert view.big.text() == "Round 1 of 4" and view.small.text() == "Find your table"
    rows = view.seating.rows()
    assert len(rows) == 80 and [n for n, _ in rows] == sorted(n for n, _ in rows)
    assert {int(t) for _, t in rows} == set(range(1, 41))  # 40 pairs
    columns, pixels = view.seating.layout_for()
    assert columns >= 2 and pixels >= 1080 // 45  # 80 names still readable across a room
    runtime.handle_key("next")
    assert view.currentWidget() is view.timer_view  # during the round: the time


def test_late_arrivals_join_the_coming_rounds(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    config = {"mode": "speed_dating", "rounds": 4, "round_minutes": 3, "group_size": 2}
    runtime, _clock = _runtime(store, config, present=10)
    runtime.start()
    runtime.handle_key("next")  # round 1 is being held
    first_round = runtime.rotation.rounds[0]
    session_id = runtime.context.session_id
    late = [p for p in store.participants.list(session_id) if p.status != "present"]
    for person in late:
        store.participants.update(person.id, status="present")
    panel = MeetGreetControl(runtime)
    qtbot.addWidget(panel)
    assert "Person10 X" in panel.warning.text() and "Person11 X" in panel.warning.text()
    runtime.new_rotation()
    panel.refresh()
    assert panel.warning.isHidden()
    rotation = runtime.rotation
    assert rotation.rounds[0] == first_round and rotation.repeats() == 0
    assert all(len([p for t in r for p in t]) == 12 for r in rotation.rounds[1:])
    assert runtime.lookup("person10")[0][1][0] is None  # no table in round 1, one after
    assert all(isinstance(t, int) for t in runtime.lookup("person10")[0][1][1:])
    stored = store.results.get(runtime.context.activity_id, ROTATION_KEY)
    assert len(stored["people"]) == 12
    assert len(schedule_rows(runtime)) == 12  # the printed schedule has them too
