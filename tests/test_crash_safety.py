"""kill -9 while someone is typing: everything typed more than a second earlier is stored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.storage import open_store

HELPER = Path(__file__).parent / "helpers" / "typing_app.py"


@pytest.mark.slow
@pytest.mark.parametrize("typing_seconds", [1.5, 3.0])
def test_sigkill_loses_nothing_older_than_one_second(db_path: Path, typing_seconds: float) -> None:
    store = open_store(db_path)
    session_id = store.sessions.create("Crash test").id
    store.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path.cwd())}
    process = subprocess.Popen(
        [sys.executable, str(HELPER), str(db_path), str(session_id)],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    typed: list[tuple[int, float]] = []
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    started = time.time()
    while time.time() - started < typing_seconds:  # the app types in real time; we only watch
        parts = process.stdout.readline().split()
        typed.append((int(parts[1]), float(parts[2])))
    process.send_signal(signal.SIGKILL)
    killed_at = time.time()
    process.wait(timeout=10)
    process.stdout.close()

    must_have = max(n for n, when in typed if when < killed_at - 1.0)
    reopened = open_store(db_path)
    try:
        stored = reopened.sessions.get(session_id).organisers
    finally:
        reopened.close()
    assert len(stored) >= must_have, f"stored {len(stored)} chars, typed {must_have} before"
    assert stored == "abcdefghij" * (len(stored) // 10) + "abcdefghij"[: len(stored) % 10]
