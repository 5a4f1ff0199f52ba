"""The start page (issue 21): with no session yet, the templates with a line each, a blank
session and "open a database file"; one click on a template makes the day and opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core import templates
from app.storage.content_language import content_language


def test_no_session_yet_shows_every_template_with_a_line(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start = window.session_list.start
    assert start.isVisible() and not window.session_list.table.isVisible()
    titles = [card.button.text() for card in start.cards]
    assert titles[: len(templates.builtin_keys())] == [t.title for t in templates.builtins("en")]
    lines = [card.line.text() for card in start.cards]
    assert all(lines) and lines[3].startswith("A sector day on cooperation")
    assert start.blank_button.isVisible() and start.open_button.isVisible()


def test_one_click_on_a_template_makes_the_session_and_opens_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    card = next(c for c in window.session_list.start.cards
                if c.template.key == "sector_day_alliances")  # fmt: skip
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    (meeting,) = window.store.sessions.list()
    assert meeting.title == "Sector day: new alliances" and meeting.start_time == "13:00"
    assert window.workspace is not None and window.workspace.session_id == meeting.id
    kinds = [a.kind for a in window.store.agenda.list(meeting.id)]
    expected = [a.kind for a in templates.builtin("sector_day_alliances", "en").activities]
    assert kinds == expected and kinds
    assert content_language(window.store, meeting.id) == "en"  # the interface's language


def test_blank_and_open_a_file_from_the_start_page(
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.sqlite"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(other), ""))  # fmt: skip
    qtbot.mouseClick(window.session_list.start.open_button, Qt.MouseButton.LeftButton)
    assert other.exists() and "other" in window.windowTitle()  # that file is now the database
    qtbot.mouseClick(window.session_list.start.blank_button, Qt.MouseButton.LeftButton)
    (meeting,) = window.store.sessions.list()
    assert meeting.title == "New session" and window.store.agenda.list(meeting.id) == []
    window.show_sessions()  # with a session, the list (and its buttons) is back
    assert window.session_list.table.isVisible() and not window.session_list.start.isVisible()
