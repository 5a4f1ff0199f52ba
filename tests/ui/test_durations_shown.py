"""Durations read as durations wherever they are shown: the agenda page, the report and the
handout (issue 15: "0:15" and "4:21" read like clock times next to an agenda of 13:15...)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.activities.reporting import planned_times
from app.storage.models import Activity
from app.widgets.durations import duration, minutes
from printables import report


def test_the_qt_words_in_english() -> None:
    assert duration(4 * 60 + 21) == "4 min 21 s"
    assert minutes(86) == "1 h 26 min"


def test_the_qt_words_in_dutch_with_plural_forms(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.i18n import install_translators

    try:
        install_translators(qapp, "nl")
        assert minutes(86) == "1 u 26 min"
        assert minutes(150) == "2 u 30 min"
        assert duration(45) == "45 s"
        from app.ui.run.presenter import status_text

        assert status_text(5 * 60 + 10) == "5 min achter op de planning"
        assert status_text(-2 * 60) == "2 min voor op de planning"
    finally:
        install_translators(qapp, "en")


def test_agenda_page_lists_durations_and_the_total(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.agenda import AgendaPage

    meeting = store.sessions.create("Day", start_time="13:15")
    store.agenda.add(meeting.id, "segment", "Welcome", 15)
    store.agenda.add(meeting.id, "segment", "Long talk", 90)
    page = AgendaPage(store, meeting.id, "en")
    qtbot.addWidget(page)
    texts = [page.list.item(row).text() for row in range(page.list.count())]
    assert texts == ["13:15  Welcome  ·  15 min", "13:30  Long talk  ·  1 h 30 min"]
    assert page.total_label.text() == "Total 1 h 45 min · planned end 15:00"


def test_report_times_without_a_start_time_are_offsets_not_clock_times() -> None:
    items = [Activity(session_id=1, kind="segment", title="A", planned_minutes=m)
             for m in (15, 90)]  # fmt: skip
    assert planned_times(items, "") == ["+0 min – +15 min", "+15 min – +1 h 45 min"]
    assert planned_times(items, "10:00") == ["10:00–10:15", "10:15–11:45"]


def test_report_agenda_writes_long_lengths_in_hours_and_minutes() -> None:
    data = report.ReportData(
        title="Day", date="", venue="", organisers="", counts={},
        agenda=[report.AgendaRow("Work", "Worksheet", "09:30–11:00", 90, "09:32–11:08", 96)],
    )  # fmt: skip
    buffer = io.BytesIO()
    report.build(data, buffer)
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(buffer).pages).split())
    assert "09:30–11:00 (1 h 30 min)" in text and "09:32–11:08 (1 h 36 min)" in text
