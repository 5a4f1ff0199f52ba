"""The statement game hosted by the real run console: clicker keys walk the statements and then
the agenda, number keys pressed in the console count, and the beamer window shows the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.activities.statements.beamer import StatementsBeamer
from app.activities.statements.control import StatementsControl
from app.activities.statements.runtime import StatementsRuntime
from app.activities.statements.state import StatementGame
from app.core import statements as st
from app.core import templates
from app.core.clock import FakeClock


def test_clicker_and_number_keys_in_the_run_console(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.run.console import RunConsole

    session = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances"))
    activities = store.agenda.list(session.id)
    index = next(i for i, a in enumerate(activities) if a.kind == "statements")
    game = StatementGame(store, activities[index].id, "en")
    game.save_statements([st.Statement("one", "First statement", "Theme"),
                          st.Statement("two", "Second statement", "Theme")])  # fmt: skip
    console = RunConsole(store, session.id, FakeClock())
    qtbot.addWidget(console)
    console.show()
    console.go_to(index)
    runtime = console.runtime
    assert isinstance(runtime, StatementsRuntime)
    panel = console.findChildren(StatementsControl)[0]
    beamer = console.beamer.findChildren(StatementsBeamer)[0]
    assert beamer.statement.text() == "First statement"

    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_3):
        qtbot.keyClick(console, key)
    assert game.tally("one").counts == (2, 0, 1)  # stored at once
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert [bar.count for bar in beamer.chart.data()] == [2, 0, 1]

    qtbot.keyClick(console.beamer, Qt.Key.Key_PageDown)  # the clicker, beamer window focused
    assert console.index == index and beamer.statement.text() == "Second statement"
    assert not beamer.is_revealed()  # a new statement starts hidden
    qtbot.keyClick(console, Qt.Key.Key_2)
    assert game.tally("two").counts == (0, 1, 0) and game.tally("one").counts == (2, 0, 1)
    qtbot.keyClick(console, Qt.Key.Key_PageUp)
    assert beamer.statement.text() == "First statement" and beamer.is_revealed()
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # past the last statement: the agenda moves on
    assert console.index == index + 1
