"""The control panel driven with keys, buttons and typing; the beamer chart follows every count."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control
from app.activities.statements.beamer import StatementsBeamer
from app.activities.statements.chart import WRAP
from app.activities.statements.control import StatementsControl
from app.activities.statements.runtime import StatementsRuntime
from app.activities.statements.setup import StatementsSetup
from app.activities.statements.state import StatementGame
from app.core import templates
from app.core.clock import FakeClock


def make(store, qtbot, language: str = "en", **config):  # type: ignore[no-untyped-def]
    session = store.sessions.create("Sectordag", templates.builtin("sector_day_alliances"))
    activity = next(a for a in store.agenda.list(session.id) if a.kind == "statements")
    if config:
        StatementGame(store, activity.id).update_config(**config)
    context = ActivityContext(store, session.id, activity.id, FakeClock(), language)
    runtime = StatementsRuntime(context)
    panel = make_control(runtime)
    beamer = make_beamer(runtime)
    assert isinstance(panel, StatementsControl) and isinstance(beamer, StatementsBeamer)
    qtbot.addWidget(panel)
    qtbot.addWidget(beamer)
    panel.show()
    beamer.resize(1920, 1080)
    beamer.show()
    runtime.start()
    return runtime, panel, beamer, context


def chart_counts(beamer: StatementsBeamer) -> list[tuple[str, int]]:
    return [(bar.label, bar.count) for bar in beamer.chart.data()]


def test_number_keys_count_and_the_revealed_chart_follows(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, _ = make(store, qtbot)
    panel.for_list.list.setFocus()
    target = panel.for_list.list
    assert not beamer.is_revealed()
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_2):
        qtbot.keyClick(target, key)
    qtbot.keyClick(target, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # takes one away
    qtbot.keyClick(target, Qt.Key.Key_7)  # no seventh position: ignored
    assert runtime.snapshot.tally.counts == (2, 1, 1)
    assert [spin.value() for spin in panel.spins] == [2, 1, 1]
    assert panel.share_labels[0].text() == "50%"
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert beamer.is_revealed() and not beamer.legend.isVisibleTo(beamer)
    assert chart_counts(beamer) == [("Agree", 2), ("Doubt", 1), ("Disagree", 1)]
    qtbot.mouseClick(panel.plus_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.plus_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.minus_buttons[1], Qt.MouseButton.LeftButton)
    assert chart_counts(beamer) == [("Agree", 2), ("Doubt", 0), ("Disagree", 3)]
    assert [round(bar.share, 2) for bar in beamer.chart.data()] == [0.4, 0.0, 0.6]
    assert panel.reveal_button.text() == "Hide the tally on the beamer"
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert not beamer.is_revealed() and beamer.legend.isVisibleTo(beamer)


def test_keys_count_on_top_of_phone_votes(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Phones' votes add to the chart; keys and boxes change only the hand count (a key press
    used to copy every phone vote into the hand count as well)."""
    from app.activities.statements.state import phone_vote_key

    runtime, panel, beamer, context = make(store, qtbot)
    sid = runtime.snapshot.statement.id
    for phone, position in (("a", "agree"), ("b", "agree"), ("c", "disagree")):
        store.results.set(context.activity_id, phone_vote_key(sid, phone), position)
    runtime.refresh()
    panel.for_list.list.setFocus()
    for _ in range(3):
        qtbot.keyClick(panel.for_list.list, Qt.Key.Key_1)
    assert runtime.snapshot.hand.counts == (3, 0, 0)
    assert runtime.snapshot.tally.counts == (5, 0, 1)
    assert [spin.value() for spin in panel.spins] == [3, 0, 0]
    assert panel.share_labels[0].text() == "83%  +2 by phone"
    assert panel.total_label.text() == "Counted: 6"
    panel.spins[2].setValue(4)  # typed: four people by hand, one phone on top
    runtime.set_revealed(True)
    assert chart_counts(beamer) == [("Agree", 5), ("Doubt", 0), ("Disagree", 5)]
    game = StatementGame(store, context.activity_id)
    assert game.tally(sid).counts == (5, 0, 5) and game.hand_tally(sid).counts == (3, 0, 4)


