"""The "restore from backup" dialog: every backup of a database with its time and session count.

Two ways to restore: as a new file (the current database stays as it is; the only choice for a
damaged file) or in place of the current database (after a safety copy of it, so even a wrong
choice can be undone from this same list).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.storage.backups import Backup, list_backups


class BackupDialog(QDialog):
    def __init__(
        self, database: Path, allow_replace: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.backups: list[Backup] = list_backups(database)
        self.chosen: Backup | None = None
        self.replace = False  # True: put it in place of the current database
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "Backups of {name}, newest first. Tafelronde makes one when the file is "
                    "opened, every five minutes while a session runs, and before every update of "
                    "the file."
                ),
                name=database.name,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made at"), self.tr("Why"), self.tr("Sessions"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, backup in enumerate(self.backups):
            count = backup.session_count()
            cells = [
                backup.taken_at.strftime("%d-%m-%Y %H:%M:%S"),
                self.reason_text(backup.reason),
                self.tr("unreadable") if count is None else str(count),
                f"{backup.size / 1024:.0f} kB",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
        layout.addWidget(self.table)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("There are no backups of this file yet."), self))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.as_copy = QPushButton(self.tr("Open as a new file"), self)
        buttons.addButton(self.as_copy, QDialogButtonBox.ButtonRole.AcceptRole)
        self.as_copy.clicked.connect(lambda: self._choose(replace=False))
        self.in_place = QPushButton(self.tr("Replace the current database"), self)
        self.in_place.setToolTip(
            self.tr("The current database is backed up first, so this can be undone.")
        )
        self.in_place.clicked.connect(lambda: self._choose(replace=True))
        if allow_replace:
            buttons.addButton(self.in_place, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.in_place.hide()
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def reason_text(self, reason: str) -> str:
        return {
            "open": self.tr("on opening"),
            "timer": self.tr("during the session"),
            "before-migration": self.tr("before an update"),
            "before-restore": self.tr("before a restore"),
        }.get(reason, reason)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        ok = self.selected() is not None
        self.as_copy.setEnabled(ok)
        self.in_place.setEnabled(ok)

    def _choose(self, replace: bool) -> None:
        self.chosen = self.selected()
        self.replace = replace
        if self.chosen is not None:
            self.accept()
