"""Every paper item of a session in one place: what can be printed, and writing it all at once.

`items()` reads the store (GUI thread) and lists the paper the session's agenda calls for: the
agenda handout, then each activity's own items through the registry (`ActivityKind.paper`, a
function in the kind's paper.py: bingo cards, blank worksheets, group lists and table cards,
speed-dating schedules); this module names no kind. Each item's `prepare()` (GUI thread, it may
read and write the store) returns a job that writes the PDF without touching the store, so
`write()` can run in a worker thread and produce one combined PDF or one file per item.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app.activities import registry
from app.activities.reporting import date_line, kind_label, planned_times
from app.core.atomic import to_file
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.i18n import in_language, translate
from app.storage.agenda import config_of
from app.storage.store import Store

Progress = Callable[[int, int], None]
Job = Callable[[Path | io.BytesIO], object]  # the PDF's file, or a part in memory

TEXTS = {
    "agenda": QT_TRANSLATE_NOOP("Printables", "Agenda handout"),
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


def in_content(language: str, source: str, **values: object) -> str:
    """A paper text in the session's content language (the paper's), not the interface's: the
    file name an item suggests. A one-liner over app.i18n.in_language and fill."""
    return fill(in_language(language, "Printables", source), **values)


def _t(key: str, **values: object) -> str:
    """TEXTS[key] in the interface language, filled (a look-up over app.i18n.translate)."""
    return translate("Printables", TEXTS[key], **values)


def _in(language: str, key: str, **values: object) -> str:
    """TEXTS[key] in the content language, filled (a look-up over in_content)."""
    return in_content(language, TEXTS[key], **values)


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
        reference = registry.kind(activity.kind).paper
        if reference:  # the kind decides what paper it has (none for free mingling, say)
            title = activity.title or kind_label(activity.kind)
            found += registry.load(reference)(store, activity, title, language)
    # the kinds give the item's title in the content language; the file gets the session's too
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
