"""Issue 15: activities keep their state when left, the record of the last run, rehearsals,
"clear actual times" and `tafelronde --session ID --run`."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import app.widgets.sound as sound
from app.core.clock import FakeClock
from app.storage.backups import list_backups
from app.storage.engine import sqlite_path
from app.ui.run.console import RunConsole, as_utc
from app.ui.run.rehearsal import RunBar
from tests.helpers.beamer_shows import shows


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


@pytest.fixture
def agenda(store):  # type: ignore[no-untyped-def]
    """A talk, a free meet-and-greet, a closing talk."""
    session = store.sessions.create("Network day")
    store.agenda.add(session.id, "segment", "Welcome", 10)
    store.agenda.add(session.id, "meet_greet", "Meet", 15, {"mode": "free", "instruction": "Go!"})
    store.agenda.add(session.id, "segment", "Closing", 5)
    return session


def open_console(qtbot, store, session_id: int, rehearsal: bool = False) -> RunConsole:  # type: ignore[no-untyped-def]
    console = RunConsole(store, session_id, FakeClock(), rehearsal=rehearsal)
    qtbot.addWidget(console)
    console.show()
    return console


def digits(console: RunConsole) -> str | None:
    return shows(console.beamer).timer


def test_back_during_a_running_timer_and_forward_again_keeps_it(qtbot, store, agenda) -> None:  # type: ignore[no-untyped-def]
    console = open_console(qtbot, store, agenda.id)
    clock: FakeClock = console.clock  # type: ignore[assignment]
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the talk: its timer runs
    clock.advance(60)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the meet-and-greet, stopped at 15:00
    meet = console.runtime
    assert digits(console) == "15:00"
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # start mingling
    meet.timer.add_minutes(1)  # type: ignore[union-attr]  # +1 min
    clock.advance(10)
    meet.timer.on_timeout()  # type: ignore[union-attr]
    assert digits(console) == "15:50"
    qtbot.keyClick(console, Qt.Key.Key_PageUp)  # a look back at the talk
    assert console.index == 0
    assert digits(console) == "09:00"  # the talk as it ended: not restarted at 10:00
    assert console.runtime.timer.countdown.paused  # type: ignore[union-attr]
    clock.advance(5)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert console.runtime is meet  # the same live runtime, not a new one
    assert digits(console) == "15:45"  # the mingling went on; +1 min kept; running
    assert meet.timer.countdown.running  # type: ignore[union-attr]
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # on to the closing: the meet-and-greet ends
    qtbot.keyClick(console, Qt.Key.Key_PageUp)  # and back: its end state, frozen
    clock.advance(30)
    meet.timer.on_timeout()  # type: ignore[union-attr]
    assert digits(console) == "15:45" and meet.timer.countdown.paused  # type: ignore[union-attr]
    console.close()


def test_restart_is_an_explicit_button(qtbot, store, agenda, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    console = open_console(qtbot, store, agenda.id)
    console.perform("next")
    console.clock.advance(100)  # type: ignore[attr-defined]
    old = console.runtime
    monkeypatch.setattr(RunBar, "confirm_restart", lambda self, activity: False)
    console.run_bar.restart.click()
    assert console.runtime is old  # "No": nothing changed
    monkeypatch.setattr(RunBar, "confirm_restart", lambda self, activity: True)
    console.run_bar.restart.click()
    assert console.runtime is not old and digits(console) == "10:00"
    assert console.runtime.timer.countdown.running  # type: ignore[union-attr]  # talk restarted
    console.close()


def test_a_second_real_run_records_its_own_times_not_the_span(qtbot, store, agenda) -> None:  # type: ignore[no-untyped-def]
    first = open_console(qtbot, store, agenda.id)
    first.perform("next")
    first.clock.advance(60)  # type: ignore[attr-defined]
    first.perform("next")
    first.close()
    talk_id = first.activities[0].id
    earlier = as_utc(store.agenda.get(talk_id).actual_start)
    second = open_console(qtbot, store, agenda.id)
    second.perform("next")
    second.clock.advance(90)  # type: ignore[attr-defined]
    second.perform("next")
    second.clock.advance(100)  # type: ignore[attr-defined]
    second.perform("back")  # going back in the same run keeps this run's start...
    second.clock.advance(30)  # type: ignore[attr-defined]
    second.perform("next")  # ...and adds the 30 s it was shown again, not the 100 s between
    talk = store.agenda.get(talk_id)
    start, end = as_utc(talk.actual_start), as_utc(talk.actual_end)
    assert start is not None and end is not None and earlier is not None
    assert start > earlier  # the last run's start, not the first run's
    assert end - start == timedelta(seconds=120)
    assert "actual 2 min" in second.ui.agenda.item(0).text()
    second.close()


def dump(store, session_id: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The rows a run could change: actual times, results, the session's settings."""
    rows: list[tuple] = [("settings", store.sessions.get(session_id).settings)]
    for activity in store.agenda.list(session_id):
        rows.append((activity.id, activity.actual_start, activity.actual_end, activity.version))
        rows += sorted(store.results.all(activity.id).items(), key=lambda kv: kv[0])
    return rows


