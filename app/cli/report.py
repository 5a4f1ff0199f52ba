"""`tafelronde report`: the meeting report PDF without opening the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_db_argument, fail, open_store, storage_message, translated
from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.errors import StorageError

NAME = "report"

MESSAGES = (
    QT_TRANSLATE_NOOP("cli", "No session with id {id}."),
    QT_TRANSLATE_NOOP("cli", "Cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("cli", "Report written: {path} ({pages} pages)"),
    QT_TRANSLATE_NOOP("cli", "--include-emails needs --include-participants."),
)


def add_arguments(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("report", help="write the meeting report of a session as PDF")
    parser.add_argument("--session", type=int, required=True, help="session id")
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
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(options: argparse.Namespace) -> int:
    from app.activities.reporting import build_report
    from app.i18n import preferred_language
    from printables.styles import ReportOptions

    if options.include_emails and not options.include_participants:
        return fail(translated("cli", MESSAGES[3]))
    try:
        store = open_store(options)
    except StorageError as error:
        return fail(storage_message(error))
    try:
        if store.sessions.get(options.session) is None:
            return fail(translated("cli", MESSAGES[0], id=options.session))
        report_options = ReportOptions(
            include_participants=options.include_participants,
            include_emails=options.include_emails,
            language=options.lang or preferred_language(),
        )
        output: Path = options.output
        partial = output.with_name(output.name + ".part")
        try:
            pages = build_report(store, options.session, partial, report_options)
            partial.replace(output)  # never leave a half-written report under the real name
        except OSError as error:
            partial.unlink(missing_ok=True)
            return fail(translated("cli", MESSAGES[1], path=output, reason=error.strerror or error))
    finally:
        store.close()
    print(translated("cli", MESSAGES[2], path=output, pages=pages))
    return 0