def test_typing_a_count_directly(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, context = make(store, qtbot)
    spin = panel.spins[1]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "17")  # digits go into the box, not to the number-key counting
    assert runtime.snapshot.tally.counts == (0, 17, 0)
    assert StatementGame(context.store, context.activity_id).tally("demand-1").counts == (0, 17, 0)
    assert chart_counts(beamer)[1] == ("Doubt", 17)


def test_clicker_and_buttons_move_between_statements(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, _ = make(store, qtbot)
    assert panel.position_label.text() == "Statement 1 of 16"
    assert not panel.back_button.isEnabled()
    assert runtime.handle_key("next")
    assert panel.position_label.text() == "Statement 2 of 16"
    assert beamer.statement.text() == runtime.snapshot.statements[1].text
    assert beamer.progress.text() == "2 / 16"
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert runtime.snapshot.index == 1
    assert beamer.theme.text() == "From supply-driven to demand-driven"


def test_arguments_with_a_strongest_mark(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, _, context = make(store, qtbot)
    against = panel.against_list
    against.entry.setFocus()
    qtbot.keyClicks(against.entry, "Only 3 people asked for it")  # the 3 is typed, not counted
    qtbot.keyClick(against.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(against.entry, "Surprise needs room")
    qtbot.mouseClick(against.add_button, Qt.MouseButton.LeftButton)
    assert runtime.snapshot.tally.total == 0
    assert against.list.count() == 2 and against.entry.text() == ""
    against.list.setCurrentRow(1)
    qtbot.mouseClick(against.strongest_button, Qt.MouseButton.LeftButton)
    assert against.list.item(1).text() == "★ Surprise needs room"
    assert against.list.item(1).font().bold()
    stored = StatementGame(context.store, context.activity_id).arguments("demand-1")
    assert [(a.side, a.text, a.strongest) for a in stored] == [
        ("against", "Only 3 people asked for it", False),
        ("against", "Surprise needs room", True),
    ]
    assert panel.for_list.list.count() == 0
    against.list.setCurrentRow(0)
    qtbot.mouseClick(against.remove_button, Qt.MouseButton.LeftButton)
    assert [a.text for a in runtime.snapshot.arguments] == ["Surprise needs room"]
    pasted = runtime.add_argument("for", "word " * 1000)  # a whole text pasted by mistake
    assert pasted is not None and len(pasted.text) == 1000
    assert panel.for_list.entry.maxLength() == 1000


def test_beamer_is_large_and_fits_long_statements(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, _, beamer, context = make(store, qtbot)
    short = beamer.statement.pixel_size()
    assert short >= 90  # readable from the back of the room at 1080 lines
    assert 1080 / 20 <= beamer.theme.pixel_size() < short * 0.6  # small, yet readable
    assert [item[1] for item in beamer.legend.items()] == ["Agree", "Doubt", "Disagree"]
    game = StatementGame(context.store, context.activity_id)
    long_text = "A statement that goes on and on about residencies, budgets and audiences " * 5
    game.update_config(statements=[{"id": "long", "theme": "T", "text": long_text}])
    runtime.refresh()
    long = beamer.statement.pixel_size()
    assert 30 <= long < short
    beamer.resize(960, 540)
    QApplication.processEvents()
    assert beamer.statement.pixel_size() < long  # sized from its own height
    assert beamer.statement.geometry().bottom() <= beamer.height()


def test_five_point_line_up_and_optional_timer(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, _ = make(store, qtbot, scale="five", minutes_per_statement=2)
    assert len(panel.spins) == 5 and beamer.timer_view is not None
    assert runtime.timer is not None and runtime.timer.text() == "02:00"
    panel.for_list.list.setFocus()
    qtbot.keyClick(panel.for_list.list, Qt.Key.Key_5)
    runtime.set_revealed(True)
    assert chart_counts(beamer)[4] == ("Fully disagree", 1)
    assert beamer.timer_view.geometry().right() <= 1920
    assert_labels_fit(beamer)


def assert_labels_fit(beamer: StatementsBeamer) -> None:
    """Every position name fits under its own bar (it used to run into the next one)."""
    chart = beamer.chart
    metrics = QFontMetrics(chart.label_font())
    slot = chart.width() / len(chart.data())
    box = QRect(0, 0, int(slot * 0.96), int(chart.label_height()))
    for label in chart.labels():
        used = metrics.boundingRect(box, WRAP, label)
        assert used.width() <= box.width() and used.height() <= box.height()
    assert chart.label_font().pixelSize() >= beamer.height() / 20  # the beamer's minimum
    image = chart.grab().toImage()
    background = image.pixel(0, 0)
    band = range(int(image.height() * 0.8), image.height())
    edges = (0, 1, image.width() - 2, image.width() - 1)
    assert all(image.pixel(x, y) == background for x in edges for y in band)  # nothing cut off


def test_dutch_labels_on_the_beamer(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.i18n import install_translators

    install_translators(QApplication.instance(), "nl")
    try:
        runtime, panel, beamer, context = make(store, qtbot, language="nl")
        assert [item[1] for item in beamer.legend.items()] == ["Eens", "Twijfel", "Oneens"]
        assert beamer.theme.text() == "Van aanbodgestuurd naar vraaggestuurd"
        assert panel.position_label.text() == "Stelling 1 van 16"
        StatementGame(context.store, context.activity_id).update_config(scale="five")
        runtime.set_revealed(True)
        qtbot.waitUntil(lambda: len(beamer.chart.data()) == 5, timeout=10_000)
        assert beamer.chart.data()[4].label == "Helemaal oneens"
        assert_labels_fit(beamer)
    finally:
        install_translators(QApplication.instance(), "en")


def test_setup_page_imports_and_edits(store, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    runtime, _, _, context = make(store, qtbot)
    page = StatementsSetup(context)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 16
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert page.import_file(bad) is False
    assert "photo.txt was not imported: This is not a text file" in page.status.text()
    good = tmp_path / "mine.txt"
    good.write_text("# Own theme\nFirst own statement\nSecond own statement\n", encoding="utf-8")
    assert page.import_file(good) is True
    assert page.status.text() == "2 statements imported from mine.txt."
    game = StatementGame(context.store, context.activity_id, "en")
    assert [s.text for s in game.statements()[-2:]] == [
        "First own statement",
        "Second own statement",
    ]
    page.table.item(0, 1).setText("Edited first statement")
    page.autosaver.flush()
    assert game.statements()[0].text == "Edited first statement"
    assert game.statements()[0].id == "demand-1"  # counts stay attached to the statement
    page.scale_box.setCurrentIndex(1)
    assert game.scale().key == "five"
    page.table.selectRow(0)
    page.remove_rows()
    assert len(game.statements()) == 17
    page.use_default_set()
    assert page.table.rowCount() == 16 and game.statements()[0].text.startswith("A cultural")
    runtime.refresh()
    assert runtime.snapshot.scale.key == "five"


def test_setup_rows_follow_the_width(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Statements wrap in their column, and rows shrink again once the page is wide."""
    _, _, _, context = make(store, qtbot)
    page = StatementsSetup(context)
    qtbot.addWidget(page)
    page.resize(1100, 620)
    page.show()
    line = page.table.fontMetrics().height()
    qtbot.waitUntil(lambda: page.table.rowHeight(0) < 3 * line, timeout=10_000)
    page.resize(420, 620)
    qtbot.waitUntil(lambda: page.table.rowHeight(0) >= 2 * line, timeout=10_000)
