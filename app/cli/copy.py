"""`tafelronde copy --from URL --to URL [--session ID ...] [--replace]`: move sessions between
databases (a laptop's SQLite file and the room's PostgreSQL, either way). Running it twice
changes nothing the second time: sessions are matched by their stable uid."""

from __future__ import annotations

import argparse

from app.cli.common import fail, storage_message, translated
from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.errors import StorageError

NAME = "copy"
NO_SESSION = QT_TRANSLATE_NOOP("cli", "No session with id {id} in the source.")
COPIED_TEXT = QT_TRANSLATE_NOOP("cli", "copied: {title}")
REPLACED_TEXT = QT_TRANSLATE_NOOP("cli", "replaced: {title}")
SKIPPED_TEXT = QT_TRANSLATE_NOOP("cli", "already there, skipped (use --replace): {title}")


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("copy", help="copy sessions with all their results to another database")
    parser.add_argument("--from", dest="source", required=True, help="database file or URL")
    parser.add_argument("--to", dest="target", required=True, help="database file or URL")
    parser.add_argument(
        "--session", type=int, action="append", help="id in the source (default: every session)"
    )
    parser.add_argument(
        "--replace", action="store_true", help="overwrite sessions already in the target"
    )
    parser.set_defaults(handler=run_copy)


def run_copy(options: argparse.Namespace) -> int:
    from app.storage import open_store
    from app.storage.transfer import COPIED, REPLACED, copy_session

    try:
        source = open_store(options.source)
    except StorageError as error:
        return fail(storage_message(error))
    try:
        target = open_store(options.target)
    except StorageError as error:
        source.close()
        return fail(storage_message(error))
    try:
        ids = options.session or [m.id for m in reversed(source.sessions.list())]
        for session_id in ids:
            meeting = source.sessions.get(session_id)
            if meeting is None:
                return fail(
                    translated("cli", "No session with id {id} in the source.", id=session_id)
                )
            outcome = copy_session(source, target, session_id, replace=options.replace)
            template = {COPIED: COPIED_TEXT, REPLACED: REPLACED_TEXT}.get(outcome, SKIPPED_TEXT)
            print(translated("cli", template, title=meeting.title))
    except StorageError as error:
        return fail(storage_message(error))
    finally:
        source.close()
        target.close()
    return 0
