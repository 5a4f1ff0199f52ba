"""Regenerates docs/img/series-attendance.png (not a test; run by hand after visual changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/series_pictures.py
Builds a network of three meetings of up to 40 people from 10 organisations (some stay away,
a third agreed to be named), writes the series report with the real command line (`tafelronde
report --series ...`, timed) and renders its first page (the attendance chart) with
`pdftoppm -png -r 80`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
IMG = ROOT / "docs" / "img"
ORGANISATIONS = ["CC Strombeek", "De Singel", "Het Depot", "CC Westrand", "Villanella",
                 "De Warande", "Cultuurcentrum Mechelen", "Vooruit", "CC De Werf",
                 "Nona"]  # fmt: skip
AWAY = ({3, 17}, {1, 2, 5, 8, 11, 13, 20, 22, 26, 31, 33}, {4, 9, 12, 27})  # absent per meeting


def fill(store) -> int:  # type: ignore[no-untyped-def]
    series_id = store.series.create("Netwerk productieleiders")
    for number, away in enumerate(AWAY):
        meeting = store.sessions.create(
            ["Aftrap", "Tweede ontmoeting", "Derde ontmoeting"][number],
            date=["2027-03-14", "2027-10-10", "2028-03-12"][number],
        )
        rows = [{"first_name": f"Naam{i}", "last_name": f"Achternaam{i}",
                 "organisation": ORGANISATIONS[(i * 7) % 10 if i < 30 else i % 3],
                 "email": f"p{i}@example.org", "consent": i % 3 == 0}
                for i in range(40)]  # fmt: skip
        for i, person in enumerate(store.participants.add_many(meeting.id, rows)):
            store.participants.update(person.id, status="registered" if i in away else "present")
        store.series.add_session(series_id, meeting.id)
    return series_id


def main() -> None:
    from app.storage import open_store

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "network.sqlite"
        store = open_store(db)
        try:
            series_id = fill(store)
        finally:
            store.close()
        pdf = Path(folder) / "series.pdf"
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "app", "report", "--series", str(series_id),
                        "--db", str(db), "-o", str(pdf)], check=True, cwd=ROOT)  # fmt: skip
        print(f"tafelronde report --series: {time.monotonic() - started:.1f} s")
        prefix = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf),
                        str(prefix)], check=True)  # fmt: skip
        IMG.mkdir(parents=True, exist_ok=True)
        (IMG / "series-attendance.png").write_bytes(
            next(Path(folder).glob("page*.png")).read_bytes()
        )
        print(IMG / "series-attendance.png")


if __name__ == "__main__":
    main()
