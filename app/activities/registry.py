"""The one registry of activity kinds. Adding a kind = its own folder + one line in KINDS.

Each kind names its parts as "module:attribute" strings, imported only when needed, so listing
kinds (command line, templates, the agenda) loads no widgets:

- runtime: an ActivityRuntime (app/activities/base.py) built as Runtime(context, parent=None):
  the live state of the activity while the console shows it, with
    handle_key(key: str) -> bool        "next" / "back" inside the activity (e.g. next statement);
                                        True when consumed, False to let the agenda move on
    start() / stop()                    called when the run console enters / leaves it
  and a `changed` signal both views observe.
- control: the console panel, a QWidget built as Control(runtime, parent=None) in control.py.
- beamer: the view projected on the beamer (read-only, large), Beamer(runtime, parent=None) in
  beamer.py. app/activities/factory.py builds both (make_control, make_beamer), the only way
  the console, the beamer window and the tests make them.
- setup: a QWidget built as Setup(context, parent=None): the activity's page in the session
  workspace (configure questions, pools, worksheet instances...) before the day.
- report: a function section(store, activity, options) -> list of reportlab flowables, no Qt.
- phone: the kind's PhonePart subclass in its phone.py (app/activities/phone.py says how the room
  uses it); empty when phones have nothing to do in this kind.
- paper: the kind's paper items for the print hub (app/activities/paper.py), in its paper.py.
- participant_refs: the kind's entry in app/core/participant_refs.py (a KindRefs: which config
  fields and result keys hold participant ids, and how to rewrite them when a session moves to
  another database), and which results say who sat together (the group solver's earlier
  meetings). Empty when the kind stores no participant ids. Storage reads the same table by kind
  (it sits below this layer); tests/storage/test_participant_refs.py keeps them equal.
Kinds without a part get a placeholder that says so.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.participant_refs import NONE as NO_REFS
from app.core.participant_refs import KindRefs

if TYPE_CHECKING:
    from app.activities.phone import PhonePart, Schema


@dataclass(frozen=True)
class ActivityKind:
    key: str
    label: str  # English source text; translate with QCoreApplication.translate("ActivityKind", …)
    default_minutes: int
    default_config: dict[str, Any] = field(default_factory=dict)
    runtime: str = ""
    control: str = ""  # "module:Class", built as Class(runtime, parent): the console panel
    beamer: str = ""  # "module:Class", built as Class(runtime, parent): the beamer view
    setup: str = ""
    report: str = ""
    participant_refs: str = ""
    phone: str = ""  # "module:Class", a PhonePart (app/activities/phone.py); "" = no phones
    paper: str = ""  # "module:function"(store, activity, title, language) -> list[PaperItem]


KINDS: tuple[ActivityKind, ...] = (
    ActivityKind("segment", QT_TRANSLATE_NOOP("ActivityKind", "Talk or break"), 10,
                 runtime="app.activities.segment.runtime:SegmentRuntime",
                 control="app.activities.segment.control:SegmentControl",
                 beamer="app.activities.segment.beamer:SegmentBeamer",
                 setup="app.activities.segment.setup:SegmentSetup",
                 report="app.activities.segment.report:section"),
    ActivityKind("meet_greet", QT_TRANSLATE_NOOP("ActivityKind", "Meet and greet"), 15,
                 {"mode": "free"}, runtime="app.activities.meet_greet.runtime:MeetGreetRuntime",
                 control="app.activities.meet_greet.control:MeetGreetControl",
                 beamer="app.activities.meet_greet.beamer:MeetGreetBeamer",
                 setup="app.activities.meet_greet.setup:MeetGreetSetup",
                 phone="app.activities.meet_greet.phone:MeetGreetPhone",
                 report="app.activities.meet_greet.report:section",
                 paper="app.activities.meet_greet.paper:items",
                 participant_refs="app.core.participant_refs:MEET_GREET"),
    ActivityKind("breakout", QT_TRANSLATE_NOOP("ActivityKind", "Breakout rounds"), 30,
                 {"group_size": 5, "rounds": [{"minutes": 30, "questions": []}]},
                 runtime="app.activities.breakout.runtime:BreakoutRuntime",
                 control="app.activities.breakout.control:BreakoutControl",
                 beamer="app.activities.breakout.beamer:BreakoutBeamer",
                 setup="app.activities.breakout.setup:BreakoutSetup",
                 report="app.activities.breakout.report:section",
                 phone="app.activities.breakout.phone:BreakoutPhone",
                 paper="app.activities.breakout.paper:items",
                 participant_refs="app.core.participant_refs:BREAKOUT"),
    ActivityKind("bingo", QT_TRANSLATE_NOOP("ActivityKind", "Sector bingo"), 5,
                 {"rule": "count", "target": 10, "layout": "grid4"},
                 runtime="app.activities.bingo.runtime:BingoRuntime",
                 control="app.activities.bingo.control:BingoControl",
                 beamer="app.activities.bingo.beamer:BingoBeamer",
                 setup="app.activities.bingo.setup:BingoSetup",
                 report="app.activities.bingo.report:section",
                 phone="app.activities.bingo.phone:BingoPhone",
                 paper="app.activities.bingo.paper:items"),
    ActivityKind("statements", QT_TRANSLATE_NOOP("ActivityKind", "Statement game"), 30,
                 {"scale": "three", "use_default_set": True},
                 runtime="app.activities.statements.runtime:StatementsRuntime",
                 control="app.activities.statements.control:StatementsControl",
                 beamer="app.activities.statements.beamer:StatementsBeamer",
                 setup="app.activities.statements.setup:StatementsSetup",
                 report="app.activities.statements.report:section",
                 phone="app.activities.statements.phone:StatementsPhone"),
    ActivityKind("worksheet", QT_TRANSLATE_NOOP("ActivityKind", "Worksheet"), 30,
                 {"worksheet": "requests_offers"},
                 runtime="app.activities.worksheet.runtime:WorksheetRuntime",
                 control="app.activities.worksheet.control:WorksheetControl",
                 beamer="app.activities.worksheet.beamer:WorksheetBeamer",
                 setup="app.activities.worksheet.setup:WorksheetSetup",
                 report="app.activities.worksheet.report:section",
                 phone="app.activities.worksheet.phone:WorksheetPhone",
                 paper="app.activities.worksheet.paper:items"),
    ActivityKind("poll", QT_TRANSLATE_NOOP("ActivityKind", "Quick poll"), 5,
                 {"question": "", "mode": "options", "options": []},
                 runtime="app.activities.poll.runtime:PollRuntime",
                 control="app.activities.poll.control:PollControl",
                 beamer="app.activities.poll.beamer:PollBeamer",
                 setup="app.activities.poll.setup:PollSetup",
                 report="app.activities.poll.report:section",
                 phone="app.activities.poll.phone:PollPhone"),
    ActivityKind("wordcloud", QT_TRANSLATE_NOOP("ActivityKind", "Word cloud"), 5,
                 {"prompt": "", "max_answers": 3},
                 runtime="app.activities.wordcloud.runtime:WordcloudRuntime",
                 control="app.activities.wordcloud.control:WordcloudControl",
                 beamer="app.activities.wordcloud.beamer:WordcloudBeamer",
                 setup="app.activities.wordcloud.setup:WordcloudSetup",
                 report="app.activities.wordcloud.report:section",
                 phone="app.activities.wordcloud.phone:WordcloudPhone"),
    ActivityKind("followup", QT_TRANSLATE_NOOP("ActivityKind", "What we agreed last time"), 10,
                 runtime="app.activities.followup.runtime:FollowupRuntime",
                 control="app.activities.followup.control:FollowupControl",
                 beamer="app.activities.followup.beamer:FollowupBeamer",
                 setup="app.activities.followup.setup:FollowupSetup",
                 report="app.activities.followup.report:section"),
    ActivityKind("questions", QT_TRANSLATE_NOOP("ActivityKind", "Questions to the panel"), 20,
                 {"intro": "", "allow_names": False, "moderation": True},
                 runtime="app.activities.questions.runtime:QuestionsRuntime",
                 control="app.activities.questions.control:QuestionsControl",
                 beamer="app.activities.questions.beamer:QuestionsBeamer",
                 setup="app.activities.questions.setup:QuestionsSetup",
                 report="app.activities.questions.report:section",
                 phone="app.activities.questions.phone:QuestionsPhone"),
)  # fmt: skip

_BY_KEY = {kind.key: kind for kind in KINDS}
_PARTS: dict[str, PhonePart | None] = {}  # kind key -> its phone part, made once


class Registration:
    """A kind added at run time; `unregister()` (or leaving the `with` block) takes it out."""

    def __init__(self, added: ActivityKind) -> None:
        self.kind = added

    def unregister(self) -> None:
        unregister(self.kind.key)

    def __enter__(self) -> ActivityKind:
        return self.kind

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:  # fmt: skip
        self.unregister()


def register(added: ActivityKind) -> Registration:
    """Add a kind defined outside app/ (a plug-in, a test's own kind): from now on the room, the
    report and the paper hub serve it like the built-in kinds. Use as a context manager to take
    it out again, or keep it for the app's life. A key already taken is refused."""
    global KINDS, _BY_KEY
    if added.key in _BY_KEY:
        raise ValueError(f"activity kind {added.key!r} is already registered")
    KINDS = (*KINDS, added)
    _BY_KEY = {k.key: k for k in KINDS}
    _PARTS.clear()
    try:
        message_schemas()  # its phone part loads and its message types are its own
    except Exception:
        unregister(added.key)
        raise
    return Registration(added)


def unregister(key: str) -> None:
    """Take a kind added with `register` out again (unknown keys are ignored)."""
    global KINDS, _BY_KEY
    KINDS = tuple(k for k in KINDS if k.key != key)
    _BY_KEY = {k.key: k for k in KINDS}
    _PARTS.clear()


def kind(key: str) -> ActivityKind:
    """The kind for a key; unknown keys (e.g. from a newer template) get a generic placeholder."""
    return _BY_KEY.get(key) or ActivityKind(key, key, 15)


def keys() -> list[str]:
    return [k.key for k in KINDS]


def phone_part(key: str) -> PhonePart | None:
    """The kind's phone part (one instance for the app's life), None when phones have nothing
    to do in it."""
    if key not in _PARTS:
        reference = kind(key).phone
        _PARTS[key] = load(reference)() if reference else None
    return _PARTS[key]


def phone_parts() -> dict[str, PhonePart]:
    """kind key -> phone part, in registry order, for the kinds that have one."""
    parts = {k.key: phone_part(k.key) for k in KINDS if k.phone}
    return {key: part for key, part in parts.items() if part is not None}


def message_schemas() -> dict[str, Schema]:
    """Every phone message type of every kind (the parser's schemas). A type belongs to one
    schema: kinds share a type only through a common base part (one schema object), and a
    second declaration of a taken name is refused (ValueError)."""
    found: dict[str, Schema] = {}
    for key, part in phone_parts().items():
        for name, schema in part.messages.items():
            if found.setdefault(name, schema) is not schema:
                raise ValueError(f"phone message type {name!r} of kind {key!r} is taken")
    return found


def view_scripts() -> list[str]:
    """The view scripts of the phone page, in registry order, each once (kinds may share)."""
    scripts: list[str] = []
    for part in phone_parts().values():
        if part.script and part.script not in scripts:
            scripts.append(part.script)
    return scripts


def participant_refs(key: str) -> KindRefs:
    """The kind's participant references (app/core/participant_refs.py); none for kinds that
    store no participant ids."""
    reference = kind(key).participant_refs
    return load(reference) if reference else NO_REFS


def load(reference: str) -> Any:
    """Import "package.module:attribute"."""
    module_name, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module_name), attribute)
