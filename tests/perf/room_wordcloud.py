"""Load on the room with a word cloud: 300 phones each sending a word every 1-3 s while the
console's runtime and the beamer's cloud follow live (offscreen, in this process, as on the
laptop). The phones run in a second process (tests/perf/room_wordcloud_phones.py) over real
WebSockets on 127.0.0.1.

Prints messages per second, p50/p99 from send to stored (the answer leaves after the commit),
refusals (past `max_answers`, set to 10 here so phones keep sending), the CPU this process used,
how long the beamer's re-read + layout + paint took per change, and checks that every
acknowledged word is stored exactly once and that the cloud holds them all.
Usage: .venv/bin/python tests/perf/room_wordcloud.py [phones=300] [seconds=20]
Target (issue 18): p99 < 200 ms on an idle machine; every message stored exactly once.
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


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0


def main() -> None:
    phones = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    app = QApplication([])
    from app.activities.context import ActivityContext
    from app.activities.wordcloud.runtime import WordcloudRuntime
    from app.activities.wordcloud.state import WordCloud
    from app.core.room import RoomLimits
    from app.room.service import RoomService
    from app.storage import open_store

    store = open_store(Path(tempfile.mkdtemp()) / "room.sqlite")
    meeting = store.sessions.create("Load test")
    config = {"prompt": "Eén woord voor vandaag", "max_answers": 10}
    activity = store.agenda.add(meeting.id, "wordcloud", "Eén woord", 5, config)
    runtime = WordcloudRuntime(ActivityContext(store, meeting.id, activity.id))
    runtime.start()
    beamer = make_beamer(runtime)
    beamer.resize(1920, 1080)
    beamer.show()
    redraws: list[float] = []

    def timed_refresh(refresh=runtime.refresh) -> None:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        refresh()  # re-read the store, new layout (beamer.refresh is connected to `changed`)
        beamer.repaint()
        redraws.append((time.perf_counter() - start) * 1000)

    runtime.refresh = timed_refresh  # type: ignore[method-assign]
    limits = RoomLimits(phones=phones + 10, sockets_per_address=phones + 10,
                        phones_per_address=phones + 10)  # fmt: skip
    service = RoomService(store, meeting.id, limits=limits)
    service.open("127.0.0.1", 0)
    service.set_activity(activity.id)
    url = f"{service.server.ws_url()}/?t={service.server.token}"
    report = tempfile.TemporaryFile("w+")  # noqa: SIM115  (read after the Qt loop, below)
    client = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("room_wordcloud_phones.py")), url,
         str(phones), str(seconds)],
        stdout=report, text=True,
    )  # fmt: skip
    started_cpu, started = cpu_seconds(), time.perf_counter()
    poll = QTimer()
    poll.timeout.connect(lambda: client.poll() is not None and app.quit())
    poll.start(100)
    app.exec()
    wall, cpu = time.perf_counter() - started, cpu_seconds() - started_cpu
    report.seek(0)
    result = json.loads(report.read() or "{}")

    stored = WordCloud(store, activity.id).phone_answers()
    exactly_once = {k: v for k, v in stored.items()} == {
        k: v for k, v in result["acked"].items() if v
    }
    runtime.refresh()
    total = sum(w.count for w in runtime.words)
    acked = sum(len(v) for v in result["acked"].values())
    latencies = result["latencies"]
    print(f"{phones} phones for {seconds:.0f} s: {result['sent']} words sent, "
          f"{len(latencies) / wall:.1f}/s stored, refused {result['refused']}")  # fmt: skip
    print(f"send -> stored: p50 {statistics.median(latencies):.1f} ms, "
          f"p99 {p99(latencies):.1f} ms (target p99 < 200 ms); "
          f"machine load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    print(f"console runtime + beamer per change (re-read, layout, paint): "
          f"p50 {statistics.median(redraws):.1f} ms, p99 {p99(redraws):.1f} ms, "
          f"{len(redraws)} changes; {len(beamer.placed_texts())} words on the beamer")  # fmt: skip
    print(f"CPU of room server + console + beamer: {cpu:.2f} s in {wall:.1f} s "
          f"= {100 * cpu / wall:.1f} % of one core")  # fmt: skip
    print(f"every acknowledged word stored exactly once: {exactly_once} "
          f"({acked} acknowledged, {total} counted in the cloud)")  # fmt: skip
    service.close()
    runtime.stop()
    beamer.close()
    store.close()
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown at interpreter exit: the figures are printed


if __name__ == "__main__":
    main()
