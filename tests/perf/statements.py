"""Statement game figures: how long one count takes to reach the database and the beamer chart,
and how long the report section takes for the largest game (200 statements with arguments).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/statements.py

Targets (DESIGN.md): an edit reaches the database <= 1 s after it is made; the whole meeting
report < 3 s. Floors, run in the same run and printed beside the figures: one committed SQLite
UPDATE (../shared/floors/sqlite_commit.py) and reportlab's page rate for 100 bingo-like pages
(../shared/floors/pdf_rate.py).
"""

from __future__ import annotations

import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.activities.factory import make_beamer, make_control

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
FLOOR = Path(__file__).resolve().parents[3] / "shared" / "floors" / "sqlite_commit.py"
PDF_FLOOR = Path(__file__).resolve().parents[3] / "shared" / "floors" / "pdf_rate.py"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def counting(presses: int = 300) -> None:
    """A key press's work: write the count row, re-read the snapshot, update panel and chart.
    The game has the default 16 statements, 40 phone votes and 60 arguments stored."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.activities.context import ActivityContext
    from app.activities.statements.runtime import StatementsRuntime
    from app.activities.statements.state import PHONE_VOTE, StatementGame
    from app.core import templates
    from app.core.clock import FakeClock
    from app.storage import open_store

    store = open_store(Path(tempfile.mkdtemp()) / "perf.sqlite")
    session = store.sessions.create("Perf", templates.builtin("sector_day_alliances"))
    activity = next(a for a in store.agenda.list(session.id) if a.kind == "statements")
    game = StatementGame(store, activity.id, "en")
    first = game.statements()[0].id
    for phone in range(40):
        store.results.set(activity.id, f"{PHONE_VOTE}{first}:p{phone}", "agree")
    for number in range(60):
        game.add_argument(first, ("for", "against")[number % 2], f"Argument number {number}")
    runtime = StatementsRuntime(ActivityContext(store, session.id, activity.id, FakeClock(), "en"))
    panel, beamer = make_control(runtime), make_beamer(runtime)
    beamer.resize(1920, 1080)
    panel.show()
    beamer.show()
    runtime.start()
    runtime.set_revealed(True)
    app.processEvents()
    rng = random.Random(5)
    stored, shown = [], []
    for _ in range(presses):
        position = rng.randrange(3)
        start = time.perf_counter()
        runtime.bump(position, 1)
        stored.append((time.perf_counter() - start) * 1000)  # row committed, snapshot re-read
        beamer.chart.repaint()  # the chart painted with the new count, as on the beamer
        shown.append((time.perf_counter() - start) * 1000)
    assert sum(bar.count for bar in beamer.chart.data()) == presses + 40
    print(f"one count, stored and re-read: median {statistics.median(stored):.1f} ms, "
          f"p95 {percentile(stored, 0.95):.1f} ms")  # fmt: skip
    print(f"one count, up to the painted 1920x1080 chart: median {statistics.median(shown):.1f} ms,"
          f" p95 {percentile(shown, 0.95):.1f} ms (target: well under 1 s)")  # fmt: skip
    for widget in (panel, beamer):
        widget.close()
    runtime.stop()
    store.close()


def report(statements: int, arguments: int) -> float:
    """A game where every statement was counted and argued over; returns pages per second."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from app.core import statements as st
    from printables import statements_section as section

    rng = random.Random(7)
    scale = st.SCALES["five"]
    rows, by_statement = [], {}
    for n in range(statements):
        statement = st.Statement(f"s{n}", f"Statement {n}: " + "residencies and audiences " * 4,
                                 f"Theme {n // 25}")  # fmt: skip
        rows.append((statement, st.Tally(scale, tuple(rng.randrange(15) for _ in range(5)))))
        text = "An argument that takes a full line or two in the report " * 2
        by_statement[statement.id] = [
            st.Argument(f"a{n}-{k}", statement.id, st.SIDES[k % 2], text, k == 0, float(k))
            for k in range(arguments)
        ]
    labels = ["Fully agree", "Agree", "In between", "Disagree", "Fully disagree"]
    start = time.perf_counter()
    data = section.StatementsReportData(st.overview(rows), labels, by_statement)
    buffer = io.BytesIO()
    margin = 18 * mm  # as printables/report.py
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin)
    document.build(section.section(data))
    seconds = time.perf_counter() - start
    print(f"report section, {statements} statements x {arguments} arguments: {seconds:.2f} s, "
          f"{document.page} pages ({document.page / seconds:.0f} pages/s), "
          f"{len(buffer.getvalue()) // 1024} kB")  # fmt: skip
    return document.page / seconds


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    counting()
    if FLOOR.exists():
        floor = subprocess.run([sys.executable, str(FLOOR)], capture_output=True, text=True)
        print("  floor, one SQLite commit:", floor.stdout.strip().replace("\n", "; "))
    report(16, 4)  # the default set, a lively afternoon
    report(200, 6)  # the most statements the setup accepts
    if PDF_FLOOR.exists():
        floor = subprocess.run([sys.executable, str(PDF_FLOOR), "100"], capture_output=True,
                               text=True)  # fmt: skip
        print("  floor, reportlab pages:", floor.stdout.strip())


if __name__ == "__main__":
    main()
