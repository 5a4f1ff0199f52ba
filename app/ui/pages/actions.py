"""Actions tab: what was agreed, who does it, by when, and whether it is done.

"When" is a date: typed day first (18-03-2027, 18/3/2027) or year first (2027-03-18), read by
app/core/dates.py like the overview's date field, stored as yyyy-mm-dd and shown day first.
Anything else is refused with a message under the table and the cell keeps what it held, so it
never silently shows another date than the one typed. Older free texts ("next meeting") stay as
they were until edited.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import InputError, parse_date, show_date
from app.i18n import user_text
from app.storage.store import Store
from app.ui.messages import show_error
from app.ui.record_table import Column, Index, RecordTableModel
from app.widgets.plain import set_plain

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_date(text: str) -> date:
    """The date typed, read as the agenda's date field reads it (app/core/dates.py); ValueError
    with the translated reason otherwise."""
    try:
        return parse_date(text)
    except InputError as error:
        raise ValueError(user_text(error)) from None


def shown_date(stored: str) -> str:
    """A stored yyyy-mm-dd day first, as people in the Low Countries write it; other text as is."""
    if ISO.fullmatch(stored or ""):
        try:
            return show_date(date.fromisoformat(stored))
        except ValueError:
            pass
    return stored


class ActionsModel(RecordTableModel):
    """The actions table; its "When" column takes dates only."""

    refused = Signal(str)  # why a typed date was not taken, translated

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        due = index.isValid() and self.columns[index.column()].field == "due"
        if due and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return shown_date(value or "")
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and self.columns[index.column()].field == "due":
            text = str(value).strip()
            if text and text != shown_date(self.records[index.row()].due):
                try:
                    text = read_date(text).isoformat()
                except ValueError as error:
                    self.refused.emit(str(error))
                    return False
            elif text:  # unchanged text: nothing to store
                return False
            self.refused.emit("")
            value = text
        return super().setData(index, value, role)


class ActionsPage(QWidget):
    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.model = ActionsModel(
            [
                Column("what", self.tr("What"), max_length=2000),
                Column("who", self.tr("Who")),
                Column("due", self.tr("When")),
                Column("done", self.tr("Done"), "bool"),
            ],
            lambda record, field, value: store.actions.update(record.id, **{field: value}),
            self,
        )
        self.model.save_failed.connect(lambda e: show_error(self, self.tr("Not saved"), e))
        self.message = QLabel(self)
        self.message.setObjectName("actionsMessage")
        self.message.setWordWrap(True)
        self.model.refused.connect(lambda text: set_plain(self.message, text))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("Add action"), self)
        self.add_button.clicked.connect(self.add_action)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self._follow_up())
        self.refresh()

    def _follow_up(self) -> QGroupBox:
        """The previous meeting's actions with their fate (sessions in a series only)."""
        from app.activities.followup.control import FollowupList
        from app.activities.followup.runtime import FollowupFeed

        box = QGroupBox(self.tr("What we agreed last time"), self)
        box.setObjectName("followUpBox")
        self.follow_up = FollowupFeed(self.store, self.session_id, box)
        inner = QVBoxLayout(box)
        inner.addWidget(FollowupList(self.follow_up, box))
        box.setVisible(self.follow_up.previous is not None)
        self.follow_up.changed.connect(lambda: box.setVisible(self.follow_up.previous is not None))
        return box

    def refresh(self) -> None:
        self.model.set_records(self.store.actions.list(self.session_id))

    def add_action(self) -> None:
        self.store.actions.add(self.session_id)
        self.refresh()
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def delete_selected(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), reverse=True):
            self.store.actions.delete(self.model.record(index.row()).id)
        self.refresh()
