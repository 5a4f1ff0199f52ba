"""Regenerates the bingo pictures in docs/img (not a test; run by hand after visual changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bingo_pictures.py
Writes docs/img/bingo-card-page.png (first page of printed named cards, via the command line and
pdftoppm, at 100 dpi so the hyphenated cells can be read), docs/img/bingo-beamer.png (1920x1080,
after a confirmed winner) and docs/img/bingo-control.png, in Dutch.
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


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.activities.context import ActivityContext
    from app.activities.factory import make_runtime
    from app.core import bingo, templates
    from app.core.clock import FakeClock
    from app.i18n import install_translators
    from app.storage import open_store

    install_translators(app, "nl")
    folder = Path(tempfile.mkdtemp())
    db = folder / "pictures.sqlite"
    store = open_store(db)
    session = store.sessions.create("Sectordag podiumkunsten – nieuwe allianties",
                                    templates.builtin("sector_day_alliances", "nl"))  # fmt: skip
    for first, last in PEOPLE:  # registration order; named cards come out A to Z
        store.participants.add(session.id, first_name=first, last_name=last)
    activity = next(a for a in store.agenda.list(session.id) if a.kind == "bingo")
    store.agenda.update(activity.id, config={**bingo_config(activity), "seed": 2026,
                                             "names": True})  # fmt: skip
    pdf = folder / "cards.pdf"
    subprocess.run([sys.executable, "-m", "app", "--lang", "nl", "bingo", "--session",
                    str(session.id), "--db", str(db), "--per-page", "2", "-o", str(pdf)],
                   check=True, cwd=ROOT)  # fmt: skip
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(IMG / "bingo-card-page")], check=True)  # fmt: skip

    context = ActivityContext(store, session.id, activity.id, FakeClock(), "nl")
    runtime = make_runtime(context)
    runtime.start()
    pool = runtime.snapshot.pool
    for statement in pool[:22]:
        runtime.mark(statement.id)
    runtime.mark(pool[3].id)
    settings = runtime.game.settings()
    heard = runtime.game.heard_ids()
    winner = bingo.winners(runtime.game.cards(), heard, settings.rule, settings.layout)[0]
    control = make_control(runtime)
    control.resize(1280, 800)
    control.show()
    control.card_number.setValue(winner.number)
    control.check()
    control.winner_name.setText("Anna Peeters")
    control.confirm()
    control.check()
    beamer = make_beamer(runtime)
    beamer.resize(1920, 1080)
    beamer.show()
    app.processEvents()
    beamer.grab().save(str(IMG / "bingo-beamer.png"))
    control.grab().save(str(IMG / "bingo-control.png"))
    runtime.stop()
    for widget in (control, beamer):
        widget.close()
        widget.deleteLater()
    runtime.deleteLater()
    app.processEvents()
    store.close()


FIRST = ["Zoë", "Bram", "Anna", "Kees", "Émile", "Olga", "Jan", "Lotte", "Ilse", "Daan", "Sien",
         "Ruben"]  # fmt: skip
LAST = ["Öztürk", "Jansen", "Peeters", "Willems", "Claes", "Ek", "de Vries", "Maes", "Wouters",
        "Bakker", "Goossens", "Smits"]  # fmt: skip
PEOPLE = [(FIRST[i % 12], LAST[(i * 5 + i // 12) % 12]) for i in range(36)]  # 36 unique names


def bingo_config(activity) -> dict:  # type: ignore[no-untyped-def,type-arg]
    from app.storage.agenda import config_of

    return config_of(activity)


if __name__ == "__main__":
    main()
