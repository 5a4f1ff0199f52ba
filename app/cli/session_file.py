"""`tafelronde export` and `tafelronde import-session`: one session as a file for a colleague."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_db_argument, fail, stored, write_failure
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

WRITE_FAILED = QT_TRANSLATE_NOOP("SessionFile", "Cannot write {path}: {reason}")
IMPORTED_BEFORE = QT_TRANSLATE_NOOP(
    "SessionFile", "This session was imported before: session {id}."
)
NAME = "export"
NAMES = ("export", "import-session")


def add_arguments(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="write one session with all its results to a file")
    export.add_argument("--session", type=int, required=True, help="session id")
    export.add_argument("-o", "--output", required=True, help="file to write (.tafelronde)")
    add_db_argument(export)
    export.set_defaults(handler=run_export)
    importing = sub.add_parser("import-session", help="add a session from a .tafelronde file")
    importing.add_argument("file")
    add_db_argument(importing)
    importing.set_defaults(handler=run_import)


def run_export(options: argparse.Namespace) -> int:
    from app.storage.session_file import write_session_file

    with stored(options, reading=True) as store:
        try:
            path = write_session_file(store, options.session, Path(options.output))
        except OSError as error:  # disk full, no permission: the previous file is unchanged
            return fail(write_failure(error, options.output))
    print(path)
    return 0


def run_import(options: argparse.Namespace) -> int:
    from app.storage.session_file import import_session_file

    with stored(options) as store:
        outcome = import_session_file(store, Path(options.file))
    if not outcome.created:
        print(
            translate(
                "SessionFile",
                IMPORTED_BEFORE,
                id=outcome.session_id,
            )
        )
    print(outcome.session_id)
    return 0
