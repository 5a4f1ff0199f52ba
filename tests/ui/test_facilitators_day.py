"""A facilitator's day (issue 15): the sector-day template with a meet-and-greet and a breakout
added, 80 participants, run from the welcome page to "Thank you!" with only the clicker's keys
(PageDown, PageUp, B and ".") plus typing where a person would, on a 1366x768 console and a
1920x1080 beamer, with a fake clock. After every key the test asserts what the room sees.

Run for real it records the actual times, which the console's agenda, its ahead/behind line and
the report all read; run as a rehearsal it leaves the database's actual times, results and
settings exactly as they were.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import app.widgets.sound as sound
from app.activities.bingo.state import BingoGame
from app.activities.breakout.state import BreakoutConfig, solve_and_store
from app.core import templates
from app.core.clock import FakeClock
from app.storage.backups import list_backups
from app.storage.engine import sqlite_path
from app.ui.run.console import RunConsole, as_utc
from app.widgets.run_state import runtime_timer
from tests.helpers.beamer_shows import Shown, shows

Key = Qt.Key
PEOPLE = 80
PRESENT = 74  # six registered people did not come
QUESTIONS = [
    ["Wat kan een programmator voor een maker doen?", "En omgekeerd?"],
    ["Welke alliantie begint u morgen?", "Wie heeft u daarvoor nodig?"],
]


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


def sector_day(store) -> int:  # type: ignore[no-untyped-def]
    """The built-in sector day, a meet-and-greet after the opening and a breakout after the
    statement game, 80 registered people of whom 74 came, groups made before the day."""
    template = templates.builtin("sector_day_alliances")
    session = store.sessions.create(template.title, template)
    meet = store.agenda.add(session.id, "meet_greet", "Kennismaken", 15, {"mode": "free"})
    store.agenda.move(meet.id, 1)
    rounds = [{"minutes": 20, "questions": q} for q in QUESTIONS]
    breakout = store.agenda.add(
        session.id, "breakout", "Gesprekstafels", 40, {"group_size": 5, "rounds": rounds}
    )
    statements = next(a for a in store.agenda.list(session.id) if a.kind == "statements")
    store.agenda.move(breakout.id, statements.position + 1)
    store.participants.add_many(
        session.id,
        [
            {
                "first_name": f"Deelnemer{i:02d}",
                "last_name": "Sector",
                "organisation": f"Huis {i % 9}",
                "status": "present" if i < PRESENT else "registered",
            }
            for i in range(PEOPLE)
        ],
    )
    config = BreakoutConfig.parse({"group_size": 5, "rounds": rounds})
    solve_and_store(store, session.id, breakout.id, config)
    return session.id


def dump(store, session_id: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Everything a run could write: actual times, every result row, the session's settings."""
    meeting = store.sessions.get(session_id)
    rows: list[tuple] = [("session", meeting.settings, meeting.version)]
    for activity in store.agenda.list(session_id):
        rows.append(("activity", activity.id, activity.actual_start, activity.actual_end,
                     activity.version))  # fmt: skip
        rows += [("result", activity.id, row.key, row.value, row.version)
                 for row in store.results.rows(activity.id)]  # fmt: skip
    rows += [("participant", p.id, p.status, p.version)
             for p in store.participants.list(session_id)]  # fmt: skip
    return rows


class Day:
    """The console, the beamer, the clock and the facilitator's hands."""

    def __init__(self, qtbot, store, session_id: int, rehearsal: bool) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.console = RunConsole(store, session_id, self.clock, rehearsal=rehearsal)
        qtbot.addWidget(self.console)
        self.console.resize(1366, 768)  # the laptop
        self.console.show()
        self.beamer = self.console.beamer
        self.beamer.resize(1920, 1080)  # the projector
        assert (self.beamer.width(), self.beamer.height()) == (1920, 1080)
        self.seen: list[tuple[str, Shown]] = []

    def press(self, key: Qt.Key, in_beamer: bool = False) -> Shown:
        """One clicker key, in whichever window has focus; returns what the beamer shows."""
        target = self.beamer if in_beamer else self.console
        self.qtbot.keyClick(target, key)
        QApplication.processEvents()  # layouts settle, as they do before the next frame
        shown = shows(self.beamer)
        self.seen.append((Qt.Key(key).name, shown))
        return shown

    def wait(self, seconds: float) -> Shown:
        """Time passes in the room; the timer on screen repaints as its QTimer would."""
        self.clock.advance(seconds)
        timer = runtime_timer(self.console.runtime)
        if timer is not None:
            timer.on_timeout()
        self.console.refresh()
        QApplication.processEvents()
        return shows(self.beamer)

    def title(self) -> str:
        activity = self.console.current_activity()
        return activity.title if activity is not None else ""


