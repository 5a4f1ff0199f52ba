"""The Shared tab: roles decide what a laptop lists, notes save, conflicts merge, changes arrive."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.roles import note_key
from app.storage import open_store
from app.ui.shared_page import SharedPage

pytestmark = pytest.mark.gui


def _page(qtbot, store, session_id: int, laptop: str, tmp_path: Path) -> SharedPage:  # type: ignore[no-untyped-def]
    page = SharedPage(
        store, session_id, laptop=laptop, outbox_path=tmp_path / f"{laptop}.sqlite", interval=0.05
    )
    qtbot.addWidget(page)
    return page


def test_a_note_taker_lists_only_its_part_the_facilitator_everything(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "room.sqlite")
    meeting = store.sessions.create("Sectordag")
    talk = store.agenda.add(meeting.id, "breakout", title="Tafelgesprekken")
    sheet = store.agenda.add(meeting.id, "worksheet", title="Werkblad")
    try:
        facilitator = _page(qtbot, store, meeting.id, "lap-boss", tmp_path)
        taker = _page(qtbot, store, meeting.id, "lap-t3", tmp_path)
        assert taker.target_list() == [(talk.id, None), (sheet.id, None)]  # no roles yet
        facilitator.assign_laptop.setText("lap-t3")
        facilitator.assign_activity.setCurrentIndex(facilitator.assign_activity.findData(talk.id))
        facilitator.assign_part.setText("group-3")
        facilitator.assign_button.click()
        assert facilitator.roles_table.rowCount() == 1
        assert facilitator.roles_table.item(0, 2).text() == "group-3"
        assert facilitator.target_list() == [
            (talk.id, None),
            (talk.id, "group-3"),
            (sheet.id, None),
        ]
        assert "facilitator" in facilitator.role_line.text()
        taker.reload_roles()  # what the live feed does when the session settings change
        assert taker.target_list() == [(talk.id, "group-3")]
        assert "note-taker" in taker.role_line.text()
        assert taker.assign_button.isHidden() and taker.roles_table.isHidden()  # not its job
        assert not facilitator.assign_button.isHidden()
        facilitator.roles_table.selectRow(0)
        facilitator.release_button.click()
        taker.reload_roles()
        assert taker.target_list() == [(talk.id, None), (sheet.id, None)]
        assert not taker.assign_button.isHidden()
    finally:
        store.close()


def test_notes_save_and_a_conflict_keeps_both_texts(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "room.sqlite"
    here, there = open_store(path), open_store(path)
    meeting = here.sessions.create("Netwerkdag")
    talk = here.agenda.add(meeting.id, "breakout", title="Gesprek")
    try:
        mine = _page(qtbot, here, meeting.id, "lap-a", tmp_path)
        theirs = _page(qtbot, there, meeting.id, "lap-b", tmp_path)
        assert mine.target_list() == [(talk.id, None)]
        theirs.editor.setPlainText("Tafel B: subsidie aanvragen")
        theirs.flush()
        assert theirs.note_state.text() == "Saved."
        assert here.results.get(talk.id, note_key(None)) == "Tafel B: subsidie aanvragen"
        asked: list[tuple[str, str]] = []
        mine.resolver = lambda m, t: asked.append((m, t)) or f"{t}\n{m}"  # merge: theirs, mine
        mine.editor.setPlainText("Tafel A: samen inkopen")  # typed from the empty version
        mine.flush()
        assert asked == [("Tafel A: samen inkopen", "Tafel B: subsidie aanvragen")]
        final = here.results.get(talk.id, "notes")
        assert final == "Tafel B: subsidie aanvragen\nTafel A: samen inkopen"
        assert mine.editor.toPlainText() == final and mine.note_state.text() == "Saved."
        mine.resolver = lambda m, t: None  # Cancel in the dialog: nothing is overwritten
        theirs.load_note()
        theirs.editor.setPlainText(final + "\nnog iets")
        theirs.flush()
        mine.editor.setPlainText("alleen mijn tekst")
        mine.flush()
        assert here.results.get(talk.id, "notes") == final + "\nnog iets"
        assert mine.editor.toPlainText() == "alleen mijn tekst"  # still there to merge later
        assert "someone else changed this note" in mine.note_state.text()
    finally:
        here.close()
        there.close()


def test_another_apps_save_reaches_the_page_and_the_stores_listeners(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shared.sqlite"
    here, there = open_store(path), open_store(path)
    meeting = here.sessions.create("Gedeeld bestand")
    talk = here.agenda.add(meeting.id, "breakout", title="Gesprek")
    heard: list[tuple[str, int]] = []
    there.changes.subscribe(lambda table, sid: heard.append((table, sid)))  # e.g. the beamer
    try:
        page = _page(qtbot, there, meeting.id, "lap-b", tmp_path)
        assert page.live_box.isVisibleTo(page) and not page.editing.started  # SQLite: a choice
        page.live_box.setChecked(True)
        qtbot.waitUntil(page.editing.feed.watcher.ready.is_set, timeout=30_000)
        here.results.set(talk.id, "notes", "van de andere laptop")
        qtbot.waitUntil(lambda: page.editor.toPlainText() == "van de andere laptop", timeout=30_000)
        assert ("activity_result", meeting.id) in heard  # relayed to everything on the store
        page.live_box.setChecked(False)
        assert not page.editing.started
    finally:
        here.close()
        there.close()
