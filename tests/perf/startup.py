"""Start-up: time until the first window is mapped, and RSS, beside a bare PySide6 window.

Runs both under a private Xvfb and polls with xdotool until a window of the process is visible.
Usage: .venv/bin/python tests/perf/startup.py [runs]   (needs Debian's xvfb and xdotool)
Target (DESIGN.md): <= 1.0 s warm and <= 2x the bare window; RSS <= 200 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]
FLOOR = ROOT.parent / "shared" / "floors" / "bare_window.py"


def time_to_window(command: list[str], display: str) -> tuple[float, float]:
    """Seconds until a window is visible on the private display (one process at a time), and
    the process RSS in MB at that moment."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    start = time.perf_counter()
    errors = tempfile.TemporaryFile()  # noqa: SIM115  (read only when the window never came)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        deadline = start + 30
        while time.perf_counter() < deadline:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--class", "."],
                env=env, capture_output=True, check=False,
            )  # fmt: skip
            if found.stdout.strip():
                elapsed = time.perf_counter() - start
                rss = 0.0
                for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1]) / 1024
                return elapsed, rss
            time.sleep(0.01)
        errors.seek(0)
        raise TimeoutError(f"{command}: {errors.read()[-600:].decode(errors='replace')}")
    finally:
        process.kill()
        process.wait()


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    display = f":{number}"
    server = ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp", "-noreset"]
    xvfb = subprocess.Popen(server, stderr=subprocess.DEVNULL)
    for _ in range(200):  # wait until the X server answers
        ready = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True,
                               env={**os.environ, "DISPLAY": display}, check=False)  # fmt: skip
        if ready.returncode == 0:
            break
        time.sleep(0.05)
    assert xvfb.poll() is None, "Xvfb did not start"
    try:
        with tempfile.TemporaryDirectory() as home:
            os.environ["HOME"] = home
            os.environ["XDG_DATA_HOME"] = str(Path(home) / "data")
            os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")
            db = str(Path(home) / "perf.sqlite")
            app = [sys.executable, "-m", "app", "--db", db]
            bare = [sys.executable, str(FLOOR)]
            time_to_window(app, display)  # first run creates the database and warms the cache
            ours = [time_to_window(app, display) for _ in range(runs)]
            floor = [time_to_window(bare, display) for _ in range(runs)]
    finally:
        xvfb.kill()
    ours_s = statistics.median(t for t, _ in ours)
    floor_s = statistics.median(t for t, _ in floor)
    print(f"first window, median of {runs} warm runs: tafelronde {ours_s:.3f} s, "
          f"bare window (floor) {floor_s:.3f} s, ratio {ours_s / floor_s:.2f}x")  # fmt: skip
    print(f"RSS at first window: tafelronde {max(r for _, r in ours):.0f} MB, "
          f"floor {max(r for _, r in floor):.0f} MB")  # fmt: skip
    print("targets: <= 1.0 s, <= 2x floor, <= 200 MB")


if __name__ == "__main__":
    main()
