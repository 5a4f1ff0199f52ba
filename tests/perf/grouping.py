"""Figures of the group solver on the instances of issue 8, beside the reference solver's.

Run: .venv/bin/python tests/perf/grouping.py [--seeds 5] [--markdown] [--no-time-limit]
(--no-time-limit: only the iteration budget stops the search, so the repeats are the same on
every machine however loaded; the default 8 s wall-clock safety net can cut a search short.)
Prints per instance: repeated pair-meetings (meetings beyond the first, summed over pairs),
same-organisation pairs sharing a table, seconds (median over seeds, worst too), and the figures
the issue reports for a well-known greedy round-by-round local search (median of 5 runs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.groups import GroupProblem, solve

# (people, groups, size, rounds, organisations of how many people or None, reference repeats,
#  reference seconds or None when the issue gives none, target repeats: "0", "<N", or "=N" for
#  the lower bound pigeonhole counting proves)
INSTANCES = [
    (28, 7, 4, 5, None, 0, None, "0"),
    (80, 16, 5, 4, None, 0, 10.0, "0"),
    (32, 8, 4, 9, None, 18, None, "0"),
    (32, 8, 4, 10, None, 33, None, "<33"),
    (15, 5, 3, 7, None, 7, None, "0"),
    (60, 10, 6, 3, 5, 0, 25.0, "0"),
    (100, 20, 5, 6, None, 0, 54.0, "0"),
    (24, 6, 4, 6, None, 5, None, "<5"),
    (80, 8, 10, 3, None, 32, 8.0, "=32"),
]


def problem(people: int, groups: int, rounds: int, org_size: int | None) -> GroupProblem:
    ids = list(range(1, people + 1))
    orgs = {p: f"org{(p - 1) // org_size}" for p in ids} if org_size else {}
    return GroupProblem(ids, rounds, group_count=groups, organisation=orgs)


def timed(problem: GroupProblem, seed: int, limit: bool = True) -> tuple[object, float]:
    """The schedule and the CPU seconds it took (wall seconds are in schedule.seconds)."""
    cpu = time.process_time()
    schedule = solve(problem, seed=seed) if limit else solve(problem, seed=seed, time_limit=None)
    return schedule, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--markdown", action="store_true", help="a table for docs/breakout.md")
    parser.add_argument("--no-time-limit", action="store_true", help="iteration budget only")
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    limit = "no time limit" if args.no_time_limit else "8 s time limit"
    print(f"{os.cpu_count()} cores, load average {load}; {args.seeds} seeds per instance; {limit}")
    if args.markdown:
        print(
            "| instance | repeats | org clashes | s median | s worst | CPU s median "
            "| repeats per seed | reference: repeats, s | target | |\n"
            "|---|--:|--:|--:|--:|--:|---|---|---|---|"
        )
    else:
        print(
            f"{'instance':<22}{'repeats':>8}{'org':>5}{'s med':>8}{'s max':>8}{'cpu med':>9}"
            f"   reference: repeats, s   target"
        )
    for people, groups, size, rounds, org, ref_rep, ref_s, target in INSTANCES:
        instance = problem(people, groups, rounds, org)
        runs = [timed(instance, s, not args.no_time_limit) for s in range(args.seeds)]
        schedules = [r for r, _ in runs]
        repeats = statistics.median(r.repeats for r in schedules)
        clashes = statistics.median(r.organisation_clashes for r in schedules)
        secs = [r.seconds for r in schedules]
        cpu = statistics.median(c for _, c in runs)
        name = f"{people}/{groups}x{size}/{rounds}" + (f" orgs of {org}" if org else "")
        ref = f"{ref_rep:>3}, {ref_s:>4.0f} s" if ref_s else f"{ref_rep:>3},    -  "
        limit = 1.0 if people >= 60 else 10.0
        goal = int(target.lstrip("<="))
        ok = repeats <= goal if target[0] in "0=" else repeats < goal
        ok = ok and clashes == 0
        ok = ok and max(secs) < limit
        per_seed = ",".join(str(r.repeats) for r in schedules)
        if args.markdown:
            print(
                f"| {name} | {repeats:g} | {clashes:g} | {statistics.median(secs):.3f} "
                f"| {max(secs):.3f} | {cpu:.3f} | {per_seed} | {ref.strip()} "
                f"| {target} repeats, < {limit:g} s | {'OK' if ok else 'MISSED'} |"
            )
            continue
        print(
            f"{name:<22}{repeats:>8g}{clashes:>5g}{statistics.median(secs):>8.3f}"
            f"{max(secs):>8.3f}{cpu:>9.3f}   {ref:<16}  {target:>4} repeats, < {limit:g} s "
            f"{'OK' if ok else 'MISSED'}  (repeats per seed: {per_seed})"
        )


if __name__ == "__main__":
    main()
