"""Regenerates the breakout paper pictures in docs/img (not a test; run by hand after changes).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/paper_pictures.py
Writes, in Dutch, from a sector day of 60 people in tables of 5 (two rounds), through the paper
item that the print dialog and `tafelronde materials` use: breakout-table-card.png (one tent
card: fold line, the upper half upside down), breakout-names-list.png (the first page of the
names A to Z with a table per round), and breakout-names-beamer.png (the beamer's names page,
1920x1080, round 1).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from app.activities.factory import make_beamer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
IMG = ROOT / "docs" / "img"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import app.widgets.sound as sound

    sound.load_backend = lambda path: None  # no chime device needed for pictures
    from app.activities import paper
    from app.activities.breakout.runtime import BreakoutRuntime
    from app.activities.breakout.state import Phase
    from app.activities.context import ActivityContext
    from app.core.clock import FakeClock
    from app.i18n import install_translators
    from app.storage import open_store
    from tests.helpers.breakout_room import big_breakout

    install_translators(app, "nl")
    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "pictures.sqlite")
    session, activity = big_breakout(store, 60, 5)
    item = next(i for i in paper.items(store, session, "nl") if i.key.startswith("groups"))
    pdf = folder / "groups.pdf"
    item.prepare()(pdf)
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")  # fmt: skip
    card = next(n for n, text in enumerate(pages, start=1) if "hier vouwen" in text)
    for page, name in ((1, "breakout-names-list"), (card, "breakout-table-card")):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(IMG / name)], check=True)  # fmt: skip
    context = ActivityContext(store, session, activity, clock=FakeClock(), language="nl")
    runtime = BreakoutRuntime(context)
    beamer = make_beamer(runtime)
    beamer.resize(1920, 1080)
    beamer.show()
    runtime.show(0, Phase.NAMES)
    app.processEvents()
    beamer.grab().save(str(IMG / "breakout-names-beamer.png"))
    beamer.close()
    beamer.deleteLater()
    runtime.deleteLater()
    app.processEvents()
    store.close()


if __name__ == "__main__":
    main()
