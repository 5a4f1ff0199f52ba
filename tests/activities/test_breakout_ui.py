"""The breakout activity's widgets with qtbot: notes persist per group, plenary by clicker keys."""

from __future__ import annotations

import pytest

from app.activities import registry
from app.activities.breakout.runtime import BreakoutRuntime, Phase
from app.activities.breakout.state import BreakoutConfig, BreakoutData, solve_and_store
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control
from app.core.clock import FakeClock

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sound device in tests: the timer's chime takes its visual fallback."""
    import app.widgets.sound as sound

    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


@pytest.fixture
def context(store, meeting):  # type: ignore[no-untyped-def]
    activity = next(a for a in store.agenda.list(meeting.id) if a.kind == "breakout")
    ctx = ActivityContext(store, meeting.id, activity.id, clock=FakeClock(), language="en")
    config = BreakoutConfig.parse(ctx.config()).to_config()
    config["group_size"] = 2  # five people -> three tables
    store.agenda.update(activity.id, config=config)
    solve_and_store(store, meeting.id, activity.id, BreakoutConfig.parse(ctx.config()))
    return ctx


def test_registry_points_at_the_breakout_parts(context) -> None:  # type: ignore[no-untyped-def]
    kind = registry.kind("breakout")
    assert registry.load(kind.runtime) is BreakoutRuntime
    assert (
        callable(registry.load(kind.report))
        and registry.load(kind.setup).__name__ == "BreakoutSetup"
    )


