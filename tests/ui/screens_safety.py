"""Make the data-safety pictures for docs/data-safety.md (not a test; run by hand):

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screens_safety.py

docs/img/safety-resume.png (the run console after a crash), safety-backups.png (the restore
dialog), safety-damaged.png and safety-in-use.png (two ways-out questions), all in Dutch.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
IMG = ROOT / "docs" / "img"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from app.i18n import translate

    app = QApplication(sys.argv)
    from app.i18n import install_translators

    install_translators(app, "nl")
    import app.widgets.sound as sound

    sound.load_backend = lambda path: None  # pictures need no sound device
    from app.core.clock import FakeClock
    from app.storage import open_store
    from app.storage.backups import backup_sqlite
    from app.ui.run.console import RunConsole
    from app.ui.safety import open_flow
    from app.ui.safety.backup_dialog import BackupDialog

    folder = Path(tempfile.mkdtemp())
    database = folder / "netwerkdag.sqlite"
    store = open_store(database)
    meeting = store.sessions.create("Netwerkdag podiumkunsten", venue="Vooruit, Gent")
    for title, minutes in (("Welkom", 10), ("Kennismaking", 20), ("Pitches", 30), ("Pauze", 15)):
        store.agenda.add(meeting.id, "segment", title, minutes)
    backup_sqlite(database, "before-migration")
    for n in range(3):
        store.sessions.create(f"Sectoroverleg {n + 1}")
        backup_sqlite(database, "timer")

    # the run console after a crash during "Pitches", timer paused at 18:20
    crashed = RunConsole(store, meeting.id, FakeClock())
    crashed.go_to(2)
    crashed.clock.advance(700)  # type: ignore[attr-defined]
    crashed.runtime.timer.pause()  # type: ignore[union-attr]
    crashed.safety.recorder.save()
    crashed.safety.backups.stop()
    console = RunConsole(store, meeting.id, FakeClock())
    console.resize(1280, 800)
    console.show()
    app.processEvents()
    console.grab().save(str(IMG / "safety-resume.png"))

    dialog = BackupDialog(database)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(IMG / "safety-backups.png"))

    from app.storage import safety_messages as safety
    from app.storage.file_checks import DamagedDatabaseError

    error = DamagedDatabaseError(safety.TRUNCATED, path=str(database))
    text = (
        open_flow._message(error)
        + "\n\n"
        + translate("OpenProblem", open_flow.BACKUPS_HINT, count=4, time="23-11-2026 10:42")
    )
    ways = [(open_flow.Choice.RESTORE, translate("OpenProblem", open_flow.CHOOSE_BACKUP)),
            (open_flow.Choice.OTHER_FILE, translate("OpenProblem", open_flow.OTHER_FILE)),
            (open_flow.Choice.CANCEL, translate("OpenProblem", open_flow.CANCEL))]  # fmt: skip
    box, _ = open_flow.question(None, text, ways)
    box.show()
    app.processEvents()
    box.grab().save(str(IMG / "safety-damaged.png"))

    in_use = translate(
        "StorageError", safety.IN_USE, path=str(database), host="laptop-zaal", since="09:12"
    ) + "\n\n" + translate("OpenProblem", open_flow.IN_USE_HINT)  # fmt: skip
    ways = [(open_flow.Choice.READ_ONLY, translate("OpenProblem", open_flow.READ_ONLY)),
            (open_flow.Choice.ANYWAY, translate("OpenProblem", open_flow.ANYWAY)),
            (open_flow.Choice.CANCEL, translate("OpenProblem", open_flow.CANCEL))]  # fmt: skip
    box, _ = open_flow.question(None, in_use, ways)
    box.show()
    app.processEvents()
    box.grab().save(str(IMG / "safety-in-use.png"))
    console.close()
    print("written:", *sorted(p.name for p in IMG.glob("safety-*.png")))


if __name__ == "__main__":
    main()
