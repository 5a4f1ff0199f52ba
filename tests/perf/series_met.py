"""Who already met across a series: repeats with and without the earlier sessions known.

Run: .venv/bin/python tests/perf/series_met.py [--iterations 12000] [--sessions 3] [--rounds 3]
Three sessions of the same 40 people (10 organisations of 4), groups of 5, 3 rounds each. A
repeat is a shared table of a pair who already sat together earlier in the series (or earlier
that day). "series" solves each session knowing the earlier sessions' tables; "alone, same
order" solves each session on its own with the people listed in the same order (what happens
today when the same people register again); "alone, shuffled" lists them in another order per
session. Only the iteration budget stops the search, so the figures are the same on every
machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.encounters import add_meetings, new_encounters, series_repeats
from app.core.groups import GroupProblem, solve

PEOPLE = list(range(40))
ORGANISATION = {p: f"org{p % 10}" for p in PEOPLE}


def run_series(
    mode: str, sessions: int = 3, rounds: int = 3, iterations: int = 12_000
) -> tuple[int, list[int], list[float]]:
    """(total repeats, repeats per session, new encounters per person per session)."""
    met: dict[frozenset, int] = {}
    per_session, fresh = [], []
    for number in range(sessions):
        people = PEOPLE[:]
        if mode == "shuffled":
            random.Random(number).shuffle(people)
        problem = GroupProblem(
            people, rounds, group_size=5, organisation=ORGANISATION,
            met_in_series=dict(met) if mode == "series" else {},
        )  # fmt: skip
        schedule = solve(problem, seed=number, max_iterations=iterations, time_limit=None)
        per_session.append(series_repeats(schedule.rounds, met))
        fresh.append(new_encounters(schedule.rounds, met))
        add_meetings(met, schedule.rounds)
    return sum(per_session), per_session, fresh


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=12_000)
    parser.add_argument("--sessions", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    for mode, label in (("series", "series"), ("same", "alone, same order"),
                        ("shuffled", "alone, shuffled")):  # fmt: skip
        started = time.monotonic()
        total, per, fresh = run_series(mode, options.sessions, options.rounds, options.iterations)
        seconds = time.monotonic() - started
        news = ", ".join(f"{f:.1f}" for f in fresh)
        print(f"{label:18} repeats {total:4} per session {per}  new people per person "
              f"[{news}]  {seconds:.1f} s")  # fmt: skip
    print("speed dating in pairs, two meetings, mean repeats in the second over seeds 0-9:")
    for people, rounds in ((12, 5), (30, 8), (40, 10)):
        aware, alone = speed_dating(people, rounds)
        print(f"  {people} people, {rounds} + {rounds} rounds: {aware:.1f} knowing the first "
              f"meeting, {alone:.1f} without")  # fmt: skip


def speed_dating(people: int, rounds: int, seeds: int = 10) -> tuple[float, float]:
    """Mean repeats of a second meeting's rotation, with and without the first one's pairs."""
    from app.core.rotation import rotate

    aware = alone = 0
    for seed in range(seeds):
        first = rotate(list(range(people)), rounds, seed=seed)
        met = add_meetings({}, first.rounds)
        second = rotate(list(range(people)), rounds, seed=seed + 100, avoid=met)
        aware += series_repeats(second.rounds, met)
        alone += series_repeats(rotate(list(range(people)), rounds, seed=seed + 100).rounds, met)
    return aware / seeds, alone / seeds


if __name__ == "__main__":
    main()
