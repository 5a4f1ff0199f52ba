"""The windows on a full disk: saving the report, exporting a session file and importing
participants say what happened in plain words (which file or database, never whose data), the
previous file is unchanged and nothing is half-stored."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import app.core.atomic as atomic
from app.storage import engine
from app.ui import messages
from app.ui.import_dialog import ImportDialog
from app.ui.report.page import ReportPage


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes that would have been shown."""
    texts: list[str] = []

    def warning(_parent, _title, text):  # type: ignore[no-untyped-def]
        texts.append(text)

    monkeypatch.setattr(messages.QMessageBox, "warning", warning)
    return texts


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)


def test_saving_the_report_on_a_full_disk_keeps_the_previous_file(
    qtbot,
    store,
    meeting,
    tmp_path: Path,
    monkeypatch,
    shown,  # type: ignore[no-untyped-def]
) -> None:
    people = store.participants.list(meeting.id)
    store.participants.update(people[0].id, consent=True, email="anna@example.org")
    page = ReportPage(store, meeting.id)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.generated, timeout=20000):
        page.generate_button.click()
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"%PDF the previous report")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    full_disk(monkeypatch)
    page.save_button.click()
    assert len(shown) == 1 and "not enough room" in shown[0] and str(target) in shown[0]
    assert target.read_bytes() == b"%PDF the previous report"
    assert [p.name for p in tmp_path.iterdir() if "verslag" in p.name] == ["verslag.pdf"]


def test_exporting_a_session_file_on_a_full_disk(
    window,
    tmp_path: Path,
    monkeypatch,
    shown,  # type: ignore[no-untyped-def]
) -> None:
    from app.core import templates
    from app.ui.safety import actions

    meeting = window.store.sessions.create("Netwerkdag", templates.builtin("sector_day_alliances"))
    window.store.participants.add(meeting.id, first_name="Anna", last_name="Geheim",
                                  email="anna@geheim.nl")  # fmt: skip
    window.open_session(meeting.id)
    target = tmp_path / "netwerkdag.tafelronde"
    target.write_text("the previous export", encoding="utf-8")
    monkeypatch.setattr(actions, "save_path", lambda *a: target)
    full_disk(monkeypatch)
    assert actions.export_session(window) is None
    assert len(shown) == 1 and "not enough room" in shown[0] and str(target) in shown[0]
    assert "Geheim" not in shown[0] and "anna@" not in shown[0]
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir() if "netwerkdag" in p.name] == [target.name]


def test_importing_participants_into_a_full_database_names_nobody(
    qtbot,
    store,
    meeting,
    tmp_path: Path,
    monkeypatch,
    shown,  # type: ignore[no-untyped-def]
) -> None:
    csv = tmp_path / "aanmeldingen.csv"
    rows = [f"Nieuw{n};Persoon{n};nieuw{n}@geheim.nl" for n in range(3000)]
    csv.write_text("Voornaam;Achternaam;E-mail\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = len(store.participants.list(meeting.id))
    dialog = ImportDialog(store, meeting.id, csv)
    qtbot.addWidget(dialog)
    original = engine._sqlite_pragmas

    def no_growth(connection, record) -> None:  # type: ignore[no-untyped-def]
        original(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    from sqlalchemy import event

    event.listen(store.db.engine, "connect", no_growth)
    store.db.engine.dispose()
    try:
        dialog.do_import()
    finally:
        event.remove(store.db.engine, "connect", no_growth)
        store.db.engine.dispose()
    assert len(shown) == 1 and "is full" in shown[0]
    assert "geheim" not in shown[0] and "Nieuw" not in shown[0]
    assert dialog.imported == 0 and not dialog.result()  # the dialog stays open
    assert len(store.participants.list(meeting.id)) == before


def test_materials_on_a_full_disk_say_so_and_keep_the_previous_pdf(
    qtbot,
    store,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from app.core import templates
    from app.ui.printables_dialog import PrintablesDialog
    from tests.helpers.report_session import fill_session

    session = fill_session(store, templates.builtin("learning_network_reflection", "en"))
    dialog = PrintablesDialog(store, session.session_id)
    qtbot.addWidget(dialog)
    target = tmp_path / "materials.pdf"
    target.write_bytes(b"%PDF the previous materials")
    dialog.folder.setText(str(tmp_path))
    dialog.name.setText("materials.pdf")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    full_disk(monkeypatch)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=30000)
    assert "not enough room" in dialog.status.text() and str(target) in dialog.status.text()
    assert target.read_bytes() == b"%PDF the previous materials"
    assert [p.name for p in tmp_path.iterdir() if "materials" in p.name] == ["materials.pdf"]
