"""Load on the room: 300 phones on a word cloud and a Q&A at once, each sending every 1-3 s.

One laptop process runs two rooms (RoomService, one per activity; a room shows one activity, so
the word cloud is a second session's, as for a parallel track, in the same database) with the
Q&A's beamer and console open (offscreen Qt); the phones run in a second process
(tests/perf/room_qa_phones.py) over real WebSockets on 127.0.0.1, half on each room. Without the
word cloud kind (or with --qa-only) all phones are on the Q&A. Prints messages per second, p50/p99
from send to answer (the answer leaves after the commit: "ack" means stored), the CPU this
process used, and checks every acknowledged question, upvote and word is stored exactly once.
Usage: .venv/bin/python tests/perf/room.py qa [phones=300] [seconds=30] [--qa-only]
Target: p99 < 200 ms on an idle 2-core machine.
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
from collections import Counter
from pathlib import Path

from app.activities.factory import make_beamer, make_control

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def server_side_latencies(service, spent: list[float]) -> None:  # type: ignore[no-untyped-def]
    """Milliseconds from a message's arrival to its answer leaving, measured in this process
    (the phones' figure also holds their own process's scheduling on a busy machine)."""
    arrived: dict[int, float] = {}
    handle, send = service.handle, service.server.send

    def timed_handle(phone, message):  # type: ignore[no-untyped-def]
        if message.get("type") not in ("hello", "ping"):
            arrived[phone.id] = time.perf_counter()
        handle(phone, message)

    def timed_send(phone, message):  # type: ignore[no-untyped-def]
        send(phone, message)
        if message.get("type") in ("ack", "error") and phone.id in arrived:
            spent.append((time.perf_counter() - arrived.pop(phone.id)) * 1000)

    service.server.handler = timed_handle
    service.server.send = timed_send


def check_questions(store, activity_id: int, result: dict) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    from app.activities.questions import state
    from app.core import questions as qa

    rows = store.results.all(activity_id)
    questions = [v for k, v in rows.items() if k.startswith(state.QUESTION)]
    stored = Counter((v["phone"], v["text"]) for v in questions)
    acked = Counter((key, qa.clean_text(text)) for key, text in result["questions"])
    ups = {k for k in rows if k.startswith(state.UPVOTE)}
    wanted_ups = {state.upvote_key(qid, key) for key, qid in result["upvotes"]}
    once = stored == acked and max(stored.values(), default=1) == 1 and ups == wanted_ups
    if not once:  # say what differs
        print("stored, not acknowledged:", list((stored - acked).items())[:3], len(stored - acked))
        print("acknowledged, not stored:", list((acked - stored).items())[:3], len(acked - stored))
        print(
            "upvotes stored, not acknowledged:",
            len(ups - wanted_ups),
            "acknowledged, not stored:",
            len(wanted_ups - ups),
        )
    repeats = len(result["upvotes"]) - len(wanted_ups)
    return once, (f"{sum(stored.values())} questions, {len(ups)} upvote rows "
                  f"({repeats} repeated upvotes counted once)")  # fmt: skip


def check_words(store, activity_id: int, result: dict) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    from app.activities.wordcloud import state

    rows = store.results.all(activity_id, state.PHONE)
    stored = Counter(v["text"] for v in rows.values())
    acked = Counter(text for _key, text in result["words"])
    return stored == acked and max(stored.values(), default=1) == 1, f"{len(rows)} words"


def main(argv: list[str]) -> None:
    flags = [a for a in argv if a.startswith("--")]
    numbers = [a for a in argv if not a.startswith("--")]
    phones = int(numbers[0]) if numbers else 300
    seconds = float(numbers[1]) if len(numbers) > 1 else 30.0
    app = QApplication([])
    from app.activities import registry
    from app.activities.context import ActivityContext
    from app.activities.factory import make_runtime
    from app.core.room import RoomLimits
    from app.room.service import RoomService
    from app.storage import open_store

    with_cloud = "--qa-only" not in flags and bool(registry.kind("wordcloud").phone)
    folder = tempfile.mkdtemp()
    store = open_store(Path(folder) / "room.sqlite")
    meeting = store.sessions.create("Load test")
    config = {"intro": "", "allow_names": False, "moderation": False}
    qa_activity = store.agenda.add(meeting.id, "questions", "Vragen aan het panel", 20, config)
    runtime = make_runtime(ActivityContext(store, meeting.id, qa_activity.id))
    runtime.start()
    beamer, console = make_beamer(runtime), make_control(runtime)
    beamer.resize(1920, 1080)
    console.resize(1000, 700)
    beamer.show()
    console.show()
    limits = RoomLimits(
        phones=phones + 10, sockets_per_address=phones + 10, phones_per_address=phones + 10
    )  # all phones come from 127.0.0.1
    rooms, inside = [], []
    activities = [qa_activity]
    if with_cloud:  # a second session (a parallel track): each room follows its own session
        track = store.sessions.create("Load test, second track")
        activities.append(store.agenda.add(track.id, "wordcloud", "Eén woord", 10,
                                           {"prompt": "Eén woord voor vandaag",
                                            "max_answers": 10_000}))  # fmt: skip
    for activity in activities:
        service = RoomService(store, activity.session_id, limits=limits)
        service.open("127.0.0.1", 0)
        server_side_latencies(service, inside)
        service.set_activity(activity.id)
        rooms.append(service)
    shares = [phones // len(rooms) + (1 if n < phones % len(rooms) else 0)
              for n in range(len(rooms))]  # fmt: skip
    targets = [f"{s.server.ws_url()}/?t={s.server.token}:{count}"
               for s, count in zip(rooms, shares, strict=True)]  # fmt: skip

    report = tempfile.TemporaryFile("w+")  # noqa: SIM115  (a pipe could block, see room.py)
    client = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("room_qa_phones.py")), str(seconds),
         *targets], stdout=report, text=True,
    )  # fmt: skip
    started_cpu, started = cpu_seconds(), time.perf_counter()
    poll = QTimer()
    poll.timeout.connect(lambda: client.poll() is not None and app.quit())
    poll.start(100)
    profile = None
    if os.environ.get("ROOM_PROFILE"):  # where the laptop's time goes: ROOM_PROFILE=file.prof
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    app.exec()
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["ROOM_PROFILE"])
    wall, cpu = time.perf_counter() - started, cpu_seconds() - started_cpu
    for service in rooms:
        service.close()
    report.seek(0)
    result = json.loads(report.read() or "{}")
    latencies = result["latencies"]
    on = " and a word cloud" if with_cloud else " (Q&A only)"
    print(
        f"{phones} phones on a Q&A{on} for {seconds:.0f} s: {result['sent']} messages, "
        f"{len(latencies) / wall:.1f} answered per second; refused: {result['refused']}"
    )
    print(
        f"send -> stored: p50 {statistics.median(latencies):.1f} ms, "
        f"p99 {percentile(latencies, 0.99):.1f} ms (target p99 < 200 ms)"
    )
    print(
        f"arrival -> answer inside the server: p50 {statistics.median(inside):.1f} ms, "
        f"p99 {percentile(inside, 0.99):.1f} ms"
    )
    print(
        f"CPU of room servers + Q&A console and beamer: {cpu:.2f} s in {wall:.1f} s = "
        f"{100 * cpu / wall:.1f} % of one core; machine load {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores"
    )
    once, detail = check_questions(store, qa_activity.id, result)
    print(f"Q&A: every acknowledged message stored exactly once: {once} ({detail})")
    if with_cloud:
        once, detail = check_words(store, activities[1].id, result)
        print(f"word cloud: every acknowledged word stored exactly once: {once} ({detail})")
    runtime.stop()
    beamer.close()
    console.close()
    store.close()
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown at interpreter exit: the figures are printed


if __name__ == "__main__":
    main(sys.argv[1:])
