"""`tafelronde bingo`: print a session's bingo cards to PDF (its pool, layout, rule and seed)."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.cli.common import add_db_argument, fail, session_store, write_failure
from app.core.i18n import fill
from app.i18n import translate, user_text

NAME = "bingo"


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("bingo", help="write a session's bingo cards as a PDF")
    parser.add_argument("--session", type=int, required=True, help="session id")
    parser.add_argument("--cards", type=int, help="number of cards (default: the session's)")
    parser.add_argument("--per-page", type=int, choices=(1, 2, 4), help="cards per A4 page")
    parser.add_argument("--activity", type=int, help="bingo activity id (default: the first)")
    parser.add_argument("-o", "--output", required=True, help="PDF file to write")
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(options: argparse.Namespace) -> int:
    from app.activities.bingo.printing import prepare
    from app.activities.bingo.state import BingoGame
    from app.core.bingo import BingoError
    from app.core.bingo_game import MAX_CARDS
    from app.storage.content_language import content_language

    if options.cards is not None and not 1 <= options.cards <= MAX_CARDS:
        return fail(
            fill(
                translate("cli", "The number of cards must be between 1 and {max}."),
                max=MAX_CARDS,
            )
        )
    output = Path(options.output)
    if output.parent and not output.parent.is_dir():
        return fail(
            fill(
                translate("cli", "The folder {folder} does not exist."),
                folder=str(output.parent),
            )
        )
    with session_store(options, reading=True) as store:
        session = store.sessions.get(options.session)
        bingos = [a for a in store.agenda.list(session.id) if a.kind == "bingo"]
        if options.activity is not None:
            bingos = [a for a in bingos if a.id == options.activity]
        if not bingos:
            return fail(
                fill(
                    translate("cli", "Session {id} has no bingo in its agenda."),
                    id=session.id,
                )
            )
        game = BingoGame(store, bingos[0].id, content_language(store, session.id))
        try:
            job = prepare(game, options.cards, options.per_page)
            written = job(output)
        except BingoError as error:
            return fail(user_text(error))
        except OSError as error:  # disk full, no permission: the previous file is unchanged
            return fail(write_failure(error, output))
    print(
        fill(
            QCoreApplication.translate("cli", "%n card(s) written to {path}", "", written),
            path=str(output),
        )
    )
    return 0
