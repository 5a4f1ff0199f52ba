"""The worksheet's page in the session workspace: which worksheet, which copies (one per group),
and printing it blank (A4/A3) or filled, written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.activities.context import ActivityContext
from app.activities.worksheet import state as sheets
from app.core import worksheets
from app.core.atomic import describe
from app.core.i18n import fill
from app.core.worksheets import Instance
from app.i18n import user_text
from app.widgets import worker


class WorksheetSetup(QWidget):
    def __init__(self, context: ActivityContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.catalogue = sheets.load_catalogue()
        self._job: worker.Worker | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.choice = QComboBox(self)
        for key in self.catalogue.known():
            definition = self.catalogue.definitions[key]
            code = f"{definition.code} " if definition.code else ""
            self.choice.addItem(code + definition.text("title", context.language), key)
        current = context.config().get("worksheet")
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.choice.activated.connect(self._choose)
        form.addRow(self.tr("Worksheet"), self.choice)
        layout.addLayout(form)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        if self.catalogue.errors:
            problems = QLabel(self._problems(), self)
            problems.setWordWrap(True)
            problems.setObjectName("worksheetProblems")
            layout.addWidget(problems)
        layout.addWidget(
            QLabel(self.tr("Copies (for example one per group); double-click to rename:"), self)
        )
        self.copies = QListWidget(self)
        self.copies.itemChanged.connect(self._renamed)
        layout.addWidget(self.copies, 1)
        row = QHBoxLayout()
        self._button(row, self.tr("Add copy"), self._add)
        self.remove_button = self._button(row, self.tr("Remove copy"), self._remove)
        row.addStretch(1)
        self._button(row, self.tr("Print blank A4…"), lambda: self.open_print_hub("worksheet"))
        self._button(row, self.tr("Print blank A3…"), lambda: self.open_print_hub("worksheet-a3"))
        self._button(row, self.tr("Print filled…"),
                     lambda: self.open_print_hub("worksheet-filled"))  # fmt: skip
        layout.addLayout(row)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._refresh()

    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _problems(self) -> str:
        lines = [user_text(e) for e in self.catalogue.errors]
        return self.tr("These worksheet files could not be used:") + "\n" + "\n".join(lines)

    def definition(self) -> worksheets.Definition | None:
        return self.catalogue.get(self.choice.currentData())

    def instances(self) -> list[Instance]:
        return sheets.instances(self.context.store, self.context.activity_id)

    def _refresh(self) -> None:
        definition = self.definition()
        self.intro.setText(definition.text("intro", self.context.language) if definition else "")
        self.copies.blockSignals(True)
        self.copies.clear()
        for number, instance in enumerate(self.instances(), start=1):
            item = QListWidgetItem(instance.name or fill(self.tr("Copy {n}"), n=number))
            item.setData(256, instance.id)
            item.setFlags(item.flags() | item.flags().ItemIsEditable)
            self.copies.addItem(item)
        self.copies.blockSignals(False)
        self.remove_button.setEnabled(self.copies.count() > 1)

    def _choose(self, index: int) -> None:
        config = self.context.config()
        config["worksheet"] = self.choice.itemData(index)
        self.context.store.agenda.update(self.context.activity_id, config=config)
        self._refresh()

    def _save(self, items: list[Instance]) -> None:
        sheets.save_instances(self.context.store, self.context.activity_id, items)
        self._refresh()

    def _add(self) -> None:
        items = self.instances()
        if items == [Instance(worksheets.DEFAULT_INSTANCE, "")]:
            items = [Instance(worksheets.DEFAULT_INSTANCE, fill(self.tr("Group {n}"), n="1"))]
        name = fill(self.tr("Group {n}"), n=len(items) + 1)
        self._save([*items, Instance(worksheets.new_instance_id(items), name)])

    def _remove(self) -> None:
        item = self.copies.currentItem()
        items = self.instances()
        if item is None or len(items) < 2:
            return
        ident = item.data(256)
        sheets.remove_instance_values(self.context.store, self.context.activity_id, ident)
        self._save([i for i in items if i.id != ident])

    def _renamed(self, item: QListWidgetItem) -> None:
        ident = item.data(256)
        self._save(
            [
                Instance(i.id, item.text().strip() if i.id == ident else i.name)
                for i in self.instances()
            ]
        )

    def open_print_hub(self, kind: str) -> None:
        """The print hub (as Ctrl+P) with this worksheet ticked: blank A4 or A3, or filled."""
        from app.activities.print_hub import open_print_hub

        self.print_hub = open_print_hub(self, self.context.store, self.context.session_id,
                                        f"{kind}:{self.context.activity_id}")  # fmt: skip

    def _print(self, size: str, blank: bool, target: str) -> None:
        """Write the worksheet to target straight away (the print hub does it for the buttons)."""
        definition = self.definition()
        if definition is None:
            return
        from printables.worksheets import Page, write_pdf

        pages = None
        if not blank:
            store, activity_id = self.context.store, self.context.activity_id
            pages = [
                Page(i.name, sheets.read_values(store, definition, activity_id, i.id))
                for i in self.instances()
            ]
        language, translate = self.context.language, QCoreApplication.translate
        self.status.setText(self.tr("Writing the PDF…"))

        def job(progress):
            write_pdf(Path(target), definition, pages, size, language, translate)
            progress(1, 1)
            return target

        self._job = worker.start(
            job,
            finished=lambda path: self.status.setText(fill(self.tr("Saved {path}"), path=path)),
            failed=lambda error: self.status.setText(
                fill(
                    self.tr("The PDF could not be written: {error}"),
                    error=describe(error, QCoreApplication.translate),
                )
            ),
        )
