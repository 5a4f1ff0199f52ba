"""One content language per session: workspace, run console, beamer, phones and report show the
same statement set and bingo pool, whatever language the interface speaks (issue 15 item 8)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.activities.bingo.phone import BingoPhone
from app.activities.bingo.runtime import BingoRuntime
from app.activities.bingo.state import BingoGame
from app.activities.statements.beamer import StatementsBeamer
from app.activities.statements.setup import StatementsSetup
from app.activities.statements.state import StatementGame
from app.core import templates
from app.core.clock import FakeClock
from app.room.service import RoomService
from app.storage import open_store
from app.storage.content_language import content_language, set_content_language, settings_with
from app.ui.new_session_dialog import NewSessionDialog
from app.ui.report.page import ReportPage
from app.ui.run.console import RunConsole
from app.ui.workspace import SessionWorkspace

pytestmark = pytest.mark.gui


def _session(store, content: str):  # type: ignore[no-untyped-def]
    template = templates.builtin("sector_day_alliances", content)
    meeting = store.sessions.create("Sectordag", template, settings=settings_with(content))
    activities = store.agenda.list(meeting.id)
    kinds = [a.kind for a in activities]
    return meeting.id, activities, kinds.index("statements"), kinds.index("bingo")


@pytest.mark.parametrize(("interface", "content"), [("en", "nl"), ("nl", "en")])
def test_one_statement_set_everywhere(qtbot, store, tmp_path, interface, content) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue("language", interface)  # what the console used to read
    session_id, activities, s_index, b_index = _session(store, content)
    statements_id = activities[s_index].id
    expected = [s.text for s in StatementGame(store, statements_id, content).statements()]
    other = [s.text for s in StatementGame(store, statements_id, interface).statements()]
    assert expected and expected != other  # the two languages really differ
    pool = [s.text for s in BingoGame(store, activities[b_index].id, content).pool()]
    assert pool != [s.text for s in BingoGame(store, activities[b_index].id, interface).pool()]

    # workspace (opened in the interface language)
    workspace = SessionWorkspace(store, session_id, interface)
    qtbot.addWidget(workspace)
    workspace.agenda.list.setCurrentRow(s_index)
    setup = workspace.agenda.findChildren(StatementsSetup)[0]
    assert [s.text for s in setup.rows()] == expected

    # run console and beamer
    console = RunConsole(store, session_id, FakeClock())
    qtbot.addWidget(console)
    console.go_to(s_index)
    beamer = console.beamer.findChildren(StatementsBeamer)[0]
    assert beamer.statement.text() == expected[0]
    console.go_to(b_index)
    assert isinstance(console.runtime, BingoRuntime)
    assert [s.text for s in console.runtime.snapshot.pool] == pool
    console.close()

    # phones
    room = RoomService(store, session_id)
    room.set_activity(statements_id)
    assert room.shared_state()["statement"] == expected[0]
    bingo_activity = store.agenda.get(activities[b_index].id)
    cards = BingoPhone().make_cards(room, bingo_activity)
    assert {cell["text"] for cell in cards[1]["statements"]} <= set(pool) | {"★"}
    room.close()

    # report (the tab and the command line, which is given --lang for its messages only)
    page = ReportPage(store, session_id)
    qtbot.addWidget(page)
    assert page.options().language == content


def test_report_command_prints_the_session_language(store, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.cli import run

    session_id, activities, s_index, _b = _session(store, "nl")
    dutch = StatementGame(store, activities[s_index].id, "nl").statements()[0].text
    english = StatementGame(store, activities[s_index].id, "en").statements()[0].text
    store.close()
    target = tmp_path / "report.pdf"
    # nothing was discussed yet: --keep-empty prints the game (its statements in the appendix)
    assert run(["--lang", "en", "report", "--db", str(db_path), "--session", str(session_id),
                "-o", str(target), "--keep-empty"]) == 0  # fmt: skip
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    flat = " ".join(text.split())
    assert " ".join(dutch.split()) in flat
    assert " ".join(english.split()) not in flat


def test_existing_sessions_read_dutch_and_the_overview_changes_it(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Old", templates.builtin("sector_day_alliances", "nl"))
    assert content_language(store, meeting.id) == "nl"  # no setting stored: Dutch
    store.sessions.update(meeting.id, settings='{"roles": {"x": 1}}')
    workspace = SessionWorkspace(store, meeting.id, "en")
    qtbot.addWidget(workspace)
    assert workspace.agenda.language == "nl"
    box = workspace.overview.language
    assert box.currentData() == "nl"
    box.setCurrentIndex(box.findData("en"))
    assert content_language(store, meeting.id) == "en"
    assert '"roles"' in store.sessions.get(meeting.id).settings  # other settings kept
    assert workspace.agenda.language == "en"
    with pytest.raises(ValueError):
        set_content_language(store, meeting.id, "fr")


def test_new_session_dialog_lists_templates_in_the_chosen_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewSessionDialog(templates.builtins("en"), None, "en", templates.builtins)
    qtbot.addWidget(dialog)
    dialog.choices.setCurrentRow(1)
    english = dialog.choices.item(1).text()
    assert dialog.title.text() == english and dialog.content_language() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.content_language() == "nl"
    assert dialog.template() == templates.builtins("nl")[0]
    assert dialog.choices.item(1).text() == dialog.title.text() != english


def test_the_cli_new_session_stores_its_language(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import run

    code = run(["--lang", "en", "new", "--title", "Day", "--template", "sector_day_alliances",
                "--db", str(db_path)])  # fmt: skip
    assert code == 0
    session_id = int(capsys.readouterr().out.strip().splitlines()[-1])
    store = open_store(db_path)
    try:
        assert content_language(store, session_id) == "en"
    finally:
        store.close()
