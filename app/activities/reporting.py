"""Gathers a session from the Store into plain report data and writes the PDF (no widgets).

Each activity kind renders its own section through the registry (`kind.report`, a function
section(store, activity, options) -> flowables in the kind's report.py), followed by the
note-takers' notes; this module names no kind. Kinds without one, or whose function fails, get a
default section so a report is always produced. Fixed labels are translated here (context
"Report"), so printables/report.py stays free of Qt and storage.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.activities import registry
from app.core import roles
from app.core.agenda import schedule
from app.core.durations import clock_time, minutes_text
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.core.names import LAST_NAME
from app.i18n import translate
from app.storage.models import Activity, Participant, stored_id
from app.storage.name_order import name_order
from app.storage.participants import by_name, full_name
from app.storage.store import Store
from printables import report as pdf
from printables.styles import ReportOptions, escape, stylesheet

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
STEPS = 1000  # progress is reported as (done, STEPS): gathering 0-300, writing 300-1000
GATHER_SHARE = 300
SHARED_NOTES = QT_TRANSLATE_NOOP("Report", "Notes from the note-takers' laptops")
WHOLE_ACTIVITY = QT_TRANSLATE_NOOP("Report", "whole activity")


def labels() -> dict[str, str]:
    return {key: translate("Report", text) for key, text in pdf.LABELS.items()}


def kind_label(key: str) -> str:
    return translate("ActivityKind", registry.kind(key).label)


def section_keys(store: Store, session_id: int) -> list[tuple[str, str]]:
    """The choosable sections as (key, translated or user title) in report order, for the UI."""
    keys = [("agenda", translate("Report", pdf.LABELS["agenda"]))]
    keys += [(f"activity:{a.id}", a.title or kind_label(a.kind))
             for a in store.agenda.list(session_id)]  # fmt: skip
    keys.append(("actions", translate("Report", pdf.LABELS["actions"])))
    return keys


def build_report(
    store: Store,
    session_id: int,
    target: str | Path | BinaryIO,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the session's report PDF to target; returns the page count."""
    options = options or ReportOptions()
    data = collect(store, session_id, options, progress)

    def writing(done: int, total: int) -> None:
        if progress is not None:
            progress(GATHER_SHARE + (STEPS - GATHER_SHARE) * done // max(1, total), STEPS)

    pages = pdf.build(data, target, writing)
    if progress is not None:
        progress(STEPS, STEPS)
    return pages


def collect(
    store: Store, session_id: int, options: ReportOptions, progress: Progress | None = None
) -> pdf.ReportData:
    """Everything the report shows, as plain data (user texts untouched; printables escape)."""
    meeting = store.sessions.get(session_id)
    if meeting is None:
        raise LookupError(f"no session {session_id}")
    text = labels()
    chosen = options.sections

    def wanted(key: str) -> bool:
        return not chosen or key in chosen

    activities = store.agenda.list(session_id)
    people = store.participants.list(session_id)
    planned = planned_times(activities, meeting.start_time)
    rows = [_agenda_row(a, plan) for a, plan in zip(activities, planned, strict=True)]
    sections = []
    for number, (activity, row) in enumerate(zip(activities, rows, strict=True)):
        if wanted(f"activity:{activity.id}"):
            section = _section(store, activity, row, options, text)
            if section.body or options.keep_empty:  # nothing recorded: the agenda says enough
                sections.append(section)
        if progress is not None:
            progress(GATHER_SHARE * (number + 1) // max(1, len(activities)), STEPS)
    data = pdf.ReportData(
        title=meeting.title,
        date=_date(meeting.date, meeting.start_time),
        venue=meeting.venue,
        organisers=meeting.organisers,
        counts=_counts(people),
        agenda=rows if wanted("agenda") else None,
        sections=sections,
        labels=text,
        show_emails=options.include_participants and options.include_emails,
        keep_empty=options.keep_empty,
        language=options.language,
    )
    if wanted("actions"):
        data.actions = [
            pdf.ActionRow(item.what, item.who, item.due, item.done)
            for item in store.actions.list(session_id)
        ]
    if options.include_participants:
        data.participants = [
            pdf.PersonRow(full_name(p), p.organisation, p.role,
                          p.email if options.include_emails else "", p.municipality)
            for p in named_participants(people, name_order(store, session_id))
        ]  # fmt: skip
    return data


def planned_times(activities: list[Activity], start_time: str) -> list[str]:
    """Planned times per activity: clock times ("10:00–10:15"), or durations from the start
    ("+15 min – +45 min") when the session has no start time: "0:15" would read as a clock time."""
    slots = schedule([a.planned_minutes for a in activities], start_time)
    return [
        f"{s.start_clock}–{s.end_clock}" if s.start_clock
        else f"+{_length(s.start_minute)} – +{_length(s.end_minute)}"
        for s in slots
    ]  # fmt: skip


def _length(minutes: int) -> str:
    """A duration in the report's words ("1 h 30 min"), translated like its other labels."""
    units = {"h": translate("Report", pdf.LABELS["hours"]),
             "min": translate("Report", pdf.LABELS["minutes"])}  # fmt: skip
    return minutes_text(minutes, lambda unit, count: f"{count} {units.get(unit, unit)}")


def date_line(date: str, start: str) -> str:
    """The session's date as people read it, with the start time."""
    return _date(date, start)


def named_participants(people: list[Participant], convention: str = LAST_NAME) -> list[Participant]:
    """Who may appear by name: consenting people who came (or, when nobody was checked in, who
    held a seat); never the waiting list. In the session's name order (app/core/names.py)."""
    seated = [p for p in people if p.status == "present"]
    if not seated:
        seated = [p for p in people if p.status == "registered"]
    named = [p for p in seated if p.consent]
    return by_name(named, convention)


def _counts(people: list[Participant]) -> dict[str, int]:
    present = sum(p.status == "present" for p in people)
    seated = sum(p.status in ("present", "registered") for p in people)
    waiting = sum(p.status == "waiting" for p in people)
    return {"present": present, "registered": seated, "waiting": waiting}


def _date(date: str, start: str) -> str:
    try:
        shown = datetime.strptime(date, "%Y-%m-%d").strftime("%d-%m-%Y")
    except ValueError:
        shown = date
    return f"{shown}, {start}" if shown and start else shown


def _local(moment: datetime | None) -> datetime | None:
    """Stored times are UTC (SQLite hands them back naive); the report shows local time."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def _agenda_row(activity: Activity, planned: str) -> pdf.AgendaRow:
    start, end = _local(activity.actual_start), _local(activity.actual_end)
    actual, minutes = "", None
    if start is not None:
        actual = clock_time(start) + "–" + (clock_time(end) if end else "…")
        if end is not None:
            minutes = max(0, round((end - start).total_seconds() / 60))
    return pdf.AgendaRow(
        title=activity.title or kind_label(activity.kind),
        kind=kind_label(activity.kind),
        planned=planned,
        planned_minutes=activity.planned_minutes,
        actual=actual,
        actual_minutes=minutes,
    )


def _section(
    store: Store,
    activity: Activity,
    row: pdf.AgendaRow,
    options: ReportOptions,
    text: dict[str, str],
) -> pdf.Section:
    subtitle = f"{text['planned']} {row.planned}"  # the kind is the app's word, not the reader's
    if row.actual:
        subtitle += f" · {text['actual']} {row.actual}"
    body: list[Flowable] = []
    reference = registry.kind(activity.kind).report
    if reference:
        try:
            body = list(registry.load(reference)(store, activity, options) or [])
        except Exception as error:  # one broken kind must not cost the organiser the report
            log.exception("report section of %s (%s) failed", activity.id, activity.kind)
            message = fill(text["section_failed"], error=str(error) or type(error).__name__)
            body = [Paragraph(escape(message), stylesheet()["Muted"])]
        body += _shared_notes(store, activity)
    else:
        body = _generic_results(store, activity)  # (the shared notes are among these texts)
    body = _without_own_title(body, activity.title)
    if not body and options.keep_empty:
        body = [Paragraph(escape(text["no_results"]), stylesheet()["Muted"])]
    return pdf.Section(title=row.title, subtitle=subtitle, body=body)


def _generic_results(store: Store, activity: Activity) -> list[Flowable]:
    """For kinds without a report function (a kind from a newer template, say): what people
    wrote down, every stored text in the order it was stored. Internal keys, ids and numbers
    mean nothing to a reader and stay out."""
    sheet = stylesheet()
    body: list[Flowable] = []
    for value in store.results.all(stored_id(activity)).values():
        texts = [t.strip() for t in _texts(value) if t.strip()]
        body += [Paragraph("• " + escape(t), sheet["Body"]) for t in texts]
    return body


def _shared_notes(store: Store, activity: Activity) -> list[Flowable]:
    """What note-takers typed in the Shared tab, for the whole activity or per group or table
    (their keys: app/core/roles.py), under one small heading. Added for every kind."""
    sheet = stylesheet()
    notes = [
        (roles.note_part(key) or "", value.strip())
        for key, value in store.results.all(stored_id(activity)).items()
        if roles.is_note_key(key) and isinstance(value, str) and value.strip()
    ]
    if not notes:
        return []
    heading = Paragraph(escape(translate("Report", SHARED_NOTES)), sheet["Muted"])
    body: list[Flowable] = [Spacer(1, 6), heading]
    whole = translate("Report", WHOLE_ACTIVITY)
    for part, text in notes:
        label = f"<b>{escape(part or whole)}</b>: "
        body.append(Paragraph(label + escape(text).replace("\n", "<br/>"), sheet["Body"]))
    return body


def _texts(value: Any) -> list[str]:
    """The strings inside a stored value (numbers and flags are bookkeeping, not text)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def _without_own_title(body: list[Any], title: str) -> list[Any]:
    """Drop a leading heading that repeats the activity title (the report already prints it)."""
    if body and title and isinstance(body[0], Paragraph):
        if body[0].getPlainText().strip() == escape(title).strip():
            return body[1:]
        if body[0].getPlainText().strip() == title.strip():
            return body[1:]
    return body
