"""Bingo cards under a flood: how many card requests a second the room holds while another
phone asks for its card, and how long that phone waits.

The room server runs here (offscreen Qt), with its default limits; the flood runs in a second
process (tests/room/card_flood.py): ADDRESSES loopback addresses x 4 sockets (each address's
share) x 5 requests a second (each socket's rate), for SECONDS. `--uncached` makes the cards
again for every request, as before the cache, for comparison.
Usage: .venv/bin/python tests/perf/room_cards.py [addresses=5] [seconds=10] [--uncached]
Target: the other phone's answer p99 < 200 ms at 100 requests a second.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer, QUrl  # noqa: E402
from PySide6.QtWebSockets import QWebSocket  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    addresses = int(args[0]) if args else 5
    seconds = float(args[1]) if len(args) > 1 else 10.0
    uncached = "--uncached" in sys.argv
    app = QApplication([])
    from app.room.service import RoomService
    from app.storage import open_store

    store = open_store(Path(tempfile.mkdtemp()) / "room.sqlite")
    meeting = store.sessions.create("Card flood")
    for n in range(150):
        store.participants.add(meeting.id, first_name=f"Gast{n}", last_name="Test")
    bingo = store.agenda.add(meeting.id, "bingo", "Bingo", 20, {"rule": "count", "target": 10})
    service = RoomService(store, meeting.id)
    service.open("127.0.0.1", 0)
    service.set_activity(bingo.id)
    if uncached:  # forget the cards before every request: each one makes them all again
        cached = service.cached
        service.cached = lambda *a: (service._cache.clear(), cached(*a))[1]  # type: ignore[method-assign]
    url = f"{service.server.ws_url()}/?t={service.server.token}"
    sources = [f"127.0.0.{10 + n}" for n in range(addresses)]
    flood = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "room" / "card_flood.py"), url, str(seconds), "5",
         *sources], stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    waits: list[float] = []
    asked: list[float] = []
    phone = QWebSocket()

    def answered(text: str) -> None:
        if json.loads(text).get("type") == "card" and asked:
            waits.append((time.perf_counter() - asked.pop()) * 1000)

    def ask() -> None:
        if not asked:  # one question at a time, four a second (inside the phone's own rate)
            asked.append(time.perf_counter())
            phone.sendTextMessage(json.dumps({"type": "bingo_card", "card": 7}))

    phone.textMessageReceived.connect(answered)
    phone.connected.connect(lambda: phone.sendTextMessage(json.dumps({"type": "hello"})))
    phone.open(QUrl(url))
    asking = QTimer()
    asking.timeout.connect(ask)
    QTimer.singleShot(1000, lambda: asking.start(250))  # once the flood's sockets are in
    poll = QTimer()
    poll.timeout.connect(lambda: flood.poll() is not None and app.quit())
    poll.start(100)
    started_cpu, started = cpu_seconds(), time.perf_counter()
    app.exec()
    wall, cpu = time.perf_counter() - started, cpu_seconds() - started_cpu
    result = json.loads(flood.stdout.read() if flood.stdout else "{}")
    waits.sort()
    p99 = waits[min(len(waits) - 1, int(len(waits) * 0.99))] if waits else float("nan")
    print(
        f"{'uncached' if uncached else 'cached'}: {addresses} addresses x 4 sockets for "
        f"{seconds:.0f} s: {result['sent']} card requests sent, {result['cards']} answered "
        f"({result['cards'] / seconds:.0f}/s held), refused {result['errors']}"
    )
    median = statistics.median(waits) if waits else float("nan")
    print(f"another phone's card: {len(waits)} asked, p50 {median:.1f} ms, p99 {p99:.1f} ms, "
          f"max {max(waits, default=float('nan')):.1f} ms (target p99 < 200 ms)")  # fmt: skip
    load = os.getloadavg()[0]
    print(f"CPU of the room server: {100 * cpu / wall:.1f} % of one core; machine load "
          f"{load:.1f} on {os.cpu_count()} cores")  # fmt: skip
    service.close()
    store.close()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
