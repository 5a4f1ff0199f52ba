"""Choosing how a new session starts: one of the templates (built-in or own) or blank, and the
session's content language (the templates are listed, and their agenda made, in that language).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.templates import Template
from app.ui.pages.overview import language_box
from app.widgets.date_field import DateField, TimeField
from app.widgets.plain import plain_label, plain_tooltip


class NewSessionDialog(QDialog):
    def __init__(
        self,
        templates: list[Template],
        parent: QWidget | None = None,
        language: str = "nl",
        load: Callable[[str], list[Template]] | None = None,
        series: Sequence[tuple[int, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self.templates = templates
        self._load = load
        self.choices = QListWidget(self)
        self._fill()
        self.language = language_box(language, self)
        self.language.setToolTip(
            self.tr("The language of the statements, questions, instructions and bingo pool on "
                    "the beamer, on phones and in the report, whatever language the app speaks")
        )  # fmt: skip
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.description = plain_label("", self)  # from a template file: never markup
        self.description.setWordWrap(True)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Network meeting, 15 October"))
        self.date = DateField(date.today(), self)  # typed as people write it (issue 21)
        self.start = TimeField(time(13, 0), self)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Starts at:"), self.start)
        form.addRow(self.tr("Content language:"), self.language)
        self.series = QComboBox(self)  # a meeting of a network: it comes last in that series
        self.series.setObjectName("newSessionSeries")
        self.series.addItem(self.tr("Stands alone"), None)
        for series_id, title in series:
            self.series.addItem(title, series_id)
        if series:
            form.addRow(self.tr("Series:"), self.series)
        else:
            self.series.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from:"), self))
        layout.addWidget(self.choices)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.choices.currentItemChanged.connect(self._chosen)
        self.title.textChanged.connect(self._validate)
        for field in (self.date, self.start):  # a date that is not one keeps OK disabled
            field.edit.textChanged.connect(self._validate)
            field.changed.connect(self._validate)
        self.choices.setCurrentRow(1 if templates else 0)
        self._validate()

    def _fill(self) -> None:
        row = max(0, self.choices.currentRow())
        self.choices.clear()
        blank = QListWidgetItem(self.tr("Blank session"))
        blank.setData(Qt.ItemDataRole.UserRole, -1)
        self.choices.addItem(blank)
        for index, template in enumerate(self.templates):
            item = QListWidgetItem(template.title)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(plain_tooltip(template.description))
            self.choices.addItem(item)
        self.choices.setCurrentRow(min(row, self.choices.count() - 1))

    def _language_chosen(self, _index: int) -> None:
        """Templates read again in the chosen language (the same list, in the same order)."""
        if self._load is None:
            return
        self.templates = self._load(self.content_language())
        self._fill()  # the title follows the template's unless the facilitator typed one

    def content_language(self) -> str:
        return str(self.language.currentData())

    def _chosen(self) -> None:
        template = self.template()
        self.description.setText(template.description if template else "")
        if template and not self.title.isModified():
            self.title.setText(template.title)

    def _validate(self) -> None:
        ok = bool(self.title.text().strip()) and self.date.is_valid() and self.start.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def template(self) -> Template | None:
        item = self.choices.currentItem()
        index = item.data(Qt.ItemDataRole.UserRole) if item else -1
        return self.templates[index] if index is not None and index >= 0 else None

    def session_title(self) -> str:
        return self.title.text().strip()

    def session_date(self) -> str:
        return self.date.iso()

    def session_start(self) -> str:
        return self.start.clock()

    def series_id(self) -> int | None:
        """The series the new session joins (None: it stands alone)."""
        value = self.series.currentData()
        return value if isinstance(value, int) else None
