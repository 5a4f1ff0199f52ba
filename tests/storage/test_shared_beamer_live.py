"""End to end on PostgreSQL: a note-taker's laptop saves, the facilitator's beamer shows it.

Two stores on one database are two laptops. The facilitator's session page (its Shared tab)
follows the change feed and relays every save to the store's listeners, so the worksheet runtime
behind the beamer re-reads without anyone pressing a key.
"""

from __future__ import annotations

import pytest

from app.activities.context import ActivityContext
from app.activities.factory import make_beamer
from app.activities.worksheet.runtime import WorksheetRuntime
from app.core import worksheets
from app.storage import open_store
from app.ui.shared_page import SharedPage


@pytest.mark.postgres
def test_a_save_on_another_laptop_reaches_the_beamer(qtbot, pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    facilitator, note_taker = open_store(pg_url), open_store(pg_url)
    meeting = facilitator.sessions.create("Sectordag")
    activity = facilitator.agenda.add(
        meeting.id, "worksheet", "Sectorplan", 30, {"worksheet": "sector_plan_blocks"}
    )
    runtime = WorksheetRuntime(ActivityContext(facilitator, meeting.id, activity.id))
    beamer = make_beamer(runtime)
    page = SharedPage(facilitator, meeting.id, laptop="beamer", outbox_path=tmp_path / "b.sqlite")
    for widget in (beamer, page):
        qtbot.addWidget(widget)
    try:
        qtbot.waitUntil(page.editing.feed.watcher.ready.is_set, timeout=30_000)
        key = worksheets.row_key("main", "follow_up")
        note_taker.results.set(activity.id, key, "volgende keer in Utrecht", by="tafel-2")
        qtbot.waitUntil(lambda: "volgende keer in Utrecht" in beamer.plain_text(), timeout=30_000)
    finally:
        page.editing.close()
        note_taker.close()
        facilitator.close()
