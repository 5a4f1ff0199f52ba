"""Make the run console and beamer pictures for docs/run.md (not a test; run by hand):

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screens_run.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from app.activities.factory import make_beamer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
IMG = ROOT / "docs" / "img"
FIRST = ["Anna", "Bram", "Chris", "Dina", "Eef", "Fleur", "Gijs", "Hanna", "Ilse", "Joris",
         "Karin", "Lars", "Mila", "Noor", "Otto", "Pien", "Quinten", "Rosa", "Sem", "Tess",
         "Umut"]  # fmt: skip


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from app.i18n import install_translators

    install_translators(app, "nl")
    import app.widgets.sound as sound

    sound.load_backend = lambda path: None  # pictures need no sound device
    from app.activities.context import ActivityContext
    from app.activities.factory import make_runtime
    from app.core import templates
    from app.core.clock import FakeClock
    from app.storage import open_store
    from app.ui.run.console import RunConsole

    store = open_store(Path(tempfile.mkdtemp()) / "screens.sqlite")
    meeting = store.sessions.create(
        "Bouw je netwerk – Utrecht", templates.builtin("build_your_network")
    )
    for number, first in enumerate(FIRST):
        person = store.participants.add(meeting.id, first_name=first, last_name="de Vries",
                                        organisation=f"Theater {number % 7}")  # fmt: skip
        store.participants.update(person.id, status="present")
    from app.activities.factory import make_setup

    speed = next(a for a in store.agenda.list(meeting.id) if a.kind == "meet_greet")
    setup = make_setup(ActivityContext(store, meeting.id, speed.id, language="nl"))
    setup.resize(760, 280)
    setup.show()
    app.processEvents()
    setup.grab().save(str(IMG / "run-meet-greet-setup.png"))
    setup.close()
    clock = FakeClock()
    console = RunConsole(store, meeting.id, clock)
    console.resize(1680, 940)
    console.show()
    console.perform("next")  # the talk
    clock.advance(9 * 60 + 40)
    console.perform("next")  # speed dating: ready
    console.perform("next")  # round 1 runs
    clock.advance(47)
    console.runtime.timer.on_timeout()
    console.ui.control_area.widget().search.setText("Anna")
    console.beamer.resize(1920, 1080)
    app.processEvents()
    console.refresh()
    console.update_thumbnail()
    console.grab().save(str(IMG / "run-console.png"))
    clock.advance(3 * 60)  # the round is over: the beamer says "Switch!"
    console.runtime.timer.on_timeout()
    app.processEvents()
    console.beamer.grab().save(str(IMG / "beamer-switch.png"))
    console.beamer.set_pause(True, "Koffie! Om 15:30 gaan we verder")
    app.processEvents()
    console.beamer.grab().save(str(IMG / "beamer-pause.png"))
    console.close()

    kickoff = store.sessions.create(
        "Netwerk productieleiders", templates.builtin("production_network_kickoff")
    )
    activity = next(a for a in store.agenda.list(kickoff.id) if a.kind == "meet_greet")
    clock = FakeClock()
    runtime = make_runtime(ActivityContext(store, kickoff.id, activity.id, clock, "nl"))
    view = make_beamer(runtime)
    view.resize(1920, 1080)
    view.show()
    runtime.start()
    runtime.handle_key("next")
    for name, seconds in (("normal", 146), ("warning", 15 * 60 - 42), ("overtime", 15 * 60 + 75)):
        clock.advance(seconds - runtime.timer.countdown.elapsed())
        runtime.timer.on_timeout()
        timer_view = view.timer_view  # the flash (no sound device here) is not what we show
        timer_view._flash_timer.stop()
        timer_view._flashes_left = 0
        timer_view.refresh()
        app.processEvents()
        view.grab().save(str(IMG / f"beamer-timer-{name}.png"))


if __name__ == "__main__":
    main()
