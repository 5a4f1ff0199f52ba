"""The note-taker's panel for any worksheet: one editor per field, instances (one per group),
undo/redo with Ctrl+Z / Ctrl+Y, and a save indicator. Built from the definition alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.activities.worksheet.editors import FieldEditor, make_editor
from app.activities.worksheet.inputs import LineInput
from app.core.i18n import fill, localized
from app.widgets.plain import escaped, message_text, plain_label

if TYPE_CHECKING:  # the runtime imports this view; the view needs it for types only
    from app.activities.worksheet.runtime import WorksheetRuntime


class WorksheetControl(QWidget):
    def __init__(self, runtime: WorksheetRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.editors: dict[str, FieldEditor] = {}
        layout = QVBoxLayout(self)
        definition = runtime.definition
        if definition is None:
            missing = QLabel(
                fill(
                    self.tr(
                        "The worksheet “{key}” cannot be found. Choose another one in the setup."
                    ),
                    key=runtime.context.config().get("worksheet", ""),
                ),
                self,
            )
            missing.setWordWrap(True)
            layout.addWidget(missing)
            layout.addStretch(1)
            return
        layout.addLayout(self._toolbar())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        page = QWidget(scroll)
        form = QVBoxLayout(page)
        language = runtime.language
        intro = plain_label(localized(definition.intro, language), page)
        intro.setWordWrap(True)
        form.addWidget(intro)
        for spec in definition.fields:
            label = QLabel(f"<b>{escaped(localized(spec.label, language))}</b>", page)
            label.setWordWrap(True)
            form.addWidget(label)
            if spec.help:
                hint = plain_label(localized(spec.help, language), page)
                hint.setWordWrap(True)
                hint.setObjectName("fieldHelp")
                form.addWidget(hint)
            editor = make_editor(spec, runtime.value(spec.key), language, page)
            editor.edited.connect(
                lambda value, merge, key=spec.key: self._edited(key, value, merge)
            )
            label.setBuddy(editor)
            form.addWidget(editor)
            self.editors[spec.key] = editor
        form.addStretch(1)
        scroll.setWidget(page)
        layout.addWidget(scroll, 1)
        for keys, slot in (
            (("Ctrl+Z",), self.undo),
            (("Ctrl+Y", "Ctrl+Shift+Z"), self.redo),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        runtime.value_changed.connect(self._value_changed)
        runtime.current_changed.connect(self._show_instance)
        runtime.instances_changed.connect(self._fill_instances)
        runtime.saved.connect(lambda: self.status.setText(self.tr("Saved")))
        runtime.save_failed.connect(self._save_failed)
        self._fill_instances()

    def _toolbar(self) -> QVBoxLayout:
        """Two rows (the copy; its buttons): one row was 920 pixels wide, too much for the
        console on a 1280-pixel laptop."""
        rows = QVBoxLayout()
        bar = QHBoxLayout()
        rows.addLayout(bar)
        bar.addWidget(QLabel(self.tr("Copy:"), self))
        self.instance_box = QComboBox(self)
        self.instance_box.setToolTip(self.tr("One copy of the worksheet per group"))
        self.instance_box.activated.connect(self._pick_instance)
        bar.addWidget(self.instance_box)
        self.name = LineInput("", self)
        self.name.setPlaceholderText(self.tr("Name of this copy, e.g. Group 1"))
        self.name.editingFinished.connect(self._rename)
        bar.addWidget(self.name, 1)
        bar = QHBoxLayout()
        rows.addLayout(bar)
        self.add_button = self._button(bar, self.tr("Add copy"), self._add)
        self.remove_button = self._button(bar, self.tr("Remove copy"), self._remove)
        self.undo_button = self._button(bar, self.tr("Undo"), self.undo)
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button = self._button(bar, self.tr("Redo"), self.redo)
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Y)"))
        self.status = QLabel("", self)
        self.status.setObjectName("saveStatus")
        self.status.setMinimumWidth(120)
        bar.addWidget(self.status, 1)
        return rows

    def _button(self, bar: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    # ---------------------------------------------------------------- editing

    def _edited(self, key: str, value: object, merge: bool) -> None:
        self.runtime.edit(key, value, merge)
        self.status.setText(self.tr("Saving…"))
        self._update_buttons()

    def handle_undo_key(self, redo: bool) -> None:
        """Ctrl+Z / Ctrl+Y typed in one of the text inputs."""
        if redo:
            self.redo()
        else:
            self.undo()

    def undo(self) -> None:
        self.runtime.stack().undo()
        self._update_buttons()

    def redo(self) -> None:
        self.runtime.stack().redo()
        self._update_buttons()

    def _update_buttons(self) -> None:
        stack = self.runtime.stack()
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.remove_button.setEnabled(len(self.runtime.instances) > 1)

    def _value_changed(self, instance: str, key: str) -> None:
        if instance == self.runtime.current and key in self.editors:
            self.editors[key].set_value(self.runtime.value(key))

    def _save_failed(self, message: str) -> None:
        self.status.setText(fill(self.tr("Not saved yet: {error}"), error=message))

    # ---------------------------------------------------------------- instances

    def _fill_instances(self) -> None:
        self.instance_box.clear()
        for number, instance in enumerate(self.runtime.instances, start=1):
            self.instance_box.addItem(
                instance.name or fill(self.tr("Copy {n}"), n=number), instance.id
            )
        self.instance_box.setCurrentIndex(max(0, self.instance_box.findData(self.runtime.current)))
        self.name.set_text_quietly(self.runtime.instance_name())
        self._update_buttons()

    def _pick_instance(self, index: int) -> None:
        self.runtime.select(self.instance_box.itemData(index))

    def _show_instance(self, instance: str) -> None:
        del instance
        for key, editor in self.editors.items():
            editor.set_value(self.runtime.value(key))
        self._fill_instances()

    def _rename(self) -> None:
        name = self.name.text().strip()
        if name != self.runtime.instance_name():
            self.runtime.rename_instance(self.runtime.current, name)

    def _add(self) -> None:
        name = fill(self.tr("Group {n}"), n=len(self.runtime.instances) + 1)
        self.runtime.add_instance(name)
        self.name.setFocus()
        self.name.selectAll()

    def _remove(self) -> None:
        if len(self.runtime.instances) < 2:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove copy"),
            message_text(
                fill(
                    self.tr("Remove “{name}” and everything typed in it?"),
                    name=self.instance_box.currentText(),
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.runtime.remove_instance(self.runtime.current)
