"""Date and time fields (issue 21): select all and type, in either order; a wrong date is
refused with a visible message and never saved as another date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from app.ui.new_session_dialog import NewSessionDialog
from app.ui.pages.overview import OverviewPage


def _retype(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def _overview(qtbot, store):  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag", date="2026-03-18", start_time="13:00")
    page = OverviewPage(store, meeting.id)
    qtbot.addWidget(page)
    page.show()
    return page, meeting.id


def test_select_all_and_type_a_year_first_date(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, session_id = _overview(qtbot, store)
    assert page.date.edit.text() == "18-03-2026"
    _retype(qtbot, page.date, "2027-03-18")
    page.autosaver.flush()
    assert store.sessions.get(session_id).date == "2027-03-18"
    assert page.date.edit.text() == "18-03-2027" and page.date.error.isHidden()


def test_a_day_first_date_and_a_typed_time(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, session_id = _overview(qtbot, store)
    _retype(qtbot, page.date, "5-11-2027")
    _retype(qtbot, page.start, "9.45")
    page.autosaver.flush()
    meeting = store.sessions.get(session_id)
    assert (meeting.date, meeting.start_time) == ("2027-11-05", "09:45")
    assert page.start.edit.text() == "09:45"


def test_an_invalid_date_is_refused_with_a_visible_message(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, session_id = _overview(qtbot, store)
    _retype(qtbot, page.date, "31-02-2027")
    assert page.date.error.isVisible()
    assert "31-02-2027" in page.date.error.text() and "not saved" in page.date.error.text()
    assert page.date.edit.text() == "31-02-2027"  # what was typed stays, nothing swapped in
    page.title.setText("Sectordag 2027")
    page.autosaver.flush()
    page.save()
    assert store.sessions.get(session_id).date == "2026-03-18"  # the old date, and it says so
    _retype(qtbot, page.date, "28-02-2027")
    assert not page.date.error.isVisible()
    page.autosaver.flush()
    assert store.sessions.get(session_id).date == "2027-02-28"


def test_the_calendar_picks_a_date(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    page, session_id = _overview(qtbot, store)
    page.date.calendar.clicked.emit(QDate(2027, 6, 1))
    page.autosaver.flush()
    assert store.sessions.get(session_id).date == "2027-06-01"
    assert page.date.edit.text() == "01-06-2027"


def test_the_new_session_dialog_refuses_a_date_that_is_not_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewSessionDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Netwerkdag")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    _retype(qtbot, dialog.date, "2027-02-30")
    assert dialog.date.error.isVisible() and not ok.isEnabled()
    _retype(qtbot, dialog.date, "2027-03-18")
    assert ok.isEnabled() and dialog.session_date() == "2027-03-18"
    assert dialog.date.value() == date(2027, 3, 18)
