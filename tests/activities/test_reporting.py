"""The report of real sessions: every built-in template, results filled in, PDF read back."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.activities import reporting
from app.core import templates
from printables.styles import ReportOptions
from tests.helpers.report_session import fill_session


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def build(store, session_id: int, **options) -> tuple[bytes, int]:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    pages = reporting.build_report(store, session_id, buffer, ReportOptions(**options))
    return buffer.getvalue(), pages


@pytest.mark.parametrize("key", templates.builtin_keys())
def test_every_template_reports_results_and_only_consenting_people(store, key: str) -> None:
    expected = fill_session(store, templates.builtin(key, "en"))
    data, pages = build(store, expected.session_id, include_participants=True)
    text = pdf_text(data)
    assert data.startswith(b"%PDF") and pages >= 2
    for needle in expected.texts + expected.named:
        assert needle in text, needle
    for needle in expected.hidden:
        assert needle not in text
    assert expected.named and expected.hidden
    assert not re.search(r"[\w.]+@[\w.]+\.\w+", text), "an e-mail address leaked"
    for activity in store.agenda.list(expected.session_id):
        assert activity.title in text.replace("\n", " ") or len(activity.title) > 40


def test_nobody_is_named_unless_chosen(store) -> None:
    expected = fill_session(store, templates.builtin("production_network_kickoff", "en"))
    text = pdf_text(build(store, expected.session_id)[0])
    for needle in expected.named + expected.hidden:
        assert needle not in text


def test_emails_only_when_explicitly_included_and_only_for_consenting(store) -> None:
    expected = fill_session(store, templates.builtin("sector_plan_working_group", "en"))
    text = pdf_text(build(store, expected.session_id, include_participants=True,
                          include_emails=True)[0])  # fmt: skip
    shown = set(re.findall(r"person\d{3}@mail\d{3}\.example", text))
    people = store.participants.list(expected.session_id)
    allowed = {p.email for p in reporting.named_participants(people)}
    assert shown == allowed and allowed


def test_agenda_shows_planned_and_actual_times(store, meeting) -> None:
    first = store.agenda.list(meeting.id)[0]
    from datetime import UTC, datetime

    store.sessions.update(meeting.id, start_time="14:00")
    store.agenda.mark_started(first.id, datetime(2026, 1, 1, 13, 3, tzinfo=UTC))
    store.agenda.mark_ended(first.id, datetime(2026, 1, 1, 13, 20, tzinfo=UTC))
    data = reporting.collect(store, meeting.id, ReportOptions())
    row = data.agenda[0]  # type: ignore[index]
    assert row.planned == f"14:00–14:{first.planned_minutes:02d}"
    assert row.actual_minutes == 17 and "–" in row.actual
    assert data.agenda[1].actual == ""  # type: ignore[index]
    text = pdf_text(build(store, meeting.id)[0])
    assert "14:00–14:10" in text and "(17 min)" in text and "not recorded" in text


def test_sections_can_be_left_out(store, meeting) -> None:
    store.actions.add(meeting.id, what="Hidden action")
    activities = store.agenda.list(meeting.id)
    keep = f"activity:{activities[1].id}"
    text = pdf_text(build(store, meeting.id, sections=frozenset({keep}), keep_empty=True)[0])
    assert activities[1].title in text
    assert activities[2].title not in text
    assert "Hidden action" not in text and "Agenda" not in text


def test_a_failing_kind_costs_only_its_own_section(store, meeting, monkeypatch) -> None:
    from app.activities import registry

    original = registry.kind

    def broken(key: str):  # type: ignore[no-untyped-def]
        kind = original(key)
        if key == "segment":
            from dataclasses import replace

            return replace(kind, report="tests.activities.test_reporting:_explode")
        return kind

    monkeypatch.setattr(registry, "kind", broken)
    store.actions.add(meeting.id, what="Still reported")
    text = pdf_text(build(store, meeting.id)[0])
    assert "could not be made: boom" in text and "Still reported" in text


def _explode(store, activity, options):  # type: ignore[no-untyped-def]
    raise RuntimeError("boom")


def test_progress_reaches_the_end_and_a_file_path_works(store, meeting, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    target = tmp_path / "report.pdf"
    reporting.build_report(store, meeting.id, target, progress=lambda d, t: seen.append((d, t)))
    assert target.read_bytes().startswith(b"%PDF")
    assert seen[-1] == (reporting.STEPS, reporting.STEPS)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_unknown_session_is_a_clear_error(store) -> None:
    with pytest.raises(LookupError, match="no session 999"):
        reporting.collect(store, 999, ReportOptions())


def test_fixed_headings_follow_the_app_language(store, meeting, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    from app import resources

    translator = QTranslator()
    assert translator.load(str(resources.path("translations/report_nl.qm")))
    qapp.installTranslator(translator)
    try:
        store.actions.add(meeting.id, what="Plan maken")
        text = pdf_text(build(store, meeting.id)[0])
    finally:
        qapp.removeTranslator(translator)
    assert "Actiepunten" in text and "Gepland" in text and "Pagina 2 van" in text
    assert "Action items" not in text


def test_the_templates_cover_every_kind_with_results() -> None:
    """The template test above fills real results for each kind: make sure none is skipped."""
    kinds = {a.kind for key in templates.builtin_keys() for a in templates.builtin(key).activities}
    assert {"bingo", "breakout", "statements", "worksheet", "meet_greet"} <= kinds


def test_meet_greet_rotation_is_summarised_without_names(store) -> None:
    expected = fill_session(store, templates.builtin("build_your_network", "en"))
    data, _ = build(store, expected.session_id, include_participants=False)
    text = " ".join(pdf_text(data).split())
    assert "3 rounds at up to" in text and "pairs met" in text
    assert "Voornaam" not in text and "[" not in text  # no ids, no names


def test_notes_typed_in_the_shared_tab_reach_the_report(store, meeting) -> None:  # type: ignore[no-untyped-def]
    breakout = next(a for a in store.agenda.list(meeting.id) if a.kind == "breakout")
    store.results.set(breakout.id, "group-3/notes", "Tafel drie wil samen inkopen\nen delen")
    store.results.set(breakout.id, "notes", "De zaal was vol <energie>")
    text = pdf_text(build(store, meeting.id)[0])
    flat = re.sub(r"\s+", " ", text)
    assert "group-3: Tafel drie wil samen inkopen en delen" in flat
    assert "De zaal was vol <energie>" in flat  # typed text, printed as typed


def poster_section(store, activity, options) -> list:  # type: ignore[no-untyped-def]
    """A kind's report section, as a plug-in's report.py would write it."""
    from reportlab.platypus import Paragraph

    votes = store.results.get(activity.id, "stars", 0)
    return [Paragraph(f"The wall collected {votes} stars ({options.language}).")]


def test_a_kind_reports_through_the_registry_alone(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The report names no kind: a kind known only to the registry gets its own section, and
    the note-takers' notes under it; a talk with notes gets them too."""
    from app.activities import registry
    from app.core.roles import note_key

    poster = registry.ActivityKind("poster", "Poster", 5, report=f"{__name__}:poster_section")
    monkeypatch.setitem(registry._BY_KEY, "poster", poster)
    session = store.sessions.create("Dag")
    wall = store.agenda.add(session.id, "poster", "Wall of ideas")
    talk = store.agenda.add(session.id, "segment", "Opening talk")
    store.results.set(wall.id, "stars", 7)
    store.results.set(wall.id, note_key("corner-2"), "Meer koffie")
    store.results.set(talk.id, note_key(None), "Spreker te laat")
    flat = " ".join(pdf_text(build(store, session.id, language="en")[0]).split())
    assert "The wall collected 7 stars (en)." in flat
    assert "corner-2: Meer koffie" in flat
    assert "whole activity: Spreker te laat" in flat
    assert flat.count("Notes from the note-takers' laptops") == 2
