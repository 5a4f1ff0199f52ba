"""The real run console in a child process, until it is killed (tests/test_crash_safety_console.py).

argv: DB SESSION INDEX. Enters agenda item INDEX, lets its timer run, pauses it when told on
stdin ("pause"), prints "ready"/"paused" and waits to be killed with SIGKILL.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

import app.widgets.sound as sound
from app.storage import open_store
from app.ui.run.console import RunConsole


def main() -> None:
    db, session_id, index = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    application = QApplication([])
    sound.load_backend = lambda path: None  # no sound device needed
    store = open_store(db)
    console = RunConsole(store, session_id)
    console.show()
    console.go_to(index)
    print("ready", flush=True)

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "pause":
            console.runtime.timer.pause()  # type: ignore[union-attr]
            print("paused", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    application.exec()


if __name__ == "__main__":
    main()
