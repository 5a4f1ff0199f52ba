"""One small editor per field type, built from the definition. Each shows a value and emits
`edited(value, merge)`; it never saves: the runtime owns undo and saving. `merge` is True for
typing (consecutive keystrokes form one undo step) and False for clicks and choices."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.activities.worksheet.inputs import LineInput, TextInput
from app.core.i18n import QT_TRANSLATE_NOOP, localized
from app.core.worksheet_fields import CHECK_STATE_LABELS, CHECK_STATES, Field
from app.widgets.plain import escaped, plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorksheetEditor", text)


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
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
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
        self.input.setPlaceholderText(
            _tr(QT_TRANSLATE_NOOP("WorksheetEditor", "One item per line"))
        )
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


class MarkEditor(FieldEditor):
    """Checklist (state per item) and assignment (pole per item), each with a note; an
    assignment that allows it takes extra items of the group's own."""

    def choices(self) -> list[tuple[str, str]]:
        if self.spec.type == "checklist":
            return [
                (s, QCoreApplication.translate("Worksheet", CHECK_STATE_LABELS[s]))
                for s in CHECK_STATES
            ]
        return [(o.key, self.loc(o.label)) for o in self.spec.options]

    def marks(self) -> list[dict[str, str]]:
        return self.value if self.spec.type == "checklist" else self.value["rows"]

    def shape(self, value: Any) -> Any:
        return len(value["extra"]) if self.spec.type == "assignment" else None

    def build(self) -> None:
        keys = ["", *[k for k, _ in self.choices()]]
        labels = ["—", *[label for _, label in self.choices()]]
        key = "state" if self.spec.type == "checklist" else "choice"
        self.rows: list[tuple[QComboBox, LineInput, LineInput | None]] = []
        entries: list[tuple[str | None, dict[str, str], int | None]] = [
            (self.loc(i), m, None) for i, m in zip(self.spec.items, self.marks(), strict=True)
        ]
        if self.spec.type == "assignment":
            entries += [(None, m, n) for n, m in enumerate(self.value["extra"])]
        for row, (text, mark, extra) in enumerate(entries):
            where = ("extra", extra) if extra is not None else ("rows", row)
            item: LineInput | None = None
            if extra is None:
                label = plain_label(text or "", self)
                label.setWordWrap(True)
                self.layout_.addWidget(label, row, 0)
            else:
                item = self.line_input(mark["item"], lambda t, w=where: self._set(w, "item", t))
                item.setPlaceholderText(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Own item")))
                self.layout_.addWidget(item, row, 0)
            pick = self.combo(
                labels, keys.index(mark[key]), lambda i, w=where: self._set(w, key, keys[i], False)
            )
            note = self.line_input(mark["note"], lambda t, w=where: self._set(w, "note", t))
            note.setPlaceholderText(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Note")))
            self.layout_.addWidget(pick, row, 1)
            self.layout_.addWidget(note, row, 2)
            if extra is not None:
                remove = self.button("✕", lambda _=False, n=extra: self._remove(n))
                remove.setToolTip(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Remove this item")))
                self.layout_.addWidget(remove, row, 3)
            self.rows.append((pick, note, item))
        if self.spec.allow_extra:
            self.layout_.addWidget(
                self.button(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Add own item")), self._add),
                len(entries),
                0,
            )
        self.layout_.setColumnStretch(0, 3)
        self.layout_.setColumnStretch(2, 3)

    def _mark(self, where: tuple[str, int]) -> dict[str, str]:
        part, index = where
        if part == "extra":
            return self.value["extra"][index]
        return self.marks()[index]

    def show_value(self) -> None:
        key = "state" if self.spec.type == "checklist" else "choice"
        keys = ["", *[k for k, _ in self.choices()]]
        marks = list(self.marks()) + (self.value["extra"] if self.spec.type == "assignment" else [])
        for (pick, note, item), mark in zip(self.rows, marks, strict=True):
            pick.setCurrentIndex(keys.index(mark[key]))
            note.set_text_quietly(mark["note"])
            if item is not None:
                item.set_text_quietly(mark["item"])

    def _set(self, where: tuple[str, int], key: str, text: str, merge: bool = True) -> None:
        self._mark(where)[key] = text
        self.publish(merge)

    def _add(self) -> None:
        self.value["extra"].append({"item": "", "choice": "", "note": ""})
        self.rebuild()
        self.publish(False)
        own_item = self.rows[-1][2]
        if own_item is not None:  # the row just added has its own-item field
            own_item.setFocus()

    def _remove(self, n: int) -> None:
        del self.value["extra"][n]
        self.rebuild()
        self.publish(False)


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
