"""Bingo beside any activity (issue 15 item 4): during the statement game the facilitator marks
heard statements in the console's bingo panel, checks a called card and confirms a winner; the
winner shows over the beamer for 8 s on the console's clock (or until a key) and the statement
comes back; the bingo's own agenda item later shows the same marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import app.widgets.sound as sound
from app.activities.bingo.beamer import BingoBeamer
from app.activities.bingo.control import BingoControl
from app.activities.bingo.panel import BingoPanel, matching
from app.activities.bingo.state import BingoGame
from app.activities.bingo.winner import WinnerScreen
from app.activities.statements.beamer import StatementsBeamer
from app.core import templates
from app.core.bingo_pool import Statement
from app.core.clock import FakeClock
from app.ui.run.bingo_dock import SHOW_SECONDS
from app.ui.run.console import RunConsole

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


def _console(qtbot, store):  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances", "nl"))
    activities = store.agenda.list(meeting.id)
    kinds = [a.kind for a in activities]
    clock = FakeClock()
    console = RunConsole(store, meeting.id, clock)
    qtbot.addWidget(console)
    console.show()
    return console, clock, kinds.index("statements"), kinds.index("bingo"), activities


def _type(qtbot, panel: BingoPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    panel.quick.setFocus()
    panel.quick.clear()
    qtbot.keyClicks(panel.quick, text)
    qtbot.keyClick(panel.quick, Qt.Key.Key_Return)


def test_mark_check_confirm_during_the_statement_game(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    console, clock, s_index, b_index, activities = _console(qtbot, store)
    console.go_to(s_index)
    dock, panel = console.bingo.dock, console.bingo.panel
    assert dock is not None and panel is not None and dock.isVisible()
    statement_screen = console.beamer.current_view()
    assert isinstance(statement_screen, StatementsBeamer)
    shown_statement = statement_screen.statement.text()

    game = BingoGame(store, activities[b_index].id, "nl")
    pool = game.pool()
    card = game.cards()[0]
    numbers = sorted(next(i for i, s in enumerate(pool, 1) if s.id == sid)
                     for sid in card.statement_ids)  # fmt: skip
    # the first one by words (typed, as the completer offers it), the rest by number
    first = pool[numbers[0] - 1]
    _type(qtbot, panel, first.text)
    assert game.heard_ids() == {first.id}
    assert first.text in panel.feedback.text()
    for number in numbers[1:]:
        _type(qtbot, panel, str(number))
    assert game.heard_ids() == set(card.statement_ids)
    assert len(game.marks()) == len(numbers)  # one hearing each: Enter never marks twice
    assert panel.status.text().startswith(f"{len(numbers)} of {len(pool)} statements heard")
    assert console.index == s_index  # typing never moved the agenda (digits, spaces, letters)
    assert console.beamer.current_view() is statement_screen

    panel.card_number.setValue(card.number)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "WINS" in panel.verdict.text() and panel.confirm_button.isEnabled()
    panel.winner_name.setText("Anna <b>Peeters</b>")
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert [(w.card, w.name) for w in game.winners()] == [(card.number, "Anna <b>Peeters</b>")]

    overlay = console.beamer.current_view()
    assert isinstance(overlay, WinnerScreen)
    assert overlay.card.text() == f"Card {card.number:03d}"
    assert overlay.name.text() == "Anna <b>Peeters</b>"
    assert overlay.name.textFormat() == Qt.TextFormat.PlainText
    assert console.runtime is not None and console.index == s_index  # the activity runs on
    clock.advance(SHOW_SECONDS - 1)
    console.bingo.tick()
    assert console.beamer.current_view() is overlay
    clock.advance(1)
    console.bingo.tick()
    assert console.beamer.current_view() is statement_screen
    assert statement_screen.statement.text() == shown_statement

    # the bingo's own item shows those marks and the winner; the panel steps aside meanwhile
    console.go_to(b_index)
    assert not dock.isVisible()
    control = console.findChildren(BingoControl)[0]
    beamer = console.beamer.findChildren(BingoBeamer)[0]
    assert beamer.count.text() == f"{len(numbers)} / {len(pool)}"
    heard_rows = [control.statements.item(r).text() for r in range(control.statements.count())]
    assert sum(row.startswith("✔") for row in heard_rows) == len(numbers)
    assert control.winners.count() == 1
    console.go_to(b_index + 1 if b_index + 1 < len(activities) else s_index)
    assert dock.isVisible()


def test_a_clicker_key_takes_the_winner_off_without_moving_on(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    console, _clock, s_index, _b, _activities = _console(qtbot, store)
    console.go_to(s_index)
    statement_screen = console.beamer.current_view()
    console.bingo.show_winner(7, "")
    assert isinstance(console.beamer.current_view(), WinnerScreen)
    assert console.beamer.current_view().name.isHidden()
    focused = QApplication.focusWidget()  # e.g. a text field of an earlier test's console
    if focused is not None:
        focused.clearFocus()
    qtbot.keyClick(console, Qt.Key.Key_B)  # black still goes over the winner
    assert console.beamer.is_black()
    qtbot.keyClick(console, Qt.Key.Key_B)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert console.index == s_index and console.beamer.current_view() is statement_screen
    assert console.bingo.winner_shown() is False


def test_panel_says_when_words_match_none_or_several(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    console, _clock, s_index, b_index, activities = _console(qtbot, store)
    console.go_to(s_index)
    panel = console.bingo.panel
    _type(qtbot, panel, "zzzz qqqq")
    assert "No statement matches" in panel.feedback.text()
    _type(qtbot, panel, "99999")
    assert "No statement matches" in panel.feedback.text()
    _type(qtbot, panel, "e")
    assert "statements match" in panel.feedback.text()
    assert BingoGame(store, activities[b_index].id, "nl").heard_ids() == set()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)  # disabled: nothing marked
    assert panel.feedback.text().startswith("")


def test_completer_choice_marks_that_statement(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    console, _clock, s_index, b_index, activities = _console(qtbot, store)
    console.go_to(s_index)
    panel = console.bingo.panel
    choice = panel.choices.stringList()[2]
    assert choice.startswith("3. ")
    panel.completer.activated.emit(choice)
    game = BingoGame(store, activities[b_index].id, "nl")
    assert game.heard_ids() == {game.pool()[2].id}
    assert panel.quick.text() == ""
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert game.heard_ids() == set() and "Taken back" in panel.feedback.text()


def test_no_bingo_in_the_session_means_no_panel(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Plain", templates.builtin("learning_network_reflection"))
    assert all(a.kind != "bingo" for a in store.agenda.list(meeting.id))
    console = RunConsole(store, meeting.id, FakeClock())
    qtbot.addWidget(console)
    assert console.bingo.dock is None and not console.bingo.available()
    assert console.bingo.dismiss("next") is False


def test_the_toggle_hides_and_shows_the_panel(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    console, _clock, s_index, _b, _activities = _console(qtbot, store)
    console.go_to(s_index)
    assert console.bingo.dock.isVisible()
    if console.room.dock.isHidden():  # a laptop-sized screen: the phones open with their button
        console.ui.dock_buttons[0].click()
    console.room.dock.raise_()  # the facilitator looks at the phones tab: moving on keeps it
    console.go_to(s_index + 1)
    assert console.room.dock.visibleRegion().isEmpty() is False
    assert console.bingo.dock.visibleRegion().isEmpty()
    console.go_to(s_index)
    console.bingo.button.click()
    assert not console.bingo.dock.isVisible()
    console.go_to(s_index + 1)
    assert not console.bingo.dock.isVisible()  # the choice holds while moving on
    console.bingo.button.click()
    assert console.bingo.dock.isVisible()


def test_matching() -> None:
    pool = [Statement("a", "We need more money"), Statement("b", "More time, more money")]
    assert matching(pool, "2") == [pool[1]]
    assert matching(pool, "2. More time, more money") == [pool[1]]
    assert matching(pool, "money more") == pool
    assert matching(pool, "need money") == [pool[0]]
    assert matching(pool, "0") == [] and matching(pool, "  ") == []
