"""Regenerates the worksheet pictures in docs/img (not a test; run by hand after visual changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/worksheet_pictures.py
Fills two worksheets in a fresh session database (Dutch), then writes
docs/img/worksheets-editor.png (the note-taker's panel, 1280x800),
docs/img/worksheets-beamer-challenges.png and docs/img/worksheets-beamer-roles.png (1920x1080),
docs/img/worksheets-print-blank.png (T4 blank, A4, via the command line and pdftoppm -r 50) and
docs/img/worksheets-print-filled.png (T6 filled from the session, same way).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from app.activities.factory import make_beamer, make_control

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
IMG = ROOT / "docs" / "img"

CHALLENGES = [
    ("Te weinig zalen met een vlakke vloer", "Eén lijst van zalen en wie ze wanneer vrijgeeft"),
    ("Jonge makers vinden ons niet", "Een gezamenlijke open oproep voor de hele streek"),
    ("Publiek rijdt niet verder dan tien kilometer", "Een busje dat rondrijdt op de speeldagen"),
    ("Elke gemeente vraagt een ander dossier", "Samen één aanvraag indienen bij de provincie"),
    ("Techniekers zijn moeilijk te vinden", "Een pool van freelancers die we samen betalen"),
    ("Programmering overlapt op dezelfde avonden", "Een gedeelde kalender, maandelijks overleg"),
]  # fmt: skip


def fill(runtime, values: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    for key, value in values.items():
        runtime.edit(key, value)
    runtime.flush()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.activities.context import ActivityContext
    from app.activities.worksheet.runtime import WorksheetRuntime
    from app.i18n import install_translators
    from app.storage import open_store

    install_translators(app, "nl")
    folder = Path(tempfile.mkdtemp())
    db = folder / "pictures.sqlite"
    store = open_store(db)
    session = store.sessions.create("Regionale werkdag podiumkunsten")

    def runtime_for(key: str) -> WorksheetRuntime:
        activity = store.agenda.add(session.id, "worksheet", key, 30, {"worksheet": key})
        context = ActivityContext(store, session.id, activity.id, language="nl")
        return WorksheetRuntime(context)

    challenges = runtime_for("regional_challenges")
    table = [[a, b] for a, b in CHALLENGES] + [["", ""]] * 4
    fill(challenges, {"challenges": table})

    roles = runtime_for("role_division")
    choices = ["programmer", "both", "programmer", "artist", "programmer", "artist", "both", ""]
    rows = [{"choice": c, "note": ""} for c in choices] + [{"choice": "both", "note": ""}]
    rows[1]["note"] = "ook na de voorstelling"
    fill(
        roles,
        {
            "tasks": {
                "rows": rows,
                "extra": [{"item": "nagesprek met de klas", "choice": "artist", "note": ""}],
            },
            "shifts": "De maker staat vaker zelf in contact met de buurt; de programmator "
            "wordt eerder gastheer en verbinder dan inkoper.",
            "double": "Het gesprek met scholen doen we bewust samen.",
        },
    )

    control = make_control(roles)
    control.resize(1280, 800)
    control.show()
    for runtime, name in ((challenges, "challenges"), (roles, "roles")):
        beamer = make_beamer(runtime)
        beamer.resize(1920, 1080)
        beamer.show()
        app.processEvents()
        beamer.grab().save(str(IMG / f"worksheets-beamer-{name}.png"))
        beamer.close()
    app.processEvents()
    control.grab().save(str(IMG / "worksheets-editor.png"))
    control.close()
    for runtime in (challenges, roles):
        runtime.stop()
    store.close()

    cli = [sys.executable, "-m", "app", "--lang", "nl", "worksheet"]
    blank, filled = folder / "blank.pdf", folder / "filled.pdf"
    subprocess.run([*cli, "political_agenda", "--blank", "-o", str(blank)], check=True, cwd=ROOT)
    subprocess.run([*cli, "regional_challenges", "--session", str(session.id), "--db", str(db),
                    "-o", str(filled)], check=True, cwd=ROOT)  # fmt: skip
    for pdf, name in ((blank, "print-blank"), (filled, "print-filled")):
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(IMG / f"worksheets-{name}")], check=True)  # fmt: skip


if __name__ == "__main__":
    main()
