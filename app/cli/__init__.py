"""Headless commands on the same entry point, for organisers' batch jobs and for tests.

Each command is a module in this package with `NAME`, `HELP`, `add_arguments(parser)` and
`run(args) -> int`; adding one is one line in COMMANDS.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from app import __version__

COMMANDS: tuple[str, ...] = (
    "app.cli.sessions",  # new, templates
    "app.cli.importing",  # import
    "app.cli.groups",  # groups
    "app.cli.bingo",  # bingo
    "app.cli.room",  # room
    "app.cli.worksheet",  # worksheet
    "app.cli.session_file",  # export, import-session
    "app.cli.report",  # report
    "app.cli.copy",  # copy
    "app.cli.database",  # db setup-roles
    "app.cli.template",  # template import, template export
    "app.cli.agenda",  # agenda list, agenda add, agenda kinds
    "app.cli.series",  # series new, series list, series add
)


def _modules() -> list:  # type: ignore[type-arg]
    return [importlib.import_module(name) for name in COMMANDS]


def command_names() -> set[str]:
    names: set[str] = set()
    for module in _modules():
        names.update(getattr(module, "NAMES", ()) or (module.NAME,))
    return names


# Options of the window that take a value: that value is never a command word.
WINDOW_OPTIONS_WITH_VALUE = ("--db", "--lang", "--session", "--quit-after")


def first_word(args: list[str]) -> str | None:
    """The first argument that is neither an option nor the value of a window option."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in WINDOW_OPTIONS_WITH_VALUE:
            skip = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


def is_command_line(args: list[str]) -> bool:
    """True for --version/--help, a command name, or a word that is neither a command nor a file.

    A word that names an existing file is a database to open in the window (`tafelronde
    day.sqlite`); any other word goes to the command line, which answers "invalid choice" with
    the list of commands and exit status 2, so a mistyped command never puts up a window.
    """
    if any(a in ("--version", "-V") for a in args):
        return True
    if args and args[0] in ("-h", "--help"):
        return True
    word = first_word(args)
    if word is None:
        return False
    if word in command_names():
        return True
    from pathlib import Path

    return not Path(word).is_file()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tafelronde",
        description="Tafelronde: run in-room network and sector meetings. "
        "Without a command the window opens; `tafelronde FILE` opens that database file in it.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"tafelronde {__version__}")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _modules():
        module.add_arguments(sub)
    return parser


def run(args: list[str]) -> int:
    parser = build_parser()
    options = parser.parse_args(args)
    if not options.command:
        parser.print_help()
        return 0
    from sqlalchemy.exc import DBAPIError

    from app.cli.common import (
        CommandError,
        database_failure,
        fail,
        install_translator,
    )
    from app.core.errors import UserError
    from app.i18n import user_text

    install_translator(options.lang)
    try:
        return int(options.handler(options))
    except CommandError as error:
        return fail(str(error))
    except UserError as error:  # a database that cannot be opened, an output file that cannot
        return fail(user_text(error))  # be written (disk full...), a file refused: say why
    except DBAPIError as error:  # a write the database refused (disk full): no rows in the text
        return fail(database_failure(error, _database_name(options)))
    except KeyboardInterrupt:
        return 130


def _database_name(options: argparse.Namespace) -> str:
    """The database as the user named it (a URL without its password)."""
    from app.paths import default_database
    from app.storage.engine import to_url

    try:
        url = to_url(getattr(options, "db", None) or default_database())
    except Exception:  # the name only decorates a message; never fail on it
        return str(getattr(options, "db", "") or "")
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def main() -> None:
    sys.exit(run(sys.argv[1:]))
