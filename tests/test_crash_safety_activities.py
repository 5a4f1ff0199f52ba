"""SIGKILL during every activity kind: each edit older than one second is in the database.

A child process drives one kind's control panel (typing notes and worksheet fields, marking
bingo statements, voting in the statement game, pressing timer buttons) and is killed with
SIGKILL at a random moment; the database is then reopened and checked, edit by edit. Children
are forked from tests/helpers/activity_driver.py so that each run starts in a fraction of a
second; the random moments come from a fixed seed, printed on failure.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.activities import registry
from app.storage import open_store

ROOT = Path(__file__).parents[1]
HELPER = ROOT / "tests" / "helpers" / "activity_driver.py"
KILLS_PER_KIND = 4
SEED = 20261123
BREAKOUT = {"group_size": 3, "rounds": [{"minutes": 10, "questions": ["Wat werkt?", "Wat niet?"]}]}
CONFIGS = {
    "worksheet": {"worksheet": "requests_offers"},
    "breakout": BREAKOUT,
    "meet_greet": {"mode": "free"},
}

sys.path.insert(0, str(ROOT / "tests" / "helpers"))
from activity_driver import answer_text, typed_text  # noqa: E402


def driven_kinds() -> list[str]:
    """Every kind with a runtime of its own (placeholders have nothing to save)."""
    return [kind.key for kind in registry.KINDS if kind.runtime]


@dataclass
class Run:
    kind: str
    number: int
    how: str = ""
    edits: list[tuple[int, int, float]] = field(default_factory=list)  # editor, count, time
    killed_at: float = 0.0
    startup: float = 0.0  # seconds from the request to a ready control panel
    prior: float = 0.0  # the kind's counter before this run (marks, votes, timer seconds)

    def must_have(self) -> dict[int, int]:
        """Per editor: the count reached by edits made more than one second before the kill."""
        needed: dict[int, int] = {}
        for editor, count, when in self.edits:
            if when < self.killed_at - 1.0:
                needed[editor] = max(needed.get(editor, 0), count)
        return needed


class Server:
    def __init__(self) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, str(HELPER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert self.line() == "server"

    def line(self) -> str:
        assert self.process.stdout is not None
        text = self.process.stdout.readline()
        assert text, "the driver stopped unexpectedly (see its stderr above)"
        return text.strip()

    def run(self, run: Run, db: Path, session_id: int, activity_id: int, seconds: float) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {run.kind} {db} {session_id} {activity_id} {run.number}\n")
        self.process.stdin.flush()
        asked = time.time()
        pid = int(self.line().split()[1])
        ready = self.line()
        assert ready.startswith("ready"), ready
        run.how = ready.split()[1]
        run.startup = time.time() - asked
        deadline = time.time() + seconds
        while time.time() < deadline:
            parts = self.line().split()
            run.edits.append((int(parts[1]), int(parts[2]), float(parts[3])))
        os.kill(pid, signal.SIGKILL)
        run.killed_at = time.time()
        while not (text := self.line()).startswith("dead"):
            parts = text.split()  # edits printed just before the kill still count
            run.edits.append((int(parts[1]), int(parts[2]), float(parts[3])))
        assert int(text.split()[2]) == signal.SIGKILL, f"child ended by itself: {text}"

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self.process.stdout.close()


def prepare(db: Path) -> tuple[int, dict[str, int]]:
    """One session with five people and one activity of every driven kind."""
    store = open_store(db)
    meeting = store.sessions.create("Crash")
    people = [store.participants.add(meeting.id, first_name=n).id for n in "ABCDE"]
    activities = {}
    for kind in driven_kinds():
        config = CONFIGS.get(kind, registry.kind(kind).default_config)
        activities[kind] = store.agenda.add(meeting.id, kind, kind, 10, config).id
    if "breakout" in activities:
        from app.activities.breakout.state import BreakoutData

        BreakoutData(store, activities["breakout"]).save_schedule([[people[:3], people[3:]]], 1)
    store.close()
    return meeting.id, activities


def check(run: Run, db: Path, session_id: int, activity_id: int) -> float:
    """Every edit older than one second before the kill is stored; returns the new total."""
    import json

    from app.storage.run_state import load_run_state

    store = open_store(db)
    try:
        needed = run.must_have()
        rows = store.results.all(activity_id)
        if run.how == "text":
            stored = json.dumps(rows, ensure_ascii=False)
            for editor, count in needed.items():
                assert typed_text(run.number, editor, count) in stored, (run, editor, count)
        elif run.how == "answers":
            texts = {v.get("text") for v in rows.values() if isinstance(v, dict)}
            for count in range(1, needed.get(0, 0) + 1):
                assert answer_text(run.number, count) in texts, (run, count)
        elif run.how == "marks":
            heard = [k for k in rows if k.startswith("heard:")]
            assert len(heard) >= run.prior + needed.get(0, 0), (run, len(heard))
        elif run.how == "votes":
            votes = sum(v for k, v in rows.items() if k.startswith("tally:") and isinstance(v, int))
            assert votes >= run.prior + needed.get(0, 0), (run, votes)
        else:
            state = load_run_state(store, session_id)
            assert state is not None and state.running and state.activity_id == activity_id
            assert state.timer is not None
            assert state.timer.duration >= run.prior + 60 * needed.get(0, 0), (run, state)
        return total(store, run.kind, session_id, activity_id)
    finally:
        store.close()


def total(store, kind: str, session_id: int, activity_id: int) -> float:  # type: ignore[no-untyped-def]
    """What the kind's counter stands at (marks, votes, timer duration) before the next run."""
    from app.storage.run_state import load_run_state

    rows = store.results.all(activity_id)
    if kind == "bingo":
        return len([k for k in rows if k.startswith("heard:")])
    if kind == "statements":
        return sum(v for k, v in rows.items() if k.startswith("tally:") and isinstance(v, int))
    state = load_run_state(store, session_id)
    if state is not None and state.timer is not None and state.activity_id == activity_id:
        return state.timer.duration
    return 10 * 60


@pytest.mark.slow
def test_sigkill_at_random_moments_in_every_activity_kind(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    session_id, activities = prepare(db)
    assert len(activities) >= 5, f"driven kinds: {sorted(activities)}"
    store = open_store(db)
    priors = {kind: total(store, kind, session_id, a) for kind, a in activities.items()}
    store.close()
    rng = random.Random(SEED)
    server = Server()
    runs: list[Run] = []
    try:
        for kind, activity_id in activities.items():  # kind by kind: a rerun resumes the timer
            for number in range(KILLS_PER_KIND):
                run = Run(kind, number)
                run.prior = priors[kind]
                server.run(run, db, session_id, activity_id, rng.uniform(1.1, 2.0))
                priors[kind] = check(run, db, session_id, activity_id)
                runs.append(run)
    finally:
        server.close()
    assert len(runs) >= 20
    checked = sum(sum(r.must_have().values()) for r in runs)
    assert checked > 20 * 10, f"only {checked} edits were old enough to be checked"
    assert {r.how for r in runs} >= {"text", "marks", "timer"}
    slowest = max(r.startup for r in runs)
    print(f"{len(runs)} kills, {checked} edits checked, slowest start {slowest:.2f} s")
