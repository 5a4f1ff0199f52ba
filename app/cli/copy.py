"""`tafelronde copy --from URL --to URL [--session ID ...] [--series ID ...] [--replace]`: move
sessions between databases (a laptop's SQLite file and the room's PostgreSQL, either way).
Running it twice changes nothing the second time: sessions and series are matched by their stable
uid. A series is copied whole (its sessions in order, the people links, the reviews); without
--session and --series everything is copied, series included."""

from __future__ import annotations

import argparse

from app.cli.common import fail, storage_message
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate
from app.storage.errors import StorageError

NAME = "copy"
NO_SESSION = QT_TRANSLATE_NOOP("cli", "No session with id {id} in the source.")
NO_SERIES = QT_TRANSLATE_NOOP("cli", "No series with id {id} in the source.")
SERIES_TEXT = QT_TRANSLATE_NOOP("cli", "series: {title}")
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
        "--series", type=int, action="append", help="a series id in the source: copied whole"
    )
    parser.add_argument(
        "--replace", action="store_true", help="overwrite sessions already in the target"
    )
    parser.set_defaults(handler=run_copy)


def run_copy(options: argparse.Namespace) -> int:
    from app.storage import open_store
    from app.storage.models import Series, stored_id
    from app.storage.series_transfer import copy_series
    from app.storage.transfer import copy_session

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
        everything = not options.session and not options.series
        # the series rows are read once: their titles are shown after the sessions are copied
        chosen: list[Series] = source.series.list() if everything else []
        for series_id in [] if everything else options.series or []:
            found = source.series.get(series_id)
            if found is None:
                return fail(translate("cli", NO_SERIES, id=series_id))
            chosen.append(found)
        in_series = {m.id for one in chosen for m in source.series.sessions(stored_id(one))}
        ids = options.session or []
        if everything:
            ids = [m.id for m in reversed(source.sessions.list()) if m.id not in in_series]
        for session_id in ids:
            meeting = source.sessions.get(session_id)
            if meeting is None:
                return fail(translate("cli", NO_SESSION, id=session_id))
            _say(copy_session(source, target, session_id, replace=options.replace), meeting.title)
        for one in chosen:
            print(translate("cli", SERIES_TEXT, title=one.title))
            for outcome, title in copy_series(source, target, stored_id(one), options.replace):
                _say(outcome, title)
    except StorageError as error:
        return fail(storage_message(error))
    finally:
        source.close()
        target.close()
    return 0


def _say(outcome: str, title: str) -> None:
    from app.storage.transfer import COPIED, REPLACED

    template = {COPIED: COPIED_TEXT, REPLACED: REPLACED_TEXT}.get(outcome, SKIPPED_TEXT)
    print(translate("cli", template, title=title))
