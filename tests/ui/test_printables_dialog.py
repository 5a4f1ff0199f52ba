"""Print materials: the list follows the agenda, one PDF or a folder, in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.core import templates
from app.ui.printables_dialog import PrintablesDialog
from tests.helpers.report_session import fill_session


@pytest.fixture
def dialog(qtbot, store):  # type: ignore[no-untyped-def]
    session = fill_session(store, templates.builtin("learning_network_reflection", "en"))
    widget = PrintablesDialog(store, session.session_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(dialog: PrintablesDialog) -> list[tuple[str, bool, bool]]:
    """(text, enabled, checked) per list row."""
    found = []
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        found.append((item.text(), bool(item.flags() & Qt.ItemFlag.ItemIsEnabled),
                      item.checkState() == Qt.CheckState.Checked))  # fmt: skip
    return found


def test_items_not_ready_are_greyed_with_the_reason(dialog: PrintablesDialog) -> None:
    listed = rows(dialog)
    assert len(listed) == 5  # handout, groups, worksheet + its A3 and filled variants
    groups = next(row for row in listed if "make the groups first" in row[0])
    assert groups[1:] == (False, False)
    assert sum(1 for _, enabled, checked in listed if enabled and checked) == 2
    assert ("Blank worksheet, A3: Five value cycles", True, False) in listed  # on request only


def test_one_pdf_written_in_the_background(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # the session's content language is Dutch (the default), whatever the interface speaks
    assert dialog.name.text() == "Verslag Learning-network reflection - Materiaal.pdf"
    dialog.folder.setText(str(tmp_path))
    dialog.name.setText("materials")
    with qtbot.waitSignal(dialog.written, timeout=30000) as blocker:
        dialog.make_button.click()
        assert not dialog.make_button.isEnabled()
    assert blocker.args[0] == [str(tmp_path / "materials.pdf")]
    outline = [entry.title for entry in PdfReader(tmp_path / "materials.pdf").outline]
    assert outline == ["Agenda handout", "Blank worksheet: Five value cycles"]
    assert dialog.make_button.isEnabled() and dialog.open_button.isEnabled()
    assert "materials.pdf" in dialog.status.text()


def test_separate_pdfs_into_a_folder(qtbot, dialog, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog.separate.setChecked(True)
    assert dialog.make_button.text() == "Save PDFs" and not dialog.name.isEnabled()
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # no agenda handout this time
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    dialog.browse.click()
    assert dialog.folder.text() == str(tmp_path)
    with qtbot.waitSignal(dialog.written, timeout=30000) as blocker:
        dialog.make_button.click()
    names = [Path(p).name for p in blocker.args[0]]
    assert names == ["Verslag Learning-network reflection - Leeg werkblad Five value cycles.pdf"]
    assert [p.name for p in tmp_path.glob("*.pdf")] == names
    assert "Saved" in dialog.status.text()


def test_nothing_ticked_or_no_folder_writes_nothing(dialog, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: "")
    before = dialog.folder.text()
    dialog.browse.click()  # cancelled: the folder stays
    assert dialog.folder.text() == before
    dialog.folder.setText("relative/folder")
    dialog.make_button.click()
    assert dialog.status.text() == "Choose an existing folder to save in."
    assert dialog.make_button.isEnabled() and not dialog.open_button.isEnabled()
    for row in range(dialog.list.count()):
        dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.make_button.click()
    assert dialog.status.text() == "Tick at least one item."


def test_a_write_error_is_a_message(qtbot, dialog, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.activities import paper

    def no_room(*args: object) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / "materials.pdf"))

    monkeypatch.setattr(paper, "write", no_room)
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.failed, timeout=30000) as blocker:
        dialog.make_button.click()
    assert "could not be made" in blocker.args[0] and dialog.make_button.isEnabled()


def test_the_session_menu_opens_it_for_the_open_session(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[int, list[str]]] = []

    def fake_exec(self: PrintablesDialog) -> int:
        shown.append(
            (self.session_id, [self.list.item(r).text() for r in range(self.list.count())])
        )
        return 0

    monkeypatch.setattr(PrintablesDialog, "exec", fake_exec)
    session = window.store.sessions.create("Bingo day", templates.builtin("sector_day_alliances"))
    window.open_session(session.id)
    window.print_materials()
    assert shown and shown[0][0] == session.id
    assert len(shown[0][1]) == 17  # handout, bingo cards, five worksheets blank A4, A3, filled


def test_closing_while_writing_cancels_without_waiting(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Closing the dialog used to block the window until the job finished (up to 30 s)."""
    from PySide6.QtCore import QThreadPool

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog.folder.setText(str(tmp_path))
    dialog.name.setText("materials")
    dialog.make_button.click()
    running = dialog._worker
    assert running is not None
    dialog.reject()  # returns at once: the job stops at its next item
    assert running.cancelled and dialog._worker is None
    assert QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)
    written = list(tmp_path.iterdir())
    # the combined PDF is written only after its last item, so either the job had already
    # finished every item when cancel came (the whole file) or nothing is left
    assert written in ([], [tmp_path / "materials.pdf"])
    if written:
        assert len(PdfReader(written[0]).pages) > 0