def run_the_day(day: Day) -> None:
    console = day.console
    assert shows(day.beamer).page == "TitleScreen" and shows(day.beamer).has("Welcome")

    # -- the opening talk: its timer starts on entering; black screen while someone speaks
    shown = day.press(Key.Key_PageDown)
    assert day.title() == "Onthaal en opening"
    assert shown.page == "SegmentBeamer" and shown.timer == "15:00" and shown.has("Onthaal")
    assert day.wait(60).timer == "14:00"
    assert day.press(Key.Key_B).page == "QWidget"  # the black page
    assert day.beamer.is_black()
    shown = day.press(Key.Key_Period, in_beamer=True)
    assert shown.page == "SegmentBeamer" and not day.beamer.is_black()
    assert day.wait(13 * 60).timer == "01:00"

    # -- the meet-and-greet: first PageDown starts the mingling
    shown = day.press(Key.Key_PageDown)
    assert day.title() == "Kennismaken"
    assert shown.page == "TimerView" and shown.timer == "15:00"
    meet = console.runtime
    shown = day.press(Key.Key_PageDown)
    assert console.runtime is meet and meet.timer.countdown.running  # type: ignore[union-attr]
    assert day.wait(5 * 60).timer == "10:00"
    # back in the middle of the running timer: the opening talk as it ended, not restarted
    shown = day.press(Key.Key_PageUp)
    assert day.title() == "Onthaal en opening"
    assert shown.page == "SegmentBeamer" and shown.timer == "01:00"
    # and forward again: the meet-and-greet exactly where it was, still running
    shown = day.press(Key.Key_PageDown)
    assert day.title() == "Kennismaken" and console.runtime is meet
    assert shown.page == "TimerView" and shown.timer == "10:00"
    assert meet.timer.countdown.running  # type: ignore[union-attr]
    assert day.wait(10 * 60).timer == "00:00"

    # -- the sector bingo: the cards are explained, then on
    shown = day.press(Key.Key_PageDown)
    assert day.title() == "Sectorbingo"
    assert shown.page == "BingoBeamer" and shown.has("Sectorbingo") and shown.timer is None
    day.wait(5 * 60)

    # -- the statement game: one PageDown per statement
    shown = day.press(Key.Key_PageDown)
    assert day.title() == "Stellingenspel"
    game = console.runtime
    statements = game.snapshot.statements  # type: ignore[union-attr]
    assert len(statements) >= 10
    assert shown.page == "StatementsBeamer" and shown.has(statements[0].text)
    # bingo beside the statement game: two clichés are heard while the room looks at the
    # statement; the facilitator types their numbers into the console's bingo panel
    panel, dock = console.bingo.panel, console.bingo.dock
    assert panel is not None and dock is not None and dock.isVisible()
    bingo = next(a for a in console.activities if a.kind == "bingo")
    game = BingoGame(console.store, bingo.id, "nl")  # in a rehearsal: the rehearsal's copy
    heard_before = len(game.heard_ids())
    for number in ("3", "7"):
        panel.quick.setFocus()
        panel.quick.clear()
        day.qtbot.keyClicks(panel.quick, number)
        day.qtbot.keyClick(panel.quick, Key.Key_Return)
    assert len(game.heard_ids()) == heard_before + 2
    assert day.title() == "Stellingenspel"  # typing digits never moved the agenda
    shown = shows(day.beamer)
    assert shown.page == "StatementsBeamer" and shown.has(statements[0].text)
    for number in range(1, len(statements)):
        day.wait(40)
        shown = day.press(Key.Key_PageDown)
        assert shown.page == "StatementsBeamer" and shown.has(statements[number].text)
        assert shown.has(f"{number + 1} / {len(statements)}")
    shown = day.press(Key.Key_PageUp)  # one back: the previous statement, nothing lost
    assert shown.has(statements[-2].text)
    shown = day.press(Key.Key_PageDown)
    assert shown.has(statements[-1].text)

    # -- the breakout, round by round
    shown = day.press(Key.Key_PageDown)
    assert day.title() == "Gesprekstafels"
    breakout = console.runtime
    assert shown.page == "SeatingPage" and shown.has("Table 1"), shown
    assert breakout.data.started() == 0  # type: ignore[union-attr]  # seating shown, not started
    shown = day.press(Key.Key_PageDown)  # round 1's questions, the timer running
    assert shown.page == "QuestionsPage" and shown.timer == "20:00"
    assert shown.has(QUESTIONS[0][0])
    assert breakout.data.started() == 1  # type: ignore[union-attr]
    # a note-taker types what table 1 says; the clicker keeps working while the field has focus
    from app.activities.breakout.control import BreakoutControl

    panel = console.findChild(BreakoutControl)
    assert panel is not None
    field = panel.editors[0].edit
    field.setFocus()
    day.qtbot.keyClicks(field, "Samen repeteren in de regio")
    assert field.toPlainText() == "Samen repeteren in de regio"
    shown = day.wait(20 * 60)  # zero: round 2's who sits where comes by itself
    assert shown.page == "SeatingPage" and breakout.round_index == 1  # type: ignore[union-attr]
    assert breakout.data.started() == 1  # type: ignore[union-attr]
    shown = day.press(Key.Key_PageUp)  # round 1's questions again, its timer not reset
    assert shown.page == "QuestionsPage" and shown.timer == "00:00", shown
    shown = day.press(Key.Key_PageDown)
    assert shown.page == "SeatingPage"
    shown = day.press(Key.Key_PageDown, in_beamer=True)  # round 2 starts with its own time
    assert shown.page == "QuestionsPage" and shown.timer == "20:00" and shown.has(QUESTIONS[1][0])
    assert day.wait(18 * 60).timer == "02:00"

    # -- the five worksheets, one after the other
    worksheets = [a.title for a in console.activities if a.kind == "worksheet"]
    for title in worksheets:
        shown = day.press(Key.Key_PageDown)
        assert day.title() == title and shown.page == "WorksheetBeamer"
        assert shown.has(title.split(" ")[0] + " · "), shown  # "T1 · <the worksheet's title>"
        day.wait(20 * 60)

    # -- the closing talk, then the thank-you page; one more PageDown does nothing
    shown = day.press(Key.Key_PageDown)
    assert day.title() == "Slot en bingo-winnaars"
    assert shown.page == "SegmentBeamer" and shown.timer == "10:00"
    day.wait(9 * 60)
    shown = day.press(Key.Key_PageDown)
    assert shown.page == "TitleScreen" and shown.has("Thank you!")
    assert console.index == len(console.activities)
    assert day.press(Key.Key_PageDown).has("Thank you!")


