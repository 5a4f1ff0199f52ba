"""Pictures of preparing a day (issue 21), offscreen, in Dutch.

Usage: .venv/bin/python tools/screenshot_day_preparation.py
Writes docs/img/start-page.png (the first window without sessions), docs/img/overview-ready.png
(the "Klaar voor de dag?" line) and docs/img/agenda-planned.png (minutes following rounds).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from app.i18n import install_translators  # noqa: E402
from app.ui.startup import make_application  # noqa: E402


def main() -> None:
    app = make_application([])
    install_translators(app, "nl")
    from app.ui.main_window import MainWindow

    out = ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder  # no user templates of the one taking the picture
        window = MainWindow(language="nl")
        window.resize(1280, 800)
        window.show()
        window.open_database(str(Path(folder) / "demo.sqlite"))
        app.processEvents()
        window.grab().save(str(out / "start-page.png"))
        card = next(c for c in window.session_list.start.cards
                    if c.template.key == "sector_day_alliances")  # fmt: skip
        card.button.click()
        app.processEvents()
        store, workspace = window.store, window.workspace
        for number in range(12):
            store.participants.add(workspace.session_id, first_name=f"Deelnemer {number + 1}",
                                   last_name="Jansen", organisation="CC Strombeek")  # fmt: skip
        workspace.overview.refresh()
        app.processEvents()
        window.grab().save(str(out / "overview-ready.png"))
        agenda = workspace.agenda
        workspace.tabs.setCurrentWidget(agenda)
        agenda.list.setCurrentRow(2)  # after the statement game: a two-round breakout
        agenda.kind_list.choose("breakout")
        agenda.add_button.click()
        breakout = agenda.current_activity()
        rounds = [{"minutes": 30, "questions": []}, {"minutes": 30, "questions": []}]
        store.agenda.update(breakout.id, config={"group_size": 5, "rounds": rounds})
        agenda.refresh(breakout.id)
        app.processEvents()
        window.grab().save(str(out / "agenda-planned.png"))
        window.close()
        store.close()


if __name__ == "__main__":
    main()