def test_a_rehearsal_records_nothing_and_says_so_on_the_console_only(qtbot, store, agenda) -> None:  # type: ignore[no-untyped-def]
    database = sqlite_path(store.db.url)
    assert database is not None
    backups_before = len(list_backups(database))
    before = dump(store, agenda.id)
    console = open_console(qtbot, store, agenda.id, rehearsal=True)
    assert console.run_bar.is_rehearsal() and console.run_bar.banner.isVisible()
    assert "REHEARSAL" in console.run_bar.banner.text()
    assert console.windowTitle().startswith("Rehearsal:")
    texts = [label.text() for label in console.beamer.findChildren(type(console.run_bar.banner))]
    assert not any("REHEARSAL" in text for text in texts)  # never on the beamer
    folder = console.rehearsal.folder  # type: ignore[union-attr]
    for _ in range(4):
        console.perform("next")
        console.clock.advance(120)  # type: ignore[attr-defined]
    # the console shows the rehearsal's times: they live in the temporary copy only
    assert console.store is not store
    assert console.store.agenda.get(console.activities[0].id).actual_start is not None
    assert "actual 2 min" in console.ui.agenda.item(0).text()
    assert not console.safety.backups.active  # no timed backups while rehearsing
    console.close()
    assert dump(store, agenda.id) == before
    assert len(list_backups(database)) == backups_before
    assert not Path(folder).exists()  # the temporary copy is gone


def test_clear_actual_times_asks_first(qtbot, window, answer_yes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.run.launch import clear_times

    store = window.store
    session = store.sessions.create("Network day")
    activity = store.agenda.add(session.id, "segment", "Welcome", 10)
    window.open_session(session.id)
    console = RunConsole(store, session.id, FakeClock())
    qtbot.addWidget(console)
    console.perform("next")
    console.close()
    assert store.agenda.get(activity.id).actual_start is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert clear_times(window) == 0 and store.agenda.get(activity.id).actual_end is not None
    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.clear_times_action.trigger()
    cleared = store.agenda.get(activity.id)
    assert cleared.actual_start is None and cleared.actual_end is None
    assert window.statusBar().currentMessage() == "Actual times cleared (activities: 1)."


@pytest.fixture
def _quiet_log() -> Iterator[None]:
    """run_gui adds a log file handler to the root logger: take it off again."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_tafelronde_session_run_opens_the_console(qtbot, db_path, _quiet_log, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.ui.run.launch as launch
    from app.__main__ import main
    from app.storage import open_store

    store = open_store(db_path)
    session = store.sessions.create("Sector day")
    store.agenda.add(session.id, "segment", "Welcome", 10)
    store.close()
    seen: list[tuple[object, ...]] = []
    original = launch.run_from_arguments

    def spy(window, session_id, rehearse):  # type: ignore[no-untyped-def]
        result = original(window, session_id, rehearse)
        console = window.run_console
        seen.append((result, console.session_id, console.isVisible(), console.rehearsal))
        window.close()  # closes the console too
        QTimer.singleShot(0, QApplication.instance().quit)
        return result

    monkeypatch.setattr(launch, "run_from_arguments", spy)
    args = ["--lang", "en", "--db", str(db_path), "--session", str(session.id), "--run"]
    assert main([*args, "--quit-after", "60000"]) == 0
    assert seen == [(True, session.id, True, None)]


def test_run_with_an_unknown_session_says_so(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.run.launch import run_from_arguments

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert not run_from_arguments(window, 999, False)
    assert shown == ["There is no session 999."] and window.run_console is None


def test_each_statement_keeps_its_own_timer(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Stellingen")
    config = {"scale": "three", "use_default_set": True, "minutes_per_statement": 2}
    store.agenda.add(session.id, "statements", "Stellingenspel", 30, config)
    console = open_console(qtbot, store, session.id)
    console.perform("next")
    game = console.runtime
    game.timer.start()  # type: ignore[union-attr]
    console.clock.advance(30)  # type: ignore[attr-defined]
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the next statement: its own full time
    assert game.snapshot.index == 1 and digits(console) == "02:00"  # type: ignore[union-attr]
    assert not game.timer.countdown.started  # type: ignore[union-attr]
    qtbot.keyClick(console, Qt.Key.Key_PageUp)  # back: the first one as it was left, held
    assert game.snapshot.index == 0 and digits(console) == "01:30"  # type: ignore[union-attr]
    assert game.timer.countdown.paused  # type: ignore[union-attr]
    console.close()
