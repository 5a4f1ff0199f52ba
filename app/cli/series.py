"""`tafelronde series new|list|add`: series of meetings (a network) from the command line.

    tafelronde series new --title "Netwerk productieleiders" --db DB   -> prints the series id
    tafelronde series --db DB list                                      -> id<TAB>title<TAB>sessions
    tafelronde series add --series ID --session SID [--position N] --db DB

`tafelronde new ... --series ID` (app/cli/sessions.py) makes a session in a series directly.
--db may stand before or after the subcommand.
"""

from __future__ import annotations

import argparse

from app.cli.common import CommandError, add_db_argument, stored, translated
from app.core.i18n import QT_TRANSLATE_NOOP

NAME = "series"
NO_SERIES = QT_TRANSLATE_NOOP("cli", "There is no series with id {id}.")
NO_SESSION = QT_TRANSLATE_NOOP("cli", "There is no session with id {id}.")
NO_SUBCOMMAND = QT_TRANSLATE_NOOP("cli", "Say what to do with series: new, list or add.")
ADDED = QT_TRANSLATE_NOOP("cli", "“{session}” is meeting {place} of “{series}”.")


def _sub_db(parser: argparse.ArgumentParser) -> None:
    """--db after the subcommand too, without hiding one given before it."""
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: the app's own database)",
    )


def add_arguments(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("series", help="series of meetings (a network): new, list, add")
    add_db_argument(parser)
    parser.set_defaults(handler=run_nothing)
    actions = parser.add_subparsers(dest="series_command", metavar="ACTION")
    new = actions.add_parser("new", help="create a series (prints its id)")
    new.add_argument("--title", required=True)
    _sub_db(new)
    new.set_defaults(handler=run_new)
    listing = actions.add_parser("list", help="list the series: id, title, number of sessions")
    _sub_db(listing)
    listing.set_defaults(handler=run_list)
    add = actions.add_parser("add", help="put a session in a series (or move it there)")
    add.add_argument("--series", type=int, required=True, help="series id")
    add.add_argument("--session", type=int, required=True, help="session id")
    add.add_argument("--position", type=int, help="place in the series, 1 = first (default: last)")
    _sub_db(add)
    add.set_defaults(handler=run_add)


def run_nothing(options: argparse.Namespace) -> int:
    raise CommandError(translated("cli", NO_SUBCOMMAND))


def run_new(options: argparse.Namespace) -> int:
    from app.cli.sessions import line_text

    title = line_text(options.title, "--title")
    with stored(options) as store:
        print(store.series.create(title))
    return 0


def run_list(options: argparse.Namespace) -> int:
    with stored(options, reading=True) as store:
        counts = store.series.session_counts()
        for series in store.series.list():
            print(f"{series.id}\t{_one_line(series.title)}\t{counts.get(series.id, 0)}")
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())  # a tab or line break in a title never breaks the columns


def check_series(store, series_id: int) -> None:  # type: ignore[no-untyped-def]
    if store.series.get(series_id) is None:
        raise CommandError(translated("cli", NO_SERIES, id=series_id))


def run_add(options: argparse.Namespace) -> int:
    with stored(options) as store:
        check_series(store, options.series)
        meeting = store.sessions.get(options.session)
        if meeting is None:
            raise CommandError(translated("cli", NO_SESSION, id=options.session))
        position = None if options.position is None else max(options.position - 1, 0)
        store.series.add_session(options.series, options.session, position)
        place = store.sessions.get(options.session).series_position + 1
        title = store.series.get(options.series).title
        print(translated("cli", ADDED, session=meeting.title, place=place, series=title))
    return 0
