"""Two app processes on one database file: the file stays whole, and the second one is warned."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from app.storage import open_store
from app.storage.instance import InstanceLock

ROOT = Path(__file__).parents[2]

WRITER = textwrap.dedent("""
    import sys
    from app.storage import open_store
    store = open_store(sys.argv[1])
    activity_id, name = int(sys.argv[2]), sys.argv[3]
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    for n in range(150):
        store.results.set(activity_id, f"{name}-{n}", {"by": name, "n": n, "text": "é" * 200})
        store.sessions.update(1, organisers=f"{name} {n}")
    store.close()
""")

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.storage.instance import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))
    assert lock.acquire() is None
    print("locked", flush=True)
    sys.stdin.readline()
""")


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def test_two_processes_writing_at_once_keep_the_file_whole(db_path: Path) -> None:
    store = open_store(db_path)
    meeting = store.sessions.create("Gedeeld")
    activity = store.agenda.add(meeting.id, "breakout")
    store.close()
    writers = [spawn(WRITER, str(db_path), str(activity.id), name) for name in ("links", "rechts")]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        assert writer.wait(timeout=60) == 0
        writer.stdin.close()  # type: ignore[union-attr]
        writer.stdout.close()  # type: ignore[union-attr]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute("SELECT key FROM activity_result").fetchall()
        version = connection.execute("SELECT version FROM meeting_session").fetchone()[0]
    connection.close()
    assert len(rows) == 300
    assert version == 1 + 300  # every update of both processes counted, none lost


def test_second_instance_is_told_who_has_the_file_and_a_crash_frees_it(db_path: Path) -> None:
    open_store(db_path).close()
    holder = spawn(HOLDER, str(db_path))
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    lock = InstanceLock(db_path)
    other = lock.acquire()
    assert other is not None and other["pid"] == holder.pid and other["since"]
    assert not lock.held
    holder.send_signal(signal.SIGKILL)  # the first app crashes: its lock must not stay behind
    holder.wait(timeout=10)
    holder.stdin.close()  # type: ignore[union-attr]
    holder.stdout.close()
    assert lock.acquire() is None and lock.held
    assert InstanceLock(db_path).acquire()["pid"] == os.getpid()  # type: ignore[index]
    lock.release()
    again = InstanceLock(db_path)
    assert again.acquire() is None
    again.release()  # an unreleased lock's file stays open until garbage collection