@pytest.fixture
def day_store(store):  # type: ignore[no-untyped-def]
    return store, sector_day(store)


def test_a_facilitators_day_with_only_the_clicker(qtbot, day_store) -> None:  # type: ignore[no-untyped-def]
    store, session_id = day_store
    day = Day(qtbot, store, session_id, rehearsal=False)
    assert not day.console.run_bar.is_rehearsal()
    assert day.console.width() <= 1366 and day.console.height() <= 768
    run_the_day(day)
    keys = {name for name, _ in day.seen}
    assert keys == {"Key_PageDown", "Key_PageUp", "Key_B", "Key_Period"}
    console = day.console
    # one record: every activity has its last actual start and end...
    activities = store.agenda.list(session_id)
    assert all(a.actual_start is not None and a.actual_end is not None for a in activities)
    opening, meet = activities[0], activities[1]
    # the look back at the opening (0 s on screen) adds nothing to it, nor to the mingling
    assert as_utc(opening.actual_end) - as_utc(opening.actual_start) == timedelta(minutes=14)
    assert as_utc(meet.actual_end) - as_utc(meet.actual_start) == timedelta(minutes=15)
    # ...which the console's agenda, its ahead/behind line and the report all read
    from app.activities.reporting import _agenda_row

    for row, activity in enumerate(activities):
        spent = (as_utc(activity.actual_end) - as_utc(activity.actual_start)).total_seconds()
        assert console.elapsed_of(activity) == spent or row == console.index
        report = _agenda_row(activity, "")
        assert report.actual_minutes == max(0, round(spent / 60))
    planned = sum(a.planned_minutes * 60 for a in activities)
    spent = sum(console.elapsed_of(a) or 0 for a in activities)
    assert console.schedule_seconds() == pytest.approx(spent - planned)
    console.close()
    assert store.sessions.get(session_id) is not None


def test_the_same_day_as_a_rehearsal_leaves_no_trace(qtbot, day_store) -> None:  # type: ignore[no-untyped-def]
    store, session_id = day_store
    database = sqlite_path(store.db.url)
    assert database is not None
    before, backups = dump(store, session_id), len(list_backups(database))
    day = Day(qtbot, store, session_id, rehearsal=True)
    assert day.console.run_bar.is_rehearsal()
    run_the_day(day)
    # the rehearsal itself recorded its times and the breakout's started rounds on its copy...
    copy = day.console.store
    assert copy is not store
    assert all(a.actual_end is not None for a in copy.agenda.list(session_id))
    breakout = next(a for a in copy.agenda.list(session_id) if a.kind == "breakout")
    assert copy.results.get(breakout.id, "started") == 2
    day.console.close()
    # ...and the real database did not change at all
    assert dump(store, session_id) == before
    assert len(list_backups(database)) == backups
