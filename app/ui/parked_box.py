"""The Shared tab's list of edits that could not be saved (parked in the outbox).

An edit the database refuses for good (its activity was deleted on another laptop, its text
cannot be stored) is parked instead of blocking the queue (app/storage/outbox.py). Here the user
sees each one with its text and the reason, exports them to a file (JSON, or plain text for a
.txt name) to paste them elsewhere, tries them again after putting the cause right, and removes
them once exported. Hidden while nothing is parked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.i18n import translate
from app.storage.outbox import Outbox, Parked
from app.widgets.plain import plain_label, plain_tooltip


def reason_text(parked: Parked) -> str:
    """The stored reason in the user's language, as app.i18n.user_text shows a UserError (the
    reason is stored as its context, English text and values)."""
    message = str(parked.reason.get("message", ""))
    params = parked.reason.get("params")
    context = str(parked.reason.get("context") or "StorageError")
    values = {str(k): v for k, v in params.items()} if isinstance(params, dict) else {}
    return fill(translate(context, message), **values)


class ParkedBox(QGroupBox):
    def __init__(
        self,
        outbox: Outbox,
        titles: Callable[[], dict[int, str]],
        retry: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Not saved: kept on this laptop"), parent)
        self.outbox = outbox
        self.titles = titles  # activity id -> title, for the "for" column
        self.retry = retry  # replays the outbox
        self.exported = False
        self.entries: list[Parked] = []
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "These edits could not be written to the database (see why) and were set aside "
                "so that everything else could be saved. Export them to keep the text."
            )
        )
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Typed at (UTC)"), self.tr("For"), self.tr("Why"), self.tr("Text")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(160)
        self.table.setWordWrap(True)
        for column, width in enumerate((140, 220, 320)):
            self.table.setColumnWidth(column, width)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self._choose_file)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.try_again)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setToolTip(self.tr("Possible after the edits were exported"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = plain_label()  # may name a file or quote a reason
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.retry_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(explain)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        self.entries = self.outbox.parked()
        titles = self.titles()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            activity = entry.payload.get("activity_id")
            where = entry.where
            if entry.kind != "update":
                title = titles.get(activity) if isinstance(activity, int) else None
                name = title or self.tr("deleted activity")
                where = f"{name} — {entry.payload.get('key', '')}"
            cells = (entry.created, where, reason_text(entry), entry.text)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text, whatever was typed
                item.setToolTip(plain_tooltip(text))  # tooltips guess rich text: escape
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.remove_button.setEnabled(self.exported and bool(self.entries))
        self.setVisible(bool(self.entries))

    def _choose_file(self) -> None:
        from app.widgets import file_dialogs  # starts in the folder used last

        path = file_dialogs.save_file(
            self,
            self.tr("Export edits that were not saved"),
            "niet-opgeslagen.txt",
            self.tr("Text (*.txt);;JSON (*.json)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        try:
            count = self.outbox.export_parked(path)
        except OSError as error:
            reason = error.strerror or str(error)
            self.status.setText(fill(self.tr("Not exported: {reason}"), reason=reason))
            return
        self.exported = True
        self.status.setText(fill(self.tr("%n edit(s) exported to {path}.", "", count), path=path))
        self.refresh()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.entries[row].id for row in rows if row < len(self.entries)]

    def try_again(self) -> None:
        """Queue the selected (or all) parked edits again and replay now."""
        for entry_id in self.selected_ids() or [e.id for e in self.entries]:
            self.outbox.unpark(entry_id)
        self.retry()
        self.refresh()

    def remove_selected(self) -> None:
        if not self.exported:
            return
        for entry_id in self.selected_ids():
            self.outbox.remove(entry_id)
        self.refresh()
