"""Participants tab: the registration list, capacity with waiting list, who is present."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.capacity import PRESENT, REGISTERED, WAITING
from app.core.i18n import fill
from app.storage.errors import StorageError
from app.storage.models import Participant, stored_id
from app.storage.name_order import people_by_name
from app.storage.store import Store
from app.ui.messages import show_error
from app.ui.record_table import ChoiceDelegate, Column, RecordTableModel


class ParticipantsPage(QWidget):
    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        statuses = (
            (REGISTERED, self.tr("registered")),
            (WAITING, self.tr("waiting list")),
            (PRESENT, self.tr("present")),
        )
        self.model = RecordTableModel(
            [
                Column("first_name", self.tr("First name")),
                Column("name_particle", self.tr("Particle")),
                Column("last_name", self.tr("Last name")),
                Column("organisation", self.tr("Organisation")),
                Column("role", self.tr("Role")),
                Column("municipality", self.tr("Municipality")),
                Column("email", self.tr("E-mail")),
                Column("status", self.tr("Status"), "choice", statuses),
                Column("consent", self.tr("Named in report"), "bool"),
            ],
            self._save,
            self,
        )
        self.model.save_failed.connect(lambda e: show_error(self, self.tr("Not saved"), e))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        status_column = [c.field for c in self.model.columns].index("status")
        self.table.setItemDelegateForColumn(status_column, ChoiceDelegate(statuses, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("participantCounts")

        self.add_button = QPushButton(self.tr("Add participant"), self)
        self.add_button.clicked.connect(self.add_participant)
        self.present_button = QPushButton(self.tr("Mark present"), self)
        self.present_button.clicked.connect(self.mark_present)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("Import list…"), self)
        self.import_button.clicked.connect(self.import_file)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.present_button, self.delete_button,
                       self.import_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        # in the session's name order (Dutch or Flemish practice, chosen on the Overview tab)
        self.model.set_records(people_by_name(self.store, self.session_id))
        self.update_counts()

    def update_counts(self) -> None:
        counts = self.store.participants.counts(self.session_id)
        meeting = self.store.sessions.get(self.session_id)
        capacity = meeting.capacity if meeting else 0
        text = self.tr("{registered} registered, {waiting} on the waiting list, {present} present")
        text = fill(text, registered=counts[REGISTERED] + counts[PRESENT])
        text = fill(text, waiting=counts[WAITING], present=counts[PRESENT])
        if capacity:
            text += " · " + fill(self.tr("capacity {capacity}"), capacity=capacity)
        self.counts.setText(text)

    def _save(self, record: object, field: str, value: object) -> object:
        assert isinstance(record, Participant)  # the rows of this table are participants
        changes: dict[str, Any] = {field: value}
        updated = self.store.participants.update(stored_id(record), **changes)
        if field == "status":
            self.refresh()  # capacity may have moved others
            return None
        self.update_counts()
        return updated

    def add_participant(self) -> None:
        try:
            person = self.store.participants.add(self.session_id, first_name=self.tr("New"))
        except StorageError as error:  # e.g. a note-taker's laptop (RoleError)
            show_error(self, self.tr("Not saved"), error)
            return
        self.refresh()
        row = next(i for i, p in enumerate(self.model.records) if p.id == person.id)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def mark_present(self) -> None:
        try:
            for row in self.selected_rows():
                self.store.participants.update(self.model.record(row).id, status=PRESENT)
        except StorageError as error:
            show_error(self, self.tr("Not saved"), error)
        self.refresh()

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete participants"),
            self.tr("Delete %n participant(s)?", "", len(rows)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            for row in rows:
                self.store.participants.delete(self.model.record(row).id)
        except StorageError as error:
            show_error(self, self.tr("Not saved"), error)
        self.refresh()

    def import_file(self) -> None:
        from app.ui.import_dialog import ImportDialog
        from app.widgets import file_dialogs

        path = file_dialogs.open_file(  # starts in the folder used last, never the app's own
            self,
            self.tr("Import registration list"),
            self.tr("Registration lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path is None:
            return
        dialog = ImportDialog(self.store, self.session_id, path, self)
        if dialog.problem is not None:
            show_error(self, self.tr("Import"), dialog.problem)
            return
        if dialog.exec():
            self.refresh()
