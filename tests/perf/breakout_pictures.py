"""Regenerates the breakout pictures in docs/img (not a test; run by hand after visual changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/breakout_pictures.py
Writes, at 1920x1080 in English: breakout-who-sits-where.png (80 people, 16 tables of 5),
breakout-who-sits-where-120.png (120 people, 20 tables of 6: page 1 of 2), breakout-questions.png
(a round's questions with the timer, 12 minutes in), breakout-plenary.png (one table's key
points) and breakout-control.png (the control panel with notes, 1280x800). Names are unique.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from app.activities.factory import make_beamer, make_control

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
IMG = ROOT / "docs" / "img"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import app.widgets.sound as sound

    sound.load_backend = lambda path: None  # no chime device needed for pictures
    from app.activities.breakout.runtime import BreakoutRuntime
    from app.activities.breakout.state import BreakoutData
    from app.activities.context import ActivityContext
    from app.core.clock import FakeClock
    from app.storage import open_store
    from tests.helpers.breakout_room import big_breakout

    store = open_store(Path(tempfile.mkdtemp()) / "pictures.sqlite")
    kept = []

    def beamer_of(people: int, size: int) -> tuple[BreakoutRuntime, object, ActivityContext]:
        session, activity = big_breakout(store, people, size)
        context = ActivityContext(store, session, activity, clock=FakeClock(), language="en")
        runtime = BreakoutRuntime(context)
        beamer = make_beamer(runtime)
        beamer.resize(1920, 1080)
        beamer.show()
        kept.append((runtime, beamer))
        return runtime, beamer, context

    runtime, beamer, context = beamer_of(80, 5)
    runtime.handle_key("next")  # who sits where -> the questions, the timer started
    context.clock.advance(12 * 60 + 5)
    runtime.timer.on_timeout()
    app.processEvents()
    beamer.grab().save(str(IMG / "breakout-questions.png"))
    runtime.handle_key("back")  # round 1's who sits where (the timer runs on)
    app.processEvents()
    beamer.grab().save(str(IMG / "breakout-who-sits-where.png"))

    data = BreakoutData(store, context.activity_id)
    notes = {(1, 4, 1): ("Samen decor- en techniekopslag huren in de regio", True),
             (1, 4, 2): ("Collega's om mee te sparren als een productie vastloopt", True),
             (1, 4, 3): ("Een cursus veilig werken op hoogte, samen ingekocht", True),
             (1, 4, 4): ("Twee keer per jaar, steeds geopend met speeddaten", False),
             (1, 7, 2): ("Een lijst met vraag en aanbod van materiaal", True)}  # fmt: skip
    for (r, g, q), (text, key) in notes.items():
        data.set_note(r, g, q, text)
        data.set_key_point(r, g, q, key)
    control = make_control(runtime)
    control.resize(1280, 800)
    control.show()
    control.select_group(4)
    app.processEvents()
    control.grab().save(str(IMG / "breakout-control.png"))
    runtime.handle_key("next")  # round 1 questions again
    runtime.handle_key("next")  # round 2 who sits where
    runtime.handle_key("next")  # round 2 questions
    runtime.handle_key("next")  # plenary
    app.processEvents()
    beamer.grab().save(str(IMG / "breakout-plenary.png"))
    kept.append((control, control))

    runtime, beamer, _ = beamer_of(120, 6)  # a breakout opens on who sits where
    app.processEvents()
    beamer.grab().save(str(IMG / "breakout-who-sits-where-120.png"))
    for owner, widget in kept:
        if isinstance(owner, BreakoutRuntime):
            owner.stop()
        widget.close()
    app.processEvents()
    store.close()


if __name__ == "__main__":
    main()
