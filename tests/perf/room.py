"""Load on the room: 120 phones voting at once while the beamer shows the live chart, then the
room moves on to the bingo (halfway) and the same phones call bingo.

The room server and the statement game's beamer run here (offscreen Qt); the phones run in a
second process (tests/perf/room_phones.py) over real WebSockets on 127.0.0.1, for a bounded time.
Prints votes per second, p50/p99 from send to stored (the answer is sent after the commit), the
CPU this process used, and checks that every phone's last vote is stored exactly once.
Usage: .venv/bin/python tests/perf/room.py [phones=120] [seconds=20]
Target: p99 < 200 ms with 120 phones on 2 cores.
`room.py qa [phones=300] [seconds=30] [--qa-only]`: a word cloud and a Q&A at once (room_qa.py).
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

from app.activities.factory import make_beamer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def server_side_latencies(service) -> list[float]:  # type: ignore[no-untyped-def]
    """Milliseconds from a message's arrival to its answer leaving, measured in this process
    (the phones' own figure also holds their process's scheduling on a busy machine)."""
    arrived: dict[int, float] = {}
    spent: list[float] = []
    handle, send = service.handle, service.server.send

    def timed_handle(phone, message):  # type: ignore[no-untyped-def]
        if message.get("type") in ("vote", "bingo_claim"):
            arrived[phone.id] = time.perf_counter()
        handle(phone, message)

    def timed_send(phone, message):  # type: ignore[no-untyped-def]
        send(phone, message)
        if message.get("type") in ("ack", "error") and phone.id in arrived:
            spent.append((time.perf_counter() - arrived.pop(phone.id)) * 1000)

    service.server.handler = timed_handle
    service.server.send = timed_send
    return spent


def main() -> None:
    phones = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    app = QApplication([])
    from app.activities.context import ActivityContext
    from app.activities.factory import make_runtime
    from app.activities.statements.state import PHONE_VOTE, StatementGame
    from app.core.room import RoomLimits
    from app.room.service import RoomService
    from app.storage import open_store

    folder = tempfile.mkdtemp()
    store = open_store(Path(folder) / "room.sqlite")
    meeting = store.sessions.create("Load test")
    activity = store.agenda.add(meeting.id, "statements", "Stellingen", 30,
                                {"scale": "three", "use_default_set": True})  # fmt: skip
    bingo = store.agenda.add(meeting.id, "bingo", "Bingo", 20, {"rule": "count", "target": 10})
    game = StatementGame(store, activity.id)
    statement = game.statements()[0]
    game.set_revealed(statement.id, False)
    runtime = make_runtime(ActivityContext(store, meeting.id, activity.id))
    runtime.start()
    beamer = make_beamer(runtime)
    beamer.resize(1920, 1080)
    beamer.show()
    # every phone comes from 127.0.0.1 here: lift the per-address shares, keep everything else
    limits = RoomLimits(sockets_per_address=phones + 10, phones_per_address=phones + 10)
    service = RoomService(store, meeting.id, limits=limits)
    service.open("127.0.0.1", 0)
    inside = server_side_latencies(service)
    service.set_activity(activity.id)
    url = f"{service.server.ws_url()}/?t={service.server.token}"

    # the phones' report goes to a file: through a pipe, a report past the pipe's 64 KiB (20 s of
    # 120 phones) blocks the phones' process in its last write, and this loop waits forever
    report = tempfile.TemporaryFile("w+")  # noqa: SIM115  (read after the Qt loop, below)
    client = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("room_phones.py")), url, str(phones),
         str(seconds), statement.id],
        stdout=report, text=True,
    )  # fmt: skip
    started_cpu, started = cpu_seconds(), time.perf_counter()
    QTimer.singleShot(int(seconds * 500), lambda: service.set_activity(bingo.id))
    poll = QTimer()
    poll.timeout.connect(lambda: client.poll() is not None and app.quit())
    poll.start(100)

    app.exec()
    wall, cpu = time.perf_counter() - started, cpu_seconds() - started_cpu
    report.seek(0)
    result = json.loads(report.read() or "{}")

    stored = store.results.all(activity.id, PHONE_VOTE)
    keys = result["keys"]
    expected = {f"{PHONE_VOTE}{statement.id}:{keys[n]}": v
                for n, v in result["final"].items()}  # fmt: skip
    exactly_once = stored == expected
    claims = {f"claim:{card:05d}:{phone}" for card, phone in result["claims"]}
    claims_stored = set(store.results.all(bingo.id, "claim:")) == claims
    tally = game.tally(statement.id)
    latencies = sorted(result["latencies"])
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(
        f"{phones} phones for {seconds:.0f} s: {result['sent']} messages "
        f"({len(result['claims'])} bingo calls), {len(latencies) / wall:.1f}/s stored, "
        f"errors {len(result['errors'])}, {result['switching']} sent while switching"
    )
    print(f"send -> stored: p50 {p50:.1f} ms, p99 {p99:.1f} ms (target p99 < 200 ms)")
    inside.sort()
    in_p99 = inside[min(len(inside) - 1, int(len(inside) * 0.99))]
    load = os.getloadavg()[0]
    print(
        f"arrival -> answer inside the server: p50 {statistics.median(inside):.1f} ms, "
        f"p99 {in_p99:.1f} ms; machine load {load:.1f} on {os.cpu_count()} cores"
    )
    share = 100 * cpu / wall
    print(f"CPU of room server + beamer: {cpu:.2f} s in {wall:.1f} s = {share:.1f} % of one core")
    print(f"every phone's last vote stored exactly once: {exactly_once} "
          f"({len(stored)} rows, tally total {tally.total} for {phones} phones)")  # fmt: skip
    print(f"every bingo call stored exactly once: {claims_stored} ({len(claims)} calls)")
    service.close()
    runtime.stop()
    beamer.close()
    store.close()
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown at interpreter exit: the figures are printed


if __name__ == "__main__":
    if sys.argv[1:2] == ["qa"]:  # 300 phones on a word cloud and a Q&A at once
        sys.path.insert(0, str(Path(__file__).parent))
        from room_qa import main as qa_main

        qa_main(sys.argv[2:])
    else:
        main()
