"""The print hub as the bingo page's "Print cards…" opens it: only the bingo cards ticked, the
file name from the session's and the item's titles, the folder used last time; Enter saves.

Usage: .venv/bin/python tools/print_hub_screenshot.py
Writes docs/img/print-hub.png (offscreen, Dutch), with settings in a temporary home.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))
HOME = Path(tempfile.mkdtemp())
os.environ["XDG_CONFIG_HOME"] = str(HOME / "config")  # never the developer's own settings
os.environ["HOME"] = str(HOME)

from app.core import templates  # noqa: E402
from app.core.clock import FakeClock  # noqa: E402
from app.i18n import install_translators  # noqa: E402
from app.ui.startup import make_application  # noqa: E402


def main() -> None:
    app = make_application([])
    install_translators(app, "nl")
    from PySide6.QtCore import QSettings

    from app.activities.context import ActivityContext
    from app.activities.factory import make_setup
    from app.storage import open_store
    from app.storage.content_language import settings_with
    from app.widgets import file_dialogs

    out = ROOT / "docs" / "img" / "print-hub.png"
    folder = HOME / "Documenten" / "Sectordag 7 september"
    folder.mkdir(parents=True)
    QSettings().setValue(file_dialogs.KEY, str(folder))
    store = open_store(HOME / "demo.sqlite")
    meeting = store.sessions.create(
        "Sectordag: nieuwe allianties", templates.builtin("sector_day_alliances", "nl"),
        date="2026-09-07", start_time="13:00", settings=settings_with("nl"),
    )  # fmt: skip
    store.participants.add_many(meeting.id, [
        dict(first_name=f"Persoon {i}", last_name="Voorbeeld") for i in range(80)])  # fmt: skip
    bingo = next(a for a in store.agenda.list(meeting.id) if a.kind == "bingo")
    page = make_setup(ActivityContext(store, meeting.id, bingo.id, FakeClock(), "nl"))
    page.resize(1100, 700)
    page.show()
    page.print_button.click()
    hub = page.print_hub
    hub.resize(640, 560)
    for _ in range(5):
        app.processEvents()
    hub.grab().save(str(out))
    hub.close()
    page.close()
    store.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
