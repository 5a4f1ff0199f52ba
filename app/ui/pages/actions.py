"""Actions tab: what was agreed, who does it, by when, and whether it is done."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.storage.store import Store
from app.ui.messages import show_error
from app.ui.record_table import Column, RecordTableModel


class ActionsPage(QWidget):
    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.model = RecordTableModel(
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
        self.refresh()

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
