"""The follow-up's console panel, and the same list on the Actions tab: one row per action of the
previous meeting with its fate (done / in progress / dropped), changeable live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core import followup as fu
from app.core.i18n import fill
from app.widgets.layouts import clear_layout
from app.widgets.plain import plain_label, set_plain
from app.widgets.timer import TimerControls

if TYPE_CHECKING:
    from app.activities.followup.runtime import FollowupFeed, FollowupRuntime


def status_text(status: str) -> str:
    return QCoreApplication.translate("Followup", fu.LABELS[status])


class FollowupList(QWidget):
    """What, who and a status choice per action; rebuilt when the feed changes."""

    def __init__(self, feed: FollowupFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpList")
        self.feed = feed
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.rows)
        self.choices: dict[int, QComboBox] = {}
        feed.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        feed = self.feed
        if feed.previous is None:
            self.heading.setText(self.tr("This meeting has no earlier meeting in a series, so "
                                         "there is nothing to follow up."))  # fmt: skip
        elif not feed.items:
            text = self.tr("Nothing was agreed in “{title}”.")
            set_plain(self.heading, fill(text, title=feed.previous_title()))
        else:
            text = self.tr("Agreed in “{title}”:")
            set_plain(self.heading, fill(text, title=feed.previous_title()))
        wanted = [item.id for item in feed.items]
        if wanted != list(self.choices):
            self._rebuild()
        for item in feed.items:
            combo = self.choices[item.id]
            index = combo.findData(item.status)
            if combo.currentIndex() != index:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)

    def _rebuild(self) -> None:
        clear_layout(self.grid)
        self.choices = {}
        for row, item in enumerate(self.feed.items):
            what = plain_label(item.what, self.rows)
            what.setWordWrap(True)
            self.grid.addWidget(what, row, 0)
            self.grid.addWidget(plain_label(item.who, self.rows), row, 1)
            combo = QComboBox(self.rows)
            combo.setObjectName(f"followUpStatus{item.id}")
            for status in fu.STATUSES:
                combo.addItem(status_text(status), status)
            combo.setAccessibleName(fill(self.tr("Status of “{what}”"), what=item.what))
            combo.currentIndexChanged.connect(
                lambda _i, pid=item.id, box=combo: self.feed.set_status(pid, box.currentData())
            )
            self.grid.addWidget(combo, row, 2)
            self.choices[item.id] = combo
        self.grid.setColumnStretch(0, 1)


class FollowupControl(QWidget):
    def __init__(self, runtime: FollowupRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpControl")
        layout = QVBoxLayout(self)
        title = plain_label(runtime.title, self)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.list = FollowupList(runtime.feed, self)
        layout.addWidget(self.list)
        layout.addWidget(TimerControls(runtime.timer, self))
        layout.addStretch(1)
