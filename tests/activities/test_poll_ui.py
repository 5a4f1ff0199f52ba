"""The poll's console panel, beamer and setup page driven with qtbot; phone answers arrive as
the room stores them, and the revealed chart follows them live."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.activities import registry
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control
from app.activities.poll.beamer import PollBeamer
from app.activities.poll.control import PollControl
from app.activities.poll.runtime import PollRuntime
from app.activities.poll.setup import PollSetup
from app.activities.poll.state import ANSWER, CLOSED, OPEN, PollState
from app.core import poll as pl
from app.core.clock import FakeClock
from app.widgets.beamer_style import min_text_px

OPTIONS = ["Excel voor productieleiders", "Budgetbeheer", "Contracten en verzekeringen"]


def make(store, qtbot, mode: str = pl.OPTIONS, options=OPTIONS):  # type: ignore[no-untyped-def]
    session = store.sessions.create("Netwerk")
    activity = store.agenda.add(session.id, "poll", "Opleiding", 5,
                                registry.kind("poll").default_config)  # fmt: skip
    if options is not None:
        PollState(store, activity.id).save_poll(
            pl.validate("Welke opleiding wil je volgen?", mode, list(options))
        )
    context = ActivityContext(store, session.id, activity.id, FakeClock(), "en")
    runtime = PollRuntime(context)
    panel, beamer = make_control(runtime), make_beamer(runtime)
    assert isinstance(panel, PollControl) and isinstance(beamer, PollBeamer)
    qtbot.addWidget(panel)
    qtbot.addWidget(beamer)
    panel.show()
    beamer.resize(1920, 1080)
    beamer.show()
    runtime.start()
    return runtime, panel, beamer, context


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_open_count_by_hand_reveal_and_close(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, context = make(store, qtbot)
    assert not panel.close_button.isEnabled() and panel.open_button.isEnabled()
    click(qtbot, panel.open_button)
    assert PollState(store, context.activity_id).status() == OPEN
    click(qtbot, panel.plus_buttons[1])
    click(qtbot, panel.plus_buttons[1])
    click(qtbot, panel.plus_buttons[0])
    click(qtbot, panel.minus_buttons[0])
    panel.spins[2].setValue(3)  # a count typed into its box
    assert runtime.snapshot.tally.typed == (0, 2, 3)
    assert panel.count_labels[1].text() == "2  (40%)"
    assert not beamer.is_revealed()  # the facilitator sees counts, the room does not yet
    assert "Answer on your phone" in beamer.status.text()
    click(qtbot, panel.reveal_button)
    assert beamer.is_revealed()
    assert [(b.label, b.count) for b in beamer.chart.data()] == list(
        zip(OPTIONS, (0, 2, 3), strict=True)
    )
    click(qtbot, panel.close_button)
    assert runtime.snapshot.status == CLOSED and panel.open_button.text() == "Reopen the poll"
    assert "5 answers in all" in panel.totals.text() and "5 typed in" in panel.totals.text()


def test_phone_answers_arrive_live_on_the_revealed_chart(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, context = make(store, qtbot)
    runtime.open()
    runtime.set_revealed(True)
    store.results.set_many(context.activity_id, {f"{ANSWER}p1": "1", f"{ANSWER}p2": "3"})
    qtbot.waitUntil(lambda: runtime.snapshot.tally.phones == (1, 0, 1))  # via follow_store
    assert [b.count for b in beamer.chart.data()] == [1, 0, 1]
    assert panel.phone_labels[2].text() == "1"
    store.results.set(context.activity_id, f"{ANSWER}p1", "3")  # p1 changes its mind
    qtbot.waitUntil(lambda: [b.count for b in beamer.chart.data()] == [0, 0, 2])
    assert "2 from phones" in panel.totals.text()


def test_the_clicker_walks_open_close_reveal_then_moves_on(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, _panel, beamer, _ = make(store, qtbot)
    assert runtime.handle_key("back") is False
    assert runtime.handle_key("next") and runtime.snapshot.status == OPEN
    assert runtime.handle_key("next") and runtime.snapshot.status == CLOSED
    assert runtime.handle_key("next") and beamer.is_revealed()
    assert runtime.handle_key("next") is False


def test_no_text_on_the_beamer_under_a_twentieth_of_its_height(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    six = [f"Optie {n}: een lange omschrijving van een mogelijke opleiding" for n in range(1, 7)]
    runtime, _panel, beamer, _ = make(store, qtbot, options=six)
    runtime.open()
    for height in (1080, 720):
        beamer.resize(height * 16 // 9, height)
        assert min(beamer.text_pixels()) >= min_text_px(height)
        runtime.set_revealed(True)
        assert beamer.is_revealed() and min(beamer.text_pixels()) >= min_text_px(height)
        assert all(label.startswith(f"{n}  ") for n, label
                   in enumerate(beamer.chart.labels(), start=1))  # fmt: skip
        runtime.set_revealed(False)


def test_an_unready_poll_cannot_be_opened_and_says_why(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    runtime, panel, beamer, _ = make(store, qtbot, options=None)
    assert not panel.open_button.isEnabled() and not panel.reveal_button.isEnabled()
    assert "Type the question the room answers." in panel.status.text()
    assert runtime.handle_key("next") is False
    assert "No question yet" in beamer.question.text()


def test_setup_saves_what_is_typed_and_names_the_problem(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Netwerk")
    activity = store.agenda.add(session.id, "poll", "Opleiding", 5,
                                registry.kind("poll").default_config)  # fmt: skip
    context = ActivityContext(store, session.id, activity.id, FakeClock(), "en")
    page = PollSetup(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.question, "Wat  neem je mee?")
    page.options.setPlainText("Contacten\n\n<b>Ideeën</b>")
    page.autosaver.flush()
    assert page.status.text() == "Option 2 is empty: type a text or remove it."
    page.options.setPlainText("Contacten\nIdeeën\ncontacten ")
    page.autosaver.flush()
    assert page.status.text() == "Options 1 and 3 are the same: “contacten”. Keep one of them."
    page.options.setPlainText("Contacten\n<b>Ideeën</b>\n")
    page.autosaver.flush()
    assert page.status.text() == "Saved. The poll is ready."
    poll = PollState(store, activity.id).poll()
    assert poll.question == "Wat neem je mee?" and poll.options == ("Contacten", "<b>Ideeën</b>")
    page.mode.setCurrentIndex(page.mode.findData(pl.SCALE))
    assert page.options.isHidden() and not page.scale_note.isHidden()
    assert PollState(store, activity.id).poll().keys == ("1", "2", "3", "4", "5")
    reopened = PollSetup(context)
    qtbot.addWidget(reopened)
    assert reopened.mode.currentData() == pl.SCALE
    assert reopened.options.toPlainText() == "Contacten\n<b>Ideeën</b>"  # kept for switching back
