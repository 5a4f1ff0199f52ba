"""Agenda tab: add, remove and reorder activities, plan their minutes, see the planned end.

The selected activity's own setup page (from the registry) shows on the right. A new activity
goes right after the selected one; drag and drop or Alt+Up/Alt+Down reorder. A breakout's and a
speed dating's planned minutes follow their rounds (app/core/agenda.py) until the organiser types
other minutes; the agenda then says "set by hand" and offers the automatic value back. Removing
asks first only when the activity holds something noted, voted or scheduled: an empty one is
put back as easily as it went.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.activities import registry
from app.activities.context import ActivityContext
from app.activities.factory import kind_label, make_setup
from app.core.agenda import BY_HAND, automatic_minutes, by_hand, schedule, set_by_hand, total
from app.core.i18n import fill
from app.storage.agenda import config_of
from app.storage.models import Activity
from app.storage.store import Store
from app.ui.fit import relax_widths
from app.ui.messages import show_error
from app.ui.pages.agenda_parts import AgendaList, KindList, PlannedMinutes
from app.widgets.autosave import Autosaver
from app.widgets.durations import minutes as duration_words
from app.widgets.plain import message_text


class AgendaPage(QWidget):
    _saved_elsewhere = Signal()  # queued to the GUI thread when a worker thread saved

    def __init__(
        self, store: Store, session_id: int, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.language = language
        self.activities: list[Activity] = []

        self.list = AgendaList(self)
        self.list.currentRowChanged.connect(self._selected)
        self.list.order_changed.connect(self._reordered)
        self.list.move_requested.connect(self.move_selected)
        self.kind_list = KindList(self)
        self.kind_list.itemDoubleClicked.connect(lambda _item: self.add_activity())
        self.add_button = QPushButton(self.tr("Add after the selected one"), self)
        self.add_button.clicked.connect(self.add_activity)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("agendaTotal")

        add_row = QVBoxLayout()
        add_row.addWidget(QLabel(self.tr("New activity:"), self))
        add_row.addWidget(self.kind_list)
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
        self.planned = PlannedMinutes(self)
        self.planned.reset_requested.connect(self.reset_minutes)
        self.minutes = self.planned.spin
        self.kind_label = QLabel(self)
        self.setup_stack = QStackedWidget(self)
        details = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_label)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Planned:"), self.planned)
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
        # a setup page's new rounds change the planned minutes: show them without rebuilding it
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self.update_texts)
        self._saved_elsewhere.connect(self._follow.start)
        listener = self._store_changed
        store.changes.subscribe(listener)
        self.destroyed.connect(lambda *_args: store.changes.unsubscribe(listener))
        self.refresh()

    def _store_changed(self, table: str, session_id: int) -> None:
        if table == "activity" and session_id == self.session_id:
            self._saved_elsewhere.emit()

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
            item = QListWidgetItem(self._text(activity, slot.start_clock))
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            item.setToolTip(kind_label(activity.kind))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._show_total(slots)
        ids = [a.id for a in self.activities]
        self.list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        if not ids:
            self._selected(-1)

    def _text(self, activity: Activity, start_clock: str) -> str:
        when = f"{start_clock}  " if start_clock else ""
        length = duration_words(activity.planned_minutes)
        config = config_of(activity)
        if by_hand(config) and automatic_minutes(activity.kind, config) is not None:
            length = fill(self.tr("{duration} (set by hand)"), duration=length)
        return f"{when}{activity.title or kind_label(activity.kind)}  ·  {length}"

    def update_texts(self) -> None:
        """Saved elsewhere (a setup page, another laptop): new texts and minutes, same pages."""
        meeting = self.store.sessions.get(self.session_id)
        activities = self.store.agenda.list(self.session_id)
        if [a.id for a in activities] != self.list.ids():
            self.refresh()
            return
        self.activities = activities
        slots = schedule([a.planned_minutes for a in activities],
                         meeting.start_time if meeting else "")  # fmt: skip
        for row, (activity, slot) in enumerate(zip(activities, slots, strict=True)):
            self.list.item(row).setText(self._text(activity, slot.start_clock))
        self._show_total(slots)
        current = self.current_activity()
        if current is not None and not self.autosaver.pending:
            self._show_minutes(current)

    def _show_minutes(self, activity: Activity) -> None:
        self.minutes.blockSignals(True)
        self.minutes.setValue(activity.planned_minutes)
        self.minutes.blockSignals(False)
        config = config_of(activity)
        self.planned.show_rule(automatic_minutes(activity.kind, config), by_hand(config))

    def _show_total(self, slots: list) -> None:
        minutes = total([a.planned_minutes for a in self.activities])
        summary = fill(self.tr("Total {duration}"), duration=duration_words(minutes))
        if slots and slots[-1].end_clock:
            summary += " · " + fill(self.tr("planned end {time}"), time=slots[-1].end_clock)
        self.total_label.setText(summary)

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
            old = self.setup_stack.widget(0)
            assert old is not None  # count() > 0
            self.setup_stack.removeWidget(old)
            old.deleteLater()
        if activity is None:
            self.kind_label.clear()
            self.title_edit.clear()
            self.planned.show_rule(None, False)
            return
        self.title_edit.blockSignals(True)
        self.title_edit.setText(activity.title)
        self.title_edit.blockSignals(False)
        self._show_minutes(activity)
        self.kind_label.setText(kind_label(activity.kind))
        assert activity.id is not None  # a stored row has its id
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
        fields: dict[str, Any] = {"title": title, "planned_minutes": minutes}
        if minutes != activity.planned_minutes:
            config = config_of(activity)
            hand = set_by_hand(activity.kind, config, minutes)
            if hand != by_hand(config):
                config[BY_HAND] = hand
                fields["config"] = config
        assert activity.id is not None  # a stored row has its id
        self.store.agenda.update(activity.id, **fields)
        # new texts and times only: rebuilding the setup page here would pull it away from
        # under the mouse when the click that ended the typing was on that page
        self.update_texts()

    def reset_minutes(self) -> None:
        """Back to the minutes the rounds ask for; from now on they follow the rounds again."""
        self.autosaver.flush()
        current = self.current_id()
        activity = self.store.agenda.get(current) if current is not None else None
        if activity is None:
            return
        config = config_of(activity)  # as stored now (a setup page may have saved since)
        config.pop(BY_HAND, None)
        assert activity.id is not None  # a stored row has its id
        self.store.agenda.update(activity.id, config=config)  # the minutes follow (storage)
        self.refresh(activity.id)

    def add_activity(self) -> None:
        """A new activity of the chosen kind, right after the selected one."""
        self.autosaver.flush()
        kind = registry.kind(self.kind_list.kind())
        current = self.current_activity()
        position = self.activities.index(current) + 1 if current is not None else None
        config = dict(kind.default_config)
        minutes = automatic_minutes(kind.key, config) or kind.default_minutes
        activity = self.store.agenda.add(
            self.session_id, kind.key, kind_label(kind.key), minutes, config, position
        )
        self.refresh(activity.id)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def move_selected(self, step: int) -> None:
        self.autosaver.flush()
        activity = self.current_activity()
        if activity is None:
            return
        index = self.activities.index(activity)
        assert activity.id is not None  # a stored row has its id
        self.store.agenda.move(activity.id, max(0, index + step))
        self.refresh(activity.id)
        self.list.setFocus()

    def _reordered(self, ids: list[int]) -> None:
        """Dropped somewhere else in the list: store the order as it now shows."""
        if ids == [a.id for a in self.activities]:
            return
        self.autosaver.flush()
        current = self.current_id()
        self.store.agenda.reorder(self.session_id, ids)
        self.refresh(current)

    def remove_selected(self) -> None:
        activity = self.current_activity()
        if activity is None:
            return
        assert activity.id is not None  # a stored row has its id
        if not self.store.agenda.has_results(activity.id):  # nothing to lose: no question
            self.store.agenda.remove(activity.id)
            self.refresh()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove activity"),
            message_text(
                fill(
                    self.tr(
                        "“{title}” holds results (notes, votes, groups). Remove it with "
                        "everything noted in it?"
                    ),
                    title=activity.title or kind_label(activity.kind),
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.agenda.remove(activity.id)
            self.refresh()
