"""The session workspace: a tab per part of the session (overview, agenda, people, actions…)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.storage.content_language import content_language
from app.storage.store import Store
from app.ui.pages.actions import ActionsPage
from app.ui.pages.agenda import AgendaPage
from app.ui.pages.overview import OverviewPage
from app.ui.pages.participants import ParticipantsPage
from app.widgets.plain import plain_label

# Optional tabs built in their own packages: (module, class, tab label source text)
EXTRA_TABS = (
    ("app.ui.report.page", "ReportPage", QT_TRANSLATE_NOOP("SessionWorkspace", "Report")),
    ("app.ui.shared_page", "SharedPage", QT_TRANSLATE_NOOP("SessionWorkspace", "Shared")),
)


class SessionWorkspace(QWidget):
    back_requested = Signal()
    run_requested = Signal(int)
    open_requested = Signal(int)  # another session (the next meeting of the series)

    def __init__(
        self, store: Store, session_id: int, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        meeting = store.sessions.get(session_id)
        assert meeting is not None
        self.heading = plain_label(meeting.title, self)  # a title from data: never markup
        self.heading.setObjectName("pageTitle")
        back = QPushButton(self.tr("← All sessions"), self)
        back.clicked.connect(self._back)
        self.run_button = QPushButton(self.tr("Run session ▶"), self)
        self.run_button.setObjectName("runButton")
        self.run_button.setToolTip(self.tr("Open the run console and the beamer window (Ctrl+R)"))
        self.run_button.clicked.connect(lambda: self.run_requested.emit(self.session_id))

        del language  # content follows the session's own language, not the interface's
        self.overview = OverviewPage(store, session_id, self)
        self.overview.title_changed.connect(self.heading.setText)
        self.agenda = AgendaPage(store, session_id, content_language(store, session_id), self)
        self.overview.content_language_changed.connect(self.agenda.set_language)
        self.overview.go_to.connect(self.go_to)  # the "Ready for the day?" line's links
        self.overview.series_box.open_requested.connect(self._open_other)
        self.participants = ParticipantsPage(store, session_id, self)
        self.actions = ActionsPage(store, session_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.actions, self.tr("Actions"))
        for module_name, class_name, label in EXTRA_TABS:
            try:
                page_class = getattr(importlib.import_module(module_name), class_name)
            except ImportError:
                continue
            self.tabs.addTab(page_class(store, session_id, self), self.tr(label))
        self.tabs.currentChanged.connect(self._tab_changed)

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def flush(self) -> None:
        """Save anything still waiting for the typing pause (leaving, closing, Ctrl+S)."""
        self.overview.autosaver.flush()
        self.agenda.autosaver.flush()

    def go_to(self, target: str) -> None:
        """Show a tab: "participants", or "agenda:<activity id>" with that activity selected."""
        if target == "participants":
            self.tabs.setCurrentWidget(self.participants)
            return
        page, _, ident = target.partition(":")
        if page == "agenda":
            self.tabs.setCurrentWidget(self.agenda)
            if ident.isdigit():
                self.agenda.refresh(int(ident))

    def _tab_changed(self, _index: int) -> None:
        self.flush()
        page = self.tabs.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def _open_other(self, session_id: int) -> None:
        self.flush()
        self.open_requested.emit(session_id)

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()
