"""The worksheet editor and beamer with real widgets: typing, undo/redo, copies, live beamer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control
from app.activities.worksheet.beamer import WorksheetBeamer
from app.activities.worksheet.control import WorksheetControl
from app.activities.worksheet.runtime import WorksheetRuntime
from app.core import worksheets
from app.storage import open_store

pytestmark = pytest.mark.gui


@pytest.fixture
def sheet(qtbot, store):  # type: ignore[no-untyped-def]
    """A runtime with its control panel and beamer for a worksheet key."""
    made = []

    def make(key: str):  # type: ignore[no-untyped-def]
        session = store.sessions.create("Werkdag")
        activity = store.agenda.add(session.id, "worksheet", key, 30, {"worksheet": key})
        runtime = WorksheetRuntime(ActivityContext(store, session.id, activity.id))
        control = make_control(runtime)
        beamer = make_beamer(runtime)
        for widget in (control, beamer):
            qtbot.addWidget(widget)
        beamer.resize(1920, 1080)
        beamer.show()
        control.show()
        qtbot.waitExposed(control)
        control.activateWindow()
        made.append(runtime)
        return runtime, control, beamer

    yield make
    for runtime in made:
        runtime.stop()


def test_typing_updates_beamer_live_and_autosaves(qtbot, sheet, store) -> None:  # type: ignore[no-untyped-def]
    runtime, control, beamer = sheet("political_agenda")
    assert isinstance(control, WorksheetControl) and isinstance(beamer, WorksheetBeamer)
    line = control.editors["contact"].input
    qtbot.keyClicks(line, "Schepen Peeters")
    assert runtime.value("contact") == "Schepen Peeters"
    assert "Schepen Peeters" in beamer.plain_text()  # before any save: straight from the edit
    key = worksheets.row_key("main", "contact")
    qtbot.waitUntil(
        lambda: store.results.get(runtime.context.activity_id, key) == "Schepen Peeters",
        timeout=10_000,  # the promise is a second; a loaded CI machine gets slack
    )
    assert control.status.text() == "Saved"


def test_ctrl_z_undoes_a_typed_word_and_ctrl_y_redoes_it(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    runtime, control, beamer = sheet("regional_challenges")
    cell = control.editors["challenges"].cells[0][1]
    cell.setFocus()
    qtbot.keyClicks(cell, "busvervoer")
    assert runtime.value("challenges")[0][1] == "busvervoer"
    qtbot.keyClick(cell, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert runtime.value("challenges")[0][1] == ""  # the whole word: typing is one step
    assert cell.toPlainText() == ""
    assert "busvervoer" not in beamer.plain_text()
    qtbot.keyClick(cell, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert cell.toPlainText() == "busvervoer" and "busvervoer" in beamer.plain_text()
    other = control.editors["challenges"].cells[1][0]
    other.setFocus()
    qtbot.keyClicks(other, "x")
    control.undo()
    control.undo()
    assert runtime.value("challenges")[0][1] == "" and runtime.value("challenges")[1][0] == ""
    assert not control.undo_button.isEnabled() and control.redo_button.isEnabled()


def test_choices_counts_and_own_items_are_undoable(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    runtime, control, beamer = sheet("role_division")
    tasks = control.editors["tasks"]
    pick = tasks.rows[0][0]
    pick.activated.emit(3)  # the third pole: "Maker"
    assert runtime.value("tasks")["rows"][0]["choice"] == "artist"
    add = next(
        b for b in tasks.findChildren(type(control.undo_button)) if b.text() == "Add own item"
    )
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    own = control.editors["tasks"].rows[-1][2]
    qtbot.keyClicks(own, "nagesprek")
    assert runtime.value("tasks")["extra"][0]["item"] == "nagesprek"
    assert "nagesprek" in beamer.plain_text()
    control.undo()
    control.undo()
    assert runtime.value("tasks")["extra"] == []
    control.undo()
    assert runtime.value("tasks")["rows"][0]["choice"] == ""


def test_poll_plus_one_groups_and_links(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    runtime, control, beamer = sheet("training_needs")
    plus = next(
        b
        for b in control.editors["topics"].findChildren(type(control.undo_button))
        if b.text() == "+1"
    )
    for _ in range(3):
        qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert runtime.value("topics")["counts"][0] == 3
    control.undo()
    assert runtime.value("topics")["counts"][0] == 2
    assert control.editors["topics"].spins[0].value() == 2

    runtime, control, _ = sheet("partner_map")
    groups = control.editors["partners"]
    add = next(
        b for b in groups.findChildren(type(control.undo_button)) if b.text().startswith("Add")
    )
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(control.editors["partners"].inputs[0][0], "Vilvoorde")
    qtbot.keyClicks(control.editors["partners"].inputs[0][1][1], "bakkerij")
    assert runtime.value("partners") == [
        {"name": "Vilvoorde", "lists": {"cultural": [], "other": ["bakkerij"]}}
    ]

    runtime, control, beamer = sheet("shared_vocabulary")
    links = control.editors["links"]
    add = next(b for b in links.findChildren(type(control.undo_button)) if b.text() == "Add link")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    control.editors["links"].rows[0][1].activated.emit(2)
    assert runtime.value("links") == [{"left": 0, "right": 2, "note": ""}]
    assert "gemeenschap vormen" in beamer.plain_text()


def test_copies_per_group_and_beamer_follows_the_selected_copy(qtbot, sheet, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runtime, control, beamer = sheet("value_cycles")
    qtbot.keyClicks(control.editors["next"].input, "eerste groep")
    qtbot.mouseClick(control.add_button, Qt.MouseButton.LeftButton)
    assert len(runtime.instances) == 2 and control.editors["next"].input.toPlainText() == ""
    control.name.setText("Tafel twee")
    control.name.editingFinished.emit()
    qtbot.keyClicks(control.editors["next"].input, "tweede groep")
    assert "Tafel twee" in beamer.plain_text() and "tweede groep" in beamer.plain_text()
    assert runtime.handle_key("back") is True
    assert "eerste groep" in beamer.plain_text()
    assert control.editors["next"].input.toPlainText() == "eerste groep"
    assert runtime.handle_key("back") is False  # first copy: the agenda moves on
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    runtime.select(runtime.instances[1].id)
    qtbot.mouseClick(control.remove_button, Qt.MouseButton.LeftButton)
    assert [i.id for i in runtime.instances] == ["main"]
    assert not control.remove_button.isEnabled()


def test_edit_from_another_laptop_reaches_the_beamer(qtbot, sheet, db_path) -> None:  # type: ignore[no-untyped-def]
    runtime, control, beamer = sheet("sector_plan_blocks")
    other = open_store(db_path)
    try:
        key = worksheets.row_key("main", "follow_up")
        other.results.set(runtime.context.activity_id, key, "volgende keer in Utrecht")
    finally:
        other.close()
    runtime.context.store.changes.emit("activity_result", runtime.context.session_id)
    qtbot.waitUntil(lambda: "volgende keer in Utrecht" in beamer.plain_text(), timeout=10_000)
    assert control.editors["follow_up"].input.toPlainText() == "volgende keer in Utrecht"


def test_beamer_text_size_follows_its_height_and_content(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    runtime, control, beamer = sheet("value_cycles")
    large = beamer.base
    beamer.resize(960, 540)
    empty = beamer.base
    assert empty <= 540 // 20 and large >= 1.6 * empty  # half the height, about half the size
    runtime.edit("next", "lang verhaal " * 400)
    shrunk = beamer.base
    assert shrunk < empty
    assert beamer.laid_out().size().height() <= 540 or shrunk == 9
    control.undo()
    assert beamer.base >= 0.9 * empty  # emptied again: (nearly) back to its size


def test_a_burst_of_keystrokes_is_laid_out_once(qtbot, sheet, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, control, beamer = sheet("sector_plan_blocks")
    beamer.plain_text()
    layouts = []
    real = beamer._fits
    monkeypatch.setattr(beamer, "_fits", lambda *a: layouts.append(a) or real(*a))
    qtbot.keyClicks(control.editors["follow_up"].input, "twaalf tekens")
    assert "twaalf tekens" in beamer.plain_text()
    assert len(layouts) <= 2  # not one per character


def test_setup_page_chooses_sheet_manages_copies_and_prints(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.activities.worksheet.setup import WorksheetSetup
    from app.storage.agenda import config_of

    session = store.sessions.create("Werkdag")
    activity = store.agenda.add(session.id, "worksheet", "W", 30, {"worksheet": "partner_map"})
    page = WorksheetSetup(ActivityContext(store, session.id, activity.id))
    qtbot.addWidget(page)
    assert page.choice.currentData() == "partner_map"
    page._choose(page.choice.findData("alliance_criteria"))
    assert config_of(store.agenda.get(activity.id))["worksheet"] == "alliance_criteria"
    qtbot.mouseClick(
        next(b for b in page.findChildren(type(page.remove_button)) if b.text() == "Add copy"),
        Qt.MouseButton.LeftButton,
    )
    assert [i.name for i in worksheets.instances_of(config_of(store.agenda.get(activity.id)))] == [
        "Group 1",
        "Group 2",
    ]
    page.copies.item(1).setText("Tafel B")
    assert worksheets.instances_of(config_of(store.agenda.get(activity.id)))[1].name == "Tafel B"
    target = tmp_path / "blank.pdf"
    page._print("A3", blank=True, target=str(target))
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved"), timeout=10_000)
    assert target.stat().st_size > 1000


def test_a_failed_save_keeps_the_text_says_so_and_retries(qtbot, sheet, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.activities.worksheet import runtime as runtime_module
    from app.activities.worksheet import state as sheets
    from app.storage.errors import StorageError

    monkeypatch.setattr(runtime_module, "RETRY_MS", 50)
    runtime, control, beamer = sheet("political_agenda")
    real_write = sheets.write_value
    calls = []

    def flaky(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        if len(calls) == 1:
            raise StorageError("The database is busy.")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(sheets, "write_value", flaky)
    qtbot.keyClicks(control.editors["contact"].input, "Wethouder Jansen")
    qtbot.waitUntil(lambda: control.status.text().startswith("Not saved yet"), timeout=10_000)
    assert "The database is busy." in control.status.text()
    assert control.editors["contact"].input.text() == "Wethouder Jansen"
    assert "Wethouder Jansen" in beamer.plain_text()
    key = worksheets.row_key("main", "contact")
    qtbot.waitUntil(  # nobody types again: the retry saves it
        lambda: store.results.get(runtime.context.activity_id, key) == "Wethouder Jansen",
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: control.status.text() == "Saved", timeout=10_000)


def test_stopping_saves_what_was_just_typed(qtbot, sheet, store) -> None:  # type: ignore[no-untyped-def]
    runtime, control, _ = sheet("value_cycles")
    qtbot.keyClicks(control.editors["next"].input, "laatste woorden")
    runtime.stop()  # leaving the activity before the autosave pause is over
    key = worksheets.row_key("main", "next")
    assert store.results.get(runtime.context.activity_id, key) == "laatste woorden"


def test_beamer_lists_items_not_placed_yet_with_their_own_characters(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    runtime, _, beamer = sheet("role_division")
    value = runtime.value("tasks")
    value["extra"] = [{"item": "R&D <samen>", "choice": "", "note": ""}]
    runtime.edit("tasks", value)
    text = beamer.plain_text()
    assert "Not placed yet: " in text and "R&D <samen>" in text
    assert "&amp;" not in text


def test_keyboard_only_tab_walks_the_cells_and_enter_starts_the_next_item(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    runtime, control, _ = sheet("requests_offers")
    cells = control.editors["requests"].cells
    cells[0][0].setFocus()
    qtbot.waitUntil(cells[0][0].hasFocus, timeout=10_000)
    qtbot.keyClicks(cells[0][0], "decor")
    qtbot.keyClick(cells[0][0], Qt.Key.Key_Tab)
    assert cells[0][1].hasFocus()
    qtbot.keyClicks(cells[0][1], "Theater Zuid")
    qtbot.keyClick(cells[0][1], Qt.Key.Key_Tab)
    assert cells[1][0].hasFocus()  # row by row
    assert runtime.value("requests")[0] == ["decor", "Theater Zuid"]
    matches = control.editors["matches"].input
    matches.setFocus()
    qtbot.keyClicks(matches, "Zuid helpt Noord")
    qtbot.keyClick(matches, Qt.Key.Key_Return)
    qtbot.keyClicks(matches, "Noord leent licht")
    assert runtime.value("matches") == ["Zuid helpt Noord", "Noord leent licht"]


def test_setup_lists_broken_own_definitions_in_dutch_and_offers_good_ones(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    import json

    from PySide6.QtCore import QCoreApplication

    from app.activities.worksheet import state as sheets
    from app.activities.worksheet.setup import WorksheetSetup
    from app.i18n import install_translators

    folder = sheets.custom_dir()
    good = {"key": "eigen", "title": {"nl": "Eigen blad", "en": "Own sheet"},
            "fields": [{"key": "notes", "type": "long_text", "label": "Notities"}]}  # fmt: skip
    broken = {**good, "key": "kapot",
              "fields": [{"key": "ideas", "type": "table", "label": "x", "columns": ["a"],
                          "lines": 50}]}  # fmt: skip
    (folder / "eigen.json").write_text(json.dumps(good), encoding="utf-8")
    (folder / "kapot.json").write_text(json.dumps(broken), encoding="utf-8")
    (folder / "stuk.json").write_text("{ nope", encoding="utf-8")
    session = store.sessions.create("Werkdag")
    activity = store.agenda.add(session.id, "worksheet", "W", 30, {"worksheet": "eigen"})
    install_translators(QCoreApplication.instance(), "nl")
    try:
        page = WorksheetSetup(ActivityContext(store, session.id, activity.id))
        qtbot.addWidget(page)
        problems = page.findChild(type(page.intro), "worksheetProblems").text()
    finally:
        install_translators(QCoreApplication.instance(), "en")
        for name in ("eigen", "kapot", "stuk"):
            (folder / f"{name}.json").unlink()
    assert "kapot.json, veld 'ideas': 'lines' moet een geheel getal van 1 tot 20 zijn" in problems
    assert "stuk.json: geen geldige JSON (regel 1, kolom 3)" in problems
    assert page.choice.currentData() == "eigen" and page.intro.text() == ""


def test_a_sheet_too_full_to_fit_scrolls_to_the_field_being_typed(qtbot, sheet) -> None:  # type: ignore[no-untyped-def]
    from app.core.worksheet_samples import sample_value

    runtime, control, beamer = sheet("partner_map")
    beamer.resize(960, 540)
    for spec in runtime.definition.fields:
        runtime.edit(spec.key, sample_value(spec, "vol", long=True))
    assert beamer.base == 9 and beamer.laid_out().size().height() > 540  # does not fit
    runtime.edit("own_work", "bovenaan")
    assert beamer.offset < 540 * 0.1 + 1  # the first field: (nearly) no scrolling
    qtbot.keyClicks(control.editors["ideas"].cells[4][1], " onderaan")
    end = beamer.laid_out().size().height() - (540 - 2 * beamer._margin())
    assert 0.5 * end < beamer.offset <= end  # the last field's label near the top edge
    image = beamer.grab().toImage()  # painting the scrolled sheet works
    assert image.width() == 960
    runtime.select(runtime.instances[0].id)
    runtime.edit("own_work", "kort")
    assert beamer.base == 9
