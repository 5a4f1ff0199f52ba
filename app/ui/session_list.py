"""The list of sessions: new (from a template or blank), open, duplicate, rename, delete, search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import fill
from app.storage.store import Store
from app.ui.start_page import StartPage
from app.widgets.plain import message_text


class SessionListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        title = QLabel(self.tr("Sessions"), self)
        title.setObjectName("pageTitle")
        self.title_label = title
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by title, venue or date…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Date"), self.tr("Venue")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self._open())
        # no session yet: the templates, a blank session and another file, one click each
        self.start = StartPage(self)

        self.new_button = QPushButton(self.tr("New session…"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self._open)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.duplicate_button,
                       self.rename_button, self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.start, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        sessions = self.store.sessions.list(self.search.text())
        self.table.setRowCount(len(sessions))
        for row, meeting in enumerate(sessions):
            for column, text in enumerate((meeting.title, meeting.date, meeting.venue)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, meeting.id)
                self.table.setItem(row, column, item)
        empty = not sessions and not self.search.text()
        self.start.setVisible(empty)
        for widget in (self.title_label, self.search, self.table, self.new_button,
                       self.open_button, self.duplicate_button, self.rename_button,
                       self.delete_button):  # fmt: skip
            widget.setVisible(not empty)
        if sessions and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select(self, session_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == session_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.duplicate_button, self.rename_button,
                       self.delete_button):  # fmt: skip
            button.setEnabled(has)

    def _open(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.open_requested.emit(session_id)

    def duplicate_selected(self) -> None:
        """Copy the selected session. The button then rests for a double-click's time: a
        double-click makes one copy, not a copy and a copy of the copy."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        session_id = self.selected_id()
        meeting = self.store.sessions.get(session_id) if session_id else None
        if session_id is None or meeting is None or getattr(self, "_duplicating", False):
            return
        self._duplicating = True
        try:
            copy = self.store.sessions.duplicate(
                session_id, fill(self.tr("{title} (copy)"), title=meeting.title)
            )
            self.refresh()
            assert copy.id is not None  # a stored row has its id
            self.select(copy.id)
        finally:
            self.duplicate_button.setEnabled(False)
            QTimer.singleShot(QApplication.doubleClickInterval(), self, self._duplicate_rested)

    def _duplicate_rested(self) -> None:
        self._duplicating = False
        self.duplicate_button.setEnabled(self.selected_id() is not None)

    def rename_selected(self) -> None:
        session_id = self.selected_id()
        meeting = self.store.sessions.get(session_id) if session_id else None
        if session_id is None or meeting is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename session"), self.tr("New title:"), text=meeting.title
        )
        if ok and title.strip():
            self.store.sessions.update(session_id, title=title.strip())
            self.refresh()
            self.select(session_id)

    def delete_selected(self) -> None:
        session_id = self.selected_id()
        meeting = self.store.sessions.get(session_id) if session_id else None
        if session_id is None or meeting is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            message_text(
                fill(
                    self.tr(
                        "Delete “{title}” with all its participants, notes and results? "
                        "This cannot be undone."
                    ),
                    title=meeting.title,
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.sessions.delete(session_id)
            self.refresh()
