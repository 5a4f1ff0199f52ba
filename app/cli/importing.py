"""`tafelronde import FILE --session ID`: all-or-nothing import of a registration list."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.cli.common import add_db_argument, fail, session_store, storage_message
from app.core.i18n import fill
from app.i18n import translate, user_text

NAME = "import"


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help="import participants from a CSV or XLSX file")
    parser.add_argument("file", type=Path)
    parser.add_argument("--session", type=int, required=True)
    parser.add_argument(
        "--skip-duplicates", action="store_true", help="leave out people already on the list"
    )
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="the column HEADER holds FIELD (first_name, name_particle, last_name, full_name, "
        "organisation, role, municipality, email, consent); FIELD= ignores that field",
    )
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def column_choices(texts: list[str]) -> list[tuple[str, str]] | str:
    """(FIELD, HEADER) pairs from `--column FIELD=HEADER`, or the message for a malformed one."""
    choices = []
    for text in texts:
        target, equals, header = text.partition("=")
        if not equals or not target.strip():
            return fill(
                translate(
                    "cli",
                    "--column {text}: write it as FIELD=HEADER (or FIELD= to ignore a field).",
                ),
                text=text,
            )
        choices.append((target.strip(), header.strip()))
    return choices


def run(options: argparse.Namespace) -> int:
    from app.core import participant_import as pi
    from app.core.names import display_name

    choices = column_choices(options.column)
    if isinstance(choices, str):
        return fail(choices)
    with session_store(options) as store:
        existing = [
            (p.first_name, display_name("", p.name_particle, p.last_name), p.email)
            for p in store.participants.list(options.session)
        ]
        try:
            table = pi.read_file(options.file)
            mapping = pi.apply_columns(table, pi.guess_mapping(table.headers, table.rows), choices)
            people = pi.people_from(table, mapping)
        except pi.ImportProblem as problem:
            return fail(f"{options.file.name}: {user_text(problem)}")
        duplicates = pi.find_duplicates(people, existing)
        if duplicates and options.skip_duplicates:
            skip = {row for row, _ in duplicates}
            people = [p for p in people if p.row not in skip]
        elif duplicates:
            row, earlier = duplicates[0]
            where = (
                QCoreApplication.translate("cli", "already in the session")
                if earlier == 0
                else fill(translate("cli", "the same as row {row}"), row=earlier)
            )
            return fail(
                fill(
                    translate(
                        "cli",
                        "{file}: row {row} is {where}. Nothing was imported "
                        "(use --skip-duplicates to leave duplicates out).",
                    ),
                    file=options.file.name,
                    row=row,
                    where=where,
                )
            )
        from app.storage.errors import StorageError
        from app.storage.participants import REFUSE, SKIP

        # checked again inside the locked transaction: an import running at the same moment
        # (another laptop, a second command) cannot slip the same people in twice
        policy = SKIP if options.skip_duplicates else REFUSE
        try:
            added = store.participants.add_many(
                options.session, [p.as_fields() for p in people], duplicates=policy
            )
        except StorageError as error:
            return fail(f"{options.file.name}: {storage_message(error)}")
        print(QCoreApplication.translate("cli", "%n participant(s) imported.", "", len(added)))
        return 0
