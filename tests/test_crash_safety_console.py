"""SIGKILL the real run console during an activity; the next console offers to resume it.

The child (tests/helpers/console_app.py) runs a talk for a few real seconds, pauses its timer and
is killed; this process then opens a run console on the same file: the resume bar names the talk
and resuming puts the timer exactly where it was paused.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import app.widgets.sound as sound
from app.core.clock import FakeClock
from app.storage import open_store
from app.ui.run.console import RunConsole
from app.ui.run.resume import resume_bar

ROOT = Path(__file__).parents[1]
HELPER = ROOT / "tests" / "helpers" / "console_app.py"


@pytest.mark.slow
def test_a_killed_console_is_offered_again_with_its_paused_timer(
    qtbot, db_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)
    store = open_store(db_path)
    session = store.sessions.create("Netwerkdag")
    store.agenda.add(session.id, "segment", "Welkom", 10)
    store.agenda.add(session.id, "segment", "Pitches", 20)
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(HELPER), str(db_path), str(session.id), "1"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(2.0)  # the talk's timer runs in real time in the child
        child.stdin.write("pause\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "paused"
        time.sleep(1.5)  # more than the one-second promise
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    store = open_store(db_path)
    console = RunConsole(store, session.id, FakeClock())
    qtbot.addWidget(console)
    try:
        assert resume_bar(console) is not None
        assert "Pitches" in console.safety.label.text()
        console.safety.resume_button.click()
        countdown = console.runtime.timer.countdown  # type: ignore[union-attr]
        assert console.index == 1 and countdown.paused
        # 20 minutes planned, two seconds or more used before the pause (a slow machine adds some)
        assert 20 * 60 - 60 < countdown.remaining() < 20 * 60 - 1.5
    finally:
        console.close()
        store.close()
