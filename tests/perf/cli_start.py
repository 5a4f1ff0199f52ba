"""Command start-up: `tafelronde agenda ... list` (opens a database) and `tafelronde groups` (28
people in 7 groups of 4 for 5 rounds) beside `tafelronde templates` (opens none), whole
processes, in the same run; and which heavy modules each one imports.

Usage: .venv/bin/python tests/perf/cli_start.py [runs]     (default 7; medians are printed)
Goals: a scripted day pays little per command; no Qt widgets and no Alembic on these paths (an
up-to-date database is opened without Alembic: app/storage/migrate.py); `groups` for 28 people at
most 4x the time of `templates`.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("alembic", "mako", "PySide6.QtGui", "PySide6.QtWidgets", "reportlab", "numpy")
PROBE = (
    "import sys\nfrom app.cli import run\ncode = run(sys.argv[1:])\n"
    f"print(sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
)


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one whole process: on a shared machine the
    CPU time says more about the command itself than the wall clock does."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", *args], env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def heavy_modules(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, check=True,
                            capture_output=True, text=True)  # fmt: skip
    return result.stderr.strip()


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "XDG_DATA_HOME": f"{home}/data",
               "XDG_CONFIG_HOME": f"{home}/config"}  # fmt: skip
        db = str(Path(home) / "day.sqlite")
        made = subprocess.run([sys.executable, "-m", "app", "new", "--title", "Perf", "--template",
                               "sector_day_alliances", "--db", db], env=env, check=True,
                              capture_output=True, text=True)  # fmt: skip
        session = made.stdout.strip()
        people = Path(home) / "people.csv"
        rows = [f"Persoon{n},Achternaam{n},Organisatie {n % 7}" for n in range(28)]
        people.write_text("first_name,last_name,organisation\n" + "\n".join(rows) + "\n")
        subprocess.run([sys.executable, "-m", "app", "import", "--session", session, "--db", db,
                        str(people)], env=env, check=True, capture_output=True)  # fmt: skip
        listing = ["agenda", "--session", session, "--db", db, "list"]
        groups = ["groups", "--session", session, "--db", db, "--everyone", "--rounds", "5",
                  "--groups", "7"]  # fmt: skip
        commands = {"agenda list": listing, "groups": groups, "templates": ["templates"]}
        for args in commands.values():
            timed(args, env)  # warm the file cache and the .pyc files
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so both see the same machine load
            for name, args in commands.items():
                times[name].append(timed(args, env))
        medians = {}
        for name, args in commands.items():
            wall = statistics.median(w for w, _ in times[name])
            cpu = statistics.median(c for _, c in times[name])
            medians[name] = (wall, cpu)
            print(f"{name:12s} median of {runs}: {wall:.3f} s wall, {cpu:.3f} s CPU; "
                  f"heavy modules imported: {heavy_modules(args, env)}")  # fmt: skip
        for name in ("agenda list", "groups"):
            wall_ratio = medians[name][0] / medians["templates"][0]
            cpu_ratio = medians[name][1] / medians["templates"][1]
            print(f"{name} / templates: {wall_ratio:.2f}x wall, {cpu_ratio:.2f}x CPU")


if __name__ == "__main__":
    main()
