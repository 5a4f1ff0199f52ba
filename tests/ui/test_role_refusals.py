"""A refused write on a note-taker's laptop is a plain translated message, never a traceback:
the main window makes the store act as this laptop, the participants page and the import say
why, and any storage error escaping a slot goes through the error hook (issue 16 item 7)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core import roles
from app.i18n import install_translators
from app.storage.access import RoleError
from app.storage.role_messages import PARTICIPANTS
from app.ui.messages import install_error_hook
from app.ui.pages.participants import ParticipantsPage
from app.widgets.live import laptop_id

pytestmark = pytest.mark.gui


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _make_note_taker(store, session_id: int, laptop: str) -> None:  # type: ignore[no-untyped-def]
    activity = store.agenda.add(session_id, "breakout", "Tafels")
    settings = roles.assign({}, laptop, activity.id, "table-3")
    store.sessions.update(session_id, settings=json.dumps(settings))


def test_main_window_acts_as_this_laptop(window) -> None:  # type: ignore[no-untyped-def]
    assert window.store.db.access.laptop == laptop_id()


def test_participants_page_on_a_note_takers_laptop(qtbot, store, answer_yes, warnings) -> None:  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag")
    store.participants.add(meeting.id, first_name="Anna", email="anna@example.org")
    _make_note_taker(store, meeting.id, "lap3")
    store.act_as("lap3")
    page = ParticipantsPage(store, meeting.id)
    qtbot.addWidget(page)
    assert [p.email for p in page.model.records] == [""]
    page.table.selectRow(0)
    page.delete_selected()
    page.add_participant()
    page.table.selectRow(0)  # the refresh after each refusal cleared the selection
    page.mark_present()
    assert len(warnings) == 3 and all("participants" in text for text in warnings)
    store.act_as(None)
    assert [(p.first_name, p.email) for p in store.participants.list(meeting.id)] == [
        ("Anna", "anna@example.org")
    ]


def test_refusal_in_dutch_through_the_error_hook(qapp, store, warnings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", lambda *_args: pytest.fail("reached the old hook"))
    install_translators(qapp, "nl")
    try:
        install_error_hook(None)  # type: ignore[arg-type]
        error = RoleError(PARTICIPANTS)
        sys.excepthook(RoleError, error, None)
    finally:
        install_translators(qapp, "en")
    assert len(warnings) == 1
    assert "deelnemers" in warnings[0]


def test_import_on_a_note_takers_laptop(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.import_dialog import ImportDialog

    meeting = store.sessions.create("Sectordag")
    _make_note_taker(store, meeting.id, "lap3")
    store.act_as("lap3")
    source = tmp_path / "lijst.csv"
    source.write_text("Voornaam;Achternaam;E-mail\nCas;Jansen;cas@example.org\n", encoding="utf-8")
    dialog = ImportDialog(store, meeting.id, source)
    qtbot.addWidget(dialog)
    assert dialog.problem is None
    dialog.do_import()
    assert "participants" in dialog.status.text() and dialog.result() == 0
    store.act_as(None)
    assert store.participants.list(meeting.id) == []
