"""The organiser's route for a day of 80 people, counted click by click (issue 21, "Show").

From an empty database (the start page) to one materials PDF: template "Sectordag: nieuwe
allianties", two registration lists (37 and 52 rows, 9 people on both) imported on the
Participants tab, a meet-and-greet and a two-round breakout added on the Agenda tab, the groups
made on the breakout's page, and everything printed through Ctrl+P. Every action goes through
the widgets a person uses (tests/helpers/hands.py counts them); only the operating system's file
dialogs are patched, and the person's work in them is counted too. The figures are in
docs/preparing.md.
"""

from __future__ import annotations

import csv
import math
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from app.activities import paper
from app.core import bingo_game
from app.storage.agenda import config_of
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from app.ui.printables_dialog import PrintablesDialog
from tests.helpers.hands import Hands

MAX_CLICKS = 30
DOC = Path(__file__).resolve().parents[2] / "docs" / "preparing.md"  # where the count is shown
FIRSTS = ["Anna", "Bram", "Chloé", "Dries", "Elif", "Femke", "Gert", "Hanne", "Ismaël",
          "Jolien", "Koen", "Lotte", "Mehdi", "Nora", "Oscar", "Pieter", "Quinten", "Roos",
          "Sanne", "Tom"]  # fmt: skip
LASTS = ["Verbeke", "De Smet", "Peeters", "Janssens", "Yilmaz", "van den Berg", "Maes", "Claes"]
ORGANISATIONS = ["Vooruit", "CC Strombeek", "Kunstenpunt", "Het Paleis", "De Grote Post",
                 "Stad Gent", "KAAP", "30CC", "CC Hasselt", "Mooss", "Zonzo Compagnie"]  # fmt: skip


