"""`tafelronde room`: run the room server without a window (a separate laptop, or tests).

Prints the join URL (token included) as the first line, then serves until Ctrl+C or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import sys

from PySide6.QtCore import QCoreApplication, QTimer

from app.cli.common import add_db_argument, fail, session_store
from app.core.i18n import fill
from app.i18n import translate, user_text

NAME = "room"


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("room", help="serve the room page for phones (no window)")
    parser.add_argument("--session", type=int, required=True)
    parser.add_argument("--bind", help="address to listen on (default: the LAN address)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--activity", type=int, help="activity that phones see (default: first)")
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(options: argparse.Namespace) -> int:
    from app.room.server import RoomError
    from app.room.service import RoomService

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    with session_store(options) as store:
        service = RoomService(store, options.session)
        try:
            url = service.open(options.bind, options.port)
        except RoomError as error:
            return fail(user_text(error))
        agenda = store.agenda.list(options.session)
        chosen = options.activity or (agenda[0].id if agenda else None)
        service.set_activity(chosen)
        print(url, flush=True)
        print(fill(translate("cli", "Code: {code}. Stop with Ctrl+C."),
            code=service.server.code), flush=True)  # fmt: skip

        def stop(*_args: object) -> None:
            app.quit()

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        wake = QTimer()  # let Python see signals while Qt's loop runs
        wake.start(200)
        wake.timeout.connect(lambda: None)
        app.exec()
        service.close()
    return 0
