"""Editors for the fields people type into: a line or a text, a list (one item per line), a table
or matrix of text cells, notes per step, and lists per group (e.g. per municipality)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from app.activities.worksheet.field_editor import FieldEditor
from app.activities.worksheet.inputs import TextInput
from app.core.i18n import fill
from app.i18n import translate
from app.widgets.plain import escaped, plain_label


class TextEditor(FieldEditor):
    def build(self) -> None:
        if self.spec.type == "text":
            self.input: Any = self.line_input(self.value, self._typed)
        else:
            self.input = self.text_input(self.value, max(3, min(self.spec.lines, 8)), self._typed)
        self.layout_.addWidget(self.input, 0, 0)

    def show_value(self) -> None:
        self.input.set_text_quietly(self.value)

    def _typed(self, text: str) -> None:
        self.value = text
        self.publish(True)


class ListEditor(FieldEditor):
    """One item per line: Enter starts the next item, which is the fastest way to type a list."""

    def build(self) -> None:
        self.input = self.text_input("\n".join(self.value), max(4, self.spec.lines), self._typed)
        self.input.setPlaceholderText(translate("WorksheetEditor", "One item per line"))
        self.layout_.addWidget(self.input, 0, 0)

    def show_value(self) -> None:
        self.input.set_text_quietly("\n".join(self.value))

    def _typed(self, text: str) -> None:
        self.value = text.split("\n") if text else []
        self.publish(True)


class TableEditor(FieldEditor):
    """Rows x columns of text cells; Tab walks the cells row by row."""

    def build(self) -> None:
        self.cells: list[list[TextInput]] = []
        for c, column in enumerate(self.spec.columns):
            self.layout_.addWidget(QLabel(f"<b>{escaped(self.loc(column))}</b>", self), 0, c + 1)
        lines = 2 if self.spec.type == "table" else 3
        for r, row in enumerate(self.value):
            head = self.loc(self.spec.rows[r]) if self.spec.type == "matrix" else f"{r + 1}"
            label = plain_label(head, self)
            label.setWordWrap(True)
            label.setMaximumWidth(220)
            self.layout_.addWidget(label, r + 1, 0)
            inputs = []
            for c, text in enumerate(row):
                cell = self.text_input(text, lines, lambda t, r=r, c=c: self._typed(r, c, t))
                self.layout_.addWidget(cell, r + 1, c + 1)
                inputs.append(cell)
            self.cells.append(inputs)

    def show_value(self) -> None:
        for r, row in enumerate(self.value):
            for c, text in enumerate(row):
                self.cells[r][c].set_text_quietly(text)

    def _typed(self, r: int, c: int, text: str) -> None:
        self.value[r][c] = text
        self.publish(True)


class StepsEditor(FieldEditor):
    def build(self) -> None:
        self.inputs = []
        for n, (step, note) in enumerate(zip(self.spec.steps, self.value, strict=True)):
            hint = f"<br><small>{escaped(self.loc(step.hint))}</small>" if step.hint else ""
            label = QLabel(f"<b>{n + 1}. {escaped(self.loc(step.title))}</b>{hint}", self)
            label.setWordWrap(True)
            box = self.text_input(note, 3, lambda t, n=n: self._typed(n, t))
            self.layout_.addWidget(label, n, 0)
            self.layout_.addWidget(box, n, 1)
            self.inputs.append(box)
        self.layout_.setColumnStretch(0, 2)
        self.layout_.setColumnStretch(1, 3)

    def show_value(self) -> None:
        for box, text in zip(self.inputs, self.value, strict=True):
            box.set_text_quietly(text)

    def _typed(self, n: int, text: str) -> None:
        self.value[n] = text
        self.publish(True)


class GroupsEditor(FieldEditor):
    """Per group (e.g. a municipality): a name and one list per kind, one item per line."""

    def shape(self, value: Any) -> Any:
        return len(value)

    def build(self) -> None:
        self.inputs: list[tuple[Any, list[Any]]] = []
        name_label = self.loc(self.spec.columns[0])
        for g, group in enumerate(self.value):
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            grid = QGridLayout(frame)
            name = self.line_input(group["name"], lambda t, g=g: self._name(g, t))
            name.setPlaceholderText(name_label)
            grid.addWidget(QLabel(f"<b>{escaped(name_label)}</b>", frame), 0, 0)
            grid.addWidget(name, 0, 1)
            remove = self.button("✕", lambda _=False, g=g: self._remove(g))
            remove.setToolTip(translate("WorksheetEditor", "Remove this group"))
            grid.addWidget(remove, 0, 2)
            boxes = []
            for row, option in enumerate(self.spec.options, start=1):
                text = "\n".join(group["lists"][option.key])
                box = self.text_input(text, 3, lambda t, g=g, k=option.key: self._items(g, k, t))
                box.setPlaceholderText(translate("WorksheetEditor", "One item per line"))
                grid.addWidget(plain_label(self.loc(option.label), frame), row, 0)
                grid.addWidget(box, row, 1, 1, 2)
                boxes.append(box)
            self.layout_.addWidget(frame, g, 0)
            self.inputs.append((name, boxes))
        add = self.button(
            fill(translate("WorksheetEditor", "Add {group}"), group=name_label.lower()),
            self._add,
        )
        self.layout_.addWidget(add, len(self.value), 0)

    def show_value(self) -> None:
        for (name, boxes), group in zip(self.inputs, self.value, strict=True):
            name.set_text_quietly(group["name"])
            for box, option in zip(boxes, self.spec.options, strict=True):
                box.set_text_quietly("\n".join(group["lists"][option.key]))

    def _name(self, g: int, text: str) -> None:
        self.value[g]["name"] = text
        self.publish(True)

    def _items(self, g: int, key: str, text: str) -> None:
        self.value[g]["lists"][key] = text.split("\n") if text else []
        self.publish(True)

    def _add(self) -> None:
        self.value.append({"name": "", "lists": {o.key: [] for o in self.spec.options}})
        self.rebuild()
        self.publish(False)
        self.inputs[-1][0].setFocus()

    def _remove(self, g: int) -> None:
        del self.value[g]
        self.rebuild()
        self.publish(False)
