"""Timer figures: drift after a simulated 15 minutes, and a real 60-second run with CPU share.

    .venv/bin/python tests/perf/timer.py                       # all parts (takes 2 minutes)
    .venv/bin/python tests/perf/timer.py --real 0 --console 0  # simulated part only

Targets (DESIGN.md): <= 50 ms from true time after 15 minutes; display changes at second
boundaries; < 2 % of one core. The floor (../shared/floors/timer_jitter.py: a bare 100 ms
precise QTimer) runs as a separate process during the same minute and is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
FLOOR = Path(__file__).resolve().parents[3] / "shared" / "floors" / "timer_jitter.py"


def simulated(minutes: int = 15, seed: int = 1) -> None:
    """Fake clock; every timer wake-up is 0-8 ms late (worse than a busy laptop)."""
    from app.core.clock import FakeClock
    from app.widgets.timer import TimerController

    rng = random.Random(seed)
    clock = FakeClock(0.0)
    duration = minutes * 60
    controller = TimerController(clock, duration)
    controller.start()
    naive_seconds, naive_true = duration, 0.0  # a countdown that subtracts 1 per tick instead
    lags = []
    while clock.now() < duration:
        interval = controller.interval_ms()
        to_boundary = controller.countdown.next_change_in()
        assert interval is not None and to_boundary is not None
        step = interval / 1000 + rng.uniform(0, 0.008)
        clock.advance(step)
        controller.on_timeout()
        lags.append(step - to_boundary)  # how long after the true change the display changed
        naive_true += 1.0 + (step - interval / 1000)  # a repeating 1000 ms timer, equally late
        naive_seconds -= 1
    # the shown value against the true remaining time (fake clock = true time here)
    drift = abs(controller.countdown.remaining() - (duration - clock.now()))
    naive_drift = naive_true - (duration - naive_seconds)
    print(f"simulated {minutes} min (fake clock, wake-ups 0-8 ms late): "
          f"{controller.ticks} repaints, drift {drift * 1000:.3f} ms, display change after the "
          f"boundary max {max(lags) * 1000:.1f} ms (never accumulates); a tick-counting "
          f"countdown would be {naive_drift * 1000:.0f} ms behind")  # fmt: skip


def real(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    from app.core.clock import MonotonicClock
    from app.widgets.timer import TimerController, TimerView

    app = QApplication.instance() or QApplication(sys.argv)
    floor = None
    if FLOOR.is_file():
        floor = subprocess.Popen(
            [sys.executable, str(FLOOR), str(int(seconds))], stdout=subprocess.PIPE, text=True
        )
    clock = MonotonicClock()
    controller = TimerController(clock, 15 * 60)
    view = TimerView(controller)
    view.resize(1920, 1080)
    view.show()
    app.processEvents()
    lateness: list[float] = []
    state = {"last": controller.text()}

    def observe() -> None:
        text = controller.text()
        if text != state["last"]:
            state["last"] = text
            left = controller.countdown.remaining()
            lateness.append(left - (left // 1))  # how far past the boundary we drew
            view.repaint()  # paint now, as the screen would, so its CPU is counted
        if controller.countdown.elapsed() >= seconds:
            app.quit()

    controller.ticked.connect(observe)
    usage0 = resource.getrusage(resource.RUSAGE_SELF)
    wall0 = time.monotonic()
    controller.start()
    app.exec()
    wall = time.monotonic() - wall0
    controller.stop()  # its next tick would quit the next part's event loop
    view.close()
    usage1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime)
    true_left = 15 * 60 - wall
    drift = controller.countdown.remaining() - true_left
    changes = [1 - x if x > 0.5 else x for x in lateness]  # distance from the boundary
    print(f"real {wall:.1f} s: {controller.ticks} repaints for {len(lateness)} value changes, "
          f"drift from true time {abs(drift) * 1000:.2f} ms, display change after the boundary: "
          f"mean {1000 * sum(changes) / max(1, len(changes)):.2f} ms, "
          f"max {1000 * max(changes, default=0):.2f} ms, "
          f"CPU {cpu:.3f} s = {100 * cpu / wall:.2f} % of one core")  # fmt: skip
    if floor is not None:
        out, _ = floor.communicate(timeout=seconds + 30)
        print(f"floor (bare 100 ms PreciseTimer, same minute): {out.strip()}")


def real_console(seconds: float) -> None:
    """The whole run: console (1 s refresh + live thumbnail), beamer 1920x1080, timer running."""
    import tempfile

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import app.widgets.sound as sound
    from app.core.clock import MonotonicClock
    from app.storage import open_store
    from app.ui.run.console import RunConsole

    sound.load_backend = lambda path: None  # no audio device on a test machine
    app = QApplication.instance() or QApplication(sys.argv)
    store = open_store(Path(tempfile.mkdtemp()) / "perf.sqlite")
    meeting = store.sessions.create("Timer figures")
    store.agenda.add(meeting.id, "meet_greet", "Meet", 15, {"mode": "free", "instruction": "Go"})
    console = RunConsole(store, meeting.id, MonotonicClock())
    console.resize(1400, 860)
    console.show()
    console.beamer.resize(1920, 1080)
    console.perform("next")  # enter the meet-and-greet
    console.perform("next")  # start its timer
    app.processEvents()
    timer = console.runtime.timer  # type: ignore[union-attr]
    usage0 = resource.getrusage(resource.RUSAGE_SELF)
    wall0, left0 = time.monotonic(), timer.countdown.remaining()
    stop = QTimer(singleShot=True, interval=int(seconds * 1000))
    stop.timeout.connect(app.quit)
    stop.start()
    app.exec()
    wall, left1 = time.monotonic() - wall0, timer.countdown.remaining()
    usage1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime)
    drift = left1 - (left0 - wall)
    print(f"run console + beamer + thumbnail, real {wall:.1f} s: {timer.ticks} timer repaints, "
          f"drift {abs(drift) * 1000:.2f} ms, CPU {cpu:.3f} s = {100 * cpu / wall:.2f} % "
          f"of one core (target < 2 %)")  # fmt: skip
    console.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--real", type=float, default=60.0, help="seconds of real run (0 = skip)")
    parser.add_argument(
        "--console", type=float, default=60.0, help="seconds of the whole run console (0 = skip)"
    )
    options = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)  # the controller's QTimer needs an event dispatcher
    simulated()
    if options.real > 0:
        real(options.real)
    if options.console > 0:
        real_console(options.console)
    app.quit()


if __name__ == "__main__":
    main()
