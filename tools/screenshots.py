"""Regenerate the README's pictures of the main window from a demo session (offscreen).

Usage: .venv/bin/python tools/screenshots.py   (writes docs/img/main-*.png)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from app.core import templates  # noqa: E402
from app.i18n import install_translators  # noqa: E402
from app.ui.startup import make_application  # noqa: E402

PEOPLE = [
    ("Joanne", "Mensert", "Mug met de gouden tand", "Productieleider", "Amsterdam"),
    ("Fleur", "Feij", "De Warme Winkel", "Zakelijk leider", "Amsterdam"),
    ("Sam", "Peeters", "CC Strombeek", "Programmator", "Grimbergen"),
    ("Noor", "El Amrani", "Theaterschool", "Docent productie", "Amsterdam"),
    ("Ruben", "Claes", "OP/TIL", "Projectleider", "Leuven"),
    ("Lotte", "de Graaf", "Vereniging voor Podiumtechnologie", "Adviseur", "Utrecht"),
]


def main() -> None:
    app = make_application([])
    install_translators(app, "nl")
    from app.ui.main_window import MainWindow

    out = ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(language="nl")
        window.resize(1280, 800)
        window.show()
        window.open_database(str(Path(folder) / "demo.sqlite"))
        store = window.store
        meeting = store.sessions.create(
            "Netwerk productieleiders — aftrap",
            templates.builtin("production_network_kickoff"),
            date="2026-10-15", start_time="13:30", venue="Theaterschool Amsterdam",
        )  # fmt: skip
        store.sessions.create(
            "Sectordag: nieuwe allianties", date="2026-09-07", venue="CC Strombeek"
        )
        for first, last, org, role, town in PEOPLE:
            store.participants.add(meeting.id, first_name=first, last_name=last, organisation=org,
                                   role=role, municipality=town, consent=True)  # fmt: skip
        window.show_sessions()
        app.processEvents()
        window.grab().save(str(out / "main-sessions.png"))
        window.open_session(meeting.id)
        window.workspace.tabs.setCurrentWidget(window.workspace.agenda)
        app.processEvents()
        window.grab().save(str(out / "main-agenda.png"))
        window.workspace.tabs.setCurrentWidget(window.workspace.participants)
        app.processEvents()
        window.grab().save(str(out / "main-participants.png"))
        window.close()


if __name__ == "__main__":
    main()
