"""A real app process that types into a session until it is killed (used by the crash test).

Usage: python typing_app.py DB SESSION_ID. Prints "typed N T" after each keystroke, where N is the
number of characters typed so far and T the wall-clock time; types one character every 30 ms.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from app.ui.main_window import MainWindow
from app.ui.startup import make_application


def main() -> None:
    db, session_id = sys.argv[1], int(sys.argv[2])
    app = make_application([])
    window = MainWindow(language="en")
    window.show()
    window.open_database(db, session_id)
    field = window.workspace.overview.organisers
    field.setFocus()
    count = 0

    def type_one() -> None:
        nonlocal count
        QTest.keyClicks(field, "abcdefghij"[count % 10])
        count += 1
        print(f"typed {count} {time.time():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(30)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