def test_notes_typed_per_group_persist(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    runtime = BreakoutRuntime(context)
    control = make_control(runtime)
    qtbot.addWidget(control)
    assert control.group_list.count() == 3
    assert len(control.editors) == 4  # the four questions of the template
    control.select_group(1)
    qtbot.keyClicks(control.editors[0].edit, "Samen inkopen")
    control.select_group(2)  # switching groups saves what was typed
    qtbot.keyClicks(control.editors[1].edit, "Scholing in veiligheid")
    control.editors[1].key_point.click()
    data = BreakoutData(context.store, context.activity_id)
    # autosave, without any explicit flush
    qtbot.waitUntil(lambda: data.note(1, 2, 2) == "Scholing in veiligheid", timeout=10000)
    assert data.note(1, 1, 1) == "Samen inkopen"
    assert data.note(1, 2, 1) == ""
    assert data.is_key_point(1, 2, 2) and not data.is_key_point(1, 1, 1)
    again = make_control(BreakoutRuntime(context))
    qtbot.addWidget(again)
    again.select_group(1)
    assert again.editors[0].edit.toPlainText() == "Samen inkopen"
    again.select_group(2)
    assert again.editors[1].edit.toPlainText() == "Scholing in veiligheid"
    assert again.editors[1].key_point.isChecked()


def test_plenary_steps_through_key_points_with_clicker_keys(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    data = BreakoutData(context.store, context.activity_id)
    data.set_note(1, 1, 1, "Gedeelde opslag voor decors")
    data.set_key_point(1, 1, 1, True)
    data.set_note(1, 3, 2, "Vraag en aanbod delen")
    data.set_key_point(1, 3, 2, True)
    data.set_note(1, 2, 1, "Niet belangrijk")  # a note, but no key point
    runtime = BreakoutRuntime(context)
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    assert runtime.phase == Phase.SEATING and beamer.currentWidget() is beamer.seating
    assert data.started() == 0  # showing who sits where does not start the round
    assert runtime.handle_key("next")  # who sits where -> the questions, timer running
    assert runtime.phase == Phase.QUESTIONS and beamer.currentWidget() is beamer.questions
    assert runtime.countdown.running and data.started() == 1
    assert runtime.handle_key("next")  # last round done -> plenary
    assert beamer.currentWidget() is beamer.plenary
    assert "table 1" in beamer.plenary.title.text()
    shown = shown_texts(beamer.plenary, type(beamer.plenary.title))
    assert "Gedeelde opslag voor decors" in shown and "Vraag en aanbod delen" not in shown
    assert runtime.handle_key("next")
    assert "table 3" in beamer.plenary.title.text()
    assert not runtime.handle_key("next")  # the end: the agenda may move on
    assert runtime.handle_key("back")
    assert "table 1" in beamer.plenary.title.text()
    assert runtime.handle_key("back")  # back out of the plenary: the last round's questions
    assert runtime.phase == Phase.QUESTIONS and runtime.countdown.running


def test_questions_page_shows_timer_from_the_clock(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    runtime = BreakoutRuntime(context)
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    assert beamer.questions.timer.digits.text() == "30:00"
    runtime.toggle_timer()
    assert BreakoutData(context.store, context.activity_id).started() == 1
    context.clock.advance(65)
    runtime.timer.on_timeout()
    assert beamer.questions.timer.digits.text() == "28:55"
    runtime.stop()


def test_run_console_hosts_the_breakout_and_its_clicker_keys(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from app.activities.breakout.beamer import BreakoutBeamer
    from app.activities.breakout.control import BreakoutControl
    from app.ui.run.console import RunConsole

    console = RunConsole(context.store, context.session_id, context.clock)
    qtbot.addWidget(console)
    console.show()
    index = next(i for i, a in enumerate(console.activities) if a.kind == "breakout")
    console.go_to(index)
    assert isinstance(console.runtime, BreakoutRuntime)
    assert console.findChildren(BreakoutControl) and console.beamer.findChildren(BreakoutBeamer)
    assert console.runtime.phase == Phase.SEATING  # entering: who sits where
    console.perform("next")  # inside the activity: the questions with the timer
    assert console.index == index and console.runtime.phase == Phase.QUESTIONS
    assert console.runtime.countdown.running
    console.perform("next")  # one round, no key points: the agenda moves on
    assert console.index == index + 1


def test_plenary_with_real_clicker_keys_in_the_run_console(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """PageDown/PageUp as a presentation clicker sends them, with a notes field focused."""
    from PySide6.QtCore import Qt

    from app.activities.breakout.beamer import BreakoutBeamer
    from app.ui.run.console import RunConsole

    data = BreakoutData(context.store, context.activity_id)
    data.set_note(1, 2, 1, "Samen decors opslaan")
    data.set_key_point(1, 2, 1, True)
    data.set_note(1, 3, 4, "Twee keer per jaar, met speeddaten")
    data.set_key_point(1, 3, 4, True)
    console = RunConsole(context.store, context.session_id, context.clock)
    qtbot.addWidget(console)
    console.show()
    index = next(i for i, a in enumerate(console.activities) if a.kind == "breakout")
    console.go_to(index)
    runtime = console.runtime
    assert isinstance(runtime, BreakoutRuntime)
    beamer = console.beamer.findChildren(BreakoutBeamer)[0]
    assert runtime.phase == Phase.SEATING
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # who sits where -> questions, timer running
    assert runtime.phase == Phase.QUESTIONS and runtime.countdown.running
    qtbot.keyClick(console.beamer, Qt.Key.Key_PageDown)  # the same key in the beamer window
    assert runtime.phase == Phase.PLENARY and "table 2" in beamer.plenary.title.text()
    shown = shown_texts(beamer.plenary, type(beamer.plenary.title))
    assert "Samen decors opslaan" in shown
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert "table 3" in beamer.plenary.title.text()
    shown = shown_texts(beamer.plenary, type(beamer.plenary.title))
    assert "Twee keer per jaar, met speeddaten" in shown and "Samen decors opslaan" not in shown
    qtbot.keyClick(console, Qt.Key.Key_PageUp)
    assert "table 2" in beamer.plenary.title.text() and console.index == index
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # past the last key point: the agenda moves on
    assert console.index == index + 1


def test_who_sits_where_pages_by_itself_for_120_people(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from app.activities.breakout.beamer import MIN_NAME_PX, PAGE_SECONDS
    from tests.helpers.breakout_room import big_breakout

    session, activity = big_breakout(store, 120, 6)
    context = ActivityContext(store, session, activity, clock=FakeClock(), language="en")
    runtime = BreakoutRuntime(context)
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    beamer.resize(1920, 1080)
    assert runtime.phase == Phase.SEATING  # a breakout opens on who sits where
    seating = beamer.seating
    assert seating.pages == 2 and seating.page_label.text() == "page 1 of 2"
    assert seating.flip.isActive() and seating.flip.interval() == PAGE_SECONDS * 1000

    def shown_tables() -> list[str]:
        labels = shown(seating, type(seating.title))
        return [w.text() for w in labels if w.text().startswith("Table ")]

    def name_px() -> list[int]:
        cards = [w for w in shown(seating, type(seating.title)) if w.parent() is not seating]
        return [w.font().pixelSize() for w in cards if not w.text().startswith("Table ")]

    assert shown_tables() == [f"Table {n}" for n in range(1, 11)]
    assert len(name_px()) == 60 and min(name_px()) >= MIN_NAME_PX
    seating.flip.timeout.emit()  # what the timer does after PAGE_SECONDS, without waiting
    assert seating.page_label.text() == "page 2 of 2"
    assert shown_tables() == [f"Table {n}" for n in range(11, 21)]
    names = {w.text() for w in shown(seating, type(seating.title))}
    assert all(name in names for name in runtime.group_names()[19])
    seating.flip.timeout.emit()
    assert seating.page_label.text() == "page 1 of 2"


def test_two_laptops_typing_the_same_note_keep_both_texts(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """The same group's note open on two laptops: the later save does not overwrite."""
    first = make_control(BreakoutRuntime(context))
    second = make_control(BreakoutRuntime(context))
    for control in (first, second):
        qtbot.addWidget(control)
        control.select_group(1)  # both opened before anyone typed
    data = BreakoutData(context.store, context.activity_id)
    qtbot.keyClicks(first.editors[0].edit, "Samen inkopen")
    first.editors[0].saver.flush()
    qtbot.keyClicks(second.editors[0].edit, "Gedeelde opslag")
    second.editors[0].saver.flush()
    stored = data.note(1, 1, 1)
    assert "Samen inkopen" in stored and "Gedeelde opslag" in stored
    assert second.editors[0].edit.toPlainText() == stored  # the second laptop sees both
    assert "both texts are kept" in second.editors[0].status.text()
    qtbot.keyClicks(second.editors[0].edit, "!")  # typing on builds on the merged text
    second.editors[0].saver.flush()
    assert data.note(1, 1, 1).count("Samen inkopen") == 1 and data.note(1, 1, 1).endswith("!")


def test_rounds_go_seating_then_questions_and_back_never_resets(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: who sits where -> (next) questions, timer started -> (at zero) the next round's
    seating ...; a round starts with its timer, not with its seating; back keeps the timer."""
    from tests.helpers.breakout_room import big_breakout

    session, activity = big_breakout(store, 20, 4, rounds=3)
    clock = FakeClock()
    runtime = BreakoutRuntime(ActivityContext(store, session, activity, clock, "en"))
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    data = runtime.data
    assert runtime.phase == Phase.SEATING and runtime.round_index == 0
    assert beamer.currentWidget() is beamer.seating and not runtime.countdown.started
    assert data.started() == 0
    assert runtime.handle_key("back") is False  # before round 1: the agenda goes back
    assert runtime.handle_key("next")
    assert runtime.phase == Phase.QUESTIONS and runtime.countdown.running
    assert beamer.currentWidget() is beamer.questions and data.started() == 1
    clock.advance(600)
    runtime.timer.on_timeout()
    assert runtime.handle_key("back")  # the seating again, the timer runs on
    assert runtime.phase == Phase.SEATING and runtime.countdown.running
    assert runtime.handle_key("back") is False  # never back past the running round
    assert runtime.handle_key("next")  # questions again: not restarted
    assert runtime.timer.text() == "20:00"
    clock.advance(20 * 60)
    runtime.timer.on_timeout()  # zero: round 2's who sits where by itself
    assert runtime.phase == Phase.SEATING and runtime.round_index == 1
    assert data.started() == 1  # round 2 is not started by showing its seating
    assert runtime.handle_key("back")  # round 1's questions, its timer as it is (overtime)
    assert runtime.phase == Phase.QUESTIONS and runtime.round_index == 0
    clock.advance(5)
    assert runtime.timer.text() == "+00:05"
    assert runtime.handle_key("next") and runtime.phase == Phase.SEATING
    assert runtime.handle_key("next")  # round 2 starts now, with its own full time
    assert runtime.round_index == 1 and runtime.timer.text() == "30:00"
    assert runtime.countdown.running and data.started() == 2
    assert runtime.handle_key("next")  # next before zero: round 3's seating
    assert runtime.phase == Phase.SEATING and runtime.round_index == 2
    assert runtime.handle_key("next") and data.started() == 3
    assert runtime.handle_key("next") is False  # no key points: the agenda moves on
    runtime.stop()


def test_names_a_to_z_with_their_table_from_the_control(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from app.core.name_order import sort_key
    from tests.helpers.breakout_room import big_breakout

    session, activity = big_breakout(store, 120, 6)
    context = ActivityContext(store, session, activity, clock=FakeClock(), language="en")
    runtime = BreakoutRuntime(context)
    beamer = make_beamer(runtime)
    control = make_control(runtime)
    qtbot.addWidget(beamer)
    qtbot.addWidget(control)
    beamer.resize(1920, 1080)
    beamer.show()
    control.phase_buttons[Phase.NAMES].click()  # the facilitator's button: names A to Z
    assert runtime.phase == Phase.NAMES and beamer.currentWidget() is beamer.names
    rows = beamer.names.list.rows()
    assert len(rows) == 120
    assert [name for name, _ in rows] == sorted((n for n, _ in rows), key=sort_key)
    where = {name: int(table) for name, table in rows}
    for table, members in enumerate(runtime.group_names(), start=1):
        assert all(where[name] == table for name in members)
    assert beamer.names.title.text() == "Round 1: find your name, then your table"
    assert beamer.names.list.pixel_size() >= 20  # 120 names readable on a 1080 beamer
    runtime.show(1, Phase.NAMES)  # round 2: the tables of round 2
    where = {name: int(table) for name, table in beamer.names.list.rows()}
    assert all(where[n] == 1 for n in runtime.group_names()[0])
    assert runtime.handle_key("next") and runtime.phase == Phase.QUESTIONS  # the clicker goes on


def test_beamer_questions_carry_soft_hyphens(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    runtime = BreakoutRuntime(context)
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    runtime.show(0, Phase.QUESTIONS)
    texts = [w.text() for w in beamer.questions.findChildren(type(beamer.questions.title))
             if w is not beamer.questions.title]  # fmt: skip
    assert texts and any("\u00ad" in t for t in texts)
    assert [t.replace("\u00ad", "") for t in texts] == [
        f"{n}.  {q}" for n, q in enumerate(runtime.questions(), start=1)
    ]


def shown(page, kind):  # type: ignore[no-untyped-def]
    """The page's widgets of that kind on screen: a rebuilt page hides the old ones at once and
    Qt deletes them when the event loop runs (app/widgets/layouts.py)."""
    return [w for w in page.findChildren(kind) if w.isVisibleTo(page)]


def shown_texts(page, kind) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.text() for w in shown(page, kind)]
