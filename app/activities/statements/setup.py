"""The statement game's page in the session workspace: the scale, an optional timer per
statement, and the statements by theme (edit in the table, import a text file, or go back to the
default set for the two challenges). Edits are saved shortly after typing stops (Autosaver).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.activities.context import ActivityContext
from app.activities.statements.state import StatementGame
from app.core import statements as st
from app.core.i18n import fill
from app.i18n import user_text
from app.widgets import file_dialogs
from app.widgets.autosave import Autosaver
from app.widgets.errors import error_text

ID_ROLE = Qt.ItemDataRole.UserRole


class StatementsSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.game = StatementGame(context.store, context.activity_id, context.language)
        self.setObjectName("statementsSetup")
        self.autosaver = Autosaver(self.save_statements, parent=self)
        self.autosaver.failed.connect(self._save_failed)

        self.scale_box = QComboBox(self)
        self.scale_box.addItem(self.tr("Agree / doubt / disagree"), "three")
        self.scale_box.addItem(
            self.tr("Line-up from 1 (fully agree) to 5 (fully disagree)"), "five"
        )
        self.timer_spin = QSpinBox(self)
        self.timer_spin.setRange(0, 60)
        self.timer_spin.setSpecialValueText(self.tr("no timer"))
        self.timer_spin.setSuffix(self.tr(" min"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Theme"), self.tr("Statement")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setWordWrap(True)
        # rows follow the column widths (sized once at construction they stayed far too tall)
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("Add statement"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.import_button = QPushButton(self.tr("Import from text file…"), self)
        self.default_button = QPushButton(self.tr("Use the default set"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("statementsSetupStatus")

        form = QFormLayout()
        form.addRow(self.tr("Positions"), self.scale_box)
        form.addRow(self.tr("Timer per statement"), self.timer_spin)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.default_button)
        hint = QLabel(
            self.tr(
                "A text file holds one statement per line; a line starting with # names the "
                "theme of the lines below it."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("mutedText")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.status)

        self.load()
        self.scale_box.currentIndexChanged.connect(self._scale_changed)
        self.timer_spin.valueChanged.connect(self._timer_changed)
        self.table.itemChanged.connect(lambda _item: self.autosaver.touch())
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.import_button.clicked.connect(self.choose_file)
        self.default_button.clicked.connect(self.use_default_set)

    # -- reading and writing --------------------------------------------------------------
    def load(self) -> None:
        config = self.game.config()
        self.scale_box.blockSignals(True)
        self.scale_box.setCurrentIndex(max(0, self.scale_box.findData(self.game.scale().key)))
        self.scale_box.blockSignals(False)
        self.timer_spin.blockSignals(True)
        self.timer_spin.setValue(self.game.timer_minutes())
        self.timer_spin.blockSignals(False)
        self.set_rows(self.game.statements())
        if "statements" not in config and config.get("use_default_set", True):
            self.status.setText(self.tr("The default set for the two challenges is used."))

    def set_rows(self, statements: list[st.Statement]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for statement in statements:
            self._append(statement)
        self.table.blockSignals(False)
        self._fit_rows()

    def _fit_rows(self, *_: object) -> None:
        self.table.resizeRowsToContents()

    def _append(self, statement: st.Statement) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        theme = QTableWidgetItem(statement.theme)
        theme.setData(ID_ROLE, statement.id)
        self.table.setItem(row, 0, theme)
        self.table.setItem(row, 1, QTableWidgetItem(statement.text))
        return row

    def rows(self) -> list[st.Statement]:
        """The statements as the table shows them (empty rows are left out)."""
        found = []
        for row in range(self.table.rowCount()):
            theme_item, text_item = self.table.item(row, 0), self.table.item(row, 1)
            text = " ".join((text_item.text() if text_item else "").split())
            if not text:
                continue
            sid = str(theme_item.data(ID_ROLE) or "") if theme_item else ""
            theme = theme_item.text().strip() if theme_item else ""
            found.append(st.Statement(sid or st.new_id(), text[: st.MAX_LENGTH], theme))
        return found

    def save_statements(self) -> None:
        self.game.save_statements(self.rows())
        self.status.setText(self.tr("Saved."))

    def _save_failed(self, error: BaseException) -> None:
        reason = error_text(error)
        self.status.setText(fill(self.tr("Could not save the statements: {error}"), error=reason))

    def _scale_changed(self) -> None:
        self.game.update_config(scale=self.scale_box.currentData())

    def _timer_changed(self, minutes: int) -> None:
        self.game.update_config(minutes_per_statement=minutes)

    # -- editing --------------------------------------------------------------------------
    def add_row(self) -> None:
        current = self.table.currentRow()
        theme_item = self.table.item(current, 0) if current >= 0 else None
        theme = theme_item.text() if theme_item else ""
        self.table.blockSignals(True)
        row = self._append(st.Statement(st.new_id(), "", theme))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 1)
        if (cell := self.table.item(row, 1)) is not None:
            self.table.editItem(cell)

    def remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.autosaver.touch()
            self.autosaver.flush()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        statements = self.rows()
        target = row + step
        if not (0 <= row < len(statements) and 0 <= target < len(statements)):
            return
        statements[row], statements[target] = statements[target], statements[row]
        self.set_rows(statements)
        self.table.setCurrentCell(target, 1)
        self.game.save_statements(statements)

    def import_file(self, path: Path) -> bool:
        """Add the statements of a text file below the current ones; False with a message."""
        try:
            found = st.read_file(path)
        except st.StatementFileProblem as problem:
            self.status.setText(
                fill(
                    self.tr("{file} was not imported: {problem}"),
                    file=path.name,
                    problem=user_text(problem),
                )
            )
            return False
        statements = self.rows() + found
        if len(statements) > st.MAX_STATEMENTS:
            self.status.setText(
                fill(
                    self.tr("{file} was not imported: together there would be more than {max}."),
                    file=path.name,
                    max=st.MAX_STATEMENTS,
                )
            )
            return False
        self.set_rows(statements)
        self.game.save_statements(statements)
        self.status.setText(
            fill(
                self.tr("{count} statements imported from {file}."),
                count=len(found),
                file=path.name,
            )
        )
        return True

    def choose_file(self) -> None:
        filters = self.tr("Text files (*.txt);;All files (*)")
        chosen = file_dialogs.open_file(self, self.tr("Import statements"), filters)
        if chosen is not None:
            self.import_file(chosen)

    def use_default_set(self) -> None:
        self.autosaver.flush()
        self.game.restore_default_set()
        self.load()

    def resizeEvent(self, event) -> None:
        """Wrapped rows get their height from the final column width, once the layout ran."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)

    def hideEvent(self, event) -> None:
        self.autosaver.flush()
        super().hideEvent(event)
