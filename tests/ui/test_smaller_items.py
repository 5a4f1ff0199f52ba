"""Issue 20's smaller items: Qt's file dialogs fully Dutch, one remembered folder, Duplicate
double-clicked makes one copy, the Actions "When" field takes dates only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from app.i18n import install_translators
from app.ui.pages.actions import ActionsPage
from app.ui.session_list import SessionListPage
from app.widgets import file_dialogs


class Unanswered(QTranslator):
    """Installed first, so asked last: records every text no other catalogue translates."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def test_the_save_dialog_speaks_dutch_everywhere(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    unanswered = Unanswered()
    app.installTranslator(unanswered)
    try:
        install_translators(app, "nl")
        (tmp_path / "map").mkdir()
        (tmp_path / "lijst.json").write_text("{}")
        dialog = QFileDialog(None, "Opslaan", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        buttons = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        assert "&Zoeken in:" in labels and "Bestands&type:" in labels and "Bestands&naam:" in labels
        assert "Op&slaan" in buttons and "Annuleren" in buttons
        dialog.close()
    finally:
        install_translators(app, "en")
        app.removeTranslator(unanswered)
    shown = ("QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider")
    visible = {pair for pair in unanswered.asked if pair[0] in shown}
    assert not visible, f"English left in the file dialog: {sorted(visible)}"


def test_save_dialogs_start_in_the_remembered_folder(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert file_dialogs.last_folder() != tmp_path  # never the working directory
    asked: list[str] = []

    def fake(parent, title, start, filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "elders" / "report.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    (tmp_path / "elders").mkdir()
    QSettings().setValue(file_dialogs.KEY, str(tmp_path))
    chosen = file_dialogs.save_file(None, "Save", "verslag.pdf", "PDF (*.pdf)")
    assert asked == [str(tmp_path / "verslag.pdf")] and chosen == tmp_path / "elders" / "report.pdf"
    assert file_dialogs.last_folder() == tmp_path / "elders"  # the next dialog starts there
    (tmp_path / "elders").rmdir()
    assert file_dialogs.last_folder() != tmp_path / "elders"  # a folder that is gone is not offered


def test_double_clicking_duplicate_makes_one_copy(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    store.sessions.create("Netwerkdag")
    page = SessionListPage(store)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    for _click in range(2):  # a double-click reaches a button as two clicks (press, release, x2)
        qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    page.duplicate_selected()  # a call that slips through in the same moment changes nothing
    titles = sorted(s.title for s in store.sessions.list())
    assert titles == ["Netwerkdag", "Netwerkdag (copy)"]
    qtbot.waitUntil(page.duplicate_button.isEnabled, timeout=5000)  # rests a double-click's time
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert len(store.sessions.list()) == 3  # a later click copies again


def test_the_when_field_takes_dates_and_refuses_the_rest_visibly(qtbot, store, meeting) -> None:  # type: ignore[no-untyped-def]
    page = ActionsPage(store, meeting.id)
    qtbot.addWidget(page)
    page.add_action()
    when = page.model.index(0, 2)

    def stored() -> str:
        return store.actions.list(meeting.id)[0].due

    assert page.model.setData(when, "18-03-2027")
    assert stored() == "2027-03-18" and when.data() == "18-03-2027"
    assert page.message.text() == ""
    assert page.model.setData(when, "2027-4-1") and stored() == "2027-04-01"
    assert when.data() == "01-04-2027"
    for typed, reason in (("next week", "is not a date"), ("31-02-2027", "does not exist"),
                          ("18-03-27", "is not a date")):  # fmt: skip
        assert not page.model.setData(when, typed)
        assert stored() == "2027-04-01" and when.data() == "01-04-2027"  # never silently changed
        assert reason in page.message.text() and typed in page.message.text()
    assert page.model.setData(when, "") and stored() == ""  # no date is allowed
    assert page.message.text() == ""
