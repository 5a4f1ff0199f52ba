"""What the meeting report is made of: rows and sections in plain data, and its fixed texts.

The orchestrator (app/activities/reporting.py) fills these; printables/report.py lays them out
and printables/report_body.py draws the body. A module of its own so both read it without
importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from app.core.i18n import QT_TRANSLATE_NOOP

# Fixed texts of the report; the orchestrator passes them translated (context "Report").
LABELS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("Report", "Meeting report"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "venue": QT_TRANSLATE_NOOP("Report", "Venue"),
    "organisers": QT_TRANSLATE_NOOP("Report", "Organisers"),
    "present": QT_TRANSLATE_NOOP("Report", "Present"),
    "registered": QT_TRANSLATE_NOOP("Report", "Registered"),
    "waiting": QT_TRANSLATE_NOOP("Report", "Waiting list"),
    "contents": QT_TRANSLATE_NOOP("Report", "Contents"),
    "agenda": QT_TRANSLATE_NOOP("Report", "Agenda"),
    "planned": QT_TRANSLATE_NOOP("Report", "Planned"),
    "actual": QT_TRANSLATE_NOOP("Report", "Actual"),
    "activity": QT_TRANSLATE_NOOP("Report", "Activity"),
    "minutes": QT_TRANSLATE_NOOP("Report", "min"),
    "hours": QT_TRANSLATE_NOOP("Report", "h"),
    "not_held": QT_TRANSLATE_NOOP("Report", "not recorded"),
    "kind": QT_TRANSLATE_NOOP("Report", "Kind"),
    "no_results": QT_TRANSLATE_NOOP("Report", "No results recorded."),
    "actions": QT_TRANSLATE_NOOP("Report", "Action items"),
    "what": QT_TRANSLATE_NOOP("Report", "What"),
    "who": QT_TRANSLATE_NOOP("Report", "Who"),
    "when": QT_TRANSLATE_NOOP("Report", "When"),
    "done": QT_TRANSLATE_NOOP("Report", "Done"),
    "no_actions": QT_TRANSLATE_NOOP("Report", "No action items were agreed."),
    "participants": QT_TRANSLATE_NOOP("Report", "Participants"),
    "participants_note": QT_TRANSLATE_NOOP(
        "Report", "Only people who agreed to be named in the report are listed."
    ),
    "no_participants": QT_TRANSLATE_NOOP("Report", "Nobody agreed to be named in the report."),
    "name": QT_TRANSLATE_NOOP("Report", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Report", "Organisation"),
    "role": QT_TRANSLATE_NOOP("Report", "Role"),
    "email": QT_TRANSLATE_NOOP("Report", "E-mail"),
    "municipality": QT_TRANSLATE_NOOP("Report", "Municipality"),
    "appendix": QT_TRANSLATE_NOOP("Report", "Appendix"),
    "page": QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}"),
    "section_failed": QT_TRANSLATE_NOOP("Report", "This section could not be made: {error}"),
    "too_large": QT_TRANSLATE_NOOP(
        "Report", "a part of it is too large to fit on a page; see the app for the full text"
    ),
}


@dataclass(frozen=True)
class AgendaRow:
    title: str
    kind: str  # translated kind label: for the app, never printed (readers do not need it)
    planned: str  # "10:00–10:15" or "0:15"
    planned_minutes: int
    actual: str = ""  # "10:02–10:20", empty when not recorded
    actual_minutes: int | None = None


@dataclass(frozen=True)
class ActionRow:
    what: str
    who: str = ""
    due: str = ""
    done: bool = False


@dataclass(frozen=True)
class PersonRow:
    name: str
    organisation: str = ""
    role: str = ""  # the job ("programmator"), never mixed with the municipality
    email: str = ""  # filled only when the organiser chose to include e-mails
    municipality: str = ""


@dataclass
class Section:
    """One activity's part of the report: a heading plus the kind's own flowables."""

    title: str
    subtitle: str = ""  # planned and actual times, in the muted style
    body: list[Flowable] = field(default_factory=list)


@dataclass
class ReportData:
    title: str
    date: str = ""
    venue: str = ""
    organisers: str = ""
    counts: dict[str, int] = field(default_factory=dict)  # present / registered / waiting
    agenda: list[AgendaRow] | None = None  # None = section not chosen
    sections: list[Section] = field(default_factory=list)
    actions: list[ActionRow] | None = None
    participants: list[PersonRow] | None = None  # None = not included (privacy default)
    show_emails: bool = False
    keep_empty: bool = False  # print "no action items" / "nobody named" instead of leaving out
    language: str = "nl"  # the document's /Lang
    labels: dict[str, str] = field(default_factory=lambda: dict(LABELS))

    def label(self, key: str) -> str:
        return self.labels.get(key) or LABELS[key]
