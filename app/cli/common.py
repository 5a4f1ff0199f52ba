"""What every command shares: the --db option, translated messages, opening the store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.errors import StorageError

NO_SESSION = QT_TRANSLATE_NOOP("cli", "There is no session with id {id}.")

_translator: Any = None


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        help="database file or SQLAlchemy URL (default: the app's own database)",
    )


def install_translator(language: str | None) -> None:
    """Load the message catalogue so command-line messages follow the chosen language."""
    global _translator
    from PySide6.QtCore import QCoreApplication

    from app.i18n import install_translators, preferred_language

    app = QCoreApplication.instance()
    if app is None:
        app = _translator = QCoreApplication([sys.argv[0]])
    install_translators(app, language or preferred_language())


class CommandError(Exception):
    """A clear message for the user (already translated): `app.cli.run` prints it to stderr
    and exits 1, so a command just raises it."""


@contextmanager
def stored(options: argparse.Namespace, *, reading: bool = False) -> Iterator[Any]:
    """The store of --db, closed afterwards. A StorageError (a file that is not ours, a server
    that does not answer) goes up to `app.cli.run`, which prints it in the user's language.
    `reading`: the command only reads, so a read-only database is opened read-only."""
    store = open_store(options, reading=reading)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def session_store(options: argparse.Namespace, *, reading: bool = False) -> Iterator[Any]:
    """As `stored`, and CommandError when the database has no session --session."""
    with stored(options, reading=reading) as store:
        if store.sessions.get(options.session) is None:
            from app.i18n import translate

            raise CommandError(translate("cli", NO_SESSION, id=options.session))
        yield store


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def storage_message(error: StorageError) -> str:
    from app.i18n import user_text

    return user_text(error)


def open_store(options: argparse.Namespace, *, reading: bool = False):
    """The store for --db (or the default database); raises StorageError."""
    from app.paths import default_database
    from app.storage import open_store as _open
    from app.storage import open_store_for_reading

    return (open_store_for_reading if reading else _open)(options.db or default_database())


def write_failure(error: OSError, path: object) -> str:
    """What went wrong writing an output file, translated: the file and the kind of problem
    (disk full, no permission...), never the data that was being written."""
    from pathlib import Path

    from app.core.atomic import OutputError

    if not isinstance(error, OutputError):
        error = OutputError(Path(str(path)), error)
    from app.i18n import user_text

    return user_text(error)


def database_failure(error: Exception, name: str) -> str:
    """A database that refused a write, translated, without the rows it was given."""
    from app.storage.write_errors import refused_write

    return storage_message(refused_write(error, name))


MAX_LINE = 500  # a title or a venue: one line each, as on the Overview page
ONE_LINE = QT_TRANSLATE_NOOP(
    "cli",
    "{option} must be one line of text of at most {max} characters, without control "
    "characters or direction marks.",
)


def line_text(value: str, option: str) -> str:
    """One line of text given on the command line (a title, a venue), checked as the window
    checks it; CommandError names the option."""
    import unicodedata

    from app.core import text_checks
    from app.i18n import translate

    value = text_checks.without_zero_width(value).strip()
    control = any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value)  # line breaks
    if control or text_checks.has_bidi_control(value) or len(value) > MAX_LINE:
        raise CommandError(translate("cli", ONE_LINE, option=option, max=MAX_LINE))
    return value
