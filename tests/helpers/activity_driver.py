"""A fork server that runs one activity's control panel in a child process until it is killed.

Used by tests/test_crash_safety_activities.py. Importing Qt and every activity kind costs more
than a second on a busy machine, so this process imports once and forks a fresh child per run:
stdin gets "run KIND DB SESSION ACTIVITY RUN"; it answers "child PID", the child prints "ready"
and then one line "edit EDITOR COUNT TIME" after each edit (typing, marking, voting, timer
button) it made through the control panel, every EVERY_MS. When the child is gone the server
prints "dead PID". The child never exits by itself: the test kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time

from app.activities.factory import make_control

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from app.activities import registry
from app.activities.context import ActivityContext
from app.activities.factory import make_runtime

EVERY_MS = 40
LETTERS = "abcdefghijklmnopqrstuvwxyz"

for _kind in registry.KINDS:  # import every runtime before forking: children start fast
    if _kind.runtime:
        registry.load(_kind.runtime)


def typed_text(run: int, editor: int, count: int) -> str:
    """What editor `editor` holds after `count` keystrokes in run `run` (unique per run)."""
    return ((f"Q{run}Z{editor}" + LETTERS) * (count // 26 + 2))[:count]


def driver_of(kind: str, runtime: object) -> str:
    """How a kind is driven: typing notes, marking, voting or the timer buttons."""
    known = {"bingo": "marks", "statements": "votes", "breakout": "text", "worksheet": "text",
             "segment": "timer", "meet_greet": "timer", "poll": "votes",
             "wordcloud": "answers"}  # fmt: skip
    if kind in known:
        return known[kind]
    return "timer" if getattr(runtime, "timer", None) is not None else "text"


def text_editors(control: QWidget, kind: str) -> list[QWidget]:
    """Up to two visible editable text fields of the panel that the kind saves."""
    if kind == "breakout":
        control.select_group(1)  # type: ignore[attr-defined]
        return [editor.edit for editor in control.editors[:2]]  # type: ignore[attr-defined]
    roots = list(getattr(control, "editors", {}).values()) or [control]  # worksheet: its fields
    found = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            editable = widget.isVisible() and widget.isEnabled()
            text = isinstance(widget, (QPlainTextEdit, QTextEdit, QLineEdit))
            if text and editable and not widget.isReadOnly():
                found.append(widget)
                break  # one per field: two fields, not two cells of one field
    return found[:2]


def type_into(widget: QWidget, character: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.end(False)
    else:
        widget.moveCursor(QTextCursor.MoveOperation.End)  # type: ignore[attr-defined]
    QTest.keyClicks(widget, character)


def child(kind: str, db: str, session_id: int, activity_id: int, run: int) -> None:
    from app.storage import open_store
    from app.widgets.run_state import RunStateRecorder, resume_point, resume_timer

    app = QApplication([])
    store = open_store(db)
    context = ActivityContext(store, session_id, activity_id)
    runtime = make_runtime(context)
    control = make_control(runtime)
    control.resize(1000, 800)
    control.show()
    recorder = RunStateRecorder(store, session_id)  # what the run console does (see docs)
    runtime.start()
    interrupted = resume_point(store, session_id)  # the console's resume offer, accepted
    if interrupted is not None and interrupted.activity_id == activity_id:
        resume_timer(runtime, interrupted)
    recorder.entered(activity_id, runtime)
    how = driver_of(kind, runtime)
    QApplication.processEvents()
    steps: list = []
    if how == "text":
        editors = text_editors(control, kind)
        assert editors, f"{kind}: no editable text field in the control panel"
        counts = [0] * len(editors)

        def step() -> tuple[int, int]:
            index = sum(counts) % len(editors)
            type_into(editors[index], typed_text(run, index, counts[index] + 1)[-1])
            counts[index] += 1
            return index, counts[index]

    elif how == "answers":  # a note-taker types the room's answers, Enter after each
        entry = control.entry  # type: ignore[attr-defined]
        done = [0]

        def step() -> tuple[int, int]:
            done[0] += 1
            entry.setFocus()
            QTest.keyClicks(entry, answer_text(run, done[0]))
            QTest.keyClick(entry, Qt_enter())
            return 0, done[0]

    elif how == "marks":
        items = control.statements  # type: ignore[attr-defined]
        done = [0]

        def step() -> tuple[int, int]:
            item = items.item(done[0] % items.count())
            items.scrollToItem(item)
            QTest.mouseClick(
                items.viewport(), QTest_left(), pos=items.visualItemRect(item).center()
            )
            done[0] += 1
            return 0, done[0]

    elif how == "votes":
        plus = [b for b in control.findChildren(QPushButton) if b.text() == "+" and b.isVisible()]
        assert plus, f"{kind}: no + buttons"
        done = [0]

        def step() -> tuple[int, int]:
            QTest.mouseClick(plus[done[0] % len(plus)], QTest_left())
            done[0] += 1
            return 0, done[0]

    else:
        buttons = [b for b in control.findChildren(QPushButton) if b.text() == "+1 min"]
        assert buttons, f"{kind}: no +1 min button"
        done = [0]

        def step() -> tuple[int, int]:
            QTest.mouseClick(buttons[0], QTest_left())
            done[0] += 1
            return 0, done[0]

    def tick() -> None:
        editor, count = step()
        print(f"edit {editor} {count} {time.time():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(EVERY_MS)
    steps.append(timer)
    print(f"ready {how}", flush=True)
    app.exec()


def answer_text(run: int, count: int) -> str:
    """The `count`-th answer typed in run `run` (unique per run)."""
    return f"Q{run}W{count}"


def Qt_enter():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Key.Key_Return


def QTest_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def serve() -> None:
    print("server", flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "run":
            break
        kind, db, session_id, activity_id, run = parts[1], parts[2], *map(int, parts[3:6])
        pid = os.fork()
        if pid == 0:
            try:
                child(kind, db, session_id, activity_id, run)
            finally:
                os._exit(3)  # only reached if the child failed before being killed
        print(f"child {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"dead {pid} {status}", flush=True)


if __name__ == "__main__":
    serve()
