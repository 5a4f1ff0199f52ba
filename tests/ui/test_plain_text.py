"""Text from data is shown as plain text (issue 16 item 8): a title or statement holding markup
shows the markup literally, never a heading, a link or a local picture on the beamer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import app.widgets.sound as sound
from app.activities.bingo.beamer import BingoBeamer
from app.activities.bingo.control import BingoControl
from app.activities.bingo.state import BingoGame
from app.activities.breakout.control import BreakoutControl
from app.activities.meet_greet.control import MeetGreetControl
from app.activities.statements.control import StatementsControl
from app.activities.statements.state import StatementGame
from app.core import statements as st
from app.core import templates
from app.core.bingo_pool import Statement
from app.core.clock import FakeClock
from app.core.templates import Template
from app.ui.new_session_dialog import NewSessionDialog
from app.ui.run.console import RunConsole
from app.ui.workspace import SessionWorkspace
from app.widgets.plain import escaped, plain_tooltip

HOSTILE = '<h1>x</h1><img src="/etc/hostname"><a href="file:///">link</a>'

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound, "load_backend", lambda path: None)
    monkeypatch.setattr(sound, "_shared", None)


def _literal(label: QLabel, text: str = HOSTILE) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert text in label.text()


def _shows_literally(widget, text: str = HOSTILE) -> int:  # type: ignore[no-untyped-def]
    """Every label under `widget` that holds the text holds it as plain text; returns how many."""
    found = [label for label in widget.findChildren(QLabel) if text in label.text()]
    for label in found:
        _literal(label, text)
    return len(found)


def test_hostile_titles_and_statements_stay_literal(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create(HOSTILE, templates.builtin("sector_day_alliances", "en"))
    activities = store.agenda.list(meeting.id)
    for activity in activities:
        store.agenda.update(activity.id, title=HOSTILE)
    kinds = [a.kind for a in activities]
    bingo_id = activities[kinds.index("bingo")].id
    BingoGame(store, bingo_id, "nl").save_pool(
        [Statement(f"s{i}", f"{HOSTILE} {i}") for i in range(30)]
    )
    StatementGame(store, activities[kinds.index("statements")].id, "nl").save_statements(
        [st.Statement("one", HOSTILE, HOSTILE)]
    )

    workspace = SessionWorkspace(store, meeting.id, "en")
    qtbot.addWidget(workspace)
    _literal(workspace.heading)

    console = RunConsole(store, meeting.id, FakeClock())
    qtbot.addWidget(console)
    console.show()
    seen = 0
    for index, activity in enumerate(console.activities):
        console.go_to(index)
        _literal(console.ui.activity_times)
        seen += _shows_literally(console) + _shows_literally(console.beamer)
        if activity.kind == "statements":
            control = console.findChildren(StatementsControl)[0]
            _literal(control.statement_label)
            _literal(control.theme_label)
        if activity.kind == "bingo":
            beamer = console.beamer.findChildren(BingoBeamer)[0]
            _literal(beamer.title)
            panel = console.findChildren(BingoControl)[0]
            panel.quick.setText("7")
            panel.mark_quick()
            _literal(panel.feedback, f"{HOSTILE} 6")
            beamer.refresh()
            _literal(beamer.latest[0], f"{HOSTILE} 6")
        if activity.kind == "breakout":
            assert console.findChildren(BreakoutControl)
        if activity.kind == "meet_greet":
            assert console.findChildren(MeetGreetControl)
    assert seen >= len(activities)  # the title reached labels on every activity, all plain

    # the compact bingo panel beside the statement game
    console.go_to(kinds.index("statements"))
    panel = console.bingo.panel
    panel.quick.setText("3")
    panel.mark_quick()
    _literal(panel.feedback, f"{HOSTILE} 2")


def test_template_descriptions_in_the_new_session_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    hostile = Template(key="x", title=HOSTILE, description=HOSTILE, activities=())
    dialog = NewSessionDialog([hostile])
    qtbot.addWidget(dialog)
    dialog.choices.setCurrentRow(1)
    _literal(dialog.description)
    assert dialog.choices.item(1).toolTip() == plain_tooltip(HOSTILE)
    assert "<img" not in dialog.choices.item(1).toolTip()


def test_helpers() -> None:
    assert escaped("<b>a</b>\nb & c") == "&lt;b&gt;a&lt;/b&gt;<br>b &amp; c"
    assert plain_tooltip("") == ""
    assert plain_tooltip("<b>") == '<p style="white-space: pre-wrap;">&lt;b&gt;</p>'


def test_message_boxes_show_data_literally(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import Qt as QtNs
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QMessageBox

    from app.ui.messages import show_error
    from app.widgets.plain import message_text

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    show_error(None, "Import", f"template {HOSTILE}: broken")
    assert QtNs.mightBeRichText(shown[0])  # so Qt renders our paragraph, with the data escaped
    document = QTextDocument()
    document.setHtml(shown[0])
    assert document.toPlainText() == f"template {HOSTILE}: broken"
    assert message_text("No markup here") == "No markup here"
