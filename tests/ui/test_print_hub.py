"""One print hub: every print button on an activity page opens the Ctrl+P dialog with its item
ticked, a file name from the titles in the content language, the folder last used; Enter saves."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from app.activities.bingo.state import BingoGame
from app.activities.breakout.state import BreakoutData
from app.activities.context import ActivityContext
from app.activities.factory import make_setup
from app.activities.print_hub import PrintablesDialog
from app.core import bingo_game, templates
from app.core.clock import FakeClock
from app.storage.content_language import set_content_language
from app.storage.printed import printed as printed_items
from app.widgets import file_dialogs

PEOPLE = 80


@pytest.fixture
def sector_day(store):  # type: ignore[no-untyped-def]
    """The sector day of issue 21, with 80 people registered (Dutch content)."""
    session = store.sessions.create("Sectordag: nieuwe allianties",
                                    templates.builtin("sector_day_alliances"))  # fmt: skip
    store.participants.add_many(session.id, [
        dict(first_name=f"Persoon{i:02d}", last_name="Test", organisation=f"Huis {i % 9}")
        for i in range(PEOPLE)
    ])  # fmt: skip
    return session


def activity_of(store, session_id: int, kind: str) -> ActivityContext:  # type: ignore[no-untyped-def]
    activity = next(a for a in store.agenda.list(session_id) if a.kind == kind)
    return ActivityContext(store, session_id, activity.id, FakeClock(), "nl")


def ticked(hub: PrintablesDialog) -> list[str]:
    rows = [hub.list.item(r) for r in range(hub.list.count())]
    return [hub.items[row.data(Qt.ItemDataRole.UserRole)].key for row in rows
            if row.checkState() == Qt.CheckState.Checked]  # fmt: skip


def save_with_enter(qtbot, hub: PrintablesDialog) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(hub.written, timeout=30000) as blocker:
        qtbot.keyClick(hub.name, Qt.Key.Key_Return)
    return blocker.args[0]


def test_the_bingo_print_button_opens_the_hub_and_enter_saves_two_cards_per_page(
    qtbot,
    store,
    sector_day,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    QSettings().setValue(file_dialogs.KEY, str(tmp_path))  # the folder used last time
    context = activity_of(store, sector_day.id, "bingo")
    page = make_setup(context)
    qtbot.addWidget(page)
    assert page.per_page.currentData() == 2  # the default: two A5 cards per A4
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    hub = page.print_hub
    assert hub.isVisible() and ticked(hub) == [f"bingo:{context.activity_id}"]
    assert hub.list.currentItem().text() == "Bingo cards: Sectorbingo"  # the interface's English
    assert hub.name.text() == "Sectordag nieuwe allianties - Bingokaarten Sectorbingo.pdf"
    assert hub.folder.text() == str(tmp_path)
    printed: list[list[str]] = []
    hub.printed.connect(printed.append)
    written = save_with_enter(qtbot, hub)
    target = tmp_path / "Sectordag nieuwe allianties - Bingokaarten Sectorbingo.pdf"
    assert written == [str(target)]
    cards = bingo_game.settings_of(BingoGame(store, context.activity_id).config(), PEOPLE).count
    assert cards == 88  # one per person and spares
    assert len(PdfReader(target).pages) == (cards + 1 + 1) // 2  # and the blank card: 45, not 89
    assert printed == [[f"bingo:{context.activity_id}"]]  # on_printed: the overview's hook
    assert set(printed_items(store, sector_day.id)) == {f"bingo:{context.activity_id}"}
    assert "Saved" in hub.status.text()


def test_the_folder_is_remembered_across_dialogs_never_the_working_directory(
    qtbot,
    store,
    sector_day,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.chdir(tmp_path)
    first = PrintablesDialog(store, sector_day.id)
    qtbot.addWidget(first)
    first.show()
    assert Path(first.folder.text()) != tmp_path and Path(first.folder.text()).is_dir()
    chosen = tmp_path / "paper for the day"
    chosen.mkdir()
    first.folder.setText(str(chosen))
    for row in range(1, first.list.count()):  # only the agenda handout
        first.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert first.name.text() == "Sectordag nieuwe allianties - Programma om uit te delen.pdf"
    assert save_with_enter(qtbot, first) == [str(chosen / first.name.text())]
    assert QSettings().value(file_dialogs.KEY) == str(chosen)
    second = PrintablesDialog(store, sector_day.id)  # Ctrl+P later: everything ready is ticked
    qtbot.addWidget(second)
    assert second.folder.text() == str(chosen)
    assert second.name.text() == "Sectordag nieuwe allianties - Materiaal.pdf"
    assert len(ticked(second)) == 7  # handout, bingo, five blank worksheets; no variants
    assert file_dialogs.last_folder() == chosen


def test_a_file_that_exists_is_replaced_only_when_confirmed(
    qtbot,
    store,
    sector_day,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    hub = PrintablesDialog(store, sector_day.id, preselect="agenda")
    qtbot.addWidget(hub)
    hub.folder.setText(str(tmp_path))
    existing = tmp_path / hub.name.text()
    existing.write_bytes(b"%PDF yesterday's")
    asked: list[str] = []

    def refuse(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    hub.make_button.click()
    assert asked and existing.read_bytes() == b"%PDF yesterday's"
    hub.folder.setText(str(tmp_path / "gone"))
    hub.make_button.click()
    assert hub.status.text() == "Choose an existing folder to save in."


def test_file_names_follow_the_content_language_and_are_safe(store, sector_day) -> None:  # type: ignore[no-untyped-def]
    from app.activities import paper

    set_content_language(store, sector_day.id, "en")
    names = [item.file_name for item in paper.items(store, sector_day.id, "en")]
    assert names[:2] == ["Sectordag nieuwe allianties - Agenda handout.pdf",
                         "Sectordag nieuwe allianties - Bingo cards Sectorbingo.pdf"]  # fmt: skip
    hostile = "Dag/../\\x\x00\x07\u202egnp.exe\n" + "é" * 300
    name = paper.named(hostile, "Bingokaarten: ronde 1")
    assert name.endswith(".pdf") and not any(ch in name for ch in "/\\:\x00\x07\u202e\n")
    assert len(name.encode("utf-8")) <= paper.NAME_BYTES + 4 and not name.startswith(".")
    assert (
        paper.file_name("CON") == "Tafelronde CON.pdf"
        and paper.file_name(" . ") == "Tafelronde.pdf"
    )


def test_breakout_worksheet_buttons_open_the_hub_with_their_item(
    qtbot,
    store,
    meeting,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    QSettings().setValue(file_dialogs.KEY, str(tmp_path))
    breakout = activity_of(store, meeting.id, "breakout")
    people = [p.id for p in store.participants.list(meeting.id)]
    BreakoutData(store, breakout.activity_id).save_schedule([[people[:3], people[3:]]], 1)
    page = make_setup(breakout)
    qtbot.addWidget(page)
    page.print_button.click()
    hub = page.print_hub
    assert ticked(hub) == [f"groups:{breakout.activity_id}"]  # lists and table cards: one item
    assert hub.name.text() == (
        "Netwerk productieleiders - Groepslijsten en tafelkaarten Gesprekken in groepjes.pdf"
    )
    hub.close()
    worksheet = activity_of(store, meeting.id, "worksheet")
    sheet_page = make_setup(worksheet)
    qtbot.addWidget(sheet_page)
    a3 = next(b for b in sheet_page.findChildren(type(page.print_button))
              if b.text() == "Print blank A3…")  # fmt: skip
    a3.click()
    hub = sheet_page.print_hub
    assert ticked(hub) == [f"worksheet-a3:{worksheet.activity_id}"]
    written = save_with_enter(qtbot, hub)
    box = PdfReader(written[0]).pages[0].mediabox
    assert round(min(box.width, box.height)) == 842  # A3: 297 mm = 842 pt on its short side
