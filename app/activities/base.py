"""Base classes for an activity kind's runtime, and the placeholder for kinds not built yet."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.activities.context import ActivityContext
from app.core.i18n import fill
from app.widgets.plain import plain_label


class ActivityRuntime(QObject):
    """Live state of one activity while the run console shows it (see registry.py)."""

    changed = Signal()

    def __init__(self, context: ActivityContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._following = False
        self._reload_pending = False

    # -- following the store ---------------------------------------------------------------
    def follow_store(self, on: bool = True) -> None:
        """Call `reload_from_store` after this session's results or agenda change (saves on
        this laptop and, on a shared database, relayed saves of the others)."""
        if on == self._following:
            return
        changes = self.context.store.changes
        (changes.subscribe if on else changes.unsubscribe)(self._store_changed)
        self._following = on

    def reload_from_store(self) -> None:
        """Re-read what the store holds; kinds that follow the store override this."""

    def _store_changed(self, table: str, session_id: int) -> None:
        if session_id != self.context.session_id or table not in ("activity_result", "activity"):
            return
        if self._reload_pending:  # a burst of saves is read once, when the event loop runs
            return
        self._reload_pending = True
        ref = weakref.ref(self)  # a pending timer must not keep the runtime alive

        def reload() -> None:
            runtime = ref()
            if runtime is not None:
                runtime._reload()

        try:
            QTimer.singleShot(0, self, reload)
        except RuntimeError:  # the Qt object is gone
            self.follow_store(False)

    def _reload(self) -> None:
        self._reload_pending = False
        if self.context.store.closed:  # the window closed the database before the timer fired:
            self.follow_store(False)  # reading now would reopen a connection that never closes
            return
        self.reload_from_store()

    def handle_key(self, key: str) -> bool:
        del key
        return False

    def start(self) -> None:
        """Called when the run console enters this activity."""

    def stop(self) -> None:
        """Called when the run console leaves this activity."""


def title_view(context: ActivityContext, parent: QWidget | None = None) -> QWidget:
    """The beamer view of a kind without its own: the activity's title, large."""
    label = plain_label(context.activity().title, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("beamerTitle")
    return label


class PlaceholderPage(QWidget):
    """Shown for an activity kind whose pages are not built yet: says so plainly."""

    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.activities import registry

        kind = registry.kind(context.activity().kind)
        layout = QVBoxLayout(self)
        label = QLabel(
            fill(
                self.tr(
                    "“{kind}” has no settings page yet. It can already be planned in the agenda."
                ),
                kind=self.tr_kind(kind.label),
            ),
            self,
        )
        label.setWordWrap(True)
        label.setObjectName("placeholderText")
        layout.addWidget(label)
        layout.addStretch(1)

    @staticmethod
    def tr_kind(label: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ActivityKind", label)
