"""Series in the window: put a meeting in a (new) series, review uncertain matches side by side,
make the next meeting with the agenda copied, and anonymise once the date has passed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core import templates
from app.ui.people_review import PeopleReviewDialog
from app.ui.series_box import NEW, SeriesBox

pytestmark = pytest.mark.gui


def _open(window, title: str = "Aftrap") -> SeriesBox:  # type: ignore[no-untyped-def]
    meeting = window.store.sessions.create(
        title, templates.builtin("production_network_kickoff", "en"))  # fmt: skip
    window.store.participants.add_many(meeting.id, [
        {"first_name": "Eva", "last_name": "Oosterhuis", "organisation": "Zaal"},
        {"first_name": "Jan", "name_particle": "van der", "last_name": "Berg",
         "organisation": "VPT", "email": "jan@vpt.nl"},
    ])  # fmt: skip
    window.open_session(meeting.id)
    return window.workspace.overview.series_box


def test_a_meeting_joins_a_new_series_and_the_next_one_follows(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    box = _open(window)
    assert box.choice.currentText() == "Stands alone" and box.next_button.isHidden()
    monkeypatch.setattr(box, "ask_text", lambda *_args: "Netwerk productieleiders")
    box.choice.setCurrentIndex(box.choice.findData(NEW))
    box.choice.activated.emit(box.choice.currentIndex())
    store = window.store
    (series,) = store.series.list()
    assert store.series.of_session(box.session_id) == series.id
    assert box.choice.currentText() == "Netwerk productieleiders"
    assert box.place.text() == "Meeting 1 of 1"
    assert box.reviews.text() == "0 uncertain matches to review"
    first = box.session_id

    asked: list[str] = []
    monkeypatch.setattr(box, "ask_text", lambda _t, _l, default: default)
    monkeypatch.setattr(box, "ask", lambda _title, text: asked.append(text) or True)
    qtbot.mouseClick(box.next_button, Qt.MouseButton.LeftButton)
    assert asked == ["Copy the agenda of “Aftrap” into the next meeting?"]
    opened = window.workspace
    assert opened.session_id != first and opened.heading.text() == "Meeting 2"
    assert [m.id for m in store.series.sessions(series.id)] == [first, opened.session_id]
    kinds = [(a.kind, a.title) for a in store.agenda.list(first)]
    assert [(a.kind, a.title) for a in store.agenda.list(opened.session_id)] == kinds
    assert store.participants.list(opened.session_id) == []  # people are registered anew
    assert opened.overview.series_box.place.text() == "Meeting 2 of 2"

    # people registered for the second meeting are linked; the uncertain one waits for review
    store.participants.add_many(opened.session_id, [
        {"first_name": "Eva", "last_name": "Oosterhuis", "organisation": "Andere zaal"},
        {"first_name": "Jan", "last_name": "van der Berg", "email": "JAN@vpt.nl"},
    ])  # fmt: skip
    opened.overview.refresh()
    assert opened.overview.series_box.reviews.text() == "1 uncertain match to review"
    assert opened.overview.series_box.review_button.isEnabled()


def test_review_side_by_side_merge_undo_and_keep_apart(window, qtbot, answer_yes) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    series_id = store.series.create("Netwerk")
    first = store.sessions.create("Aftrap").id
    second = store.sessions.create("Tweede").id
    store.series.add_session(series_id, first)
    store.series.add_session(series_id, second)
    (a,) = store.participants.add_many(first, [
        {"first_name": "<b>Eva</b>", "last_name": "Oosterhuis", "organisation": "Zaal",
         "email": "eva@zaal.nl"}])  # fmt: skip
    (b,) = store.participants.add_many(second, [
        {"first_name": "<b>Eva</b>", "last_name": "Oosterhuis", "organisation": "Zaal",
         "email": "eva@prive.nl"}])  # fmt: skip
    dialog = PeopleReviewDialog(store, series_id)
    qtbot.addWidget(dialog)
    assert dialog.count.text() == "1 uncertain match to review"
    assert dialog.reason.text() == "Same name, different e-mail address"
    assert dialog.cells[("name", 0)].text() == "<b>Eva</b> Oosterhuis"
    assert dialog.cells[("name", 0)].textFormat() == Qt.TextFormat.PlainText
    assert [dialog.cells[("email", side)].text() for side in (0, 1)] == [
        "eva@zaal.nl", "eva@prive.nl"]  # fmt: skip
    assert [dialog.cells[("meeting", side)].text() for side in (0, 1)] == ["Aftrap", "Tweede"]

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "the same person" in answer_yes[0] and "&lt;b&gt;" in answer_yes[0]  # plain text
    assert store.series.people(first)[a.id] == store.series.people(second)[b.id]
    assert dialog.count.text() == "0 uncertain matches to review"
    assert not dialog.merge_button.isEnabled()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert store.series.people(first)[a.id] != store.series.people(second)[b.id]
    assert dialog.count.text() == "1 uncertain match to review"

    qtbot.mouseClick(dialog.apart_button, Qt.MouseButton.LeftButton)
    assert store.series.pending_reviews(series_id) == 0
    assert store.series.people(first)[a.id] != store.series.people(second)[b.id]
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert store.series.pending_reviews(series_id) == 1


def test_merge_is_asked_first(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    series_id = store.series.create("Netwerk")
    sessions = [store.sessions.create(t).id for t in ("Een", "Twee")]
    for session_id, org in zip(sessions, ("Zaal", "Huis"), strict=True):
        store.series.add_session(series_id, session_id)
        store.participants.add(session_id, first_name="Eva", last_name="O", organisation=org)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.No)  # fmt: skip
    dialog = PeopleReviewDialog(store, series_id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert store.series.pending_reviews(series_id) == 1  # "No": nothing merged


def test_anonymise_is_offered_once_the_date_has_passed(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    box = _open(window)
    store = window.store
    series_id = store.series.create("Netwerk", anonymise_after=date(2027, 6, 30))
    store.series.add_session(series_id, box.session_id)
    box.today = lambda: date(2027, 6, 30)
    box.refresh()
    assert box.retention.isChecked() and box.retention_date.value() == date(2027, 6, 30)
    assert box.anonymise_button.isHidden()  # on the day itself: not yet
    box.today = lambda: date(2027, 7, 1)
    box.refresh()
    assert not box.anonymise_button.isHidden()
    assert box.due.text() == "The date to anonymise this series (30-06-2027) has passed."
    monkeypatch.setattr(box, "ask", lambda *_a: False)
    qtbot.mouseClick(box.anonymise_button, Qt.MouseButton.LeftButton)
    assert store.participants.list(box.session_id)[0].last_name == "Oosterhuis"
    monkeypatch.setattr(box, "ask", lambda *_a: True)
    qtbot.mouseClick(box.anonymise_button, Qt.MouseButton.LeftButton)
    people = store.participants.list(box.session_id)
    assert [(p.first_name, p.last_name, p.email) for p in people] == [
        ("#1", "", ""),
        ("#2", "", ""),
    ]
    assert box.anonymise_button.isHidden() and box.due.text() == "This series has been anonymised."

    box.retention.setChecked(False)  # the organiser clears the date
    assert store.series.get(series_id).anonymise_after is None


def test_new_session_dialog_puts_the_session_in_a_series(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.new_session_dialog import NewSessionDialog

    store = window.store
    series_id = store.series.create("Netwerk productieleiders")
    first = store.sessions.create("Aftrap").id
    store.series.add_session(series_id, first)

    def choose(dialog: NewSessionDialog) -> bool:
        assert [dialog.series.itemText(i) for i in range(dialog.series.count())] == [
            "Stands alone", "Netwerk productieleiders"]  # fmt: skip
        dialog.title.setText("Tweede bijeenkomst")
        dialog.series.setCurrentIndex(1)
        return True

    monkeypatch.setattr(NewSessionDialog, "exec", choose)
    window.new_session()
    made = window.workspace.session_id
    assert [m.id for m in store.series.sessions(series_id)] == [first, made]
    assert window.workspace.overview.series_box.place.text() == "Meeting 2 of 2"
