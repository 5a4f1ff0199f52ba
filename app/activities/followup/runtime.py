"""The follow-up while the console shows it: the previous meeting's actions and their fate.

The fate lives on the original action (app/activities/followup/state.py), in another session, so
this does not wait for the base class's own-session filter: FollowupFeed listens to the store's
changes for the previous session's actions and settings, and tells the console, the beamer and
the Actions tab's section to re-read. A status changed on any of them shows on all at once.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, Signal

from app.activities.base import ActivityRuntime
from app.activities.context import ActivityContext
from app.activities.followup import state
from app.storage.store import Store
from app.widgets.sound import shared_chime
from app.widgets.timer import TimerController, warning_seconds


class FollowupFeed(QObject):
    """The follow-up items of one session, re-read when the original actions change."""

    changed = Signal()
    _touched = Signal()  # from whichever thread saved; queued to this object's thread

    def __init__(self, store: Store, session_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.items: list[state.FollowupItem] = []
        self.previous: int | None = None
        self._touched.connect(self.reload, Qt.ConnectionType.QueuedConnection)
        ref = weakref.ref(self)

        def listener(table: str, changed: int) -> None:
            feed = ref()
            if feed is None:
                store.changes.unsubscribe(listener)
            elif table in state.TABLES and changed in (feed.previous, feed.session_id):
                try:
                    feed._touched.emit()
                except RuntimeError:  # the Qt side is gone
                    store.changes.unsubscribe(listener)

        self._listener = listener
        store.changes.subscribe(listener)
        self.destroyed.connect(lambda *_: store.changes.unsubscribe(listener))
        self.reload()

    def reload(self) -> None:
        if self.store.closed:
            self.store.changes.unsubscribe(self._listener)
            return
        self.previous = state.previous_session(self.store, self.session_id)
        self.items = state.items(self.store, self.session_id)
        self.changed.emit()

    def set_status(self, item_id: int, status: str) -> None:
        item = next((i for i in self.items if i.id == item_id), None)
        if item is not None and item.status != status:
            state.set_status(self.store, item, status)
            self.reload()  # at once here; other views follow through the store's changes

    def previous_title(self) -> str:
        meeting = self.store.sessions.get(self.previous) if self.previous is not None else None
        return meeting.title if meeting is not None else ""


class FollowupRuntime(ActivityRuntime):
    """The list, and a timer for the planned minutes (the follow-up is time-boxed like a talk:
    started when the console enters it, +1 min / pause on the panel)."""

    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        activity = context.activity()
        self.title = activity.title
        self.feed = FollowupFeed(context.store, context.session_id, self)
        self.feed.changed.connect(self.changed)
        self.timer = TimerController(
            context.clock, max(0, activity.planned_minutes) * 60,
            warning=warning_seconds(context.config()), chime=shared_chime(), parent=self,
        )  # fmt: skip
        self.timer.stateChanged.connect(lambda _state: self.changed.emit())

    def reload_from_store(self) -> None:
        self.feed.reload()

    def start(self) -> None:
        self.follow_store(True)
        self.feed.reload()
        if not self.timer.countdown.started:
            self.timer.start()

    def stop(self) -> None:
        self.follow_store(False)
        self.timer.stop()
