"""Errors the activities show reach the user in Dutch through the one helper (they were English:
str(error) of a StorageError or a GroupingError), and the command line refuses an import with the
same Dutch words as the import window."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import app.core.atomic as atomic
from app.activities.breakout.runtime import BreakoutRuntime
from app.activities.breakout.solving import GroupMaker
from app.activities.breakout.state import BreakoutConfig, solve_and_store
from app.activities.context import ActivityContext
from app.activities.factory import make_control, make_setup
from app.cli import run
from app.core.clock import FakeClock
from app.i18n import install_translators
from app.storage import role_messages
from app.ui.import_dialog import ImportDialog
from app.ui.report.page import ReportPage
from tests.test_translations import catalogues, messages

pytestmark = pytest.mark.gui


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators(qapp, "nl")
    try:
        yield
    finally:
        install_translators(qapp, "en")


def nl(context: str, text: str) -> str:
    """The Dutch of a source text, read from the catalogues (not through the code under test)."""
    for ts in catalogues():
        found = messages(ts).get((context, text))
        if found:
            return found
    raise AssertionError(f"no Dutch for {text!r}")


def _setup(qtbot, store, kind: str):  # type: ignore[no-untyped-def]
    session = store.sessions.create("Netwerkdag")
    activity = store.agenda.add(session.id, kind, "Kennismaken", 15, {})
    page = make_setup(ActivityContext(store, session.id, activity.id, language="nl"))
    qtbot.addWidget(page)
    return page


@pytest.mark.usefixtures("dutch")
@pytest.mark.parametrize("kind", ["meet_greet", "segment"])
def test_a_setup_page_that_may_not_save_says_why_in_dutch(qtbot, store, kind: str) -> None:  # type: ignore[no-untyped-def]
    page = _setup(qtbot, store, kind)
    store.db.access.notes_only_login = True  # a note-taker's login: the agenda is refused
    page.autosaver.touch()
    page.autosaver.flush()
    reason = nl("StorageError", role_messages.SESSION)
    assert page.error.text().endswith(reason), page.error.text()
    assert "note-taker" not in page.error.text()  # the English it used to show


@pytest.mark.usefixtures("dutch")
def test_a_refused_key_point_in_the_breakout_notes_says_why_in_dutch(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    activity = next(a for a in store.agenda.list(meeting.id) if a.kind == "breakout")
    context = ActivityContext(store, meeting.id, activity.id, clock=FakeClock(), language="nl")
    solve_and_store(store, meeting.id, activity.id, BreakoutConfig.parse(context.config()))
    control = make_control(BreakoutRuntime(context))
    qtbot.addWidget(control)
    control.select_group(1)
    store.db.access.notes_only_login = True
    editor = control.editors[0]
    editor.key_point.click()
    text = editor.status.text()
    assert text.startswith(QCoreApplication.translate("NoteEditor", "Not saved yet: {error}")[:8])
    assert text.endswith(nl("StorageError", role_messages.NOT_A_NOTE)), text
    assert "note-taker" not in text


@pytest.mark.usefixtures("dutch")
def test_groups_that_cannot_be_made_are_explained_in_dutch(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    session = store.sessions.create("Leeg")  # nobody registered
    activity = store.agenda.add(session.id, "breakout", "Tafels", 30, {})
    maker = GroupMaker(ActivityContext(store, session.id, activity.id, language="nl"))
    with qtbot.waitSignal(maker.failed, timeout=10000) as blocker:
        maker.start()
    shown = blocker.args[0]
    from app.core.groups import GroupingError, GroupProblem, solve

    try:
        solve(GroupProblem(people=[], rounds=1, group_size=4))
    except GroupingError as english:
        assert shown == nl("groups", english.text).format(**english.values)
        assert shown != str(english)
    else:
        raise AssertionError("no people must be refused")


@pytest.mark.usefixtures("dutch")
def test_a_report_on_a_full_disk_says_why_in_dutch(qtbot, store, meeting, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    page = ReportPage(store, meeting.id)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.failed, timeout=20000) as blocker:
        page.generate_button.click()
    dutch_reason = nl("OutputError", atomic.DISK_FULL).split("{path}")[0]
    assert dutch_reason in blocker.args[0] and "not enough room" not in blocker.args[0]


FORM = (
    "Tijdstempel;Wat is je naam?;Naam;Mail;Werkgever\n"
    "2026/03/02;Zoë van der Öztürk;;zoe@example.nl;Gemeente Utrecht\n"
)


def test_the_command_line_refuses_an_import_in_the_windows_words(
    qtbot,
    qapp,
    store,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    session = store.sessions.create("Sectordag")
    path = tmp_path / "formulier.csv"
    path.write_text(FORM, encoding="utf-8")
    try:
        code = run(["--lang", "nl", "import", str(path), "--session", str(session.id),
                    "--db", str(db_path)])  # fmt: skip
        printed = capsys.readouterr().err.strip()
        dialog = ImportDialog(store, session.id, path)  # the window, still in Dutch
        qtbot.addWidget(dialog)
        shown = dialog.status.text()
    finally:
        install_translators(qapp, "en")
    assert code == 1
    reason = printed.removeprefix("formulier.csv: ")
    assert reason != printed and "De kolom “Naam”" in reason and "The column" not in reason
    assert shown.startswith(reason), (shown, reason)
