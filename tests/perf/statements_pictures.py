"""Regenerates the statement-game pictures in docs/img (not a test; run by hand after changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/statements_pictures.py
Writes, in Dutch, from a real session of the sector-day template:
docs/img/statements-beamer.png (statement and legend, 1920x1080), statements-beamer-tally.png
(the revealed chart, 1920x1080), statements-beamer-five.png (1-5 line-up with the timer,
1920x1080), statements-control.png, statements-setup.png, and via pdftoppm the report section's
overview page (statements-report-overview.png) and its first page of charts (statements-report.png).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from app.activities.factory import make_beamer, make_control

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
IMG = ROOT / "docs" / "img"

# A plausible room of 46 (own words, not the seed's).
COUNTS = {
    "demand-1": {"agree": 19, "doubt": 14, "disagree": 13},
    "demand-2": {"agree": 31, "doubt": 9, "disagree": 4},
    "demand-3": {"agree": 22, "doubt": 3, "disagree": 21},
    "residencies-1": {"agree": 38, "doubt": 5, "disagree": 1},
    "residencies-3": {"agree": 27, "doubt": 11, "disagree": 6},
}
ARGUMENTS = {
    "demand-3": [
        ("for", "Een uitverkochte komedie en een halfvolle première zeggen iets anders.", True),
        ("for", "Wie er niet zit, zie je niet in de cijfers.", False),
        ("against", "De gemeente betaalt per bezoeker: de zaal is wél een maatstaf.", True),
        ("against", "Een lege zaal is ook voor de makers een slecht gesprek.", False),
    ],
    "residencies-1": [
        ("for", "Een techniek-dag en een klankbord kosten weinig en helpen veel.", True),
        ("against", "Soms is rust en ruimte precies wat een maker vraagt.", False),
    ],
}


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.activities.context import ActivityContext
    from app.activities.factory import make_runtime
    from app.activities.reporting import build_report
    from app.activities.statements.setup import StatementsSetup
    from app.activities.statements.state import StatementGame
    from app.core import templates
    from app.core.clock import FakeClock
    from app.i18n import install_translators
    from app.storage import open_store
    from printables.styles import ReportOptions

    install_translators(app, "nl")
    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "pictures.sqlite")
    session = store.sessions.create("Sectordag podiumkunsten – nieuwe allianties",
                                    templates.builtin("sector_day_alliances", "nl"))  # fmt: skip
    activity = next(a for a in store.agenda.list(session.id) if a.kind == "statements")
    game = StatementGame(store, activity.id, "nl")
    for sid, counts in COUNTS.items():
        for position, count in counts.items():
            game.set_count(sid, position, count)
    for sid, items in ARGUMENTS.items():
        for side, text, strongest in items:
            argument = game.add_argument(sid, side, text)
            if strongest and argument is not None:
                game.save_argument(replace(argument, strongest=True))

    context = ActivityContext(store, session.id, activity.id, FakeClock(), "nl")
    runtime = make_runtime(context)
    runtime.start()
    runtime.go_to(2)  # "Een volle zaal zegt weinig ..."
    control = make_control(runtime)
    control.resize(1280, 760)
    control.show()
    control.against_list.list.setCurrentRow(0)
    beamer = make_beamer(runtime)
    beamer.resize(1920, 1080)
    beamer.show()
    app.processEvents()
    beamer.grab().save(str(IMG / "statements-beamer.png"))
    control.grab().save(str(IMG / "statements-control.png"))
    runtime.set_revealed(True)
    app.processEvents()
    beamer.grab().save(str(IMG / "statements-beamer-tally.png"))
    for widget in (control, beamer):
        widget.close()
        widget.deleteLater()
    runtime.stop()
    runtime.deleteLater()
    app.processEvents()

    # The 1-5 line-up with a timer, on a long statement.
    game.update_config(scale="five", minutes_per_statement=4)
    five = make_runtime(context)
    five.start()
    five.go_to(12)
    for position, count in enumerate((6, 15, 9, 11, 3)):
        five.set_count(position, count)
    five.set_revealed(True)
    assert five.timer is not None
    five.timer.start()
    context.clock.advance(72)  # type: ignore[attr-defined]
    five.timer.on_timeout()
    view = make_beamer(five)
    view.resize(1920, 1080)
    view.show()
    app.processEvents()
    view.grab().save(str(IMG / "statements-beamer-five.png"))
    view.close()
    five.stop()
    game.update_config(scale="three", minutes_per_statement=0)

    setup = StatementsSetup(context)
    setup.resize(1100, 620)
    setup.show()
    app.processEvents()
    setup.grab().save(str(IMG / "statements-setup.png"))
    setup.close()

    pdf = folder / "report.pdf"
    options = ReportOptions(sections=frozenset({f"activity:{activity.id}"}), language="nl")
    build_report(store, session.id, pdf, options)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    pages = text.split("\f")
    for name, marker in (("statements-report-overview", "Meeste instemming"),
                         ("statements-report", "Argumenten voor")):  # fmt: skip
        page = next(i for i, part in enumerate(pages, 1) if marker in part)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(IMG / name)], check=True)  # fmt: skip
    app.processEvents()
    store.close()
    print(f"report: {pdf} ({len(pages) - 1} pages)")


if __name__ == "__main__":
    main()
