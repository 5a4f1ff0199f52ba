"""Importing a registration list: a preview with a column mapping the user can correct.

Nothing is stored until the user confirms, and then everything in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import participant_import as pi
from app.core.i18n import fill
from app.core.names import display_name
from app.storage.errors import StorageError
from app.storage.store import Store
from app.ui.messages import error_text

PREVIEW_ROWS = 50


def target_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "": translate("ImportDialog", "(ignore)"),
        "first_name": translate("ImportDialog", "First name"),
        "name_particle": translate("ImportDialog", "Particle (tussenvoegsel)"),
        "last_name": translate("ImportDialog", "Last name"),
        "full_name": translate("ImportDialog", "Full name"),
        "organisation": translate("ImportDialog", "Organisation"),
        "role": translate("ImportDialog", "Role"),
        "municipality": translate("ImportDialog", "Municipality"),
        "email": translate("ImportDialog", "E-mail"),
        "consent": translate("ImportDialog", "Consent to be named"),
    }


def detected_text(table: pi.Table) -> str:
    """What was detected: a text file's encoding and separator; a spreadsheet is just that."""
    translate = QCoreApplication.translate
    count = len(table.rows)
    if table.encoding == "xlsx":
        return translate("ImportDialog", "%n row(s) · Excel workbook (first sheet)", "", count)
    return (
        fill(translate("ImportDialog", "%n row(s) · encoding {encoding} · separator “{delimiter}”",
                  "", count), encoding=table.encoding, delimiter=_separator_name(table.delimiter))
    )  # fmt: skip


def _separator_name(delimiter: str) -> str:
    names = {"\t": QCoreApplication.translate("ImportDialog", "tab")}
    return names.get(delimiter, delimiter)


class ImportDialog(QDialog):
    def __init__(
        self, store: Store, session_id: int, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.setWindowTitle(fill(self.tr("Import {name}"), name=path.name))
        self.resize(900, 520)
        self.problem: pi.ImportProblem | None = None
        self.imported = 0
        try:
            self.table_data = pi.read_file(path)
        except pi.ImportProblem as problem:
            self.problem = problem
            return
        self.existing = [
            (p.first_name, display_name("", p.name_particle, p.last_name), p.email)
            for p in store.participants.list(session_id)
        ]
        headers = self.table_data.headers
        self.mapping_boxes: list[QComboBox] = []
        labels = target_labels()
        self.grid = QTableWidget(
            min(PREVIEW_ROWS, len(self.table_data.rows)) + 1, len(headers), self
        )
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column, target in enumerate(pi.guess_mapping(headers, self.table_data.rows)):
            box = QComboBox(self.grid)
            for key in pi.TARGETS:
                box.addItem(labels[key], key)
            box.setCurrentIndex(box.findData(target))
            box.currentIndexChanged.connect(self.validate)
            self.grid.setCellWidget(0, column, box)
            self.mapping_boxes.append(box)
        for row, values in enumerate(self.table_data.rows[:PREVIEW_ROWS], start=1):
            for column, value in enumerate(values[: len(headers)]):
                self.grid.setItem(row, column, QTableWidgetItem(value))
        detected = detected_text(self.table_data)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        self.skip_duplicates = QCheckBox(self.tr("Leave out duplicates"), self)
        self.skip_duplicates.setChecked(True)
        self.skip_duplicates.toggled.connect(self.validate)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Check which column holds what (first row)."), self))
        layout.addWidget(self.grid, 1)
        info = QHBoxLayout()
        self.detected = QLabel(detected, self)
        self.detected.setObjectName("importDetected")
        info.addWidget(self.detected)
        info.addStretch(1)
        info.addWidget(self.skip_duplicates)
        layout.addLayout(info)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.people: list[pi.Person] = []
        self.validate()

    def mapping(self) -> list[str]:
        return [box.currentData() for box in self.mapping_boxes]

    def validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        mapping = self.mapping()
        chosen = [m for m in mapping if m]
        if len(chosen) != len(set(chosen)):
            self.status.setText(self.tr("Each kind of column can be chosen only once."))
            ok.setEnabled(False)
            return
        try:
            people = pi.people_from(self.table_data, mapping)
        except pi.ImportProblem as problem:
            self.status.setText(error_text(problem) + " " + self.tr("Nothing will be imported."))
            ok.setEnabled(False)
            return
        duplicates = pi.find_duplicates(people, self.existing)
        skip = {row for row, _ in duplicates} if self.skip_duplicates.isChecked() else set()
        self.people = [p for p in people if p.row not in skip]
        text = self.tr("%n participant(s) will be imported.", "", len(self.people))
        if duplicates:
            rows = ", ".join(str(row) for row, _ in duplicates[:10])
            text += " " + fill(self.tr("Possible duplicates in rows: {rows}."), rows=rows)
        self.status.setText(text)
        ok.setEnabled(bool(self.people))

    def do_import(self) -> None:
        from sqlalchemy.exc import DBAPIError

        from app.storage.participants import ADD, SKIP
        from app.storage.write_errors import refused_write
        from app.ui.messages import show_error

        # "leave out duplicates" is checked again inside the saving transaction, against what
        # another laptop may have imported since the preview
        policy = SKIP if self.skip_duplicates.isChecked() else ADD
        rows = [p.as_fields() for p in self.people]
        try:
            added = self.store.participants.add_many(self.session_id, rows, policy)
        except StorageError as error:  # e.g. a note-taker's laptop may not add people
            self.status.setText(error_text(error) + " " + self.tr("Nothing will be imported."))
            return
        except DBAPIError as error:  # a full disk: say so, without the names being imported
            show_error(self, self.windowTitle(), refused_write(error, self.store.db.display_name))
            return
        self.imported = len(added)
        self.accept()
