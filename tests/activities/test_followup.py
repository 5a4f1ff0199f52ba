"""Follow-up of actions across a series: the previous meeting's actions appear in the next one
(Actions tab, console, beamer, report), their fate is stored once on the original action and
every view follows a change at once."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

import app.widgets.sound as sound
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control, make_runtime, make_setup
from app.activities.followup import state
from app.activities.reporting import build_report
from app.core import followup as fu
from app.core.clock import FakeClock
from app.storage.settings import session_settings
from app.ui.pages.actions import ActionsPage
from printables.styles import ReportOptions
from tests.helpers.series_network import build_network


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


def agreed(store, session_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    return [store.actions.add(session_id, what, who, "2027-05-01").id for what, who in (
        ("Set up a requests and offers board", "Core team"), ("Survey training needs", "An"),
        ("Visit each other's venues", "Bart"))]  # fmt: skip


def test_actions_are_carried_and_their_fate_kept_on_the_original(store) -> None:  # type: ignore[no-untyped-def]
    _series, (first, second, third) = build_network(store, people=4)
    ids = agreed(store, first)
    store.actions.add(second, "Plan a joint purchase", "Core team")
    assert state.items(store, first) == []  # the first meeting follows up nothing
    carried = state.items(store, second)
    assert [i.id for i in carried] == ids
    assert {i.status for i in carried} == {fu.OPEN}
    state.set_status(store, carried[0], fu.DONE)
    state.set_status(store, carried[1], fu.IN_PROGRESS)
    state.set_status(store, carried[2], fu.DROPPED)
    assert [i.status for i in state.items(store, second)] == [fu.DONE, fu.IN_PROGRESS, fu.DROPPED]
    # stored once, on the original meeting: the Done box, the other fates in its settings
    assert [a.done for a in store.actions.list(first)] == [True, False, False]
    assert session_settings(store, first).get(state.ACTION_STATUS) == {
        str(ids[1]): fu.IN_PROGRESS, str(ids[2]): fu.DROPPED}  # fmt: skip
    assert session_settings(store, second).get(state.ACTION_STATUS) is None
    state.set_status(store, state.items(store, second)[0], fu.IN_PROGRESS)  # not done after all
    assert store.actions.list(first)[0].done is False
    assert [i.what for i in state.items(store, third)] == ["Plan a joint purchase"]
    assert state.items(store, store.sessions.create("Los").id) == []


def test_a_fate_changed_on_the_actions_tab_shows_on_console_and_beamer(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    _series, (first, second, _third) = build_network(store, people=4)
    ids = agreed(store, first)
    activity = store.agenda.add(second, "followup", "Wat we vorige keer afspraken", 10).id
    clock = FakeClock()
    context = ActivityContext(store, second, activity, clock, "en")
    runtime = make_runtime(context)
    control = make_control(runtime)
    beamer = make_beamer(runtime)
    page = ActionsPage(store, second)
    for widget in (control, beamer, page):
        qtbot.addWidget(widget)
    beamer.resize(1280, 720)
    runtime.start()
    box = page.findChild(type(control.list), "followUpList")
    assert box is not None and page.follow_up.previous == first
    texts = lambda: [label.text() for label in beamer.labels]  # noqa: E731
    assert "Survey training needs" in texts() and texts().count("open") == 3

    box.choices[ids[1]].setCurrentIndex(box.choices[ids[1]].findData(fu.DROPPED))  # Actions tab
    qtbot.waitUntil(lambda: "dropped" in texts())
    assert control.list.choices[ids[1]].currentData() == fu.DROPPED  # the console follows
    console = control.list.choices[ids[0]]
    console.setCurrentIndex(console.findData(fu.DONE))  # and the other way round
    qtbot.waitUntil(lambda: box.choices[ids[0]].currentData() == fu.DONE)
    assert "done" in texts()
    assert store.actions.list(first)[0].done is True
    for label in beamer.labels:  # readable from the back row: at least 1/20 of the height
        size = re.search(r"font-size: (\d+)px", label.styleSheet())
        assert size is not None and int(size.group(1)) >= 720 / 20
    assert runtime.timer.countdown.started  # time-boxed: the planned 10 minutes run
    clock.advance(61)
    assert runtime.timer.countdown.remaining() <= 9 * 60
    runtime.stop()

    setup = make_setup(context)
    qtbot.addWidget(setup)
    listed = setup.findChild(type(control.list), "followUpList")
    assert listed.choices[ids[0]].currentData() == fu.DONE

    pdf = io.BytesIO()
    build_report(store, second, pdf, ReportOptions(language="en"))
    text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf.getvalue())).pages)
    text = " ".join(text.split())
    assert "Wat we vorige keer afspraken" in text and "Agreed in “Ontmoeting 1”." in text
    assert "Survey training needs" in text and "dropped" in text


def test_outside_a_series_the_actions_tab_shows_no_follow_up(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    alone = store.sessions.create("Los").id
    page = ActionsPage(store, alone)
    qtbot.addWidget(page)
    assert page.follow_up.previous is None
    assert page.follow_up.items == []


def test_the_fate_travels_with_a_copied_session(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.storage import open_store
    from app.storage.session_file import find_by_uid, session_uid
    from app.storage.transfer import copy_session

    _series, (first, _second, _third) = build_network(store, people=4)
    agreed(store, first)
    items = state.actions_with_status(store, first)
    state.set_status(store, items[1], fu.IN_PROGRESS)
    state.set_status(store, items[2], fu.DROPPED)
    target = open_store(tmp_path / "other.sqlite")
    try:  # the target already holds actions, so the copies get other ids
        other = target.sessions.create("Elders").id
        for n in range(5):
            target.actions.add(other, f"Iets anders {n}")
        copy_session(store, target, first)
        copied = find_by_uid(target, session_uid(store.sessions.get(first)))
        fates = {i.what: i.status for i in state.actions_with_status(target, copied)}
        assert fates == {"Set up a requests and offers board": fu.OPEN,
                         "Survey training needs": fu.IN_PROGRESS,
                         "Visit each other's venues": fu.DROPPED}  # fmt: skip
        assert {i.status for i in state.actions_with_status(target, other)} == {fu.OPEN}
    finally:
        target.close()
