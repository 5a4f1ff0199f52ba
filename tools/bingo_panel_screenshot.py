"""The run console on a 1366 x 768 laptop during the statement game, with the compact bingo panel
beside it (a few statements marked, a card checked) and the beamer showing the winner.

Usage: .venv/bin/python tools/bingo_panel_screenshot.py
Writes docs/img/run-bingo-panel.png and docs/img/run-bingo-winner.png (offscreen, Dutch).
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
from app.core.clock import FakeClock  # noqa: E402
from app.i18n import install_translators  # noqa: E402
from app.ui.startup import make_application  # noqa: E402


def main() -> None:
    app = make_application([])
    install_translators(app, "nl")
    import app.widgets.sound as sound
    from app.activities.bingo.state import BingoGame
    from app.storage import open_store
    from app.storage.content_language import settings_with
    from app.ui.run.console import RunConsole

    sound.load_backend = lambda path: None  # no sound device needed
    out = ROOT / "docs" / "img"
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "demo.sqlite")
        meeting = store.sessions.create(
            "Sectordag: nieuwe allianties", templates.builtin("sector_day_alliances", "nl"),
            date="2026-09-07", start_time="13:00", settings=settings_with("nl"),
        )  # fmt: skip
        activities = store.agenda.list(meeting.id)
        kinds = [a.kind for a in activities]
        console = RunConsole(store, meeting.id, FakeClock())
        console.setGeometry(0, 0, 1366, 768)
        console.show()
        console.beamer.resize(960, 540)
        console.go_to(kinds.index("statements"))
        panel = console.bingo.panel
        game = BingoGame(store, activities[kinds.index("bingo")].id, "nl")
        card = game.cards()[0]
        pool = game.pool()
        numbers = sorted(next(i for i, s in enumerate(pool, 1) if s.id == sid)
                         for sid in card.statement_ids)  # fmt: skip
        for number in numbers:
            panel.quick.setText(str(number))
            panel.mark_quick()
        panel.quick.setText("subsidie")
        panel.card_number.setValue(card.number)
        panel.check()
        panel.winner_name.setText("Sam Peeters")
        for _ in range(5):
            app.processEvents()
        console.update_thumbnail()
        console.grab().save(str(out / "run-bingo-panel.png"))
        panel.confirm()
        for _ in range(5):
            app.processEvents()
        console.beamer.grab().save(str(out / "run-bingo-winner.png"))
        console.close()
        store.close()
    print(f"wrote {out / 'run-bingo-panel.png'} and {out / 'run-bingo-winner.png'}")


if __name__ == "__main__":
    main()
