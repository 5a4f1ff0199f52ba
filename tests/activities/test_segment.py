"""Talks and breaks: the timer starts on entering; the caption is edited on the setup page."""

from __future__ import annotations

import pytest

import app.widgets.sound as sound
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_runtime, make_setup
from app.activities.segment.setup import SegmentSetup
from app.core.clock import FakeClock


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


def test_caption_is_saved_keeping_the_other_language(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Day")
    caption = {"nl": "Waarom zijn we hier", "en": "Why we are here"}
    talk = store.agenda.add(session.id, "segment", "Welcome", 10, {"caption": caption})
    context = ActivityContext(store, session.id, talk.id, language="en")
    page = make_setup(context)
    qtbot.addWidget(page)
    assert isinstance(page, SegmentSetup) and page.caption.text() == "Why we are here"
    page.caption.setFocus()
    qtbot.keyClicks(page.caption, "?")
    page.caption.editingFinished.emit()
    assert context.config()["caption"] == {"nl": "Waarom zijn we hier", "en": "Why we are here?"}
    runtime = make_runtime(ActivityContext(store, session.id, talk.id, FakeClock(), "en"))
    view = make_beamer(runtime)
    qtbot.addWidget(view)
    assert view.caption.text() == "Why we are here?" and view.header.text() == "Welcome"


def test_the_talk_timer_starts_when_entered_and_next_moves_on(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Day")
    talk = store.agenda.add(session.id, "segment", "Keynote", 20, {"caption": "plain text"})
    clock = FakeClock()
    runtime = make_runtime(ActivityContext(store, session.id, talk.id, clock, "nl"))
    assert runtime.timer.text() == "20:00" and runtime.timer.caption() == "plain text"
    runtime.start()
    clock.advance(61)
    runtime.timer.on_timeout()
    assert runtime.timer.text() == "18:59"
    assert runtime.handle_key("next") is False  # the clicker moves the agenda on
    runtime.stop()
    assert not runtime.timer.is_scheduled()


def test_the_warning_colour_starts_when_the_setup_page_says(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from app.core.countdown import State
    from app.widgets.timer import warning_seconds

    session = store.sessions.create("Day")
    talk = store.agenda.add(session.id, "segment", "Keynote", 10)
    page = make_setup(ActivityContext(store, session.id, talk.id, language="en"))
    qtbot.addWidget(page)
    assert page.warning.value() == 60  # the default: the last minute
    page.warning.setValue(120)
    clock = FakeClock()
    runtime = make_runtime(ActivityContext(store, session.id, talk.id, clock, "en"))
    runtime.start()
    clock.advance(10 * 60 - 121)
    assert runtime.timer.state() is State.RUNNING
    clock.advance(2)
    assert runtime.timer.state() is State.WARNING
    assert warning_seconds({"warning_seconds": True}) == 60  # nonsense falls back to the default
    assert warning_seconds({"warning_seconds": 99999}) == 3600
