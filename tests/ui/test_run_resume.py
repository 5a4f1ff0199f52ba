"""The run console after a crash: it offers the interrupted activity, with its timer, and backs up.

A "crash" here is a console that is never closed (its resume point still says running); the
real SIGKILL version is tests/test_crash_safety_activities.py.
"""

from __future__ import annotations

import pytest

import app.widgets.sound as sound
from app.core.clock import FakeClock
from app.storage.backups import list_backups
from app.storage.engine import sqlite_path
from app.storage.run_state import interrupted_run
from app.ui.run.console import RunConsole
from app.ui.run.resume import remaining_text, resume_bar


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


@pytest.fixture
def agenda(store):  # type: ignore[no-untyped-def]
    session = store.sessions.create("Netwerkdag")
    store.agenda.add(session.id, "segment", "Welkom", 10, {"caption": "Waarom we hier zijn"})
    store.agenda.add(session.id, "segment", "Pitches", 20)
    store.agenda.add(session.id, "segment", "Afsluiting", 5)
    return session


def crashed_console(qtbot, store, session_id: int, index: int, seconds: float, pause: bool):  # type: ignore[no-untyped-def]
    """A console that ran activity `index` for `seconds` and then was never closed normally."""
    clock = FakeClock()
    console = RunConsole(store, session_id, clock)
    console.go_to(index)
    clock.advance(seconds)
    if pause:
        console.runtime.timer.pause()  # type: ignore[union-attr]
    console.safety.backups.stop()
    console.safety.recorder.save()
    console.safety.recorder.left = lambda clear=True: None  # the process died: nothing clears
    console.safety.left = lambda: None
    return console


def test_the_console_offers_the_interrupted_activity_and_paused_timer(qtbot, store, agenda) -> None:  # type: ignore[no-untyped-def]
    crashed = crashed_console(qtbot, store, agenda.id, 1, 200, pause=True)
    assert interrupted_run(store, agenda.id) is not None
    console = RunConsole(store, agenda.id, FakeClock())
    qtbot.addWidget(console)
    console.show()
    bar = resume_bar(console)
    assert bar is not None and bar.isVisible()
    assert "Pitches" in console.safety.label.text() and "16:40" in console.safety.label.text()
    assert console.index == -1  # nothing happens until the facilitator says so
    console.safety.resume_button.click()
    assert console.index == 1 and resume_bar(console) is None
    countdown = console.runtime.timer.countdown  # type: ignore[union-attr]
    assert countdown.paused and countdown.remaining() == pytest.approx(1000)
    console.runtime.timer.resume()  # type: ignore[union-attr]
    console.clock.advance(60)  # type: ignore[attr-defined]
    assert countdown.remaining() == pytest.approx(940)
    console.close()
    assert interrupted_run(store, agenda.id) is None  # closed normally: nothing to offer
    crashed.deleteLater()


def test_a_running_timer_is_resumed_running(qtbot, store, agenda) -> None:  # type: ignore[no-untyped-def]
    crashed = crashed_console(qtbot, store, agenda.id, 0, 90, pause=False)
    console = RunConsole(store, agenda.id, FakeClock())
    qtbot.addWidget(console)
    console.safety.resume()
    countdown = console.runtime.timer.countdown  # type: ignore[union-attr]
    assert console.index == 0 and countdown.running
    # 600 s planned, 90 s used; the real seconds of this test may also count, never more
    assert 500 <= countdown.remaining() <= 510
    console.close()
    crashed.deleteLater()


def test_starting_over_and_a_normal_close_offer_nothing(qtbot, store, agenda) -> None:  # type: ignore[no-untyped-def]
    crashed = crashed_console(qtbot, store, agenda.id, 2, 10, pause=False)
    console = RunConsole(store, agenda.id, FakeClock())
    qtbot.addWidget(console)
    console.safety.dismiss_button.click()
    assert resume_bar(console) is None and console.index == -1
    console.go_to(0)
    console.go_to(1)
    console.close()
    again = RunConsole(store, agenda.id, FakeClock())
    qtbot.addWidget(again)
    assert resume_bar(again) is None
    again.close()
    crashed.deleteLater()


def test_backups_run_while_the_console_is_open_and_once_at_the_end(qtbot, store, agenda) -> None:  # type: ignore[no-untyped-def]
    database = sqlite_path(store.db.url)
    assert database is not None
    before = len(list_backups(database))
    console = RunConsole(store, agenda.id, FakeClock())
    qtbot.addWidget(console)
    assert console.safety.backups.active
    store.agenda.add(agenda.id, "segment", "Extra", 5)
    console.safety.backups.timer.timeout.emit()  # five minutes later
    assert len(list_backups(database)) == before + 1
    store.agenda.add(agenda.id, "segment", "Nog een", 5)
    console.close()
    assert not console.safety.backups.active
    backups = list_backups(database)
    assert len(backups) == before + 2 and backups[0].reason == "timer"
    assert backups[0].session_count() == 1


def test_remaining_text() -> None:
    assert remaining_text(1000) == "16:40"
    assert remaining_text(-65) == "+1:05"
