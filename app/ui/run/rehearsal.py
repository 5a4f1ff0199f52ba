"""Rehearsal mode and the console's run bar (REHEARSAL banner, "Restart activity").

How a rehearsal is chosen (decided in issue 15): it is its own command, never a setting that
could be left on by mistake: Session › "Rehearse session" (Ctrl+Shift+R) in the main window, or
`tafelronde --session ID --run --rehearse`. "Run session ▶" (Ctrl+R) is always the real run.
A rehearsing console shows a yellow REHEARSAL banner across its top and "Rehearsal:" in its
title; the beamer never shows it (the room need not know).

A rehearsal runs on a temporary copy of the session (app/storage/rehearsal.py) that is deleted
when the console closes: no actual times, no results, no resume point, no backups.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSizePolicy, QToolBar, QWidget

from app.core.i18n import fill
from app.storage.models import Activity
from app.storage.rehearsal import Rehearsal
from app.storage.store import Store

BANNER_STYLE = "QLabel { background: #ffd43b; color: #000000; font-weight: bold; padding: 6px; }"


def start_rehearsal(store: Store, session_id: int) -> Rehearsal:
    """The temporary copy a rehearsing console runs on."""
    return Rehearsal(store, session_id)


class RunBar(QToolBar):
    """The REHEARSAL banner, a thin bar at the top of the console in a rehearsal only (a real
    run keeps those lines for the activity's panel), and "Restart activity" in the status bar."""

    def __init__(self, console: Any, rehearsal: bool) -> None:
        super().__init__(console)
        self.setWindowTitle(self.tr("Run"))
        self.setObjectName("runBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.banner = QLabel(
            self.tr("REHEARSAL — nothing is saved in the session: no actual times, no results"),
            self,
        )
        self.banner.setObjectName("rehearsalBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner.setVisible(rehearsal)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.banner if rehearsal else spacer)
        self.restart = QPushButton(self.tr("Restart activity…"), self)
        self.restart.setObjectName("restartActivity")
        self.restart.setToolTip(self.tr("Start the current activity over: full timer, first round"))
        self.restart.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clicker keys stay with us
        self.restart.clicked.connect(self.restart_current)
        console.statusBar().addPermanentWidget(self.restart)
        self.console = console
        if rehearsal:
            console.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        else:
            self.hide()

    def is_rehearsal(self) -> bool:
        return not self.banner.isHidden()

    def restart_current(self) -> None:
        """The explicit "Restart activity" button: a fresh runtime (full timer, first round).
        What was saved (votes, notes, marks, groups) stays; only the live state starts over."""
        console = self.console
        activity = console.current_activity()
        if activity is None or activity.id is None or not self.confirm_restart(activity):
            return
        console._leave(forward=False)
        console.kept.discard(activity.id)
        console._enter(activity)
        console._fill_agenda()
        console.refresh()
        console.update_thumbnail()

    def confirm_restart(self, activity: Activity) -> bool:
        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("Restart activity"),
            fill(
                self.tr(
                    "Start “{title}” over? Its timer goes back to full time and its rounds to the "
                    "first one. What was saved (votes, notes, marks, groups) stays."
                ),
                title=activity.title,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
