"""The live bingo as a facilitator uses it: marking, undo, checking winning and losing cards."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.activities.bingo.state import BingoGame
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control, make_runtime, make_setup
from app.core import bingo
from app.core.clock import FakeClock
from printables.styles import ReportOptions

CONFIG = {"rule": "count", "target": 3, "layout": "grid4", "seed": 4242, "cards": 12}


@pytest.fixture
def context(store, meeting) -> ActivityContext:  # type: ignore[no-untyped-def]
    activity = store.agenda.add(meeting.id, "bingo", "Sectorbingo", 5, dict(CONFIG))
    return ActivityContext(store, meeting.id, activity.id, FakeClock(), "nl")


@pytest.fixture
def runtime(qtbot, context):  # type: ignore[no-untyped-def]
    runtime = make_runtime(context)
    runtime.start()
    yield runtime
    runtime.stop()


@pytest.fixture
def control(qtbot, runtime):  # type: ignore[no-untyped-def]
    widget = make_control(runtime)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_registry_builds_the_bingo_runtime(runtime) -> None:  # type: ignore[no-untyped-def]
    assert type(runtime).__name__ == "BingoRuntime"
    assert runtime.snapshot.card_count == 12 and len(runtime.snapshot.pool) == 48
    assert runtime.handle_key("next") is False


def test_click_and_quick_field_mark_and_undo_takes_back(qtbot, control, runtime) -> None:  # type: ignore[no-untyped-def]
    pool = runtime.snapshot.pool
    item = control.statements.item(4)
    rect = control.statements.visualItemRect(item)
    qtbot.mouseClick(control.statements.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [m.statement_id for m in runtime.snapshot.marks] == [pool[4].id]
    assert "1 of 48 statements heard" in control.status.text()
    assert control.statements.item(4).text().startswith("✔ 5.")
    control.quick.setText("2")
    qtbot.keyClick(control.quick, Qt.Key.Key_Return)
    control.quick.setText("draagvlak")
    qtbot.keyClick(control.quick, Qt.Key.Key_Return)
    heard = [m.statement_id for m in runtime.snapshot.marks]
    assert heard == [pool[4].id, pool[1].id, "d20"]
    control.quick.setText("we moeten")  # many statements contain these words
    qtbot.keyClick(control.quick, Qt.Key.Key_Return)
    assert "match" in control.feedback.text() and len(runtime.snapshot.marks) == 3
    qtbot.keyClick(control.statements, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [m.statement_id for m in runtime.snapshot.marks] == [pool[4].id, pool[1].id]
    assert "Taken back" in control.feedback.text()
    qtbot.mouseClick(control.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(control.undo_button, Qt.MouseButton.LeftButton)
    assert runtime.snapshot.marks == []
    assert not control.undo_button.isEnabled()


def test_verifying_a_winning_card_and_confirming_the_winner(
    qtbot, control, runtime, context
) -> None:  # type: ignore[no-untyped-def]
    game = BingoGame(context.store, context.activity_id, "nl")
    card = game.cards()[6]
    for statement in sorted(card.statement_ids)[:3]:
        runtime.mark(statement)
    control.card_number.setValue(7)
    qtbot.mouseClick(control.check_button, Qt.MouseButton.LeftButton)
    assert "WINS" in control.verdict.text() and card.code in control.verdict.text()
    assert control.card_view.marked_count() == 3
    assert control.confirm_button.isEnabled()
    control.winner_name.setText("Anna Test")
    qtbot.mouseClick(control.confirm_button, Qt.MouseButton.LeftButton)
    winners = game.winners()
    assert [(w.card, w.name, w.heard) for w in winners] == [(7, "Anna Test", 3)]
    assert winners[0].at
    assert "card 007 · Anna Test" in control.winners.item(0).text()
    assert runtime.snapshot.winning_cards >= 1


def test_verifying_a_losing_card_and_an_unknown_number(qtbot, control, runtime, context) -> None:  # type: ignore[no-untyped-def]
    game = BingoGame(context.store, context.activity_id, "nl")
    cards = game.cards()
    winner = cards[0]
    for statement in sorted(winner.statement_ids)[:3]:
        runtime.mark(statement)
    heard = game.heard_ids()
    loser = next(c for c in cards if len(c.statement_ids & heard) < 3)
    control.card_number.setValue(loser.number)
    qtbot.mouseClick(control.check_button, Qt.MouseButton.LeftButton)
    assert "does not win" in control.verdict.text()
    assert not control.confirm_button.isEnabled()
    assert control.card_view.marked_count() == len(loser.statement_ids & heard)
    control.card_number.setValue(13)  # only 12 cards exist
    qtbot.mouseClick(control.check_button, Qt.MouseButton.LeftButton)
    assert "no card 013" in control.verdict.text()
    assert game.winners() == []


def test_beamer_counts_heard_shows_latest_and_winning_cards(qtbot, runtime, context) -> None:  # type: ignore[no-untyped-def]
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    beamer.resize(1920, 1080)
    beamer.show()
    assert beamer.count.text() == "0 / 48"
    card = BingoGame(context.store, context.activity_id, "nl").cards()[2]
    ids = sorted(card.statement_ids)[:3]
    for statement in ids:
        runtime.mark(statement)
    assert beamer.count.text() == "3 / 48"
    assert runtime.snapshot.text(ids[-1]) in beamer.latest[0].text().replace("\u00ad", "")
    cards = BingoGame(context.store, context.activity_id).cards()
    rule, layout = bingo.rule_of("count", 3), bingo.layout_of("grid4")
    expected = len(bingo.winners(cards, set(ids), rule, layout))
    assert expected >= 1
    assert beamer.winning.text().startswith(f"{expected} card")
    assert "font-size: 151px" in beamer.count.styleSheet()  # sized from 1080 px height
    beamer.resize(960, 540)
    assert "font-size: 75px" in beamer.count.styleSheet()
    assert "font-size: 27px" in beamer.latest_caption.styleSheet()  # 1/20 of the height


def test_beamer_says_who_won_once_the_winner_is_confirmed(qtbot, runtime, context) -> None:  # type: ignore[no-untyped-def]
    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    cards = BingoGame(context.store, context.activity_id, "nl").cards()
    for statement in sorted(cards[6].statement_ids)[:3]:
        runtime.mark(statement)
    rule, layout = bingo.rule_of("count", 3), bingo.layout_of("grid4")
    can_call = {c.number for c in bingo.winners(cards, runtime.snapshot.heard, rule, layout)}
    assert 7 in can_call
    assert "can call BINGO" in beamer.winning.text() and "won" not in beamer.winning.text()
    runtime.confirm_winner(7, "Anna Test")
    text = beamer.winning.text()
    assert text.splitlines()[0] == "BINGO! Anna Test won (card 007)"
    others = len(can_call - {7})
    assert ("can call BINGO" in text) == (others > 0)  # only cards besides the winner's
    if others:
        assert f"{others} more card" in text
    runtime.confirm_winner(next(iter(can_call - {7}), 1), "")
    # "2 winners so far" once the English catalogue is installed, "2 winner(s) so far" without it
    assert "2 winner" in beamer.winning.text() and "so far" in beamer.winning.text()
    assert beamer.winning.text().startswith("BINGO! ")


def test_bingo_beamer_statements_carry_soft_hyphens(qtbot, runtime, context) -> None:  # type: ignore[no-untyped-def]
    """Long words on the beamer break at a Dutch syllable: Qt honours U+00AD when it wraps."""
    from PySide6.QtGui import QFont, QTextLayout

    beamer = make_beamer(runtime)
    qtbot.addWidget(beamer)
    statement = next(s for s in runtime.snapshot.pool if max(map(len, s.text.split())) >= 10)
    runtime.mark(statement.id)
    shown = beamer.latest[0].text()
    assert "\u00ad" in shown and shown.replace("\u00ad", "") == f"✔ {statement.text}"
    layout = QTextLayout("De programmatoren", QFont())  # the label's text engine, narrow line
    layout.setText("De pro\u00adgram\u00adma\u00adto\u00adren")
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(layout.boundingRect().width() or 60)
        line.setLineWidth(60)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    text = layout.text()
    assert len(ends) > 1 and all(text[end - 1] in " \u00ad" for end in ends[:-1])


def test_another_laptop_marking_updates_this_one(qtbot, runtime, context) -> None:  # type: ignore[no-untyped-def]
    other = BingoGame(context.store, context.activity_id, "nl")
    other.mark("d07")
    qtbot.waitUntil(lambda: runtime.snapshot.heard == {"d07"}, timeout=2000)


def test_setup_edits_the_pool_and_prints_cards(qtbot, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup = make_setup(context)
    qtbot.addWidget(setup)
    game = BingoGame(context.store, context.activity_id, "nl")
    setup.pool_list.setCurrentRow(0)
    setup.add_statement("Dat staat in het beleidsplan.")
    assert game.pool()[1].text == "Dat staat in het beleidsplan."
    setup.edit_selected("Dat staat echt in het beleidsplan.")
    assert game.pool()[1].text == "Dat staat echt in het beleidsplan."
    setup.move_selected(-1)
    assert game.pool()[0].text == "Dat staat echt in het beleidsplan."
    setup.remove_selected()
    assert len(game.pool()) == 48
    source = tmp_path / "eigen.txt"
    source.write_text("- Eigen uitspraak één\n\nWe moeten meer samenwerken.\n", encoding="utf-8")
    setup.import_file(str(source))
    assert game.pool()[-1].text == "Eigen uitspraak één" and len(game.pool()) == 49
    assert "line 3" in setup.pool_message.text()
    setup.add_statement("")
    setup.edit_selected("x" * 300)
    assert "140" in setup.pool_message.text()
    setup.reset_pool(confirm=False)
    assert "pool" not in game.config() and len(game.pool()) == 48
    assert setup.per_page.currentData() == 2  # two cards per A4 unless chosen otherwise
    target = tmp_path / "kaarten.pdf"
    setup.print_cards(str(target))
    qtbot.waitUntil(lambda: "saved" in setup.summary.text(), timeout=10000)
    assert len(PdfReader(target).pages) == 7  # 12 cards and a blank one, two per page
    assert game.config()["printed"] == 12


def test_setup_explains_settings_that_cannot_work(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    setup = make_setup(context)
    qtbot.addWidget(setup)
    setup.layout_box.setCurrentIndex(setup.layout_box.findData("list"))
    setup.rule_box.setCurrentIndex(setup.rule_box.findData("line"))
    assert "no lines" in setup.summary.text()
    assert not setup.print_button.isEnabled()


def test_report_lists_heard_statements_most_heard_and_winners(runtime, context) -> None:  # type: ignore[no-untyped-def]
    from app.activities import registry

    runtime.mark("d02")
    runtime.mark("d09")
    runtime.mark("d02")
    card = runtime.game.cards()[0]
    for statement in card.statement_ids:
        runtime.mark(statement)
    runtime.confirm_winner(1, "Bram Test")
    section = registry.load(registry.kind("bingo").report)
    activity = context.activity()
    hidden = " ".join(getattr(f, "text", "") for f in section(context.store, activity,
                                                              ReportOptions()))  # fmt: skip
    assert "Er is gewoon te weinig geld." in hidden and "Most heard" in hidden
    assert "card 001" in hidden and "Bram Test" not in hidden
    named = section(context.store, activity, ReportOptions(include_participants=True))
    assert "Bram Test" not in " ".join(getattr(f, "text", "") for f in named)  # no consent
    bram = next(p for p in context.store.participants.list(context.session_id)
                if p.first_name == "Bram")  # fmt: skip
    context.store.participants.update(bram.id, consent=True)
    named = section(context.store, activity, ReportOptions(include_participants=True))
    assert "Bram Test (card 001)" in " ".join(getattr(f, "text", "") for f in named)


def test_the_run_console_runs_the_bingo(qtbot, store, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.widgets.sound as sound
    from app.ui.run.console import RunConsole

    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)
    window = RunConsole(store, context.session_id, FakeClock())
    qtbot.addWidget(window)
    window.show()
    position = [a.id for a in store.agenda.list(context.session_id)].index(context.activity_id)
    window.go_to(position)
    assert type(window.runtime).__name__ == "BingoRuntime"
    window.runtime.mark("d01")
    assert window.runtime.snapshot.heard == {"d01"}
    window.close()


def test_a_checked_card_is_judged_again_when_marks_change(qtbot, control, runtime, context) -> None:  # type: ignore[no-untyped-def]
    card = BingoGame(context.store, context.activity_id, "nl").cards()[3]
    ids = sorted(card.statement_ids)
    runtime.mark(ids[0])
    runtime.mark(ids[1])
    control.card_number.setValue(4)
    qtbot.mouseClick(control.check_button, Qt.MouseButton.LeftButton)
    assert "does not win" in control.verdict.text() and not control.confirm_button.isEnabled()
    runtime.mark(ids[2])  # the third statement is heard while the card is on screen
    assert "WINS" in control.verdict.text() and control.confirm_button.isEnabled()
    qtbot.keyClick(control.statements, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "does not win" in control.verdict.text()


def test_the_checked_card_hyphenates_only_words_wider_than_their_cell(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The control's card view broke "program matoren" anywhere; now a word wider than its
    cell gets soft hyphens at its syllables (Qt draws the hyphen where it breaks)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetrics

    from app.activities.bingo.card_view import CardView, _fitting_font, hyphenate_wide

    font = QFont()
    font.setPixelSize(14)
    metrics = QFontMetrics(font)
    narrow = metrics.horizontalAdvance("programma")  # "programmatoren" does not fit, "De" does
    shown = hyphenate_wide("De programmatoren durven", metrics, narrow, "nl")
    assert shown == "De pro\u00adgram\u00adma\u00adto\u00adren durven"
    chosen, text = _fitting_font(font, "De programmatoren durven geen risico meer te nemen.",
                                 QRectF(0, 0, 80, 120), 14, 0, "nl")  # fmt: skip
    assert "pro\u00adgram" in text and "ge\u00aden" not in text  # only the wide word
    assert 9 <= chosen.pixelSize() <= 14
    view = CardView()
    qtbot.addWidget(view)
    view.show_card(["De programmatoren durven geen risico meer te nemen."] * 16, [True] * 16, 4)
    view.resize(330, 500)
    view.show()
    assert not view.grab().isNull()  # paints with the hyphenated text
