"""Regenerate the README's pictures from demo sessions (offscreen).

Usage: .venv/bin/python tools/screenshots.py   (writes docs/img/main-*.png and the run console
on a laptop: run-console-1366.png, run-console-1280.png, beamer-pause-countdown.png)

Each picture of the run console is one function taking a running `Day`; add another one to
CONSOLE_PICTURES for a new picture (e.g. the bingo panel beside a statement).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from app.core import templates  # noqa: E402
from app.core.clock import FakeClock  # noqa: E402
from app.i18n import install_translators  # noqa: E402
from app.ui.startup import make_application  # noqa: E402

PEOPLE = [
    ("Joanne", "Mensert", "Mug met de gouden tand", "Productieleider", "Amsterdam"),
    ("Fleur", "Feij", "De Warme Winkel", "Zakelijk leider", "Amsterdam"),
    ("Sam", "Peeters", "CC Strombeek", "Programmator", "Grimbergen"),
    ("Noor", "El Amrani", "Theaterschool", "Docent productie", "Amsterdam"),
    ("Ruben", "Claes", "OP/TIL", "Projectleider", "Leuven"),
    ("Lotte", "de Graaf", "Vereniging voor Podiumtechnologie", "Adviseur", "Utrecht"),
]


def main() -> None:
    app = make_application([])
    install_translators(app, "nl")
    from app.ui.main_window import MainWindow

    out = ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(language="nl")
        window.resize(1280, 800)
        window.show()
        window.open_database(str(Path(folder) / "demo.sqlite"))
        store = window.store
        meeting = store.sessions.create(
            "Netwerk productieleiders — aftrap",
            templates.builtin("production_network_kickoff"),
            date="2026-10-15", start_time="13:30", venue="Theaterschool Amsterdam",
        )  # fmt: skip
        store.sessions.create(
            "Sectordag: nieuwe allianties", date="2026-09-07", venue="CC Strombeek"
        )
        for first, last, org, role, town in PEOPLE:
            store.participants.add(meeting.id, first_name=first, last_name=last, organisation=org,
                                   role=role, municipality=town, consent=True)  # fmt: skip
        window.show_sessions()
        app.processEvents()
        window.grab().save(str(out / "main-sessions.png"))
        window.open_session(meeting.id)
        window.workspace.tabs.setCurrentWidget(window.workspace.agenda)
        app.processEvents()
        window.grab().save(str(out / "main-agenda.png"))
        window.workspace.tabs.setCurrentWidget(window.workspace.participants)
        app.processEvents()
        window.grab().save(str(out / "main-participants.png"))
        window.close()
        store.close()
        console_pictures(app, Path(folder), out)


class Day:
    """A sector day running in the console at a fixed time of day, 13:30 start, on a laptop."""

    def __init__(self, app: object, folder: Path, width: int, height: int) -> None:
        from app.storage import open_store
        from app.ui.run.console import RunConsole

        self.app = app
        self.store = open_store(folder / f"day-{width}x{height}-{id(self)}.sqlite")
        meeting = self.store.sessions.create(
            "Sectordag: nieuwe allianties", templates.builtin("sector_day_alliances"),
            date=datetime.now().date().isoformat(), start_time="13:30", venue="CC Strombeek",
        )  # fmt: skip
        for number, (first, last, org, role, town) in enumerate(PEOPLE * 5):
            person = self.store.participants.add(
                meeting.id, first_name=first, last_name=f"{last} {number}", organisation=org,
                role=role, municipality=town, consent=True,
            )  # fmt: skip
            self.store.participants.update(person.id, status="present")
        self.clock = FakeClock()
        self.console = RunConsole(self.store, meeting.id, self.clock)
        start = (
            datetime.combine(datetime.now().date(), datetime.min.time())
            .replace(hour=13, minute=28)
            .astimezone(UTC)
        )
        origin = self.clock.now()
        self.console.now = lambda: start + timedelta(seconds=self.clock.now() - origin)  # type: ignore[method-assign]  # a fixed clock for the pictures
        self.console.ui.pause_until.setTime(self.console.presenter.pause_default())
        self.console.show()
        self.console.showNormal()  # the picture is the laptop's size, whatever screen makes it
        self.console.resize(width, height)
        self.console.beamer.resize(1920, 1080)

    def advance(self, minutes: float) -> None:
        self.clock.advance(minutes * 60)

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()  # type: ignore[attr-defined]  # a QApplication here
        self.console.refresh()
        self.console.update_thumbnail()

    def close(self) -> None:
        self.console.close()
        self.store.close()


def statements_running(day: Day) -> None:
    """The opening ran 4 minutes long, the bingo is done, the statement game has begun."""
    console = day.console
    day.advance(2)
    console.perform("next")  # the opening at 13:30
    day.advance(19)
    console.perform("next")  # bingo at 13:49 (planned 13:45)
    day.advance(5)
    console.perform("next")  # the statement game at 13:54 (planned 13:50)
    day.advance(6)
    console.perform("next")  # the second statement


def bingo_beside_statements(day: Day) -> None:
    """The statement game as above; meanwhile the clichés of one card were heard and marked in
    the console's bingo panel, and the facilitator checks that card's number."""
    from app.activities.bingo.state import BingoGame

    statements_running(day)
    console = day.console
    panel = console.bingo.panel
    bingo = next(a for a in console.activities if a.kind == "bingo")
    game = BingoGame(console.store, bingo.id, "nl")
    card, pool = game.cards()[0], game.pool()
    numbers = sorted(next(i for i, s in enumerate(pool, 1) if s.id == sid)
                     for sid in card.statement_ids)  # fmt: skip
    for number in numbers:
        panel.quick.setText(str(number))
        panel.mark_quick()
    panel.card_number.setValue(card.number)
    panel.check()
    panel.winner_name.setText("Sam Peeters")


CONSOLE_PICTURES: list[tuple[str, int, int, Callable[[Day], None]]] = [
    ("run-console-1366.png", 1366, 768, statements_running),
    ("run-console-1280.png", 1280, 720, statements_running),
    ("run-bingo-panel.png", 1366, 768, bingo_beside_statements),
]


def console_pictures(app: object, folder: Path, out: Path) -> None:
    for name, width, height, scene in CONSOLE_PICTURES:
        day = Day(app, folder, width, height)
        scene(day)
        day.settle()
        day.console.grab().save(str(out / name))
        if scene is bingo_beside_statements:  # the confirmed winner over the statement
            day.console.bingo.panel.confirm()
            day.settle()
            day.console.beamer.grab().save(str(out / "run-bingo-winner.png"))
        day.close()
    day = Day(app, folder, 1366, 768)  # the pause screen counting down to a clock time
    console = day.console
    day.advance(2)
    console.ui.pause_message.setText("Koffie in de foyer")
    console.ui.pause_until_on.setChecked(True)
    console.ui.pause_until.setTime(console.ui.pause_until.time().fromString("13:45", "HH:mm"))
    console.ui.pause.click()
    day.settle()
    console.beamer.show_window()
    console.beamer.resize(1920, 1080)
    day.settle()
    console.beamer.grab().save(str(out / "beamer-pause-countdown.png"))
    day.close()


if __name__ == "__main__":
    main()
