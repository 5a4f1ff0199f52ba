"""Gathers a series (a network's meetings, in order) into the series report's plain data.

Same consent rules as the meeting report (app/activities/reporting.py): attendance is counted,
never named; an organisation is named in a meeting only when someone of it who came agreed to be
named there (consent is per person and per session and never widens by linking); everyone else
is counted as "not named". Actions, statements and worksheet answers are printed as the meeting
report prints them. Labels are translated here (context "SeriesReport"); the PDF is laid out by
printables/series_report.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from app.activities.followup.state import actions_with_status
from app.activities.reporting import _counts, _date
from app.core import followup as fu
from app.core.series_texts import statement_key
from app.i18n import translate
from app.storage.content_language import content_language
from app.storage.models import MeetingSession, stored_id
from app.storage.store import Store
from printables import series_report as pdf

VALUE_SHEET = "value_cycles"  # the value-creation reflection worksheet (resources/worksheets)


class SeriesNotFound(LookupError):
    """No series with that id in this database."""


def _sessions(store: Store, series_id: int) -> list[MeetingSession]:
    found = []
    for item in store.series.sessions(series_id):
        meeting = store.sessions.get(stored_id(item))
        if meeting is not None:
            found.append(meeting)
    return found


def came(people: list[Any]) -> list[Any]:
    """Who came: present people, or those holding a seat when nobody was checked in."""
    present = [p for p in people if p.status == "present"]
    return present or [p for p in people if p.status == "registered"]


def collect(store: Store, series_id: int, language: str | None = None) -> pdf.SeriesReportData:
    series = store.series.get(series_id)
    if series is None:
        raise SeriesNotFound(series_id)
    meetings = _sessions(store, series_id)
    if language is None:
        language = content_language(store, stored_id(meetings[0])) if meetings else "nl"
    labels = {key: translate("SeriesReport", text) for key, text in pdf.LABELS.items()}
    data = pdf.SeriesReportData(title=series.title, meetings=[], labels=labels)
    organisations: dict[str, list[int]] = {}
    statements: dict[str, pdf.StatementAcross] = {}
    for index, meeting in enumerate(meetings):
        meeting_id = stored_id(meeting)
        people = store.participants.list(meeting_id)
        counts = _counts(people)
        attended = came(people)
        title = meeting.title or str(index + 1)
        data.meetings.append(pdf.Meeting(title, _date(meeting.date, ""), len(attended),
                                         counts["registered"], counts["waiting"]))  # fmt: skip
        _count_organisations(organisations, attended, index, len(meetings))
        for item in actions_with_status(store, meeting_id):
            status = translate("Followup", fu.LABELS[item.status])
            data.actions.append(pdf.ActionFate(title, item.what, item.who, _due(item.due), status))
        for activity in store.agenda.list(meeting_id):
            if activity.kind == "statements":
                _statements(store, stored_id(activity), title, language, statements)
            elif activity.kind == "worksheet":
                data.reflections += _reflections(store, stored_id(activity), title, language)
    data.organisations = organisations
    data.statements = [s for s in statements.values() if len({r[0] for r in s.results}) > 1]
    return data


def _count_organisations(found: dict[str, list[int]], people: list[Any], index: int,
                         total: int) -> None:  # fmt: skip
    named = {p.organisation.strip().casefold() for p in people if p.consent and p.organisation}
    shown: dict[str, str] = {}  # key -> the spelling shown (the first met)
    for person in people:
        key = person.organisation.strip().casefold()
        name = shown.setdefault(key, person.organisation.strip()) if key in named else ""
        existing = next((k for k in found if k.casefold() == name.casefold()), name)
        found.setdefault(existing, [0] * total)[index] += 1


def _due(stored: str) -> str:
    """A stored yyyy-mm-dd day first (as the Actions tab shows it); other text as it is."""
    from datetime import date

    from app.core.dates import show_date

    try:
        return show_date(date.fromisoformat(stored)) if len(stored) == 10 else stored
    except ValueError:
        return stored


def _statements(store: Store, activity_id: int, meeting: str, language: str,
                found: dict[str, pdf.StatementAcross]) -> None:  # fmt: skip
    from app.activities.statements.state import StatementGame

    for row in StatementGame(store, activity_id, language).overview().rows:
        if not row.tally.total:
            continue
        key = statement_key(row.statement.text)
        item = found.setdefault(key, pdf.StatementAcross(row.statement.text, []))
        item.results.append((meeting, row.tally.total, row.tally.agreement(),
                             row.tally.division()))  # fmt: skip


def _reflections(store: Store, activity_id: int, meeting: str,
                 language: str) -> list[pdf.Reflection]:  # fmt: skip
    """The answers on the value-creation worksheet (seed 001's five value cycles)."""
    from app.activities.worksheet import state as sheets

    definition = sheets.definition_for(store, activity_id)
    if definition is None or definition.key != VALUE_SHEET:
        return []
    copies = sheets.instances(store, activity_id)
    out = []
    for instance in copies:
        where = meeting if len(copies) < 2 else f"{meeting} · {instance.name}"
        values = sheets.read_values(store, definition, activity_id, instance.id)
        for spec in definition.fields:
            value = values.get(spec.key)
            label = spec.text("label", language)
            if spec.type == "matrix" and isinstance(value, list):
                for r, row in enumerate(value):
                    for c, cell in enumerate(row if isinstance(row, list) else []):
                        if isinstance(cell, str) and cell.strip() and r < len(spec.rows):
                            prompt = (f"{_text(spec.rows[r], language)} — "
                                      f"{_text(spec.columns[c], language)}")  # fmt: skip
                            out.append(pdf.Reflection(where, prompt, cell.strip()))
            elif isinstance(value, str) and value.strip():
                out.append(pdf.Reflection(where, label, value.strip()))
    return out


def _text(text: Any, language: str) -> str:
    from app.core.i18n import localized

    return localized(text, language)


def build_series_report(
    store: Store, series_id: int, target: str | Path | BinaryIO, language: str | None = None
) -> int:
    """Write the series report PDF (atomically for a path); returns the page count."""
    return pdf.build(collect(store, series_id, language), target)
