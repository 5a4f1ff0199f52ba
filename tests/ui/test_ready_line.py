""" "Ready for the day?" on the overview (issue 21): participants, groups, paper printed since
the last change, what is missing, each a click away."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.activities.breakout.state import BreakoutData
from app.storage.printed import printed, record_printed, up_to_date
from app.ui.workspace import SessionWorkspace


def _workspace(qtbot, store):  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag", start_time="13:00")
    breakout = store.agenda.add(meeting.id, "breakout", "Gesprekstafels", 30,
                                {"group_size": 3, "rounds": [{"minutes": 30}]})  # fmt: skip
    store.agenda.add(meeting.id, "segment", "Welkom", 10)
    workspace = SessionWorkspace(store, meeting.id)
    qtbot.addWidget(workspace)
    workspace.show()
    return workspace, meeting.id, breakout.id


def _texts(line) -> list[tuple[bool, str]]:  # type: ignore[no-untyped-def]
    return [(c.done, c.text) for c in line.checks]


def test_what_is_missing_is_listed_and_a_click_away(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    workspace, _session_id, breakout_id = _workspace(qtbot, store)
    line = workspace.overview.ready
    assert _texts(line)[:2] == [(False, "No participants yet"),
                                (False, "No groups yet: Gesprekstafels")]  # fmt: skip
    assert line.summary.text() == "Still missing: 3 things"
    qtbot.mouseClick(line.buttons["participants"], Qt.MouseButton.LeftButton)
    assert workspace.tabs.currentWidget() is workspace.participants
    workspace.tabs.setCurrentWidget(workspace.overview)
    qtbot.mouseClick(line.buttons[f"agenda:{breakout_id}"], Qt.MouseButton.LeftButton)
    assert workspace.tabs.currentWidget() is workspace.agenda
    assert workspace.agenda.current_id() == breakout_id
    opened: list[bool] = []
    workspace.overview.print_materials = lambda: opened.append(True)  # the print hub's dialog
    line.print_requested.disconnect()
    line.print_requested.connect(workspace.overview.print_materials)
    workspace.tabs.setCurrentWidget(workspace.overview)
    qtbot.mouseClick(line.buttons["print"], Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_ready_once_people_groups_and_paper_are_done(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    workspace, session_id, breakout_id = _workspace(qtbot, store)
    people = [store.participants.add(session_id, first_name=f"P{i}", last_name="Test").id
              for i in range(6)]  # fmt: skip
    BreakoutData(store, breakout_id).save_schedule([[people[:3], people[3:]]], seed=1)
    workspace.tabs.setCurrentWidget(workspace.agenda)
    workspace.tabs.setCurrentWidget(workspace.overview)  # the tab shows: the line is read again
    line = workspace.overview.ready
    assert (True, "6 participants imported") in _texts(line)
    assert (True, "Groups made: Gesprekstafels") in _texts(line)
    stale = [t for done, t in _texts(line) if not done]
    assert len(stale) == 1 and "Agenda handout" in stale[0] and "Gesprekstafels" in stale[0]

    later = datetime.now(UTC) + timedelta(seconds=1)
    for key in ("agenda", f"groups:{breakout_id}"):
        record_printed(store, session_id, key, later)  # what the print hub does after writing
    line.refresh()
    assert line.summary.text() == "Everything is ready for the day."
    assert (True, "All paper printed since the last change") in _texts(line)

    # a change after printing: the paper it shows on is to be printed again
    store.participants.add(session_id, first_name="Laatkomer", last_name="Test")
    fresh = up_to_date(store, session_id, ["agenda", f"groups:{breakout_id}"])
    assert fresh == {"agenda": False, f"groups:{breakout_id}": False}  # one more person
    assert set(printed(store, session_id)) == {"agenda", f"groups:{breakout_id}"}


def test_an_activity_changed_after_printing_is_stale(store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Dag")
    bingo = store.agenda.add(meeting.id, "bingo", "Bingo", 5)
    other = store.agenda.add(meeting.id, "segment", "Pauze", 15)
    key = f"bingo:{bingo.id}"
    record_printed(store, meeting.id, key)
    assert up_to_date(store, meeting.id, [key, "agenda"]) == {key: True, "agenda": False}
    store.agenda.update(other.id, title="Koffie")  # another activity: the cards still hold
    assert up_to_date(store, meeting.id, [key]) == {key: True}
    store.agenda.update(bingo.id, config={"rule": "count", "target": 5})
    assert up_to_date(store, meeting.id, [key]) == {key: False}
