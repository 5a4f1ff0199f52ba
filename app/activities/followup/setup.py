"""The follow-up's page in the session workspace: which meeting it follows up, and its actions
(the fate can already be set before the day, as on the Actions tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.activities.context import ActivityContext
from app.activities.followup.control import FollowupList
from app.activities.followup.runtime import FollowupFeed


class FollowupSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpSetup")
        about = QLabel(
            self.tr(
                "On the beamer: the actions agreed at the previous meeting of the series, each "
                "with its fate (done, in progress, dropped). Change a fate here, on the Actions "
                "tab or in the run console: the beamer follows at once."
            ),
            self,
        )
        about.setWordWrap(True)
        self.feed = FollowupFeed(context.store, context.session_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(FollowupList(self.feed, self))
        layout.addStretch(1)
