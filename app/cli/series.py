"""`tafelronde series new|list|add`: series of meetings (a network) from the command line.

    tafelronde series new --title "Netwerk productieleiders" --db DB   -> prints the series id
    tafelronde series --db DB list                                      -> id<TAB>title<TAB>sessions
    tafelronde series add --series ID --session SID [--position N] --db DB
    tafelronde series anonymise --series ID [--before-the-date] --db DB

`tafelronde new ... --series ID` (app/cli/sessions.py) makes a session in a series directly.
--db may stand before or after the subcommand.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.common import CommandError, add_db_argument, stored
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

if TYPE_CHECKING:
    from app.storage.store import Store

NAME = "series"
NO_SERIES = QT_TRANSLATE_NOOP("cli", "There is no series with id {id}.")
NO_SESSION = QT_TRANSLATE_NOOP("cli", "There is no session with id {id}.")
NO_SUBCOMMAND = QT_TRANSLATE_NOOP("cli", "Say what to do with series: new, list, add or anonymise.")
ADDED = QT_TRANSLATE_NOOP("cli", "“{session}” is meeting {place} of “{series}”.")
NOT_DUE = QT_TRANSLATE_NOOP(
    "cli",
    "“{series}” is to be anonymised after {date}, which has not passed; nothing was changed "
    "(--before-the-date anonymises it now).",
)
NO_DATE = QT_TRANSLATE_NOOP(
    "cli",
    "“{series}” has no date to anonymise after; nothing was changed (--before-the-date "
    "anonymises it now).",
)
ALREADY = QT_TRANSLATE_NOOP("cli", "“{series}” was anonymised before; nothing was changed.")
ANONYMISED = QT_TRANSLATE_NOOP(
    "cli", "“{series}” anonymised: the names and e-mail addresses of its people are removed."
)


def _sub_db(parser: argparse.ArgumentParser) -> None:
    """--db after the subcommand too, without hiding one given before it."""
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: the app's own database)",
    )


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "series", help="series of meetings (a network): new, list, add, anonymise"
    )
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
    anonymise = actions.add_parser(
        "anonymise", help="remove names and e-mail addresses once the series' date has passed"
    )
    anonymise.add_argument("--series", type=int, required=True, help="series id")
    anonymise.add_argument(
        "--before-the-date", action="store_true", help="anonymise now, whatever the date"
    )
    _sub_db(anonymise)
    anonymise.set_defaults(handler=run_anonymise)


def run_nothing(options: argparse.Namespace) -> int:
    raise CommandError(translate("cli", NO_SUBCOMMAND))


def run_new(options: argparse.Namespace) -> int:
    from app.cli.common import line_text

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


def check_series(store: Store, series_id: int) -> None:
    if store.series.get(series_id) is None:
        raise CommandError(translate("cli", NO_SERIES, id=series_id))


def run_add(options: argparse.Namespace) -> int:
    with stored(options) as store:
        check_series(store, options.series)
        meeting = store.sessions.get(options.session)
        if meeting is None:
            raise CommandError(translate("cli", NO_SESSION, id=options.session))
        position = None if options.position is None else max(options.position - 1, 0)
        store.series.add_session(options.series, options.session, position)
        place = store.sessions.get(options.session).series_position + 1
        title = store.series.get(options.series).title
        print(translate("cli", ADDED, session=meeting.title, place=place, series=title))
    return 0


def run_anonymise(options: argparse.Namespace) -> int:
    from datetime import date

    from app.core.dates import show_date
    from app.storage.retention import is_due

    with stored(options) as store:
        check_series(store, options.series)
        series = store.series.get(options.series)
        if series.anonymised_at is not None:
            print(translate("cli", ALREADY, series=series.title))
            return 0
        if not options.before_the_date and not is_due(series, date.today()):
            if series.anonymise_after is None:
                raise CommandError(translate("cli", NO_DATE, series=series.title))
            when = show_date(series.anonymise_after)
            raise CommandError(translate("cli", NOT_DUE, series=series.title, date=when))
        store.series.anonymise(series.id)
        print(translate("cli", ANONYMISED, series=series.title))
    return 0
