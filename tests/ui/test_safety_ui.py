"""The ways out in the main window: read-only, restore a damaged file's backup, a file in use,
the restore dialog, and session files through the File menu. Bad files stay byte-identical."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import app.ui.safety.actions as actions
import app.ui.safety.open_flow as flow
from app.storage import open_store
from app.storage.backups import backup_sqlite, list_backups
from app.storage.instance import InstanceLock
from app.ui.main_window import MainWindow
from app.ui.safety.backup_dialog import BackupDialog


def filled(path: Path, sessions: int = 12) -> None:
    store = open_store(path)
    for n in range(sessions):
        meeting = store.sessions.create(f"Sessie {n}", venue="Zaal " * 40)
        store.participants.add(meeting.id, first_name="Anna" * 10, last_name=str(n))
    store.close()


class Questions(list):  # type: ignore[type-arg]
    """The way-out questions asked (text, choices offered) and the answers to give."""

    answers: list[flow.Choice]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """Every way-out question; answered with the first of `asked.answers` that is offered."""
    questions = Questions()

    def ask(_parent, text, choices):  # type: ignore[no-untyped-def]
        offered = [choice for choice, _label in choices]
        questions.append((text, offered))
        return next(c for c in answers if c in offered)

    answers: list[flow.Choice] = []
    monkeypatch.setattr(flow, "ask", ask)
    questions.answers = answers  # type: ignore[attr-defined]
    return questions


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


@pytest.fixture
def fresh(qtbot):  # type: ignore[no-untyped-def]
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    yield window
    window.close()


def test_a_read_only_file_opens_read_only_when_asked(fresh, asked, warnings, db_path) -> None:  # type: ignore[no-untyped-def]
    filled(db_path)
    db_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = db_path.read_bytes()
    try:
        asked.answers[:] = [flow.Choice.CANCEL]
        assert not fresh.open_database(str(db_path))
        assert "read-only" in asked[0][0] and flow.Choice.READ_ONLY in asked[0][1]
        assert warnings == []  # the question said it; no second message
        asked.answers[:] = [flow.Choice.READ_ONLY]
        assert fresh.open_database(str(db_path))
        assert fresh.store.db.read_only
        assert fresh.session_list.table.rowCount() == 12
        fresh.close()
    finally:
        db_path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert db_path.read_bytes() == before


def test_a_damaged_file_is_restored_from_a_backup_as_a_new_file(  # type: ignore[no-untyped-def]
    fresh, asked, warnings, db_path, monkeypatch
) -> None:
    filled(db_path)
    backup_sqlite(db_path, "timer")
    data = bytearray(db_path.read_bytes())
    for offset in range(2 * 4096, len(data) - 4096, 3 * 4096):
        data[offset + 8 : offset + 600] = bytes((i * 37) % 256 for i in range(592))
    db_path.write_bytes(bytes(data))
    damaged = db_path.read_bytes()
    asked.answers[:] = [flow.Choice.RESTORE]
    monkeypatch.setattr(flow, "choose_backup", lambda _p, database: list_backups(database)[0])
    assert fresh.open_database(str(db_path))
    assert "damaged" in asked[0][0] and "1 backups" in asked[0][0]
    restored = Path(str(fresh.store.db.url.database))
    assert restored != db_path and restored.name.startswith("tafelronde-restored-")
    assert len(fresh.store.sessions.list()) == 12
    assert db_path.read_bytes() == damaged  # never overwritten
    assert warnings == []


def test_open_another_file_is_offered_too(qtbot, fresh, asked, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    filled(db_path, 2)
    db_path.write_bytes(b"Naam;Organisatie\n" * 10)  # overwritten by a spreadsheet export
    backup_sqlite_of = db_path.with_name("tafelronde.sqlite.timer-20261123-101010-000000.bak")
    filled(tmp := db_path.with_name("bron.sqlite"), 2)
    backup_sqlite_of.write_bytes(tmp.read_bytes())
    chosen: list[bool] = []
    monkeypatch.setattr(fresh, "choose_database", lambda: chosen.append(True))
    asked.answers[:] = [flow.Choice.OTHER_FILE]
    assert not fresh.open_database(str(db_path))
    assert "not a Tafelronde database" in asked[0][0] and flow.Choice.RESTORE in asked[0][1]
    qtbot.waitUntil(lambda: chosen == [True], timeout=10_000)


def test_a_damaged_file_without_backups_just_says_so(fresh, asked, warnings, db_path) -> None:  # type: ignore[no-untyped-def]
    filled(db_path)
    for backup in list_backups(db_path):
        backup.path.unlink()
    db_path.write_bytes(db_path.read_bytes()[: 3 * 4096])
    assert not fresh.open_database(str(db_path))
    assert asked == [] and "incomplete" in warnings[0]


def test_a_file_open_in_another_window_is_warned_about(fresh, asked, warnings, db_path) -> None:  # type: ignore[no-untyped-def]
    filled(db_path, 2)
    other = InstanceLock(db_path)  # another Tafelronde process (an flock is per open file)
    assert other.acquire() is None
    try:
        asked.answers[:] = [flow.Choice.CANCEL]
        assert not fresh.open_database(str(db_path))
        assert "already open in another Tafelronde window" in asked[0][0]
        asked.answers[:] = [flow.Choice.READ_ONLY]
        assert fresh.open_database(str(db_path))
        assert fresh.store.db.read_only
        asked.answers[:] = [flow.Choice.ANYWAY]
        assert fresh.open_database(str(db_path))
        assert not fresh.store.db.read_only
    finally:
        other.release()
    assert warnings == []


def test_the_lock_is_held_while_open_and_released_on_close(qtbot, window, db_path) -> None:  # type: ignore[no-untyped-def]
    probe = InstanceLock(db_path)
    holder = probe.acquire()
    assert holder is not None and holder["pid"] > 0  # the window has it
    window.close()
    assert probe.acquire() is None
    probe.release()


def test_the_restore_dialog_lists_backups_with_times_and_session_counts(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    filled(db_path, 3)
    backup_sqlite(db_path, "timer")
    store = open_store(db_path)
    store.sessions.create("Nog een")
    store.close()
    backup_sqlite(db_path, "before-migration")
    dialog = BackupDialog(db_path)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert len(rows) == len(list_backups(db_path)) >= 2
    assert rows[0][1] == "before an update" and rows[0][2] == "4"
    assert "during the session" in [row[1] for row in rows]
    assert dialog.as_copy.isEnabled()
    dialog.in_place.click()
    assert dialog.chosen == list_backups(db_path)[0] and dialog.replace


def test_restore_in_place_keeps_a_safety_copy(qtbot, window, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.store.sessions.create("Eerste")
    backup = backup_sqlite(db_path, "timer")
    window.store.sessions.create("Later, vergist")
    monkeypatch.setattr(
        actions, "choose", lambda _w, database, allow_replace: (list_backups(database)[0], True)
    )
    assert list_backups(db_path)[0].path == backup
    assert actions.restore_from_backup(window)
    assert [m.title for m in window.store.sessions.list()] == ["Eerste"]
    safety = [b for b in list_backups(db_path) if b.reason == "before-restore"]
    assert len(safety) == 1 and safety[0].session_count() == 2


def test_session_file_round_trip_in_the_file_menu(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    meeting = window.store.sessions.create("Netwerk / 🎭 dag?")
    window.store.participants.add(meeting.id, first_name="Anna")
    window.show_sessions()
    window.session_list.table.selectRow(0)
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "E&xport session file…" in labels and "&Restore from a backup…" in labels
    out = tmp_path / "out.tafelronde"
    suggested: list[Path] = []
    monkeypatch.setattr(actions, "save_path", lambda _w, _t, s, _f: suggested.append(s) or out)
    assert actions.export_session(window) == out
    assert suggested[0].name == "Netwerk 🎭 dag.tafelronde"
    other = MainWindow(language="en")
    qtbot.addWidget(other)
    assert other.open_database(str(tmp_path / "elders.sqlite"))
    monkeypatch.setattr(actions, "open_path", lambda _w, _t, _f: out)
    first = actions.import_session(other)
    again = actions.import_session(other)
    assert first is not None and first == again
    assert [m.title for m in other.store.sessions.list()] == ["Netwerk / 🎭 dag?"]
    assert "imported before" in other.statusBar().currentMessage()
    assert len(other.store.participants.list(first)) == 1
    other.close()
