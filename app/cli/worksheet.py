"""`tafelronde worksheet`: list worksheets, print one blank, or print a session's filled ones."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_db_argument, fail, session_store, write_failure
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

NAME = "worksheet"


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("worksheet", help="list worksheets or print one blank or filled")
    parser.add_argument("key", nargs="?", help="worksheet key (see --list)")
    parser.add_argument("--list", action="store_true", help="print the worksheet keys")
    parser.add_argument("--blank", action="store_true", help="print the sheet empty")
    parser.add_argument("--session", type=int, help="print what this session filled in")
    parser.add_argument("--size", choices=("A4", "A3"), default="A4", help="paper size")
    parser.add_argument("-o", "--output", help="PDF file to write")
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(options: argparse.Namespace) -> int:
    from app.activities.worksheet.state import load_catalogue
    from app.i18n import preferred_language

    catalogue = load_catalogue()
    if options.list:
        for key in catalogue.known():
            print(key)
        return 0
    if not options.key:
        return fail(
            translate(
                "cli", QT_TRANSLATE_NOOP("cli", "Name a worksheet, or use --list to see them.")
            )
        )
    definition = catalogue.get(options.key)
    if definition is None:
        return fail(
            translate(
                "cli",
                QT_TRANSLATE_NOOP("cli", "Unknown worksheet: {key}. Known: {known}"),
                key=options.key,
                known=", ".join(catalogue.known()),
            )
        )
    if options.blank == (options.session is not None):
        return fail(
            translate("cli", QT_TRANSLATE_NOOP("cli", "Choose either --blank or --session ID."))
        )
    if not options.output:
        return fail(
            translate("cli", QT_TRANSLATE_NOOP("cli", "Say where to write the PDF with -o FILE."))
        )
    output = Path(options.output)
    if not output.parent.is_dir():
        return fail(
            translate(
                "cli",
                QT_TRANSLATE_NOOP("cli", "The folder {folder} does not exist."),
                folder=str(output.parent),
            )
        )
    language = options.lang or preferred_language()
    pages = None
    if options.session is not None:
        try:
            pages, language = _filled_pages(options, definition)  # the session's language
        except LookupError as error:
            return fail(str(error))
    from PySide6.QtCore import QCoreApplication

    from printables.worksheets import write_pdf

    try:
        write_pdf(output, definition, pages, options.size, language, QCoreApplication.translate)
    except OSError as error:  # disk full, no permission: the previous file is unchanged
        return fail(write_failure(error, output))
    print(
        translate("cli", QT_TRANSLATE_NOOP("cli", "Worksheet written to {path}"), path=str(output))
    )
    return 0


def _filled_pages(options: argparse.Namespace, definition):
    """Every instance of the worksheet in the session's agenda, in agenda order, and the
    session's content language (a filled sheet is printed in it, whatever --lang says)."""
    from app.activities.worksheet import state as sheets
    from app.storage.agenda import config_of
    from app.storage.content_language import content_language
    from printables.worksheets import Page

    with session_store(options, reading=True) as store:
        session = store.sessions.get(options.session)
        activities = [
            a
            for a in store.agenda.list(session.id)
            if a.kind == "worksheet" and config_of(a).get("worksheet") == definition.key
        ]
        if not activities:
            raise LookupError(
                translate(
                    "cli",
                    QT_TRANSLATE_NOOP("cli", "Session {id} has no worksheet {key} in its agenda."),
                    id=session.id,
                    key=definition.key,
                )
            )
        pages = []
        for activity in activities:
            for instance in sheets.instances(store, activity.id):
                values = sheets.read_values(store, definition, activity.id, instance.id)
                pages.append(Page(instance.name, values))
        return pages, content_language(store, session.id)
