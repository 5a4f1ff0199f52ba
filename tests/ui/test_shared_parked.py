"""The Shared tab shows edits that could not be saved, with their text, and exports them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.storage import open_store
from app.storage.outbox import Outbox
from app.ui.shared_page import SharedPage

pytestmark = pytest.mark.gui


def test_parked_edits_are_listed_with_their_text_and_exported(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "room.sqlite")
    meeting = store.sessions.create("Sectordag")
    gone = store.agenda.add(meeting.id, "worksheet", title="Werkblad")
    stays = store.agenda.add(meeting.id, "breakout", title="Tafels")
    box_path = tmp_path / "box.sqlite"
    earlier = Outbox(box_path)  # left from an offline spell, the app closed meanwhile
    earlier.put("text", {"activity_id": gone.id, "key": "notes", "text": "<b>Kees</b>", "base": 0})
    earlier.put("text", {"activity_id": stays.id, "key": "notes", "text": "Tafel 2", "base": 0})
    earlier.close()
    store.agenda.remove(gone.id)  # another laptop deleted it
    page = SharedPage(store, meeting.id, laptop="lap-1", outbox_path=box_path)
    qtbot.addWidget(page)
    try:
        assert store.results.get(stays.id, "notes") == "Tafel 2"  # the rest was delivered
        box = page.parked_box
        assert box.isVisibleTo(page) and box.table.rowCount() == 1
        assert box.table.item(0, 3).text() == "<b>Kees</b>"  # as typed, shown as plain text
        assert "deleted activity" in box.table.item(0, 1).text()
        assert box.table.item(0, 2).text().startswith("This item no longer exists")
        assert not box.remove_button.isEnabled()  # not before the text was exported
        out = tmp_path / "niet-opgeslagen.json"
        box.export_to(out)
        entries = json.loads(out.read_text(encoding="utf-8"))["entries"]
        assert [e["payload"]["text"] for e in entries] == ["<b>Kees</b>"]
        assert "1 edit exported" in box.status.text()
        # typing for an activity deleted while the tab was open: parked, said, listed
        other = store.agenda.add(meeting.id, "worksheet", title="Nog een")
        page.reload_roles()
        page.targets.setCurrentIndex(page.target_list().index((other.id, None)))
        store.agenda.remove(other.id)
        page.editor.setPlainText("voor niemand meer")
        page.flush()
        assert page.note_state.text().startswith("Not saved: This item no longer exists")
        assert box.table.rowCount() == 2 and box.table.item(1, 3).text() == "voor niemand meer"
        box.table.selectRow(0)
        box.remove_button.click()
        assert [e.text for e in page.editing.writer.outbox.parked()] == ["voor niemand meer"]
    finally:
        page.editing.close()
        store.close()
