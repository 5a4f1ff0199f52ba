"""One app instance per database file: a lock file beside it says who has it open.

SQLite in WAL mode with a busy timeout keeps the *file* consistent with two writers (proved by
tests/storage/test_two_instances.py), but two windows editing the same session would overwrite
each other's unsaved view of it. So the second window is warned and offered read-only.

The lock is an OS file lock (fcntl.flock) on ``<file>.lock``: the kernel releases it when the
process dies, so a crash (SIGKILL, power cut) never leaves a stale lock. The file's text (pid,
host, time) only serves the message.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: fall back to "lock file exists and its process lives"
    fcntl = None  # type: ignore[assignment]  # Windows has no fcntl


class InstanceLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(f"{database.name}.lock")
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> dict[str, Any] | None:
        """Take the lock. Returns None on success, or the other holder's details."""
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError:
            return None  # read-only folder: nobody can write there, nothing to guard
        if fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = self._read(handle)
                handle.close()
                return holder
        else:
            holder = self._read(handle)
            if holder and holder.get("pid") != os.getpid() and _alive(holder.get("pid")):
                handle.close()
                return holder
        handle.seek(0)
        handle.truncate()
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": datetime.now().strftime("%H:%M")}  # fmt: skip
        handle.write(json.dumps(info))
        handle.flush()
        self._handle = handle
        return None

    @staticmethod
    def _read(handle: IO[str]) -> dict[str, Any]:
        handle.seek(0)
        try:
            value = json.loads(handle.read() or "{}")
        except json.JSONDecodeError:
            value = {}
        return value if isinstance(value, dict) else {}

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
        finally:
            handle.close()  # closing releases the flock; the file stays (unlinking would race)


def _alive(pid: object) -> bool:
    if not isinstance(pid, int):
        return False
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
