"""`tafelronde report` (the meeting report) and `tafelronde materials` (every paper item of the
session: agenda handout, bingo cards, blank worksheets, group lists, table schedules) as PDFs,
without opening the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.cli.common import (
    add_db_argument,
    fail,
    session_store,
    stored,
    write_failure,
)
from app.core.i18n import QT_TRANSLATE_NOOP, fill
from app.i18n import translate

NAME = "report"
NAMES = ("report", "materials")

MESSAGES = (
    QT_TRANSLATE_NOOP("cli", "Cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("cli", "--include-emails needs --include-participants."),
    QT_TRANSLATE_NOOP("cli", "Skipped {title}: {reason}"),
    QT_TRANSLATE_NOOP("cli", "Written: {path}"),
    QT_TRANSLATE_NOOP("cli", "Nothing to print for this session."),
    QT_TRANSLATE_NOOP("cli", "There is no series with id {id}."),
    QT_TRANSLATE_NOOP(
        "cli",
        "--series makes the report of a whole series: leave out --session "
        "and the participant options.",
    ),
)


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "report", help="write the meeting report of a session (or of a whole series) as PDF"
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=int, help="session id")
    which.add_argument("--series", type=int, help="series id: the report of the whole network")
    parser.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    parser.add_argument(
        "--include-participants",
        action="store_true",
        help="list participants who agreed to be named",
    )
    parser.add_argument(
        "--include-emails",
        action="store_true",
        help="also print their e-mail addresses (needs --include-participants)",
    )
    parser.add_argument(
        "--keep-empty",
        action="store_true",
        help="also print sections of activities where nothing was recorded",
    )
    add_db_argument(parser)
    parser.set_defaults(handler=run)

    materials = sub.add_parser(
        "materials", help="write every paper item of a session (handout, cards, worksheets...)"
    )
    materials.add_argument("--session", type=int, required=True, help="session id")
    materials.add_argument("-o", "--output", type=Path, required=True,
                           help="PDF file to write, or a folder with --separate")  # fmt: skip
    materials.add_argument("--separate", action="store_true", help="one PDF per item in a folder")
    add_db_argument(materials)
    materials.set_defaults(handler=run_materials)


def run(options: argparse.Namespace) -> int:
    from app.activities.reporting import build_report
    from app.storage.content_language import content_language
    from printables.styles import ReportOptions

    if options.series is not None:
        return run_series(options)
    if options.include_emails and not options.include_participants:
        return fail(translate("cli", MESSAGES[1]))
    with session_store(options, reading=True) as store:
        report_options = ReportOptions(
            include_participants=options.include_participants,
            include_emails=options.include_emails,
            language=content_language(store, options.session),  # the session's, not --lang
            keep_empty=options.keep_empty,
        )
        output: Path = options.output
        try:  # whole or not at all: a temporary file beside it, renamed (app/core/atomic.py)
            pages = build_report(store, options.session, output, report_options)
        except OSError as error:
            return fail(write_failure(error, output))
    written = QCoreApplication.translate("cli", "Report written: {path} (%n page(s))", "", pages)
    print(fill(written, path=output))
    return 0


def run_series(options: argparse.Namespace) -> int:
    """The series report: attendance, actions and their fate, statements, reflections."""
    from app.activities.series_report import SeriesNotFound, build_series_report

    if options.include_participants or options.include_emails:
        return fail(translate("cli", MESSAGES[6]))  # nobody is named in a series report
    with stored(options, reading=True) as store:
        output: Path = options.output
        try:  # whole or not at all: a temporary file beside it, renamed (app/core/atomic.py)
            pages = build_series_report(store, options.series, output)
        except SeriesNotFound:
            return fail(translate("cli", MESSAGES[5], id=options.series))
        except OSError as error:
            return fail(write_failure(error, output))
    written = QCoreApplication.translate(
        "cli", "Series report written: {path} (%n page(s))", "", pages
    )
    print(fill(written, path=output))
    return 0


def run_materials(options: argparse.Namespace) -> int:
    """Every item that can be printed now, combined or separately; the rest is named as skipped."""
    from app.activities import paper
    from app.storage.content_language import content_language

    with session_store(options, reading=True) as store:
        jobs = []
        for item in paper.items(store, options.session, content_language(store, options.session)):
            try:
                if item.unavailable:
                    raise paper.PaperError(item.unavailable)
                jobs.append((item, item.prepare()))
            except paper.PaperError as error:
                print(translate("cli", MESSAGES[2], title=item.title, reason=error))
        if not jobs:
            return fail(translate("cli", MESSAGES[4]))
        try:
            written = paper.write(jobs, options.output, not options.separate, lambda d, t: None)
        except OSError as error:
            return fail(write_failure(error, getattr(error, "filename", None) or options.output))
    for path in written:
        print(translate("cli", MESSAGES[3], path=path))
    return 0
