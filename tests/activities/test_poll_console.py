"""The kick-off template's poll hosted by the real run console: the clicker opens, closes and
shows it, then the agenda moves on; hand counts on the panel reach the beamer window's chart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.activities.poll.beamer import PollBeamer
from app.activities.poll.control import PollControl
from app.activities.poll.runtime import PollRuntime
from app.activities.poll.state import CLOSED, OPEN, PollState
from app.core import templates
from app.core.clock import FakeClock


def test_the_clicker_walks_the_templates_poll_in_the_run_console(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.run.console import RunConsole

    session = store.sessions.create("Aftrap", templates.builtin("production_network_kickoff"))
    activities = store.agenda.list(session.id)
    index = next(i for i, a in enumerate(activities) if a.kind == "poll")
    state = PollState(store, activities[index].id)
    assert state.poll().question == "Hoe vaak wil je met dit netwerk samenkomen?"
    console = RunConsole(store, session.id, FakeClock())
    qtbot.addWidget(console)
    console.show()
    console.go_to(index)
    assert isinstance(console.runtime, PollRuntime)
    panel = console.findChildren(PollControl)[0]
    beamer = console.beamer.findChildren(PollBeamer)[0]
    assert "Twee keer per jaar" in beamer.choices.text() and not beamer.is_revealed()
    qtbot.keyClick(console.beamer, Qt.Key.Key_PageDown)  # the clicker: open
    assert state.status() == OPEN and console.index == index
    for _ in range(3):
        qtbot.mouseClick(panel.plus_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.keyClick(console.beamer, Qt.Key.Key_PageDown)  # close
    assert state.status() == CLOSED
    qtbot.keyClick(console.beamer, Qt.Key.Key_PageDown)  # show the results
    assert beamer.is_revealed() and [b.count for b in beamer.chart.data()] == [0, 3, 0, 0]
    qtbot.keyClick(console.beamer, Qt.Key.Key_PageDown)  # the agenda moves on
    assert console.index == index + 1
