"""Cost of the storage role check per write on a SQLite file: results.set and a 200-key
set_many (a burst of phone votes), without a laptop id (commands, no check) and as a facilitator
laptop (checked). Run: .venv/bin/python tests/perf/roles_check.py"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from app.core import roles
from app.storage import open_store


def measure(store, activity: int, label: str) -> None:  # type: ignore[no-untyped-def]
    single, burst = [], []
    for i in range(300):
        start = time.perf_counter()
        store.results.set(activity, f"group-{i % 3}/notes", f"t{i}")
        single.append(time.perf_counter() - start)
    for i in range(20):
        start = time.perf_counter()
        store.results.set_many(activity, {f"vote/{k}": i for k in range(200)})
        burst.append(time.perf_counter() - start)
    print(f"{label}: set p50 {statistics.median(single) * 1000:.2f} ms, "
          f"set_many(200) p50 {statistics.median(burst) * 1000:.1f} ms")  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "perf.sqlite")
        meeting = store.sessions.create("perf")
        activity = store.agenda.add(meeting.id, "breakout", "x")
        settings = roles.assign({}, "another-laptop", activity.id, "group-9")
        store.sessions.update(meeting.id, settings=json.dumps(settings))
        measure(store, activity.id, "no laptop id (commands)")
        store.act_as("facilitator-laptop")
        measure(store, activity.id, "facilitator laptop (checked)")
        store.close()


if __name__ == "__main__":
    main()
