"""Every paper item of a session in one place: what can be printed, and writing it all at once.

`items()` reads the store (GUI thread) and lists the paper the session's agenda calls for: the
agenda handout, bingo cards, blank worksheets, breakout group lists and table cards, speed-dating
schedules. Each item's `prepare()` (GUI thread, it may read and write the store) returns a job
that writes the PDF without touching the store, so `write()` can run in a worker thread and
produce one combined PDF or one file per item.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app.activities.reporting import date_line, kind_label, planned_times, translate
from app.core.atomic import to_file
from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.agenda import config_of
from app.storage.models import Activity, stored_id
from app.storage.store import Store

Progress = Callable[[int, int], None]
Job = Callable[[Path | io.BytesIO], object]  # the PDF's file, or a part in memory

TEXTS = {
    "agenda": QT_TRANSLATE_NOOP("Printables", "Agenda handout"),
    "bingo": QT_TRANSLATE_NOOP("Printables", "Bingo cards: {title}"),
    "worksheet": QT_TRANSLATE_NOOP("Printables", "Blank worksheet: {title}"),
    "groups": QT_TRANSLATE_NOOP("Printables", "Group lists and table cards: {title}"),
    "rotation": QT_TRANSLATE_NOOP("Printables", "Table schedule and table cards: {title}"),
    "no_groups": QT_TRANSLATE_NOOP("Printables", "make the groups first, in the activity's setup"),
    "no_rotation": QT_TRANSLATE_NOOP(
        "Printables", "no rotation yet: mark people present and open the activity once"
    ),
    "no_worksheet": QT_TRANSLATE_NOOP("Printables", "choose a worksheet first"),
    "worksheet_a3": QT_TRANSLATE_NOOP("Printables", "Blank worksheet, A3: {title}"),
    "filled": QT_TRANSLATE_NOOP("Printables", "Filled worksheet: {title}"),
    "materials": QT_TRANSLATE_NOOP("Printables", "Materials"),
}
UNSAFE = set('\\/:*?"<>|')  # refused by Windows, or a folder separator somewhere
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)),
            *(f"LPT{n}" for n in range(10))}  # fmt: skip
NAME_BYTES = 150  # UTF-8 bytes before ".pdf": far below the 255 most file systems allow


class PaperError(Exception):
    """A paper item that cannot be made; the message is translated and shown as is."""


@dataclass(frozen=True)
class PaperItem:
    key: str  # "agenda", "bingo:<activity id>", ...
    title: str  # translated, for the list and the combined PDF's outline
    file_name: str  # "<session> - <item>.pdf" in the content language, safe on any file system
    prepare: Callable[[], Job]
    unavailable: str = ""  # translated reason why it cannot be printed yet; empty = ready
    extra: bool = False  # a variant (A3, filled): ticked only when asked for by name


def _t(key: str, **values: object) -> str:
    text = translate("Printables", TEXTS[key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def _in(language: str, key: str, **values: object) -> str:
    """A text in the session's content language (the paper's), not the interface's."""
    from app.i18n import in_language

    text = in_language(language, "Printables", TEXTS[key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def file_name(text: str) -> str:
    """A file name every file system accepts, from titles typed by anyone: no folder separators
    or characters Windows refuses, no control or invisible format characters (a right-to-left
    override would disguise the extension), no leading dots, at most NAME_BYTES bytes."""
    kept = "".join(" " if ch in UNSAFE or unicodedata.category(ch)[0] in "CZ" else ch
                   for ch in unicodedata.normalize("NFC", text))  # fmt: skip
    name = " ".join(kept.split()).strip(" .-")
    name = name.encode("utf-8")[:NAME_BYTES].decode("utf-8", "ignore").rstrip(" .-")
    if name.split(".")[0].upper() in RESERVED:
        name = f"Tafelronde {name}"
    return (name or "Tafelronde") + ".pdf"


def named(session_title: str, item_title: str) -> str:
    """ "<session title> - <item title>.pdf", sanitised; the item title alone without a session."""
    return file_name(f"{session_title} - {item_title}" if session_title.strip() else item_title)


def combined_name(store: Store, session_id: int, language: str) -> str:
    """The suggested name of one PDF holding several items, in the content language."""
    meeting = store.sessions.get(session_id)
    return named(meeting.title if meeting else "", _in(language, "materials"))


def items(
    store: Store, session_id: int, language: str = "nl", extras: bool = False
) -> list[PaperItem]:
    """Every paper item the agenda calls for, with the variants (A3, filled) when extras is set;
    file names in the session's content language."""
    meeting = store.sessions.get(session_id)
    session_title = meeting.title if meeting else ""
    found = [PaperItem("agenda", _t("agenda"), _in(language, "agenda"),
                       lambda: _handout(store, session_id))]  # fmt: skip
    for activity in store.agenda.list(session_id):
        title = activity.title or kind_label(activity.kind)
        maker = _MAKERS.get(activity.kind)
        if activity.kind == "meet_greet" and config_of(activity).get("mode") != "speed_dating":
            continue  # mingling freely needs no paper
        if maker is not None:
            found += maker(store, activity, title, language)
    # the makers give the item's title in the content language; the file gets the session's too
    return [replace(item, file_name=named(session_title, item.file_name))
            for item in found if extras or not item.extra]  # fmt: skip


def write(
    jobs: list[tuple[PaperItem, Job]], target: Path, combined: bool, progress: Progress
) -> list[Path]:
    """Run the prepared jobs: into one PDF at target (a file), or one file per item into target
    (a folder). Returns the files written. Runs in a worker thread."""
    progress(0, len(jobs))
    if not combined:
        target.mkdir(parents=True, exist_ok=True)
        written = []
        for done, (item, job) in enumerate(jobs, start=1):
            path = _free(target / item.file_name)
            job(path)
            written.append(path)
            progress(done, len(jobs))
        return written
    parts: list[tuple[str, Path | io.BytesIO]] = []
    for done, (item, job) in enumerate(jobs, start=1):
        part = io.BytesIO()  # in memory: a full disk or a kill leaves no part files anywhere
        job(part)
        parts.append((item.title, part))
        progress(done, len(jobs))
    merge(parts, target)  # written whole or not at all (app/core/atomic.py)
    return [target]


def merge(parts: list[tuple[str, Path | io.BytesIO]], target: Path | io.BytesIO) -> None:
    """Concatenate PDFs, one outline entry per part so a viewer can jump between items."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for title, path in parts:
        writer.append(path if isinstance(path, io.BytesIO) else str(path), outline_item=title)
    to_file(target, writer.write)


def _free(path: Path) -> Path:
    """path, or path with " (2)", " (3)"... when two items share a name."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
    return candidate


# -- the items ---------------------------------------------------------------------------------
def _handout(store: Store, session_id: int) -> Job:
    from printables import handout as pdf

    meeting = store.sessions.get(session_id)
    if meeting is None:
        raise PaperError(f"no session {session_id}")
    activities = store.agenda.list(session_id)
    rows = [
        pdf.HandoutRow(when, activity.title or kind_label(activity.kind), kind_label(activity.kind),
                       str(config_of(activity).get("caption", "") or ""))
        for activity, when in zip(activities, planned_times(activities, meeting.start_time),
                                  strict=True)
    ]  # fmt: skip
    handout = pdf.Handout(
        title=meeting.title,
        facts=[date_line(meeting.date, meeting.start_time), meeting.venue, meeting.organisers],
        rows=rows,
        labels={key: translate("Handout", text) for key, text in pdf.LABELS.items()},
    )
    return lambda target: pdf.write_handout(handout, target)


def _bingo(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    def prepare() -> Job:
        from app.activities.bingo.printing import prepare as prepare_cards
        from app.activities.bingo.state import BingoGame
        from app.core.bingo import BingoError

        try:
            job = prepare_cards(BingoGame(store, stored_id(activity), language))
        except BingoError as error:
            raise PaperError(error.translated(translate)) from error
        return lambda target: job(target)

    return [PaperItem(f"bingo:{activity.id}", _t("bingo", title=title),
                      _in(language, "bingo", title=title), prepare)]  # fmt: skip


def _worksheet(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    """Blank on A4 (ticked by default), blank on A3 and filled in (on request)."""
    from app.activities.worksheet import data

    definition = data.definition_for(store, stored_id(activity))

    def maker(size: str, filled: bool) -> Callable[[], Job]:
        def prepare() -> Job:
            from PySide6.QtCore import QCoreApplication

            from printables.worksheets import Page, write_pdf

            if definition is None:
                raise PaperError(_t("no_worksheet"))
            pages = None
            if filled:  # read now, on the GUI thread; the job only writes
                activity_id = stored_id(activity)
                pages = [Page(i.name, data.read_values(store, definition, activity_id, i.id))
                         for i in data.instances(store, activity_id)]  # fmt: skip
            return lambda target: write_pdf(target, definition, pages, size, language,
                                            QCoreApplication.translate)  # fmt: skip

        return prepare

    missing = "" if definition is not None else _t("no_worksheet")
    return [
        PaperItem(f"{kind}:{activity.id}", _t(key, title=title), _in(language, key, title=title),
                  maker(size, filled), missing, extra=kind != "worksheet")
        for kind, key, size, filled in (("worksheet", "worksheet", "A4", False),
                                        ("worksheet-a3", "worksheet_a3", "A3", False),
                                        ("worksheet-filled", "filled", "A4", True))
    ]  # fmt: skip


def _groups(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    from app.activities.breakout.model import BreakoutConfig, BreakoutData, names

    rounds = BreakoutData(store, stored_id(activity)).schedule()

    def prepare() -> Job:
        from printables.groups import name_rows, write_groups_pdf

        if not rounds:
            raise PaperError(_t("no_groups"))
        who = names(store, activity.session_id)
        tables = [[[who.get(p, str(p)) for p in t] for t in r] for r in rounds]
        config = BreakoutConfig.parse(config_of(activity), language)
        questions = [plan.questions for plan in config.rounds]
        people = name_rows(rounds, who)  # A to Z, each with a table per round

        def tr(text: str) -> str:
            return translate("GroupPrintables", text)

        def job(target: Path | io.BytesIO) -> None:
            write_groups_pdf(target, title, tables, questions, tr, people=people,
                             copies=config.card_copies, language=language)  # fmt: skip

        return job

    return [PaperItem(f"groups:{activity.id}", _t("groups", title=title),
                      _in(language, "groups", title=title), prepare,
                      "" if rounds else _t("no_groups"))]  # fmt: skip


def _rotation(store: Store, activity: Activity, title: str, language: str) -> list[PaperItem]:
    from app.core.rotation import Rotation

    stored = store.results.get(stored_id(activity), "rotation")
    try:
        rotation = Rotation.from_json(stored["rounds"]) if isinstance(stored, dict) else None
    except (KeyError, ValueError):
        rotation = None
    if rotation is not None and not rotation.rounds:
        rotation = None

    def prepare() -> Job:
        from app.storage.participants import full_name
        from printables.rotation import write_schedule, write_table_cards

        if rotation is None:
            raise PaperError(_t("no_rotation"))
        who = {p.id: full_name(p) for p in store.participants.list(activity.session_id)}
        seated = rotation.people()  # late arrivals too (they join in a later round)
        rows = [(who.get(p, str(p)), rotation.schedule_of(p)) for p in seated]
        tables = max(len(r) for r in rotation.rounds)

        def job(target: Path | io.BytesIO) -> None:
            schedule_pdf, cards_pdf = io.BytesIO(), io.BytesIO()  # nothing half-made on disk
            write_schedule(schedule_pdf, title, rows, language)
            write_table_cards(cards_pdf, tables, language)
            merge([(title, schedule_pdf), (title, cards_pdf)], target)

        return job

    return [PaperItem(f"rotation:{activity.id}", _t("rotation", title=title),
                      _in(language, "rotation", title=title), prepare,
                      "" if rotation is not None else _t("no_rotation"))]  # fmt: skip


_MAKERS: dict[str, Callable[[Store, Activity, str, str], list[PaperItem]]] = {
    "bingo": _bingo,
    "worksheet": _worksheet,
    "breakout": _groups,
    "meet_greet": _rotation,
}
