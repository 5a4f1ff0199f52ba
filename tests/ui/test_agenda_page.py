"""The agenda tab (issue 21): insert after the selection, drag and drop, Alt+Up/Down, the stable
kind list, removing without a question when nothing would be lost, minutes that follow rounds."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from app.activities import registry
from app.core.agenda import automatic_minutes
from app.storage.agenda import config_of
from app.ui.pages.agenda import AgendaPage


def _page(qtbot, store, kinds=("segment", "bingo", "statements")):  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag", start_time="13:00")
    for kind in kinds:
        store.agenda.add(meeting.id, kind, kind.title(), 10)
    page = AgendaPage(store, meeting.id)
    qtbot.addWidget(page)
    page.show()
    return page, meeting.id


def _titles(store, session_id):  # type: ignore[no-untyped-def]
    return [a.title for a in store.agenda.list(session_id)]


def _choose_kind(page, key: str) -> None:  # type: ignore[no-untyped-def]
    page.kind_list.choose(key)  # what a click on the kind does


def test_a_new_activity_goes_right_after_the_selected_one(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, session_id = _page(qtbot, store)
    page.list.setCurrentRow(0)
    _choose_kind(page, "worksheet")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    kinds = [a.kind for a in store.agenda.list(session_id)]
    assert kinds == ["segment", "worksheet", "bingo", "statements"]
    assert page.list.currentRow() == 1  # the new one is selected, its title ready for typing
    assert [a.position for a in store.agenda.list(session_id)] == [0, 1, 2, 3]


def test_the_kind_list_keeps_its_order_and_place_between_uses(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, _session_id = _page(qtbot, store)
    before = [page.kind_list.item(r).text() for r in range(page.kind_list.count())]
    assert len(before) == len(registry.KINDS)
    _choose_kind(page, "bingo")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    after = [page.kind_list.item(r).text() for r in range(page.kind_list.count())]
    assert after == before
    # every kind visible at once: no scrolling, no popup centred on the last choice
    last = page.kind_list.visualItemRect(page.kind_list.item(page.kind_list.count() - 1))
    assert last.bottom() <= page.kind_list.viewport().height()


def test_drag_and_drop_through_the_model_is_stored(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, session_id = _page(qtbot, store)
    model = page.list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drop does
    qtbot.waitUntil(lambda: _titles(store, session_id) == ["Statements", "Segment", "Bingo"])
    assert page.list.currentItem() is not None


def test_alt_up_and_alt_down_move_the_selected_activity(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, session_id = _page(qtbot, store)
    page.list.setCurrentRow(2)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(store, session_id) == ["Segment", "Statements", "Bingo"]
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(store, session_id) == ["Statements", "Segment", "Bingo"]
    qtbot.keyClick(page.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(store, session_id) == ["Segment", "Statements", "Bingo"]
    assert page.current_activity().title == "Statements"  # the moved one stays selected


def test_removing_asks_only_when_results_would_be_lost(qtbot, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or no)  # fmt: skip
    page, session_id = _page(qtbot, store)
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert asked == [] and _titles(store, session_id) == ["Bingo", "Statements"]
    bingo = store.agenda.list(session_id)[0]
    store.results.set(bingo.id, "called", [3, 7])
    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Bingo" in asked[0]
    assert _titles(store, session_id) == ["Bingo", "Statements"]  # "No" keeps it


def test_a_breakouts_minutes_follow_its_rounds_until_set_by_hand(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, _session_id = _page(qtbot, store, ("segment",))
    _choose_kind(page, "breakout")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    breakout = page.current_activity()
    assert breakout.planned_minutes == 30  # one round of 30
    config = config_of(breakout)
    config["rounds"] = [{"minutes": 30, "questions": []}, {"minutes": 30, "questions": []}]
    store.agenda.update(breakout.id, config=config)  # what the setup page saves
    qtbot.waitUntil(lambda: page.minutes.value() == 65)  # 2 × 30 + one change of 5
    assert page.list.item(1).text().endswith("1 h 5 min")
    assert "planned end 14:15" in page.total_label.text()  # 13:00 + 10 + 65
    assert page.planned.note.text() == "follows the rounds"

    page.minutes.setFocus()
    page.minutes.selectAll()
    qtbot.keyClicks(page.minutes, "40")
    page.autosaver.flush()
    assert store.agenda.get(breakout.id).planned_minutes == 40
    assert "40 min (set by hand)" in page.list.item(1).text()
    assert page.planned.note.text() == "set by hand" and page.planned.reset.isVisible()
    config["rounds"].append({"minutes": 20, "questions": []})
    store.agenda.update(breakout.id, config={**config, "planned_by_hand": True})
    assert store.agenda.get(breakout.id).planned_minutes == 40  # the override holds

    qtbot.mouseClick(page.planned.reset, Qt.MouseButton.LeftButton)
    assert store.agenda.get(breakout.id).planned_minutes == 30 + 30 + 20 + 2 * 5
    assert page.minutes.value() == 90 and not page.planned.reset.isVisible()


def test_speed_dating_minutes_follow_rounds_and_switches(store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Speed")
    activity = store.agenda.add(meeting.id, "meet_greet", "Kennismaken", 15, {"mode": "free"})
    store.agenda.update(activity.id, config={"mode": "free", "rounds": 6})
    assert store.agenda.get(activity.id).planned_minutes == 15  # mingling: planned by hand
    speed = {"mode": "speed_dating", "rounds": 6, "round_minutes": 4}
    store.agenda.update(activity.id, config=speed)
    assert store.agenda.get(activity.id).planned_minutes == 6 * 4 + 5 * 1
    speed = {"mode": "speed_dating", "rounds": 3, "round_minutes": 5, "switch_minutes": 2}
    assert automatic_minutes("meet_greet", speed) == 19
    assert automatic_minutes("breakout", {"rounds": [{"minutes": 25}] * 3,
                                          "change_minutes": 0}) == 75  # fmt: skip
    assert automatic_minutes("bingo", {}) is None
