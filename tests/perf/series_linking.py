"""Linking time when a session joins its series (figures in docs/series.md; not a test):

.venv/bin/python tests/perf/series_linking.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def measure(sessions: int, people: int) -> None:
    from app.storage import open_store

    store = open_store(Path(tempfile.mkdtemp()) / "linking.sqlite")
    try:
        series_id = store.series.create("Netwerk")
        chance = random.Random(1)
        pool = [dict(first_name=f"Voornaam{i}", last_name=f"Achternaam{i}",
                     organisation=f"Organisatie {i % 50}", email=f"p{i}@x.nl" if i % 2 else "")
                for i in range(people * 2)]  # fmt: skip
        times = []
        for n in range(sessions):
            meeting = store.sessions.create(f"Bijeenkomst {n + 1}")
            store.participants.add_many(meeting.id, chance.sample(pool, people))
            start = time.perf_counter()
            store.series.add_session(series_id, meeting.id)
            times.append(time.perf_counter() - start)
        shown = ", ".join(f"{t:.2f}" for t in times)
        print(f"{sessions} meetings x {people} people: join {shown} s; "
              f"reviews {store.series.pending_reviews(series_id)}")  # fmt: skip
    finally:
        store.close()


if __name__ == "__main__":
    measure(3, 40)
    measure(5, 1000)
