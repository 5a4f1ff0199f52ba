"""Shared database figures: save on one laptop -> seen on another, and 20 writers at once.

Run by hand:  .venv/bin/python tests/perf/shared_db.py [--db postgresql+psycopg://...]
Without --db a throw-away PostgreSQL server is started (as in the tests). Prints p50/p99 of
"save on client A -> client B's change feed fired and B read the new value" for LISTEN/NOTIFY and
for the polling fallback, then writes per second with 20 writer processes, then the floor
(../shared/floors/sqlite_commit.py: one committed UPDATE on a local SQLite file).
"""

from __future__ import annotations

import argparse
import multiprocessing
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "storage")]

from app.storage import open_store  # noqa: E402
from app.storage.live import Watcher  # noqa: E402

FLOOR = Path(__file__).resolve().parents[3] / "shared" / "floors" / "sqlite_commit.py"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def latency(url: str, samples: int, listen: bool) -> list[float]:
    """Seconds from A's save call to B having read the value through its change feed."""
    a, b = open_store(url), open_store(url)
    meeting = a.sessions.create("Meting")
    activity = a.agenda.add(meeting.id, "worksheet")
    seen: queue.Queue[float] = queue.Queue()
    expected = {"value": ""}

    def arrived(table: str, _sid: int) -> None:
        if table == "activity_result" and b.results.get(activity.id, "live") == expected["value"]:
            seen.put(time.perf_counter())

    watcher = Watcher(b, meeting.id, arrived, use_listen=listen, interval=0.5 if listen else 0.25)
    watcher.start()
    assert watcher.ready.wait(30), "the change feed did not start"
    found = []
    for n in range(samples):
        expected["value"] = f"tekst {n}"
        start = time.perf_counter()
        a.results.set(activity.id, "live", expected["value"])
        found.append(seen.get(timeout=10) - start)
        while not seen.empty():
            seen.get()
    watcher.stop()
    a.close()
    b.close()
    return found


def writer(url: str, activity: int, me: int, seconds: float, go, reports) -> None:  # type: ignore[no-untyped-def]
    store = open_store(url)
    go.wait()
    count = errors = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            store.results.set(activity, f"w{me}/{count}", f"notitie {count}")
            count += 1
        except Exception:
            errors += 1
    store.close()
    reports.put((count, errors))


def throughput(url: str, writers: int, seconds: float) -> tuple[float, int]:
    store = open_store(url)
    meeting = store.sessions.create("Doorvoer")
    activity = store.agenda.add(meeting.id, "breakout")
    store.close()
    context = multiprocessing.get_context("fork")
    go, reports = context.Event(), context.Queue()
    procs = [context.Process(target=writer, args=(url, activity.id, n, seconds, go, reports))
             for n in range(writers)]  # fmt: skip
    for proc in procs:
        proc.start()
    time.sleep(2.0)  # everyone connected
    go.set()
    totals = [reports.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join()
    return sum(t[0] for t in totals) / seconds, sum(t[1] for t in totals)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="PostgreSQL URL (default: start a temporary server)")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=5.0)
    options = parser.parse_args()
    server = None
    url = options.db
    if url is None:
        from pg_server import PgServer

        server = PgServer()
        server.init()
        server.start()
        server.execute("CREATE DATABASE perf")
        url = server.url("perf")
    try:
        open_store(url).close()
        for listen, samples in ((True, options.samples), (False, max(20, options.samples // 5))):
            found = latency(url, samples, listen)
            name = "LISTEN/NOTIFY" if listen else "polling 0.25 s"
            print(f"save -> seen on another client ({name}, n={samples}): "
                  f"p50 {pct(found, 0.5) * 1000:.1f} ms, p99 {pct(found, 0.99) * 1000:.1f} ms "
                  f"(target p99 < 2000 ms)")  # fmt: skip
        rate, errors = throughput(url, 20, options.seconds)
        print(f"20 writers, {options.seconds:.0f} s: {rate:.0f} writes/s, {errors} errors")
    finally:
        if server is not None:
            server.destroy()
    if FLOOR.exists():
        print("floor (local SQLite commit, ../shared/floors/sqlite_commit.py):")
        result = subprocess.run([sys.executable, str(FLOOR)], capture_output=True, text=True)
        print("  " + result.stdout.strip().replace("\n", "\n  "))
    print(f"machine: {multiprocessing.cpu_count()} cores; server on 127.0.0.1 (no LAN latency)")


if __name__ == "__main__":
    threading.excepthook = lambda args: print("thread error:", args.exc_value)
    main()