def people(count: int) -> list[dict[str, str]]:
    """count different people, each with an organisation and an e-mail address."""
    found = []
    for number in range(count):
        first = FIRSTS[number % len(FIRSTS)]
        last = LASTS[(number // len(FIRSTS)) % len(LASTS)]
        found.append({"first": first, "last": last, "email": f"p{number:02d}@example.org",
                      "organisation": ORGANISATIONS[number % len(ORGANISATIONS)]})  # fmt: skip
    return found


def registration_lists(folder: Path) -> tuple[Path, Path]:
    """A Dutch form export (37 rows, semicolons) and an Eventbrite-like export (52 rows, commas);
    9 people registered on both, so the day has 80 people."""
    everyone = people(80)
    first, second = everyone[:37], everyone[28:80]  # rows 28..36 are on both lists
    dutch = folder / "aanmeldingen-formulier.csv"
    with dutch.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Voornaam", "Achternaam", "Organisatie", "E-mailadres"])
        writer.writerows([p["first"], p["last"], p["organisation"], p["email"]] for p in first)
    tickets = folder / "eventbrite-export.csv"
    with tickets.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Order #", "First Name", "Surname", "Email", "Company", "Ticket Type"])
        writer.writerows([str(9000 + i), p["first"], p["last"], p["email"], p["organisation"],
                          "Gratis toegang"] for i, p in enumerate(second))  # fmt: skip
    assert (len(first), len(second)) == (37, 52)
    return dutch, tickets


def button(page: object, text: str) -> QPushButton:
    """A button found as a person finds it: by what it says."""
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)  # type: ignore[attr-defined]


def test_the_day_for_80_people_takes_at_most_30_clicks(
    qtbot, db_path: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dutch, tickets = registration_lists(tmp_path)
    window = MainWindow(language="nl")
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(str(db_path))
    hands = Hands(qtbot)
    hands.file_dialogs(monkeypatch)

    def confirm_import(preview: ImportDialog) -> None:
        ok = preview.buttons.button(QDialogButtonBox.StandardButton.Ok)
        hands.click(ok, "Import (preview)")

    hands.step("template on the start page")
    card = next(c for c in window.session_list.start.cards
                if c.template.key == "sector_day_alliances")  # fmt: skip
    assert card.button.text() == "Sectordag: nieuwe allianties"
    hands.click(card.button)
    workspace = window.workspace
    store, session_id = window.store, workspace.session_id

    hands.step("date, start and venue on the overview")
    overview = workspace.overview
    assert workspace.tabs.currentWidget() is overview  # where the template click lands
    for field, text in ((overview.date.edit, "18-03-2027"), (overview.start.edit, "09:30")):
        hands.click(field, text)
        hands.key(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "Ctrl+A")
        hands.type(field, text)
    hands.click(overview.venue, "venue")  # empty: nothing to select first
    hands.type(overview.venue, "De Singel, Antwerpen")

    hands.step("two registration lists imported")
    hands.click_tab(workspace.tabs, workspace.participants)
    for path, total in ((dutch, 37), (tickets, 80)):
        hands.plan_file("open", path, typed=True)  # the person types the file's name
        hands.in_dialog(ImportDialog, confirm_import)
        hands.click(workspace.participants.import_button)
        hands.check()
        assert len(store.participants.list(session_id)) == total
    meeting = store.sessions.get(session_id)  # saved when the tab changed
    assert (meeting.date, meeting.start_time, meeting.venue) == (
        "2027-03-18", "09:30", "De Singel, Antwerpen")  # fmt: skip
    registered = store.participants.list(session_id)
    assert len(registered) == 80  # the 9 on both lists were left out the second time
    assert len({p.email for p in registered}) == 80

    hands.step("meet-and-greet and breakout added")
    agenda = workspace.agenda
    hands.click_tab(workspace.tabs, agenda)
    assert agenda.list.currentRow() == 0  # the opening: new activities go right after it
    for kind, title in (("meet_greet", "Kennismaking"), ("breakout", "Tafelgesprekken")):
        row = next(agenda.kind_list.item(r) for r in range(agenda.kind_list.count())
                   if agenda.kind_list.item(r).data(Qt.ItemDataRole.UserRole) == kind)  # fmt: skip
        hands.click_item(agenda.kind_list, row)
        hands.click(agenda.add_button)
        assert agenda.title_edit.hasFocus() and agenda.title_edit.hasSelectedText()
        hands.type(agenda.title_edit, title)  # the new title replaces the kind's name
    added = [(a.kind, a.title) for a in store.agenda.list(session_id)][:4]
    assert added[1] == ("meet_greet", "Kennismaking") and added[2][0] == "breakout"

    hands.step("two rounds, groups made")
    breakout = agenda.setup_stack.widget(0)
    hands.click(button(breakout, "Add a round"))
    hands.click(breakout.solve_button)
    activity = next(a for a in store.agenda.list(session_id) if a.kind == "breakout")
    from app.activities.breakout.state import BreakoutData

    qtbot.waitUntil(lambda: bool(BreakoutData(store, activity.id).schedule()), timeout=60000)
    qtbot.waitUntil(breakout.solve_button.isEnabled, timeout=10000)
    rounds = BreakoutData(store, activity.id).schedule()
    assert len(rounds) == 2 and all(sum(len(t) for t in r) == 80 for r in rounds)
    activity = store.agenda.get(activity.id)
    assert activity.title == "Tafelgesprekken"  # saved when the page's button took the focus
    assert activity.planned_minutes == 65  # two rounds of 30 and a change of 5

    hands.step("materials PDF through Ctrl+P")
    folder = tmp_path / "drukwerk"
    folder.mkdir()
    hands.plan_file("folder", folder, typed=True)  # its path typed, then the confirming click
    written: list[Path] = []

    def in_the_hub(hub: PrintablesDialog) -> None:
        ticked = [entry.key.split(":")[0] for entry in hub.chosen()]
        assert ticked == ["agenda", "groups", "bingo", *["worksheet"] * 5]  # agenda order
        assert hub.name.text() == "Sectordag nieuwe allianties - Materiaal.pdf"
        assert hub.folder.text() == str(tmp_path)  # the lists' folder: the one used last
        hands.click(hub.browse, "Choose… (folder)")  # the paper goes in a folder of its own
        assert hub.folder.text() == str(folder)
        hands.key(hub, Qt.Key.Key_Return, what="Enter saves")
        qtbot.waitUntil(lambda: bool(hub.files), timeout=120000)
        written.extend(hub.files)
        close = hub.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        hands.click(close, "Close")

    hands.in_dialog(PrintablesDialog, in_the_hub)
    hands.key(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "Ctrl+P")
    hands.check()
    assert hands.files_left() == 0
    (target,) = written
    assert target == folder / "Sectordag nieuwe allianties - Materiaal.pdf"

    hands.step("ready for the day?")
    hands.click_tab(workspace.tabs, overview)
    assert overview.ready.summary.text() == "Everything is ready for the day."

    print("\n" + hands.summary())  # the figures in docs/preparing.md
    assert hands.clicks <= MAX_CLICKS, hands.summary()
    total = f"| **Total** | **{hands.clicks}** | **{hands.keys}** | **{hands.typed}** |"
    assert total in DOC.read_text(encoding="utf-8"), "docs/preparing.md shows other figures"
    check_materials(store, session_id, target)


def check_materials(store, session_id: int, target: Path) -> None:  # type: ignore[no-untyped-def]
    """The PDF holds every item, each with the pages the app's own paper item makes."""
    reader = PdfReader(target)
    starts = [(entry.title, reader.get_destination_page_number(entry)) for entry in reader.outline]
    ends = [start for _, start in starts[1:]] + [len(reader.pages)]
    pages = {title: end - start for (title, start), end in zip(starts, ends, strict=True)}
    items = {item.title: item for item in paper.items(store, session_id, "nl")}
    assert list(pages) == [title for title, item in items.items() if not item.unavailable]
    for title, count in pages.items():  # each item written alone gives the same pages
        alone = BytesIO()
        items[title].prepare()(alone)
        assert len(PdfReader(alone).pages) == count, title

    agenda = store.agenda.list(session_id)
    bingo = next(a for a in agenda if a.kind == "bingo")
    settings = bingo_game.settings_of(config_of(bingo), 80)
    assert settings.count == bingo_game.default_count(80) >= 80  # a card for each, and spares
    assert settings.per_page == 2  # two cards per A4 by default
    bingo_pages = next(count for title, count in pages.items() if title.startswith("Bingo"))
    assert bingo_pages == math.ceil((settings.count + settings.blank) / settings.per_page) == 45
    worksheets = [count for title, count in pages.items() if title.startswith("Blank worksheet")]
    assert len(worksheets) == 5 and all(count >= 1 for count in worksheets)

    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    for person in store.participants.list(session_id):  # on the group lists
        assert person.last_name in text and person.first_name in text
    for line in ("Sectordag: nieuwe allianties", "09:30", "De Singel, Antwerpen"):
        assert line in text  # the handout


def test_the_hands_count_only_what_a_person_can_do(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    shown, greyed, hidden = QPushButton("Go", page), QPushButton("No", page), QPushButton("Off")
    field = QLineEdit(page)
    column = QVBoxLayout(page)
    for widget in (shown, greyed, field):
        column.addWidget(widget)
    greyed.setEnabled(False)
    page.show()
    pressed: list[int] = []
    shown.clicked.connect(lambda: pressed.append(1))
    hands = Hands(qtbot)
    hands.file_dialogs(monkeypatch)
    hands.click(shown)
    for unreachable in (greyed, hidden):
        with pytest.raises(AssertionError, match="a person cannot click it"):
            hands.click(unreachable)
    hands.type(field, "a long text typed in one go")
    hands.plan_file("open", tmp_path / "list.csv", typed=True)
    assert QFileDialog.getOpenFileName(page)[0] == str(tmp_path / "list.csv")
    assert (pressed, field.text()) == ([1], "a long text typed in one go")
    assert (hands.clicks, hands.keys, hands.typed) == (2, 0, 2)  # the dialog's confirm and name
    with pytest.raises(AssertionError, match="unexpected save dialog"):
        QFileDialog.getSaveFileName(page)


def test_a_click_on_the_setup_page_right_after_typing_a_title_lands(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ending the typing of a title saves it without rebuilding the page under the mouse (it
    did: the click on "Add a round" then hit a page that was going away)."""
    meeting = window.store.sessions.create("Dag", None)
    window.open_session(meeting.id)
    agenda = window.workspace.agenda
    window.workspace.tabs.setCurrentWidget(agenda)
    agenda.kind_list.choose("breakout")
    agenda.add_button.click()
    page = agenda.setup_stack.widget(0)
    hands = Hands(qtbot)
    hands.type(agenda.title_edit, "Tafels")
    hands.click(button(page, "Add a round"))
    assert agenda.setup_stack.widget(0) is page and page.isVisible()
    assert len(page.round_editors) == 2
    page.saver.flush()
    (activity,) = window.store.agenda.list(meeting.id)
    assert activity.title == "Tafels" and len(config_of(activity)["rounds"]) == 2
    qtbot.waitUntil(lambda: agenda.list.item(0).text().endswith("Tafels  ·  1 h 5 min"))
