"""Every kind's beamer view, as the room sees it: text at least a twentieth of the screen's height
and one dark background (issue 15: the bingo instruction line was smaller, bingo and statements
were white after the black timer screens)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QLabel, QWidget

import app.widgets.sound as sound
from app.activities.meet_greet.seating import SeatingList
from app.activities.statements.chart import PositionLegend, TallyChart
from app.activities.worksheet.beamer import WorksheetBeamer
from app.core import templates
from app.core.clock import FakeClock
from app.ui.run.console import RunConsole
from app.widgets.beamer_style import min_text_px
from app.widgets.fit_label import FitLabel

BEAMER = (1600, 900)  # a window of the beamer's 16:9 shape (the offscreen screen is smaller)


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


def text_sizes(view: QWidget) -> list[tuple[int, str]]:
    """(pixel size, text) of every visible text on the view. Two documented exceptions
    (docs/run.md) are left out: the who-sits-where name lists of a big room and a worksheet,
    which shrinks from 1/20 until the whole sheet fits (its darkness is still checked)."""
    found: list[tuple[int, str]] = []
    for widget in [view, *view.findChildren(QWidget)]:
        if widget is not view and not widget.isVisibleTo(view):
            continue
        if isinstance(widget, SeatingList) or widget.objectName() == "tableCard":
            continue
        if widget.parent() is not None and widget.parent().objectName() == "tableCard":
            continue
        if isinstance(widget, FitLabel) and widget.text().strip():
            found.append((widget.pixel_size(), widget.text()))
        elif isinstance(widget, QLabel) and widget.text().strip():
            found.append((QFontInfo(widget.font()).pixelSize(), widget.text()))
        elif isinstance(widget, TallyChart | PositionLegend):
            found += [(px, type(widget).__name__) for px in widget.text_pixels()]
        elif isinstance(widget, WorksheetBeamer):
            assert widget.base <= min_text_px(widget.height())  # never larger than the others
    return found


def luminance_median(view: QWidget) -> float:
    """The median brightness (0..1) of the view on a grid: its background, whatever the text."""
    image: QImage = view.grab().toImage()
    values = []
    for x in range(5, image.width(), max(1, image.width() // 40)):
        for y in range(5, image.height(), max(1, image.height() // 24)):
            c = image.pixelColor(x, y)
            values.append(0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF())
    values.sort()
    return values[len(values) // 2]


@pytest.fixture
def day(qtbot, store) -> Iterator[list[RunConsole]]:  # type: ignore[no-untyped-def]
    """A sector day (talk, bingo, statements, worksheets) and a kick-off (meet-and-greet,
    breakout), 30 people each."""
    consoles = []
    for key in ("sector_day_alliances", "production_network_kickoff"):
        meeting = store.sessions.create(key, templates.builtin(key))
        for i in range(30):
            person = store.participants.add(meeting.id, first_name=f"Persoon {i}",
                                            last_name="Jansen")  # fmt: skip
            store.participants.update(person.id, status="present")
        speed = {"mode": "speed_dating", "rounds": 2, "round_minutes": 3}
        store.agenda.add(meeting.id, "meet_greet", "Speed dating", 8, speed)
        five = {"scale": "five", "use_default_set": True, "minutes_per_statement": 2}
        store.agenda.add(meeting.id, "statements", "Five positions", 10, five)
        console = RunConsole(store, meeting.id, FakeClock())
        qtbot.addWidget(console)
        console.show()
        console.beamer.show_window()
        console.beamer.resize(*BEAMER)
        consoles.append(console)
    yield consoles
    for console in consoles:
        console.close()


def test_every_kind_on_the_beamer_is_large_and_dark(qtbot, day) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, int] = {}
    revealed: set[str] = set()
    for console in day:
        for index in range(len(console.activities)):
            console.go_to(index)
            kind = console.activities[index].kind
            for step in range(6):
                beamer = console.beamer
                qtbot.waitUntil(lambda b=beamer: b.current_view().height() > 800)
                view = console.beamer.current_view()
                view.grab()  # lay it out and paint as on the wall
                h = view.height()
                small = [(px, text) for px, text in text_sizes(view) if px < min_text_px(h)]
                assert not small, f"{kind} step {step}: text under {min_text_px(h)} px: {small}"
                assert text_sizes(view) or kind == "worksheet", f"{kind} step {step}: no text"
                assert luminance_median(view) < 0.15, f"{kind} step {step} is not dark"
                seen[kind] = seen.get(kind, 0) + 1
                if kind == "statements" and view.is_revealed():
                    seen["tally"] = 1
                    revealed.add(console.activities[index].title)
                runtime = console.runtime
                if kind == "statements" and step == 1:
                    runtime.set_revealed(True)  # the tally as bars, then the next statement
                    continue
                if runtime is None or not runtime.handle_key("next"):
                    break
    assert set(seen) == {"segment", "bingo", "statements", "tally", "worksheet", "meet_greet",
                         "breakout", "wordcloud"}  # fmt: skip
    assert "Five positions" in revealed and len(revealed) == 2  # three and five positions


def test_the_title_and_pause_screens_too(qtbot, day) -> None:  # type: ignore[no-untyped-def]
    console = day[0]
    console.beamer.set_pause(True, "Koffie in de foyer", "Terug om 15:30 · 12 min")
    for view in (console.beamer.current_view(), console.beamer.content()):
        view.grab()
        h = console.beamer.height()
        sizes = text_sizes(view)
        assert sizes and min(px for px, _ in sizes) >= min_text_px(h)
        assert luminance_median(view) < 0.15
