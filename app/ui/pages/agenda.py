"""Agenda tab: add, remove and reorder activities, plan their minutes, see the planned end.

The selected activity's own setup page (from the registry) shows on the right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.activities import registry
from app.activities.context import ActivityContext
from app.activities.factory import kind_label, make_setup
from app.core.agenda import schedule, total
from app.storage.models import Activity
from app.storage.store import Store
from app.ui.fit import relax_widths
from app.ui.messages import show_error
from app.widgets.autosave import Autosaver
from app.widgets.durations import minutes as duration_words
from app.widgets.plain import message_text


class AgendaPage(QWidget):
    def __init__(
        self, store: Store, session_id: int, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.language = language
        self.activities: list[Activity] = []

        self.list = QListWidget(self)
        self.list.setObjectName("agendaList")
        self.list.currentRowChanged.connect(self._selected)
        self.kind_box = QComboBox(self)
        for kind in registry.KINDS:
            self.kind_box.addItem(kind_label(kind.key), kind.key)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_activity)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("agendaTotal")

        add_row = QHBoxLayout()
        add_row.addWidget(self.kind_box, 1)
        add_row.addWidget(self.add_button)
        move_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            move_row.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(add_row)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(move_row)
        left_layout.addWidget(self.total_label)

        self.title_edit = QLineEdit(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.kind_label = QLabel(self)
        self.setup_stack = QStackedWidget(self)
        details = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_label)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Planned:"), self.minutes)
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        # a page that needs more room scrolls here instead of widening the window (issue 15)
        self.setup_scroll = QScrollArea(details)
        self.setup_scroll.setObjectName("setupScroll")
        self.setup_scroll.setWidgetResizable(True)
        self.setup_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.setup_scroll.setWidget(self.setup_stack)
        details_layout.addWidget(self.setup_scroll, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(details)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.autosaver = Autosaver(self.save_details, parent=self)
        self.autosaver.failed.connect(lambda e: show_error(self, self.tr("Not saved"), e))
        self.title_edit.textEdited.connect(lambda _t: self.autosaver.touch())
        self.title_edit.editingFinished.connect(self.autosaver.flush)
        self.minutes.valueChanged.connect(lambda _v: self.autosaver.touch())
        self.refresh()

    # -- list ------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        meeting = self.store.sessions.get(self.session_id)
        self.activities = self.store.agenda.list(self.session_id)
        slots = schedule([a.planned_minutes for a in self.activities],
                         meeting.start_time if meeting else "")  # fmt: skip
        self.list.blockSignals(True)
        self.list.clear()
        for activity, slot in zip(self.activities, slots, strict=True):
            when = f"{slot.start_clock}  " if slot.start_clock else ""
            text = f"{when}{activity.title or kind_label(activity.kind)}  ·  " + duration_words(
                activity.planned_minutes
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            item.setToolTip(kind_label(activity.kind))
            self.list.addItem(item)
        self.list.blockSignals(False)
        minutes = total([a.planned_minutes for a in self.activities])
        summary = self.tr("Total {duration}").replace("{duration}", duration_words(minutes))
        if slots and slots[-1].end_clock:
            summary += " · " + self.tr("planned end {time}").replace("{time}", slots[-1].end_clock)
        self.total_label.setText(summary)
        ids = [a.id for a in self.activities]
        self.list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        if not ids:
            self._selected(-1)

    def set_language(self, language: str) -> None:
        """The session's content language changed: show the selected activity's page in it."""
        if language != self.language:
            self.language = language
            self._selected(self.list.currentRow())

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_activity(self) -> Activity | None:
        current = self.current_id()
        return next((a for a in self.activities if a.id == current), None)

    def _selected(self, _row: int) -> None:
        self.autosaver.flush()
        activity = self.current_activity()
        enabled = activity is not None
        for widget in (self.title_edit, self.minutes, self.up_button, self.down_button,
                       self.remove_button):  # fmt: skip
            widget.setEnabled(enabled)
        while self.setup_stack.count():
            page = self.setup_stack.widget(0)
            self.setup_stack.removeWidget(page)
            page.deleteLater()
        if activity is None:
            self.kind_label.clear()
            self.title_edit.clear()
            return
        self.title_edit.blockSignals(True)
        self.minutes.blockSignals(True)
        self.title_edit.setText(activity.title)
        self.minutes.setValue(activity.planned_minutes)
        self.title_edit.blockSignals(False)
        self.minutes.blockSignals(False)
        self.kind_label.setText(kind_label(activity.kind))
        context = ActivityContext(self.store, self.session_id, activity.id, language=self.language)
        try:
            page = make_setup(context, self.setup_stack)
            relax_widths(page)
            self.setup_stack.addWidget(page)
        except Exception as error:  # a broken setup page must not take the agenda down
            show_error(self, self.tr("Activity"), error)

    # -- edits -----------------------------------------------------------------------------
    def save_details(self) -> None:
        activity = self.current_activity()
        if activity is None:
            return
        title = self.title_edit.text().strip()
        minutes = self.minutes.value()
        if (title, minutes) == (activity.title, activity.planned_minutes):
            return
        self.store.agenda.update(activity.id, title=title, planned_minutes=minutes)
        self.refresh(activity.id)

    def add_activity(self) -> None:
        kind = registry.kind(self.kind_box.currentData())
        activity = self.store.agenda.add(
            self.session_id, kind.key, kind_label(kind.key), kind.default_minutes,
            dict(kind.default_config),
        )  # fmt: skip
        self.refresh(activity.id)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def move_selected(self, step: int) -> None:
        self.autosaver.flush()
        activity = self.current_activity()
        if activity is None:
            return
        index = self.activities.index(activity)
        self.store.agenda.move(activity.id, max(0, index + step))
        self.refresh(activity.id)

    def remove_selected(self) -> None:
        activity = self.current_activity()
        if activity is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove activity"),
            message_text(
                self.tr("Remove “{title}” and everything noted in it?").replace(
                    "{title}", activity.title or kind_label(activity.kind)
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.agenda.remove(activity.id)
            self.refresh()
