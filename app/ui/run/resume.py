"""Data safety inside the run console: the resume point, the resume offer, timed backups.

The console calls three things (see app/ui/run/console.py): it makes one RunSafety, tells it when
it `entered` an activity and when it `left` one. Everything else happens here so the console stays
about running the meeting:

- the resume point (which activity runs, its timer) is saved on entering and on every timer
  command, and cleared when the activity is left normally (app/widgets/run_state.py);
- if the console opens on a session whose resume point still says "running", the app stopped
  without leaving it (a crash, a power cut): a bar at the top offers to go straight back there,
  with the timer where it would be now;
- while the console is open, a backup of the SQLite file is taken every BACKUP_MINUTES if
  anything changed, and once more when the console closes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from app.core.errors import UserError
from app.core.i18n import fill
from app.core.run_state import RunState
from app.i18n import user_text
from app.widgets.backup_scheduler import BackupScheduler
from app.widgets.run_state import RunStateRecorder, resume_point, resume_timer

log = logging.getLogger(__name__)
BACKUP_MINUTES = 5


def remaining_text(seconds: float) -> str:
    """m:ss left, or "+m:ss" in overtime."""
    sign = "+" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


class RunSafety(QObject):
    def __init__(self, console, backup_minutes: float = BACKUP_MINUTES) -> None:
        super().__init__(console)
        self.console = console
        store, session_id = console.store, console.session_id
        # a rehearsal (on its temporary copy) keeps no resume point and takes no backups
        rehearsal = getattr(console, "rehearsal", None) is not None
        self.read_only = bool(getattr(store.db, "read_only", False)) or rehearsal
        # read before anything writes: entering an activity replaces the resume point
        self.interrupted: RunState | None = None if rehearsal else resume_point(store, session_id)
        self.recorder = RunStateRecorder(
            store, session_id, self, wall=lambda: console.now().timestamp()
        )
        self.backups = BackupScheduler(store, minutes=backup_minutes, parent=self)
        self.backups.failed.connect(self._backup_failed)
        if not rehearsal:
            self.backups.start()
        self.bar: QToolBar | None = None
        console.installEventFilter(self)
        if self.interrupted is not None and self.interrupted_index() is not None:
            self._offer()

    # -- what the console calls -----------------------------------------------------------
    def entered(self, activity_id: int, runtime: object) -> None:
        if not self.read_only:
            self.recorder.entered(activity_id, runtime)

    def left(self) -> None:
        if not self.read_only:
            self.recorder.left()

    # -- the resume offer -----------------------------------------------------------------
    def interrupted_index(self) -> int | None:
        """Where the interrupted activity is in the console's agenda."""
        if self.interrupted is None:
            return None
        ids = [a.id for a in self.console.activities]
        wanted = self.interrupted.activity_id
        return ids.index(wanted) if wanted in ids else None

    def offer_text(self) -> str:
        state, index = self.interrupted, self.interrupted_index()
        assert state is not None and index is not None
        title = self.console.activities[index].title
        if state.timer is None or not state.timer.started:
            text = self.tr("Tafelronde stopped unexpectedly during “{title}”. Resume there?")
        elif state.timer.paused:
            text = self.tr(
                "Tafelronde stopped unexpectedly during “{title}” (timer paused at {time}). "
                "Resume there?"
            )
        else:
            text = self.tr(
                "Tafelronde stopped unexpectedly during “{title}” (timer now at {time}). "
                "Resume there?"
            )
        left = state.timer.remaining_at(self.recorder.wall()) if state.timer else 0.0
        return fill(text, title=title, time=remaining_text(left))

    def _offer(self) -> None:
        bar = QToolBar(self.tr("Resume"), self.console)
        bar.setObjectName("resume_bar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setStyleSheet("QToolBar { background: #fff4c2; padding: 6px; }")
        self.label = QLabel(self.offer_text(), bar)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setStyleSheet("font-weight: bold; padding-right: 12px;")
        bar.addWidget(self.label)
        self.resume_button = QPushButton(self.tr("Resume there"), bar)
        self.resume_button.clicked.connect(self.resume)
        self.dismiss_button = QPushButton(self.tr("Start from the welcome page"), bar)
        self.dismiss_button.clicked.connect(self.dismiss)
        for button in (self.resume_button, self.dismiss_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clicker keys stay with the console
            bar.addWidget(button)
        self.console.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.bar = bar

    def resume(self) -> None:
        """Enter the interrupted activity and put its timer where it would be now."""
        state, index = self.interrupted, self.interrupted_index()
        self._hide_offer()
        if state is None or index is None:
            return
        self.console.record.continue_run(
            self.console.activities, self.console.now()
        )  # the same run goes on
        self.console.go_to(index)
        runtime = self.console.runtime
        if runtime is not None and resume_timer(runtime, state, self.recorder.wall()):
            self.recorder.save()  # the resumed timer is the resume point from now on
        self.console.refresh()

    def dismiss(self) -> None:
        self._hide_offer()

    def _hide_offer(self) -> None:
        self.interrupted = None
        if self.bar is not None:
            self.bar.hide()
            self.console.removeToolBar(self.bar)
            self.bar.setParent(None)
            self.bar.deleteLater()
            self.bar = None

    # -- backups --------------------------------------------------------------------------
    def _backup_failed(self, error: object) -> None:
        reason = user_text(error) if isinstance(error, UserError) else str(error)
        self.console.statusBar().showMessage(
            fill(
                self.tr("The automatic backup failed ({reason}); the meeting is saved as usual."),
                reason=reason,
            ),
            15_000,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.console and event.type() == QEvent.Type.Close and self.backups.active:
            self.backups.stop()
            self.backups.backup_now()  # the state at the end of the meeting
        return False


def resume_bar(console: QWidget) -> QToolBar | None:
    """The console's resume bar, if it shows one (for tests and screenshots)."""
    return console.findChild(QToolBar, "resume_bar")
