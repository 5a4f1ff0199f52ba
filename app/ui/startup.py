"""Start-up: arguments, QApplication, settings, translations, logging, the main window.

The window is shown first and the database (SQLAlchemy + Alembic, ~0.8 s to import) is opened
right after, so the app feels instant.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORG_NAME, __version__


def parse_args(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tafelronde")
    parser.add_argument("database", nargs="?", help="database file to open (same as --db)")
    parser.add_argument("--db", help="database file or SQLAlchemy URL")
    parser.add_argument("--lang", choices=("nl", "en"), help="language (default: Dutch)")
    parser.add_argument("--session", type=int, help="open this session directly")
    parser.add_argument(
        "--run", action="store_true", help="open the run console on --session straight away"
    )
    parser.add_argument(
        "--rehearse", action="store_true", help="with --run: a rehearsal, nothing recorded"
    )
    parser.add_argument(
        "--quit-after", type=int, default=0, help=argparse.SUPPRESS
    )  # milliseconds; for start-up measurements
    known, _qt_args = parser.parse_known_args(args)
    known.db = known.db or known.database
    return known


def setup_logging() -> None:
    from app.paths import data_dir

    handler = logging.handlers.RotatingFileHandler(
        data_dir() / "tafelronde.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = QApplication([sys.argv[0], *argv]) if existing is None else existing
    assert isinstance(app, QApplication)  # the app never makes a bare QCoreApplication first
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("tafelronde")
    # Qt's own file dialogs everywhere: they speak the interface's language (the desktop's
    # native dialog speaks the desktop's) and start in the remembered folder (file_dialogs.py)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    from app.widgets import gui_thread

    gui_thread.install()  # store change notifications reach widgets on the GUI thread only
    return app


def run_gui(argv: list[str]) -> int:
    options = parse_args(argv)
    app = make_application(argv)
    setup_logging()
    from app.i18n import install_translators, preferred_language

    language = options.lang or preferred_language()
    install_translators(app, language)
    from app.ui.main_window import MainWindow

    window = MainWindow(language=language)
    window.show()
    from app.ui.messages import install_error_hook

    install_error_hook(window)

    def open_database() -> None:
        from app.paths import default_database

        opened = window.open_database(options.db or str(default_database()), options.session)
        if opened and (options.run or options.rehearse):
            from app.ui.run.launch import run_from_arguments

            run_from_arguments(window, options.session, options.rehearse)

    QTimer.singleShot(0, open_database)
    if options.quit_after:
        QTimer.singleShot(options.quit_after, app.quit)
    return app.exec()
