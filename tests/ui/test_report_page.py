"""The Report tab: generating in the background, preview, save as, open, print, privacy choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from app.ui.report.page import ReportPage


@pytest.fixture
def page(qtbot, store, meeting):  # type: ignore[no-untyped-def]
    store.actions.add(meeting.id, what="Draft the charter", who="Anna")
    people = store.participants.list(meeting.id)
    store.participants.update(people[0].id, consent=True, email="anna@example.org")
    widget = ReportPage(store, meeting.id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def generate(qtbot, page: ReportPage) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.generated, timeout=20000) as blocker:
        page.generate_button.click()
        assert not page.generate_button.isEnabled()  # busy while the worker runs
    return blocker.args[0]


def test_generate_in_background_then_preview(qtbot, page: ReportPage) -> None:  # type: ignore[no-untyped-def]
    assert not page.save_button.isEnabled()
    path = generate(qtbot, page)
    assert Path(path).read_bytes().startswith(b"%PDF")
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() == len(PdfReader(path).pages) >= 2
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert page.generate_button.isEnabled() and not page.progress.isVisible()


def test_save_as_writes_the_file(qtbot, page: ReportPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    generate(qtbot, page)
    target = tmp_path / "verslag"  # no suffix: .pdf is added
    asked = []

    def fake_dialog(parent, title, directory, filters):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    page.save_button.click()
    saved = tmp_path / "verslag.pdf"
    assert saved.read_bytes() == page.pdf_path.read_bytes()  # type: ignore[union-attr]
    assert asked[0].endswith(".pdf") and "Netwerk productieleiders" in asked[0]
    assert str(saved) in page.status.text()


def test_privacy_choices_reach_the_pdf(qtbot, page: ReportPage) -> None:  # type: ignore[no-untyped-def]
    text = "".join(p.extract_text() for p in PdfReader(generate(qtbot, page)).pages)
    assert "Anna Test" not in text and "anna@example.org" not in text
    assert not page.emails.isEnabled()
    page.participants.setChecked(True)
    assert page.emails.isEnabled()
    page.emails.setChecked(True)
    text = "".join(p.extract_text() for p in PdfReader(generate(qtbot, page)).pages)
    assert "Anna Test" in text and "anna@example.org" in text and "Bram" not in text
    page.participants.setChecked(False)
    assert not page.emails.isChecked()


def test_unticked_sections_stay_out(qtbot, page: ReportPage) -> None:  # type: ignore[no-untyped-def]
    for row in range(page.sections.count()):
        item = page.sections.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "actions":
            item.setCheckState(Qt.CheckState.Unchecked)
    page.refresh()  # the choice survives a refresh (e.g. coming back to the tab)
    assert page.options().sections and "actions" not in page.options().sections
    text = "".join(p.extract_text() for p in PdfReader(generate(qtbot, page)).pages)
    assert "Draft the charter" not in text and "Agenda" in text


def test_empty_sections_are_left_out_unless_the_box_is_ticked(qtbot, page: ReportPage) -> None:  # type: ignore[no-untyped-def]
    """Nothing was recorded in the meeting's activities: only the agenda names them."""
    titles = [a.title for a in page.store.agenda.list(page.session_id)]
    assert not page.keep_empty.isChecked() and not page.options().keep_empty
    text = "".join(p.extract_text() for p in PdfReader(generate(qtbot, page)).pages)
    assert "No results recorded." not in text
    assert all(text.count(title) == 1 for title in titles)  # the agenda's line only
    qtbot.mouseClick(page.keep_empty, Qt.MouseButton.LeftButton)
    assert page.options().keep_empty
    text = "".join(p.extract_text() for p in PdfReader(generate(qtbot, page)).pages)
    assert "No results recorded." in text


def test_print_renders_every_page(qtbot, page: ReportPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    generate(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == page.document.pageCount()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == page.document.pageCount()


def test_open_in_viewer_uses_the_desktop(qtbot, page: ReportPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    generate(qtbot, page)
    page.open_button.click()
    assert opened and opened[0].toLocalFile() == str(page.pdf_path)


def test_a_failure_is_a_message_not_a_crash(qtbot, page: ReportPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.activities import reporting

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(reporting, "build_report", broken)
    with qtbot.waitSignal(page.failed, timeout=10000) as blocker:
        page.generate_button.click()
    assert "disk full" in blocker.args[0] and "disk full" in page.status.text()
    assert page.generate_button.isEnabled() and not page.save_button.isEnabled()


def test_a_shown_preview_follows_what_is_saved(qtbot, page: ReportPage, store, meeting) -> None:  # type: ignore[no-untyped-def]
    """On a shared database other laptops' saves arrive through the same store notices."""
    generate(qtbot, page)
    with qtbot.waitSignal(page.generated, timeout=20000) as fresh:
        store.actions.add(meeting.id, what="Nieuwe afspraak over de tournee", who="Bram")
    text = "".join(p.extract_text() for p in PdfReader(fresh.args[0]).pages)
    assert "Nieuwe afspraak over de tournee" in text
    page.hide()  # a hidden preview waits, and catches up when shown again
    store.actions.add(meeting.id, what="Tweede afspraak", who="Chris")
    with qtbot.waitSignal(page.generated, timeout=20000) as caught_up:
        page.show()
    text = "".join(p.extract_text() for p in PdfReader(caught_up.args[0]).pages)
    assert "Tweede afspraak" in text
