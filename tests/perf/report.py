"""How long the meeting report of a big session takes: 120 participants, 20 groups x 4 questions,
500 notes, 10 worksheets, 30 action items. Target: under 3 s. Run by hand:

    .venv/bin/python tests/perf/report.py

Prints the report time (wall and CPU, with the load average: the machine is shared), peak Python
memory while building, the page count, and the reportlab floor (../shared/floors/pdf_rate.py:
bare platypus pages of wrapped text) for the same page count.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORDS = ["subsidie", "cultuur", "netwerk", "samenwerking", "regio", "productie", "publiek",
         "vrijwilligers", "gemeente", "beleid", "programmatie", "residentie", "kunstenaar",
         "ondersteuning", "jongeren"]  # fmt: skip
WORKSHEETS = ("shared_vocabulary", "role_division", "political_agenda", "alliance_criteria",
              "regional_challenges", "partner_map", "requests_offers", "training_needs",
              "value_cycles", "sector_plan_blocks")  # fmt: skip


def sentence(seed: int, words: int = 60) -> str:
    import random

    return " ".join(random.Random(seed).choices(WORDS, k=words)).capitalize() + "."


def make_session(store) -> int:  # type: ignore[no-untyped-def]
    from app.activities.breakout.state import BreakoutData
    from tests.helpers.report_session import fill_activity

    session = store.sessions.create("Grote sectordag", date="2026-05-20", start_time="09:30",
                                    venue="Vooruit, Gent", organisers="Kunstenpunt")  # fmt: skip
    sid = session.id
    people = store.participants.add_many(sid, [
        dict(first_name=f"Naam{i}", last_name=f"Achternaam{i}", organisation=f"Huis {i % 30}",
             role="productieleider", email=f"p{i}@example.org", consent=i % 4 != 0)
        for i in range(120)
    ])  # fmt: skip
    for person in people:
        store.participants.update(person.id, status="present")
    store.agenda.add(sid, "segment", "Opening", 15)
    questions = [f"Vraag {q}: {sentence(q, 12)}" for q in range(1, 5)]
    rounds = [{"minutes": 20, "questions": questions} for _ in range(5)]
    breakout = store.agenda.add(sid, "breakout", "Gesprekken", 100,
                                {"group_size": 6, "rounds": rounds})  # fmt: skip
    data = BreakoutData(store, breakout.id)
    ids = [p.id for p in people]
    data.save_schedule([[ids[g * 6 : (g + 1) * 6] for g in range(20)] for _ in range(5)], 1)
    notes = 0
    for r in range(1, 6):
        for q in range(1, 5):
            for g in range(1, 21):
                data.set_note(r, g, q, sentence(notes))
                notes += 1
    statements = store.agenda.add(sid, "statements", "Stellingen", 30)
    for n in range(500 - notes):
        store.results.set(statements.id, f"note:{n}", sentence(1000 + n))
    for key in WORKSHEETS:
        sheet = store.agenda.add(sid, "worksheet", f"Werkblad {key}", 30, {"worksheet": key})
        fill_activity(store, sheet, key, 1)
    for i in range(30):
        store.actions.add(sid, what=sentence(5000 + i, 15), who=f"Naam{i}", due="2026-06-01")
    return sid


def accel() -> bool:
    """Whether reportlab's C extension (package rl-accel) is in use."""
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    from app.activities.reporting import build_report
    from app.storage import open_store
    from printables.styles import ReportOptions

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "perf.sqlite")
        sid = make_session(store)
        options = ReportOptions(include_participants=True)
        build_report(store, sid, io.BytesIO(), options)  # warm up: imports, font loading
        start, cpu_start = time.perf_counter(), time.process_time()
        buffer = io.BytesIO()
        pages = build_report(store, sid, buffer, options)
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        tracemalloc.start()
        build_report(store, sid, io.BytesIO(), options)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        store.close()
    # the floors beside the checkout (../shared), or one level up for a checkout in a subfolder
    floor_script = next((base / "shared" / "floors" / "pdf_rate.py"
                         for base in (ROOT.parent, ROOT.parent.parent)
                         if (base / "shared" / "floors" / "pdf_rate.py").exists()),
                        ROOT.parent / "shared" / "floors" / "pdf_rate.py")  # fmt: skip
    floor = subprocess.run([sys.executable, str(floor_script), str(pages)],
                           capture_output=True, text=True, check=False).stdout.strip()  # fmt: skip
    verdict = "OK" if seconds < 3 else "TOO SLOW"
    load = os.getloadavg()[0]
    print(f"report: {pages} pages, {len(buffer.getvalue()) / 1e6:.2f} MB, {seconds:.2f} s wall, "
          f"{cpu:.2f} s CPU ({pages / seconds:.0f} pages/s), peak Python memory "
          f"{peak / 1e6:.1f} MB -> target < 3 s: {verdict} (load average {load:.1f} on "
          f"{os.cpu_count()} cores; C speed-ups {'on' if accel() else 'OFF'})")  # fmt: skip
    print(f"floor (pdf_rate.py {pages}): {floor}")


if __name__ == "__main__":
    main()
