"""Bingo beside any activity: a dock with the compact bingo panel, and the winner over the beamer.

The console makes one RunBingo. When the session has a bingo activity, the dock is there during
every activity (the facilitator hides or shows it with the "Bingo panel" button in the status bar
or F9), except while the bingo's own agenda item runs: that item shows the full bingo panel, the
final round. Marks made here are the bingo activity's own rows in the store.

A confirmed winner is shown over the beamer for SHOW_SECONDS on the console's clock (the injected
one in tests), or until the next clicker key (which then only takes the winner off).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QPushButton

from app.activities.bingo.panel import BingoPanel
from app.activities.bingo.runtime import BingoRuntime
from app.activities.bingo.winner import WinnerScreen
from app.activities.context import ActivityContext

log = logging.getLogger(__name__)
SHOW_SECONDS = 8.0
TICK_MS = 200


class RunBingo(QObject):
    def __init__(self, console: Any) -> None:
        super().__init__(console)
        self.console = console
        self.runtime: BingoRuntime | None = None
        self.panel: BingoPanel | None = None
        self.dock: QDockWidget | None = None
        self.button: QPushButton | None = None
        self.wanted = True  # the facilitator's choice; hidden anyway during the bingo item
        self._until: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        bingo = next((a for a in console.activities if a.kind == "bingo"), None)
        if bingo is None or bingo.id is None:
            return
        self.activity_id = bingo.id
        context = ActivityContext(console.store, console.session_id, bingo.id, console.clock,
                                  console.content_language)  # fmt: skip
        try:
            self.runtime = BingoRuntime(context, self)
        except Exception:  # a broken bingo must not stop the meeting: no panel then
            log.exception("bingo panel for activity %s could not start", bingo.id)
            return
        self.panel = BingoPanel(self.runtime)
        self.panel.show_winner.connect(self.show_winner)
        self.dock = QDockWidget(self.tr("Bingo"), console)
        self.dock.setObjectName("bingoDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)  # fmt: skip
        self.dock.setWidget(self.panel)
        console.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        room = getattr(console, "room", None)
        if room is not None and getattr(room, "dock", None) is not None:
            console.tabifyDockWidget(room.dock, self.dock)
        self.button = QPushButton(self.tr("Bingo panel (F9)"), console)
        self.button.setObjectName("bingoPanelToggle")
        self.button.setCheckable(True)
        self.button.setChecked(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.toggled.connect(self.set_wanted)
        console.statusBar().addPermanentWidget(self.button)
        QShortcut(QKeySequence(Qt.Key.Key_F9), console, self.button.toggle)
        self.follow()

    # -- the dock ----------------------------------------------------------------------------
    def available(self) -> bool:
        """True while the panel can be used (the session has a bingo, not its own item now)."""
        return self.dock is not None and not self._bingo_is_current()

    def _bingo_is_current(self) -> bool:
        activity = self.console.current_activity()
        return activity is not None and activity.id == getattr(self, "activity_id", None)

    def set_wanted(self, on: bool) -> None:
        self.wanted = on
        self.follow()

    def follow(self) -> None:
        """Show the dock unless hidden by hand or the bingo's own item is running."""
        if self.dock is None:
            return
        shown = self.wanted and not self._bingo_is_current()
        appearing = shown and self.dock.isHidden()
        self.dock.setVisible(shown)
        if appearing:  # in front when it comes back, but a chosen tab (phones) is left alone
            self.dock.raise_()
        if self.button is not None:
            self.button.setEnabled(not self._bingo_is_current())

    # -- the winner over the beamer --------------------------------------------------------
    def show_winner(self, card: int, name: str) -> None:
        self.console.beamer.set_overlay(WinnerScreen(card, name))
        self._until = self.console.clock.now() + SHOW_SECONDS
        self._timer.start()
        self.console.update_thumbnail()

    def winner_shown(self) -> bool:
        return isinstance(self.console.beamer.overlay(), WinnerScreen)

    def tick(self) -> None:
        """Take the winner off once its seconds on the console's clock have passed."""
        if self._until is not None and self.console.clock.now() >= self._until:
            self.hide_winner()

    def hide_winner(self) -> None:
        self._until = None
        self._timer.stop()
        if self.winner_shown():
            self.console.beamer.set_overlay(None)
            self.console.update_thumbnail()

    def dismiss(self, action: str) -> bool:
        """A clicker key while the winner shows only takes the winner off (black still works)."""
        if action == "black" or not self.winner_shown():
            return False
        self.hide_winner()
        return True

    def close(self) -> None:
        self.hide_winner()
        if self.runtime is not None:
            self.runtime.stop()
