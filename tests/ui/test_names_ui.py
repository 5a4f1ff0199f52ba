"""Names in the workspace: the import dialog offers a particle column and says "Excel workbook"
for spreadsheets; the participants page has a Particle column in the session's name order, and
the Overview tab's choice changes that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage.name_order import name_order
from app.ui.import_dialog import ImportDialog
from app.ui.pages.overview import OverviewPage
from app.ui.pages.participants import ParticipantsPage
from tests.fixtures.registration_exports import HAND_TYPED, MS_FORMS, write_xlsx

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def test_spreadsheet_preview_line_and_particle_column(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag")
    dialog = ImportDialog(store, meeting.id, write_xlsx(tmp_path / "lijst.xlsx", HAND_TYPED))
    qtbot.addWidget(dialog)
    assert dialog.detected.text() == "6 rows · Excel workbook (first sheet)"
    assert "xlsx" not in dialog.detected.text()
    assert dialog.mapping()[:3] == ["first_name", "name_particle", "last_name"]
    assert dialog.mapping_boxes[1].currentText() == "Particle (tussenvoegsel)"
    assert "6 participants will be imported" in dialog.status.text()
    dialog.do_import()
    people = store.participants.list(meeting.id)
    assert [(p.first_name, p.name_particle, p.last_name) for p in people][1] == (
        "Zoë", "van der", "Öztürk")  # fmt: skip


def test_csv_preview_line_names_encoding_and_separator(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, meeting.id, FIXTURES / "ticketmatic_semicolon_cp1252.csv")
    qtbot.addWidget(dialog)
    text = dialog.detected.text()
    assert text.startswith("6 rows · encoding ") and text.endswith("separator “;”")


def test_microsoft_forms_export_is_ready_to_import(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag")
    dialog = ImportDialog(store, meeting.id, write_xlsx(tmp_path / "form.xlsx", MS_FORMS))
    qtbot.addWidget(dialog)
    assert "4 participants will be imported" in dialog.status.text()
    assert dialog.buttons.buttons()[0].isEnabled()


def test_participants_page_sorts_by_the_sessions_convention(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag")
    for first, particle, last in [
        ("Wim", "", "Willems"),
        ("Zoë", "van der", "Öztürk"),
        ("Lies", "Van den", "Berghe"),
        ("Eva", "", "Oosterhuis"),
    ]:
        store.participants.add(meeting.id, first_name=first, name_particle=particle,
                               last_name=last)  # fmt: skip
    page = ParticipantsPage(store, meeting.id)
    qtbot.addWidget(page)
    headers = [page.model.headerData(c, _horizontal()) for c in range(page.model.columnCount())]
    assert headers[:3] == ["First name", "Particle", "Last name"]
    assert [p.first_name for p in page.model.records] == ["Lies", "Eva", "Zoë", "Wim"]

    overview = OverviewPage(store, meeting.id)
    qtbot.addWidget(overview)
    box = overview.name_order
    assert box.currentData() == "last_name"
    box.setCurrentIndex(box.findData("particle"))
    assert name_order(store, meeting.id) == "particle"
    page.refresh()
    assert [p.first_name for p in page.model.records] == ["Eva", "Lies", "Zoë", "Wim"]
    reopened = OverviewPage(store, meeting.id)
    qtbot.addWidget(reopened)
    assert reopened.name_order.currentData() == "particle"


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_phones_cards_and_group_lists_name_people_with_their_particle(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from app.activities.breakout.state import names as breakout_names
    from app.activities.reporting import named_participants
    from app.room.service import RoomService
    from app.storage.name_order import set_name_order

    meeting = store.sessions.create("Sectordag")
    for first, particle, last in [
        ("Wim", "", "Willems"),
        ("Zoë", "van der", "Öztürk"),
        ("Lies", "Van den", "Berghe"),
        ("Jo", "de", "Vries"),
    ]:
        store.participants.add(meeting.id, first_name=first, name_particle=particle,
                               last_name=last, consent=True)  # fmt: skip
    room = RoomService(store, meeting.id)
    phone_names = [entry["name"] for entry in room.consenting_names()]
    assert phone_names == [
        "Lies Van den Berghe", "Zoë van der Öztürk", "Jo de Vries", "Wim Willems"]  # fmt: skip
    people = store.participants.list(meeting.id)
    assert [p.first_name for p in named_participants(people)] == ["Lies", "Zoë", "Jo", "Wim"]
    set_name_order(store, meeting.id, "particle")
    assert [entry["name"] for entry in room.consenting_names()] == [
        "Jo de Vries", "Lies Van den Berghe", "Zoë van der Öztürk", "Wim Willems"]  # fmt: skip
    assert "Zoë van der Öztürk" in breakout_names(store, meeting.id).values()
    assert [p.first_name for p in named_participants(people, "particle")] == [
        "Jo", "Lies", "Zoë", "Wim"]  # fmt: skip
