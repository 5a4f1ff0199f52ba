"""The base of the worksheet's field editors (app/activities/worksheet/editors.py picks one per
field type). Each shows a value and emits `edited(value, merge)`; it never saves: the runtime
owns undo and saving. `merge` is True for typing (consecutive keystrokes form one undo step) and
False for clicks and choices."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QPushButton,
    QWidget,
)

from app.activities.worksheet.inputs import LineInput, TextInput
from app.core.i18n import localized
from app.core.worksheet_fields import Field
from app.widgets.layouts import clear_layout


class FieldEditor(QWidget):
    edited = Signal(object, bool)

    def __init__(self, spec: Field, value: Any, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec, self.language = spec, language
        self.value = copy.deepcopy(value)
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self._quiet = False
        self.build()

    def loc(self, text: dict[str, str]) -> str:
        return localized(text, self.language)

    def build(self) -> None:
        """Create the inputs for self.value."""

    def set_value(self, value: Any) -> None:
        """Show a value set from outside (undo, another laptop) without emitting."""
        if value == self.value:
            return
        structure_changed = self.shape(value) != self.shape(self.value)
        self.value = copy.deepcopy(value)
        self._quiet = True
        try:
            if structure_changed:
                self.rebuild()
            else:
                self.show_value()
        finally:
            self._quiet = False

    def shape(self, value: Any) -> Any:
        """What decides which inputs exist (rows added or removed need a rebuild)."""
        del value
        return None

    def show_value(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        clear_layout(self.layout_)
        self.build()

    def publish(self, merge: bool) -> None:
        if not self._quiet:
            self.edited.emit(copy.deepcopy(self.value), merge)

    # small builders shared by the types
    def text_input(self, text: str, lines: int, on_edit: Any) -> TextInput:
        box = TextInput(lines, self)
        box.setPlainText(text)
        box.edited.connect(on_edit)
        return box

    def line_input(self, text: str, on_edit: Any) -> LineInput:
        line = LineInput(text, self)
        line.textEdited.connect(on_edit)
        return line

    def combo(self, labels: list[str], index: int, on_pick: Any) -> QComboBox:
        box = QComboBox(self)
        box.addItems(labels)
        box.setCurrentIndex(index)
        box.activated.connect(on_pick)
        return box

    def button(self, text: str, on_click: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(on_click)
        return button
