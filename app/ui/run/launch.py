"""Opening the run console from the main window's Session menu and from the command line.

- Session › Run on the beamer (Ctrl+R): the real run (in main_window.py).
- Session › Rehearse on the beamer (Ctrl+Shift+R): a rehearsal, nothing recorded
  (see app/ui/run/rehearsal.py).
- Session › Clear actual times…: forget the recorded start and end of every activity, after a
  confirmation that says how many there are.
- `tafelronde --session ID --run [--rehearse]`: the console straight away (app/ui/startup.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from app.core.i18n import fill
from app.i18n import translate


def install(window: Any, menu: QMenu) -> None:
    """Add the rehearsal and "clear actual times" commands to the main window's Session menu.
    (This module imports no storage at load: the first window appears before the database.)"""
    window.rehearse_action = window._action(
        QCoreApplication.translate("RunLaunch", "R&ehearse on the beamer (nothing recorded)"),
        lambda: _rehearse(window),
        QKeySequence("Ctrl+Shift+R"),
    )
    menu.addAction(window.rehearse_action)
    window.clear_times_action = window._action(
        QCoreApplication.translate("RunLaunch", "&Clear actual times…"), lambda: clear_times(window)
    )
    menu.addAction(window.clear_times_action)


def _rehearse(window: Any) -> None:
    session_id = window.current_session_id()
    if session_id is not None:
        window.run_session(session_id, rehearsal=True)


def clear_times(window: Any) -> int:
    """Ask, then clear the session's actual times; returns how many activities were cleared."""
    from app.storage.run_state import clear_actual_times, recorded_count  # not at start-up

    session_id = window.current_session_id()
    if window.store is None or session_id is None:
        return 0
    count = recorded_count(window.store, session_id)
    title = QCoreApplication.translate("RunLaunch", "Clear actual times")
    if not count:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate("RunLaunch", "No actual times are recorded yet."),
        )
        return 0
    text = QCoreApplication.translate(
        "RunLaunch",
        "Forget every recorded actual start and end of this session (activities with a time: "
        "%n)? The console, the agenda and the report then show no actual times until the "
        "session runs again. This cannot be undone.",
        "",
        count,
    )
    if QMessageBox.question(window, title, text) != QMessageBox.StandardButton.Yes:
        return 0
    if window.workspace is not None:
        window.workspace.flush()
    cleared = clear_actual_times(window.store, session_id)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "RunLaunch", "Actual times cleared (activities: %n).", "", cleared
        ),
        10_000,
    )
    return cleared


def run_from_arguments(window: Any, session_id: int | None, rehearse: bool) -> bool:
    """`--run`: open the console on the session given with --session; say so when it is not
    there (no traceback, the main window stays open)."""
    from app.ui.messages import show_error

    title = QCoreApplication.translate("RunLaunch", "Run session")
    if session_id is None:
        show_error(
            window, title, QCoreApplication.translate("RunLaunch", "--run needs --session ID.")
        )
        return False
    if window.store is None or window.store.sessions.get(session_id) is None:
        show_error(
            window,
            title,
            fill(translate("RunLaunch", "There is no session {id}."), id=session_id),
        )
        return False
    window.run_session(session_id, rehearsal=rehearse)
    return True
