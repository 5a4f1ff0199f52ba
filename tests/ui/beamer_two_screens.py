"""Run by tests/ui/test_beamer.py in its own process: a laptop screen plus a projector.

Qt's offscreen platform can fake several screens from a JSON file, but only when the application
starts, so this runs as a child process (`QT_QPA_PLATFORM=offscreen:configfile=<json>`) and prints
what it saw as one JSON line. Unplugging and plugging in again are simulated by changing what
QGuiApplication.screens() returns and calling the slot that screenAdded/screenRemoved reach.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]
}  # fmt: skip


def write_config(path: Path) -> None:
    """`beamer_two_screens.py --config <path>` writes the screens file for the test."""
    path.write_text(json.dumps(SCREENS), encoding="utf-8")


def state(beamer: object) -> dict[str, object]:
    from PySide6.QtWidgets import QWidget

    assert isinstance(beamer, QWidget)
    screen = beamer.screen()
    return {
        "screen": screen.name() if screen else None,
        "full": beamer.isFullScreen(),
        "visible": beamer.isVisible(),
        "width": beamer.width(),
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--config":
        write_config(Path(sys.argv[2]))
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    import app.widgets.sound as sound

    sound.load_backend = lambda path: None
    from app.core.clock import FakeClock
    from app.storage import open_store
    from app.ui.run.console import RunConsole

    screens = {screen.name(): screen for screen in QGuiApplication.screens()}
    store = open_store(Path(tempfile.mkdtemp()) / "screens.sqlite")
    meeting = store.sessions.create("Two screens")
    store.agenda.add(meeting.id, "segment", "Talk", 10)
    store.agenda.add(meeting.id, "segment", "Break", 5)
    console = RunConsole(store, meeting.id, FakeClock())
    console.winId()
    console.windowHandle().setScreen(screens["laptop"])
    console.setGeometry(screens["laptop"].availableGeometry().adjusted(20, 20, -20, -20))
    console.show()
    app.processEvents()
    seen: dict[str, object] = {"console": console.screen().name(), "start": state(console.beamer)}
    seen["console_window"] = {
        "maximised": console.isMaximized(), "width": console.width(),
        "height": console.height(), "phones_dock_hidden": console.room.dock.isHidden(),
    }  # fmt: skip

    real_screens = QGuiApplication.screens
    QGuiApplication.screens = staticmethod(lambda: [screens["laptop"]])  # projector unplugged
    console.beamer._screens_changed(screens["projector"])
    app.processEvents()
    seen["unplugged"] = state(console.beamer)
    QTest.keyClick(console.beamer, Qt.Key.Key_PageDown)  # the clicker still works
    seen["index_after_key"] = console.index

    QGuiApplication.screens = real_screens  # plugged in again
    console.beamer._screens_changed(screens["projector"])
    app.processEvents()
    seen["plugged_in"] = state(console.beamer)
    console.close()
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
