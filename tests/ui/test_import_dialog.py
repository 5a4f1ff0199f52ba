"""The import preview: detected mapping, corrections by the user, all-or-nothing import."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.import_dialog import ImportDialog

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def test_preview_maps_columns_and_imports_everything(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, meeting.id, FIXTURES / "dutch_semicolon_utf8_bom.csv")
    qtbot.addWidget(dialog)
    assert dialog.problem is None
    assert dialog.mapping() == ["first_name", "last_name", "organisation", "role",
                                "municipality", "email"]  # fmt: skip
    assert "3 participants will be imported" in dialog.status.text()
    dialog.do_import()
    names = {p.first_name for p in store.participants.list(meeting.id)}
    assert {"Joanne", "Fleur", "Zoë"} <= names


def test_a_wrong_mapping_blocks_the_import_with_the_reason(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, meeting.id, FIXTURES / "english_comma_utf8.csv")
    qtbot.addWidget(dialog)
    email_box = dialog.mapping_boxes[5]
    # the user says the e-mail column holds the organisation, which is already chosen
    email_box.setCurrentIndex(email_box.findData("organisation"))
    ok = dialog.buttons.buttons()[0]
    assert "only once" in dialog.status.text() and not ok.isEnabled()
    # now the user maps the organisation column to e-mail: row 2's value is not an address
    dialog.mapping_boxes[2].setCurrentIndex(dialog.mapping_boxes[2].findData("email"))
    email_box.setCurrentIndex(email_box.findData(""))
    assert "Row 2" in dialog.status.text() and "Nothing will be imported" in dialog.status.text()
    before = len(store.participants.list(meeting.id))
    assert not ok.isEnabled()
    assert len(store.participants.list(meeting.id)) == before


def test_duplicates_are_flagged_and_left_out(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, meeting.id, FIXTURES / "duplicates.csv")
    qtbot.addWidget(dialog)
    assert "Possible duplicates in rows: 3" in dialog.status.text()
    assert "1 participant will be imported" in dialog.status.text()
    dialog.skip_duplicates.setChecked(False)
    assert "2 participants will be imported" in dialog.status.text()


def test_an_unreadable_file_reports_a_problem(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, meeting.id, FIXTURES / "binary.csv")
    qtbot.addWidget(dialog)
    assert dialog.problem is not None and "binary" in str(dialog.problem)
