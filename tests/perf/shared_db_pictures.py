"""Regenerates the shared-database pictures in docs/img (not a test; run by hand after changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/shared_db_pictures.py
Writes, in Dutch, from a throw-away database in a temporary folder:
docs/img/shared-db-tab.png (the Shared tab of the facilitator: note-takers and notes),
shared-db-notetaker.png (the same session on a note-taker's laptop: only its group),
shared-db-offline.png (the red line while the database is out of reach).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
IMG = ROOT / "docs" / "img"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.core.roles import note_key
    from app.i18n import install_translators
    from app.storage import open_store
    from app.ui.shared_page import SharedPage

    install_translators(app, "nl")
    folder = Path(tempfile.mkdtemp(prefix="tafelronde-pictures-"))
    store = open_store(folder / "zaal.sqlite")
    meeting = store.sessions.create("Sectordag podiumkunsten")
    talk = store.agenda.add(meeting.id, "breakout", title="Tafelgesprekken")
    store.agenda.add(meeting.id, "worksheet", title="Werkblad allianties")
    boss = SharedPage(store, meeting.id, laptop="a1f09c2b7d4e", outbox_path=folder / "a.sqlite")
    for laptop, part in (("7be3d0c94a11", "group-1"), ("c04e8f2d19a7", "group-2")):
        boss.assign_laptop.setText(laptop)
        boss.assign_activity.setCurrentIndex(boss.assign_activity.findData(talk.id))
        boss.assign_part.setText(part)
        boss.assign_button.click()
    store.results.set(talk.id, note_key("group-1"), "Tafel 1: gedeelde techniekpool per regio.")
    boss.reload_roles()
    boss.targets.setCurrentIndex(1)
    boss.resize(1100, 720)
    boss.show()
    app.processEvents()
    boss.grab().save(str(IMG / "shared-db-tab.png"))

    taker = SharedPage(store, meeting.id, laptop="c04e8f2d19a7", outbox_path=folder / "b.sqlite")
    taker.editor.setPlainText(
        "Tafel 2: residenties delen tussen drie zalen.\nActie: Noor belt de gemeente."
    )
    taker.flush()
    taker.resize(1100, 720)
    taker.show()
    app.processEvents()
    taker.grab().save(str(IMG / "shared-db-notetaker.png"))
    taker.editing._online(False)  # what the change feed reports when the line drops
    taker.editing.writer.online = False
    taker.editor.setPlainText(taker.editor.toPlainText() + "\nEn nog: een gezamenlijke pers-dag.")
    taker.flush()
    app.processEvents()
    taker.grab().save(str(IMG / "shared-db-offline.png"))
    for page in (boss, taker):
        page.editing.close()
    store.close()


if __name__ == "__main__":
    main()
