"""The run console: the facilitator's laptop window while the session runs on the beamer.

It owns the BeamerWindow and the runtimes of the activities visited (from the activity
registry): the current runtime's control panel sits here, its beamer widget in the beamer window,
both watching the same object. A runtime lives from the first entry of its activity until the
console closes, so leaving and coming back resumes it exactly (app/ui/run/lifetime.py). Entering
an activity records the actual start, leaving records the end (app/ui/run/record.py); a
rehearsal runs on a temporary copy, so nothing reaches the real database (rehearsal.py).
Positions: -1 is the welcome page, len(agenda) the closing page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.activities.factory import make_beamer, make_control, make_runtime
from app.core.clock import Clock, MonotonicClock
from app.core.i18n import fill
from app.storage.content_language import content_language
from app.storage.models import Activity, stored_id
from app.storage.store import Store
from app.ui.beamer.screens import TitleScreen
from app.ui.beamer.window import BeamerWindow
from app.ui.run.keys import ClickerKeys, release_typing
from app.ui.run.lifetime import KeptRuntimes
from app.ui.run.panels import ConsoleLayout, fit_to_screen
from app.ui.run.presenter import PresenterStrip
from app.ui.run.record import RunRecord
from app.ui.run.rehearsal import RunBar, start_rehearsal
from app.widgets.durations import duration, minutes

log = logging.getLogger(__name__)
THUMBNAIL_MS = 1000  # at most one beamer grab per second: a live picture, not a video
REFRESH_MS = 1000


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without a zone; they were written as UTC."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def schedule_delta(rows: list[tuple[float, float | None, bool]]) -> float:
    """Seconds behind (+) or ahead (-) of the plan, from (planned, actual, running) per activity.

    A finished activity counts fully (over or under its plan); a running one only once it runs
    over, since it may still end on time; activities not yet started count nothing.
    """
    delta = 0.0
    for planned, actual, running in rows:
        if actual is None:
            continue
        delta += max(0.0, actual - planned) if running else actual - planned
    return delta


class RunConsole(QMainWindow):
    def __init__(
        self,
        store: Store,
        session_id: int,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        rehearsal: bool = False,
    ) -> None:
        super().__init__(parent)
        self.real_store = store
        self.session_id = session_id
        self.rehearsal = start_rehearsal(store, session_id) if rehearsal else None
        self.store: Store = store
        if self.rehearsal is not None:
            assert self.rehearsal.store is not None  # open until the console closes it
            self.store = self.rehearsal.store
        self.record = RunRecord(self.store)  # in a rehearsal: the copy's record
        self.kept = KeptRuntimes(self)
        self.clock = clock or MonotonicClock()
        # wall time follows the injected clock, so a FakeClock also drives the recorded times
        self._wall0 = datetime.now(UTC)
        self._mono0 = self.clock.now()
        meeting = self.store.sessions.get(session_id)
        if meeting is None:
            raise LookupError(f"no session {session_id}")
        self.session_title = meeting.title
        self.content_language = content_language(self.store, session_id)
        self.activities: list[Activity] = self.store.agenda.list(session_id)
        self.index = -1
        self.runtime: ActivityRuntime | None = None
        self._control: QWidget | None = None
        self._closed = False
        title = self.tr("Rehearsal: {title}") if self.rehearsal else self.tr("Run: {title}")
        self.setWindowTitle(fill(title, title=meeting.title))

        self.beamer = BeamerWindow(meeting.title)
        self.beamer.set_content(self._title_page(self.tr("Welcome")))
        self.ui = ConsoleLayout(self)
        self.setCentralWidget(self.ui)
        self.run_bar = RunBar(self, rehearsal=self.rehearsal is not None)  # banner, restart
        self.ui.previous.clicked.connect(lambda: self.perform("back"))
        self.ui.next.clicked.connect(lambda: self.perform("next"))
        self.ui.black.toggled.connect(self.beamer.set_black)
        self.beamer.blackChanged.connect(self._black_changed)
        self.ui.pause.toggled.connect(self._pause_toggled)
        self.ui.pause_message.textChanged.connect(self._pause_message_changed)
        self.ui.pause_message.returnPressed.connect(self._typing_done)
        self.presenter = PresenterStrip(self)
        self.ui.set_presenter(self.presenter)
        self.ui.pause_until.setTime(self.presenter.pause_default())
        self.ui.pause_until_on.toggled.connect(lambda _on: self._pause_message_changed(""))
        self.ui.pause_until.timeChanged.connect(lambda _t: self._pause_message_changed(""))
        self.ui.fullscreen.clicked.connect(self.beamer.toggle_fullscreen)
        self.ui.beamer_window.clicked.connect(self.beamer.show_window)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.beamer.toggle_fullscreen)
        self.ui.agenda.itemDoubleClicked.connect(self._jump)
        self.keys = ClickerKeys([self, self.beamer], self)
        self.keys.action.connect(self.perform)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(THUMBNAIL_MS)
        self._thumb_timer.timeout.connect(self.update_thumbnail)
        self._fill_agenda()
        self.refresh()
        from app.ui.run.resume import RunSafety  # issue 9: resume after a crash, timed backups

        self.safety = RunSafety(self)
        from app.ui.run.room import RunRoom  # issue 11: phones in the room, off until opened

        self.room = RunRoom(self)
        from app.ui.run.bingo_dock import RunBingo  # issue 15: bingo beside any activity

        self.bingo = RunBingo(self)
        geometry = QSettings().value("run/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        fit_to_screen(self)

    # -- time -----------------------------------------------------------------------------
    def now(self) -> datetime:
        return self._wall0 + timedelta(seconds=self.clock.now() - self._mono0)

    def elapsed_of(self, activity: Activity) -> float | None:
        """Actual seconds spent in an activity (running ones up to now); None if never started."""
        start = as_utc(activity.actual_start)
        if start is None:
            return None
        current = self.current_activity()
        if current is not None and current.id == activity.id and activity.id is not None:
            live = self.record.live_seconds(activity.id, self.now())
            if live is not None:  # on screen now: its time so far in this run
                return live
        end = as_utc(activity.actual_end)
        return max(0.0, ((end or self.now()) - start).total_seconds())

    def current_activity(self) -> Activity | None:
        return self.activities[self.index] if 0 <= self.index < len(self.activities) else None

    # -- navigation -----------------------------------------------------------------------
    def perform(self, action: str) -> None:
        """A clicker action from either window or a button: the activity first, then the agenda."""
        if self.bingo.dismiss(action):  # a winner over the beamer: the key takes it off
            return
        if action == "black":
            self.beamer.toggle_black()
            return
        if self.runtime is not None and self.runtime.handle_key(action):
            self.refresh()
            return
        if action == "next" and self.index < len(self.activities):
            self.go_to(self.index + 1)
        elif action == "back" and self.index > -1:
            self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        """Leave the current activity (record its end) and enter another (record its start)."""
        index = max(-1, min(index, len(self.activities)))
        if index == self.index:
            return
        self._leave(forward=index > self.index)
        self.index = index
        activity = self.current_activity()
        if activity is None:
            closing = index >= len(self.activities)
            message = self.tr("Thank you!") if closing else self.tr("Welcome")
            self.beamer.set_content(self._title_page(message))
            self._set_control(QLabel(self.tr("No activity running."), self))
        else:
            self._enter(activity)
        self.room.follow()
        self.bingo.follow()
        self._fill_agenda()
        self.refresh()
        self.update_thumbnail()

    def _enter(self, activity: Activity) -> None:
        assert activity.id is not None
        kept = self.kept.get(activity.id)
        context = ActivityContext(self.store, self.session_id, activity.id, self.clock)
        try:
            context.language = self.content_language  # the session's, not the interface's
            runtime = kept if kept is not None else make_runtime(context, self)
            control = make_control(runtime)
            if type(runtime) is ActivityRuntime:  # a kind without its own views yet
                view = self._title_page(activity.title)
            else:
                view = make_beamer(runtime)
        except Exception:  # another kind's bug must not stop the meeting: show the title instead
            log.exception("activity %s could not start", activity.id)
            runtime = ActivityRuntime(context, self)  # a stand-in, not kept
            control = QLabel(self.tr("This activity could not be opened; its title is shown."))
            view = self._title_page(activity.title)
            kept = None
        else:
            self.kept.keep(activity.id, runtime)
        self.runtime = runtime
        self._set_control(control)
        self.beamer.set_content(view)
        runtime.changed.connect(self.refresh)
        self._record(self.record.entered, activity.id)
        try:
            runtime.start()
            if kept is not None:
                self.kept.wake(runtime)
        except Exception as error:  # e.g. the database went away: the timer still works
            log.exception("activity %s could not start fully", activity.id)
            self._warn(error)
        self.safety.entered(activity.id, runtime)

    def _leave(self, forward: bool = True) -> None:
        """Leave the current activity; its runtime is kept (frozen when left forwards)."""
        activity = self.current_activity()
        self.safety.left()
        if self.runtime is not None:
            self.kept.left(self.runtime, forward)
            self.runtime.changed.disconnect(self.refresh)
            kept = self.kept.get(stored_id(activity)) if activity is not None else None
            if kept is not self.runtime:
                self.runtime.deleteLater()  # a stand-in (a kind that failed to open)
            self.runtime = None
        if activity is not None and activity.id is not None:
            self._record(self.record.left, activity.id)

    def _record(self, mark: Callable[[int, datetime], object], activity_id: int) -> None:
        """Write an actual start or end; a database that cannot be written never stops the run."""
        try:
            mark(activity_id, self.now())
            self._reload()
        except Exception as error:
            log.warning("actual time of activity %s not saved: %s", activity_id, error)
            self._warn(error)

    def _warn(self, error: BaseException) -> None:
        from app.ui.messages import error_text

        self.statusBar().showMessage(fill(self.tr("Not saved: {reason}"), reason=error_text(error)))

    def _reload(self) -> None:
        """Re-read the agenda (actual times changed); the order and count stay as they were."""
        fresh = {a.id: a for a in self.store.agenda.list(self.session_id)}
        self.activities = [fresh.get(a.id, a) for a in self.activities]

    def _jump(self, item: QListWidgetItem) -> None:
        self.go_to(self.ui.agenda.row(item))

    def _set_control(self, widget: QWidget) -> None:
        self._control = widget
        self.ui.set_control(widget)

    def _title_page(self, message: str) -> QWidget:
        return TitleScreen(self.session_title, message)

    # -- black and pause ------------------------------------------------------------------
    def _black_changed(self, on: bool) -> None:
        self.ui.black.setChecked(on)
        self.update_thumbnail()

    def _pause_toggled(self, on: bool) -> None:
        self.beamer.set_pause(on, self.ui.pause_message.text(), self.presenter.pause_countdown())
        self.update_thumbnail()

    def _pause_message_changed(self, text: str) -> None:
        del text
        if self.beamer.is_paused():
            self.beamer.set_pause(
                True, self.ui.pause_message.text(), self.presenter.pause_countdown()
            )

    def _typing_done(self) -> None:
        """Enter in the pause message: the clicker's keys act again (B blanks, not types)."""
        release_typing(self)

    # -- display --------------------------------------------------------------------------
    def _fill_agenda(self) -> None:
        agenda = self.ui.agenda
        agenda.clear()
        for row, activity in enumerate(self.activities):
            item = QListWidgetItem(self._agenda_text(activity, row == self.index))
            if row == self.index:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setBackground(self.palette().highlight())
                item.setForeground(self.palette().highlightedText())
            agenda.addItem(item)
        if 0 <= self.index < agenda.count():
            agenda.scrollToItem(agenda.item(self.index))

    def _agenda_text(self, activity: Activity, current: bool) -> str:
        spent = self.elapsed_of(activity)
        actual = "–" if spent is None else duration(spent)
        line = self.tr("planned {planned} · actual {actual}")
        line = fill(line, planned=minutes(activity.planned_minutes))
        marker = "▶ " if current else ""
        return f"{marker}{activity.title}\n    {fill(line, actual=actual)}"

    def refresh(self) -> None:
        """Elapsed times (per activity and the session) and the position; once per second."""
        for row, activity in enumerate(self.activities):
            item = self.ui.agenda.item(row)
            if item is not None:
                item.setText(self._agenda_text(activity, row == self.index))
        planned = sum(a.planned_minutes for a in self.activities) * 60
        spent = sum(self.elapsed_of(a) or 0.0 for a in self.activities)
        self.ui.session_times.setText(
            fill(
                self.tr("Session: {actual} of {planned} planned"),
                actual=duration(spent),
                planned=duration(planned, with_seconds=False),
            )
        )
        self.presenter.refresh()  # the clock, the next item and the plan (ui.schedule)
        if self.beamer.is_paused() and self.ui.pause_until_on.isChecked():
            self._pause_message_changed("")  # the pause screen's minutes to go
        current = self.current_activity()
        if current is None:
            where = self.tr("Not started") if self.index < 0 else self.tr("Finished")
            self.ui.activity_times.setText(where)
        else:
            spent_here = self.elapsed_of(current) or 0.0
            text = fill(
                self.tr("{title}: {actual} of {planned}"),
                title=current.title,
                actual=duration(spent_here),
                planned=minutes(current.planned_minutes),
            )
            over = spent_here - current.planned_minutes * 60
            if over >= 1:
                text += " · " + fill(self.tr("{time} over"), time=duration(over))
            self.ui.activity_times.setText(text)
        self.ui.previous.setEnabled(self.index > -1)
        self.ui.next.setEnabled(self.index < len(self.activities))

    def schedule_seconds(self) -> float:
        """Behind (+) or ahead (-) of the planned agenda, in seconds."""
        return schedule_delta(
            [
                (a.planned_minutes * 60.0, self.elapsed_of(a), row == self.index)
                for row, a in enumerate(self.activities)
            ]
        )

    def thumbnail(self) -> QPixmap:
        """A small picture of what the beamer shows, rendered at thumbnail size (cheap)."""
        view = self.beamer.current_view()
        width = max(160, self.ui.thumbnail.width())
        source = view.size()
        if source.width() < 2 or source.height() < 2:
            source = self.beamer.size()
        height = max(90, int(width * source.height() / max(1, source.width())))
        picture = QPixmap(width, height)
        picture.fill(Qt.GlobalColor.black)
        painter = QPainter(picture)
        painter.scale(width / max(1, source.width()), height / max(1, source.height()))
        view.render(painter, QPoint(0, 0))
        painter.end()
        return picture

    def update_thumbnail(self) -> None:
        if self.isVisible() and not self.isMinimized():
            self.ui.thumbnail.setPixmap(self.thumbnail())

    # -- window ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.beamer.isVisible():
            self.beamer.avoid_screen = self.screen()
            if len(QGuiApplication.screens()) > 1:  # one screen: only when asked (F5, button)
                self.beamer.place()
        self._refresh_timer.start()
        self._thumb_timer.start()
        QTimer.singleShot(0, self.update_thumbnail)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:  # closing twice must not touch the deleted beamer
            super().closeEvent(event)
            return
        self._closed = True
        self._leave()
        self.kept.close()
        self._refresh_timer.stop()
        self._thumb_timer.stop()
        self.keys.remove()
        self.room.close()
        self.bingo.close()
        QSettings().setValue("run/geometry", self.saveGeometry())
        self.beamer.close()
        self.beamer.deleteLater()
        super().closeEvent(event)
        if self.rehearsal is not None:  # the copy goes; the real database was never touched
            self.rehearsal.close()
