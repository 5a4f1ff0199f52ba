"""The main window as a facilitator uses it, on a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.storage import open_store
from app.ui.main_window import MainWindow
from app.ui.new_session_dialog import NewSessionDialog

pytestmark = pytest.mark.gui


def create_from_template(window: MainWindow, monkeypatch, key_title: str, title: str) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog: NewSessionDialog) -> bool:
        for row in range(dialog.choices.count()):
            if dialog.choices.item(row).text() == key_title:
                dialog.choices.setCurrentRow(row)
        dialog.title.setText(title)
        return True

    monkeypatch.setattr(NewSessionDialog, "exec", fake_exec)
    window.new_session()


def test_template_participant_reorder_then_reopen(qtbot, window, monkeypatch, db_path) -> None:  # type: ignore[no-untyped-def]
    create_from_template(window, monkeypatch, "Production managers' network kick-off", "Kick-off")
    workspace = window.workspace
    assert workspace is not None and workspace.heading.text() == "Kick-off"

    # add a participant and type a name into the table
    people = workspace.participants
    workspace.tabs.setCurrentWidget(people)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    model = people.model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 0), "Joanne")
    organisation = [c.field for c in model.columns].index("organisation")
    assert model.setData(model.index(0, organisation), "Mug met de gouden tand")

    # move the last agenda item to the top
    agenda = workspace.agenda
    workspace.tabs.setCurrentWidget(agenda)
    last_title = agenda.activities[-1].title
    agenda.list.setCurrentRow(agenda.list.count() - 1)
    for _ in range(agenda.list.count() - 1):
        qtbot.mouseClick(agenda.up_button, Qt.MouseButton.LeftButton)
    assert agenda.activities[0].title == last_title
    window.close()

    again = MainWindow(language="en")
    qtbot.addWidget(again)
    assert again.open_database(str(db_path))
    assert again.session_list is not None
    assert again.session_list.table.item(0, 0).text() == "Kick-off"
    again.open_session(again.session_list.selected_id())
    assert again.workspace.agenda.activities[0].title == last_title
    person = again.workspace.participants.model.record(0)
    assert (person.first_name, person.organisation) == ("Joanne", "Mug met de gouden tand")
    again.close()


def test_overview_edits_reach_the_database_within_a_second(
    qtbot, window, monkeypatch, db_path
) -> None:  # type: ignore[no-untyped-def]
    create_from_template(window, monkeypatch, "Blank session", "Blank")
    overview = window.workspace.overview
    overview.venue.setFocus()
    qtbot.keyClicks(overview.venue, "CC Strombeek")
    reader = open_store(db_path)
    try:
        session_id = window.workspace.session_id
        qtbot.waitUntil(lambda: reader.sessions.get(session_id).venue == "CC Strombeek",
                        timeout=1000)  # fmt: skip
    finally:
        reader.close()
    assert window.workspace.agenda.activities == []  # a blank session has an empty agenda


def test_capacity_puts_late_registrations_on_the_waiting_list(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_from_template(window, monkeypatch, "Blank session", "Full room")
    workspace = window.workspace
    workspace.overview.capacity.setValue(2)
    workspace.overview.autosaver.flush()
    page = workspace.participants
    for _ in range(3):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [p.status for p in page.model.records] == ["registered", "registered", "waiting"]
    assert "1 on the waiting list" in page.counts.text()
    # someone cancels: the first on the waiting list moves up
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert [p.status for p in page.model.records] == ["registered", "registered"]


def test_duplicate_rename_search_and_delete_with_confirmation(
    qtbot, window, monkeypatch, answer_yes
) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    store.sessions.create("Sectordag Strombeek", date="2017-09-07", venue="CC Strombeek")
    store.sessions.create("Netwerk productieleiders", date="2026-10-15")
    window.show_sessions()
    page = window.session_list
    assert page.table.rowCount() == 2
    page.search.setText("strombeek")
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Sectordag Strombeek"
    page.duplicate_selected()
    page.search.clear()
    assert page.table.rowCount() == 3
    titles = sorted(page.table.item(r, 0).text() for r in range(3))
    assert "Sectordag Strombeek (copy)" in titles
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: ("Sectordag 2018", True))  # fmt: skip
    copy_row = next(r for r in range(3) if page.table.item(r, 0).text().endswith("(copy)"))
    page.table.selectRow(copy_row)
    page.rename_selected()
    titles = sorted(m.title for m in store.sessions.list())
    assert titles == ["Netwerk productieleiders", "Sectordag 2018", "Sectordag Strombeek"]
    assert page.table.item(page.table.currentRow(), 0).text() == "Sectordag 2018"
    before = page.table.rowCount()
    page.delete_selected()
    assert answer_yes and "cannot be undone" in answer_yes[0]
    assert page.table.rowCount() == before - 1


def test_delete_is_cancelled_when_the_user_says_no(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.store.sessions.create("Keep me")
    window.show_sessions()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.session_list.delete_selected()
    assert window.session_list.table.rowCount() == 1


def test_save_export_and_import_a_template(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_from_template(window, monkeypatch, "Build your network", "Partner day")
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *a, **k: ("Our partner day", True))  # fmt: skip
    saved = window.save_as_template()
    assert saved is not None and saved.exists()
    exported = tmp_path / "exported.json"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(exported), ""))  # fmt: skip
    window.export_template()
    assert '"partner_map"' in exported.read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{ nope", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(broken), ""))  # fmt: skip
    window.import_template()
    assert shown and "broken.json is not valid JSON" in shown[0]

    def pick_saved(dialog: NewSessionDialog) -> bool:
        titles = [dialog.choices.item(r).text() for r in range(dialog.choices.count())]
        assert "Our partner day" in titles
        dialog.choices.setCurrentRow(titles.index("Our partner day"))
        dialog.title.setText("From my template")
        return True

    monkeypatch.setattr(NewSessionDialog, "exec", pick_saved)
    window.new_session()
    kinds = [a.kind for a in window.workspace.agenda.activities]
    assert kinds == ["segment", "meet_greet", "worksheet", "segment"]


def test_a_foreign_file_gets_a_message_and_is_not_touched(
    qtbot, window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    foreign = tmp_path / "photo.sqlite"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    before = foreign.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert not window.open_database(str(foreign))
    assert shown and "not a Tafelronde database" in shown[0]
    assert foreign.read_bytes() == before
    assert window.session_list is not None  # the previous database stays open
