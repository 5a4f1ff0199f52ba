"""Regenerates docs/img/shared-db-parked.png (not a test; run by hand after changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/parked_picture.py
The Shared tab, in Dutch, after the outbox replayed: one note was for an activity another laptop
deleted meanwhile, so it is parked and listed with its text; the other note was delivered.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.i18n import install_translators
    from app.storage import open_store
    from app.storage.outbox import Outbox
    from app.ui.shared_page import SharedPage

    install_translators(app, "nl")
    folder = Path(tempfile.mkdtemp(prefix="tafelronde-pictures-"))
    store = open_store(folder / "zaal.sqlite")
    meeting = store.sessions.create("Sectordag podiumkunsten")
    talk = store.agenda.add(meeting.id, "breakout", title="Tafelgesprekken")
    gone = store.agenda.add(meeting.id, "worksheet", title="Werkblad allianties")
    box = Outbox(folder / "box.sqlite")
    box.put("text", {"activity_id": gone.id, "key": "group-2/notes", "base": 0,
                     "text": "Tafel 2: residenties delen tussen drie zalen."})  # fmt: skip
    box.put("text", {"activity_id": talk.id, "key": "notes", "base": 0,
                     "text": "Plenair: techniekpool per regio."})  # fmt: skip
    box.close()
    store.agenda.remove(gone.id)
    page = SharedPage(store, meeting.id, laptop="a1f09c2b7d4e", outbox_path=folder / "box.sqlite")
    page.resize(1100, 760)
    page.show()
    app.processEvents()
    page.grab().save(str(ROOT / "docs" / "img" / "shared-db-parked.png"))
    page.editing.close()
    store.close()


if __name__ == "__main__":
    main()
