"""`tafelronde db setup-roles --db postgresql://OWNER@HOST/DB`: the room's facilitator and
note-taker logins, enforced by PostgreSQL itself (app/storage/postgres_roles.py).

Passwords come from --facilitator-password/--note-taker-password, else from the environment
(TAFELRONDE_FACILITATOR_PASSWORD, TAFELRONDE_NOTE_TAKER_PASSWORD: not visible in `ps`), else
they are asked for on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from app.cli.common import CommandError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

NAME = "db"
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "cli",
    "Give a password for the login {login} (--{option}, or the environment variable {variable}).",
)
ASK_PASSWORD = QT_TRANSLATE_NOOP("cli", "Password for the login {login}: ")
READY = QT_TRANSLATE_NOOP(
    "cli",
    "Logins ready on {database}:\n"
    "  {facilitator}: the facilitator, reads and writes everything the app needs\n"
    "  {note_taker}: note-takers, read the session without e-mail addresses and write notes "
    "only\n"
    "Migrations stay with the owner: run this command again after updating Tafelronde.",
)


def add_arguments(sub: argparse._SubParsersAction) -> None:
    from app.storage.postgres_roles import FACILITATOR, NOTE_TAKER

    parser = sub.add_parser("db", help="manage the room's shared PostgreSQL database")
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup-roles",
        help="create the facilitator and note-taker logins (run it as the database's owner; "
        "running it again is harmless)",
    )
    setup.add_argument(
        "--db", required=True, help="PostgreSQL URL with the owner's login (it runs migrations)"
    )
    setup.add_argument("--facilitator-user", default=FACILITATOR, help="default: %(default)s")
    setup.add_argument("--facilitator-password", help="default: $TAFELRONDE_FACILITATOR_PASSWORD")
    setup.add_argument("--note-taker-user", default=NOTE_TAKER, help="default: %(default)s")
    setup.add_argument("--note-taker-password", help="default: $TAFELRONDE_NOTE_TAKER_PASSWORD")
    setup.set_defaults(handler=run_setup_roles)


def _password(given: str | None, login: str, option: str) -> str:
    variable = "TAFELRONDE_" + option.removesuffix("-password").upper().replace("-", "_")
    variable += "_PASSWORD"
    value = given or os.environ.get(variable, "")
    if not value and sys.stdin.isatty():
        value = getpass.getpass(translate("cli", ASK_PASSWORD, login=login))
    if not value:
        raise CommandError(
            translate("cli", NO_PASSWORD, login=login, option=option, variable=variable)
        )
    return value


def run_setup_roles(options: argparse.Namespace) -> int:
    from app.storage.addresses import without_password
    from app.storage.postgres_roles import Login, setup_roles

    facilitator = Login(
        options.facilitator_user,
        _password(options.facilitator_password, options.facilitator_user, "facilitator-password"),
    )
    note_taker = Login(
        options.note_taker_user,
        _password(options.note_taker_password, options.note_taker_user, "note-taker-password"),
    )
    setup_roles(options.db, facilitator, note_taker)  # a StorageError is printed by app.cli.run
    print(
        translate(
            "cli",
            READY,
            database=without_password(options.db),
            facilitator=facilitator.name,
            note_taker=note_taker.name,
        )
    )
    return 0
