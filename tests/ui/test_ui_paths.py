"""UI paths a person takes that no other test walked: each through the widget a person uses.

The window started by `tafelronde` itself, Ctrl+R, the Language menu, agenda add/remove/edit, the
Actions tab, ticking "Named in report" and the Participants tab's Import button.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
)

from app.core import templates
from app.storage import open_store
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def make_session(db_path: Path, title: str = "Kick-off") -> int:
    store = open_store(db_path)
    try:
        session = store.sessions.create(title, templates.builtin("production_network_kickoff"))
        store.participants.add(session.id, first_name="Anna", last_name="Smit", organisation="VPT")
        return session.id
    finally:
        store.close()


def open_on_session(qtbot, db_path: Path, session_id: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.open_database(str(db_path), session_id)
    assert window.workspace is not None
    return window


def test_the_tafelronde_command_puts_up_the_window_on_the_chosen_session(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """`tafelronde --db FILE --session ID --lang en`: the real start-up, up to the event loop."""
    session_id = make_session(db_path, "Sector day")
    seen: dict[str, object] = {}

    def fake_exec() -> int:  # instead of blocking in the event loop: look at what is on screen
        (window,) = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and id(w) not in earlier]  # fmt: skip
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.workspace is not None)
        seen["visible"] = window.isVisible()
        seen["heading"] = window.workspace.heading.text()
        seen["menus"] = [action.text() for action in window.menuBar().actions()]
        window.close()
        return 0

    earlier = {id(w) for w in QApplication.topLevelWidgets()}  # windows of earlier tests
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start-up installs its own
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    from app.__main__ import main

    assert main(["--db", str(db_path), "--session", str(session_id), "--lang", "en"]) == 0
    assert seen["visible"] is True
    assert seen["heading"] == "Sector day"
    assert "&Session" in seen["menus"] and "&Language" in seen["menus"]


def test_ctrl_r_opens_the_run_console_on_the_open_session(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session_id = make_session(db_path)
    window = open_on_session(qtbot, db_path, session_id)
    assert window.run_console is None
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    console = window.run_console
    assert console is not None and console.isVisible()
    assert console.session_id == session_id
    console.close()
    console.deleteLater()


def test_the_language_menu_remembers_the_choice(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window = open_on_session(qtbot, db_path, make_session(db_path))
    menu_action = next(a for a in window.menuBar().actions() if a.text() == "&Language")
    by_label = {action.text(): action for action in menu_action.menu().actions()}
    assert by_label["English"].isChecked() and not by_label["Nederlands"].isChecked()
    try:
        by_label["Nederlands"].trigger()
        assert QSettings().value("language") == "nl"
        assert told == ["The new language applies after a restart."]
        by_label["English"].trigger()
        assert QSettings().value("language") == "en"
    finally:  # Qt keeps its settings file for the whole run: leave no choice for later tests
        QSettings().remove("language")


def test_agenda_add_edit_and_remove_through_the_page(
    qtbot, db_path: Path, answer_yes: list[str]
) -> None:  # type: ignore[no-untyped-def]
    session_id = make_session(db_path)
    window = open_on_session(qtbot, db_path, session_id)
    agenda = window.workspace.agenda
    window.workspace.tabs.setCurrentWidget(agenda)
    before = [a.id for a in agenda.activities]

    agenda.kind_list.choose("statements")
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    added = [a for a in agenda.activities if a.id not in before]
    assert len(added) == 1 and added[0].kind == "statements"
    assert agenda.current_id() == added[0].id

    # the title field has focus with its text selected: typing replaces it
    agenda.title_edit.selectAll()
    qtbot.keyClicks(agenda.title_edit, "Stellingen over allianties")
    agenda.minutes.setFocus()
    agenda.minutes.selectAll()
    qtbot.keyClicks(agenda.minutes, "25")
    agenda.autosaver.flush()
    store = window.store
    stored = {a.id: a for a in store.agenda.list(session_id)}[added[0].id]
    assert (stored.title, stored.planned_minutes) == ("Stellingen over allianties", 25)

    store.results.set(added[0].id, "vote:1", {"agree": 3})  # it holds results: asked first
    qtbot.mouseClick(agenda.remove_button, Qt.MouseButton.LeftButton)
    assert answer_yes and "Stellingen over allianties" in answer_yes[0]
    assert [a.id for a in store.agenda.list(session_id)] == before


def test_actions_tab_add_type_tick_done_and_delete(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session_id = make_session(db_path)
    window = open_on_session(qtbot, db_path, session_id)
    page = window.workspace.actions_page
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()  # the "What" cell opened for typing
    assert editor is not None and editor is not page.table
    qtbot.keyClicks(editor, "Vraag-en-aanbodbord opzetten")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the typed text on its next turn
    store = window.store
    qtbot.waitUntil(lambda: store.actions.list(session_id)[0].what != "")
    (action,) = store.actions.list(session_id)
    assert action.what == "Vraag-en-aanbodbord opzetten" and not action.done

    done = page.model.index(0, 3)
    page.table.setCurrentIndex(done)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # a checkbox cell toggles with Space
    assert store.actions.list(session_id)[0].done is True

    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert store.actions.list(session_id) == []


def test_ticking_named_in_report_stores_consent(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session_id = make_session(db_path)
    window = open_on_session(qtbot, db_path, session_id)
    page = window.workspace.participants
    window.workspace.tabs.setCurrentWidget(page)
    column = next(i for i, c in enumerate(page.model.columns) if c.field == "consent")
    assert window.store.participants.list(session_id)[0].consent is False
    page.table.setCurrentIndex(page.model.index(0, column))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert window.store.participants.list(session_id)[0].consent is True
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert window.store.participants.list(session_id)[0].consent is False


def test_the_import_button_reads_a_list_into_the_session(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    source = FIXTURES / "dutch_semicolon_utf8_bom.csv"
    started_in: list[str] = []

    def choose(_parent, _title, folder, _filters):  # type: ignore[no-untyped-def]
        started_in.append(folder)
        return str(source), "Registration lists"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    shown: list[str] = []

    def confirm(dialog: QDialog) -> int:  # the person looks at the preview and presses Import
        shown.append(dialog.windowTitle())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    from app.ui.import_dialog import ImportDialog

    monkeypatch.setattr(ImportDialog, "exec", confirm)
    session_id = make_session(db_path)
    window = open_on_session(qtbot, db_path, session_id)
    page = window.workspace.participants
    window.workspace.tabs.setCurrentWidget(page)
    before = page.model.rowCount()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert shown == [f"Import {source.name}"]
    assert started_in and started_in[0] not in ("", str(Path.cwd()))  # a remembered folder
    stored = window.store.participants.list(session_id)
    assert len(stored) == before + 3
    assert {"Joanne", "Fleur", "Zoë"} <= {p.first_name for p in stored}
    assert page.model.rowCount() == len(stored)
