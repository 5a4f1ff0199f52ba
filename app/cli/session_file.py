"""`tafelronde export` and `tafelronde import-session`: one session as a file for a colleague."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_db_argument, fail, open_store, storage_message, translated
from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.errors import StorageError

WRITE_FAILED = QT_TRANSLATE_NOOP("SessionFile", "Cannot write {path}: {reason}")
IMPORTED_BEFORE = QT_TRANSLATE_NOOP(
    "SessionFile", "This session was imported before: session {id}."
)
NAME = "export"
NAMES = ("export", "import-session")


def add_arguments(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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

    try:
        store = open_store(options)
    except StorageError as error:
        return fail(storage_message(error))
    try:
        path = write_session_file(store, options.session, Path(options.output))
    except StorageError as error:
        return fail(storage_message(error))
    except OSError as error:
        return fail(
            translated(
                "SessionFile",
                WRITE_FAILED,
                path=options.output,
                reason=error.strerror or str(error),
            )
        )
    finally:
        store.close()
    print(path)
    return 0


def run_import(options: argparse.Namespace) -> int:
    from app.storage.session_file import import_session_file

    try:
        store = open_store(options)
    except StorageError as error:
        return fail(storage_message(error))
    try:
        outcome = import_session_file(store, Path(options.file))
    except StorageError as error:
        return fail(storage_message(error))
    finally:
        store.close()
    if not outcome.created:
        print(
            translated(
                "SessionFile",
                IMPORTED_BEFORE,
                id=outcome.session_id,
            )
        )
    print(outcome.session_id)
    return 0
