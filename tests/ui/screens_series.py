"""Make the series pictures for docs/series.md (not a test; run by hand):

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screens_series.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
IMG = ROOT / "docs" / "img"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from app.i18n import install_translators

    install_translators(app, "nl")
    from app.core import templates
    from app.storage import open_store
    from app.ui.people_review import PeopleReviewDialog
    from app.ui.series_box import SeriesBox

    store = open_store(Path(tempfile.mkdtemp()) / "screens.sqlite")
    series_id = store.series.create("Netwerk productieleiders",
                                    anonymise_after=date(2028, 12, 31))  # fmt: skip
    people = [("Zoë", "van der", "Öztürk", "Het Zuidelijk Toneel", "zoe@hzt.nl"),
              ("Jan", "", "de Vries", "Theater Rotterdam", ""),
              ("Eva", "", "Oosterhuis", "Stadsschouwburg Utrecht", "")]  # fmt: skip
    sessions = []
    for n, title in enumerate(("Aftrap", "Voorjaarsbijeenkomst")):
        meeting = store.sessions.create(title, templates.builtin("production_network_kickoff"))
        store.series.add_session(series_id, meeting.id)
        rows = [dict(first_name=f, name_particle=p, last_name=ln, organisation=o, email=e)
                for f, p, ln, o, e in people]  # fmt: skip
        if n == 1:
            rows[2]["organisation"] = "TivoliVredenburg"
            rows[0]["email"] = "zoe.ozturk@gmail.com"
        store.participants.add_many(meeting.id, rows)
        sessions.append(meeting.id)
    box = SeriesBox(store, sessions[1])
    box.resize(720, box.sizeHint().height())
    box.grab().save(str(IMG / "series-box.png"))
    dialog = PeopleReviewDialog(store, series_id)
    dialog.resize(760, dialog.sizeHint().height())
    dialog.grab().save(str(IMG / "series-review.png"))
    store.close()
    del app


if __name__ == "__main__":
    main()
