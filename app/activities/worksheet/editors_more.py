"""Editors for the field types whose rows the note-taker adds: grouped lists, links, polls;
and `make_editor`, which picks the editor for a field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSpinBox, QWidget

from app.activities.worksheet.editors import (
    FieldEditor,
    ListEditor,
    MarkEditor,
    StepsEditor,
    TableEditor,
    TextEditor,
    _tr,
)
from app.core.i18n import QT_TRANSLATE_NOOP
from app.widgets.plain import escaped, plain_label


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
            remove.setToolTip(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Remove this group")))
            grid.addWidget(remove, 0, 2)
            boxes = []
            for row, option in enumerate(self.spec.options, start=1):
                text = "\n".join(group["lists"][option.key])
                box = self.text_input(text, 3, lambda t, g=g, k=option.key: self._items(g, k, t))
                box.setPlaceholderText(
                    _tr(QT_TRANSLATE_NOOP("WorksheetEditor", "One item per line"))
                )
                grid.addWidget(plain_label(self.loc(option.label), frame), row, 0)
                grid.addWidget(box, row, 1, 1, 2)
                boxes.append(box)
            self.layout_.addWidget(frame, g, 0)
            self.inputs.append((name, boxes))
        add = self.button(
            _tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Add {group}")).replace(
                "{group}", name_label.lower()
            ),
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


class LinksEditor(FieldEditor):
    """Links between a term on the left and one on the right, each with a reason."""

    def shape(self, value: Any) -> Any:
        return len(value)

    def build(self) -> None:
        left = [self.loc(t) for t in self.spec.left_terms]
        right = [self.loc(t) for t in self.spec.right_terms]
        self.layout_.addWidget(QLabel(f"<b>{escaped(self.loc(self.spec.left))}</b>", self), 0, 0)
        self.layout_.addWidget(QLabel(f"<b>{escaped(self.loc(self.spec.right))}</b>", self), 0, 1)
        self.rows: list[tuple[Any, Any, Any]] = []
        for n, link in enumerate(self.value, start=1):
            a = self.combo(left, link["left"], lambda i, n=n - 1: self._set(n, "left", i))
            b = self.combo(right, link["right"], lambda i, n=n - 1: self._set(n, "right", i))
            note = self.line_input(link["note"], lambda t, n=n - 1: self._set(n, "note", t, True))
            note.setPlaceholderText(
                _tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Why they belong together"))
            )
            remove = self.button("✕", lambda _=False, n=n - 1: self._remove(n))
            remove.setToolTip(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Remove this link")))
            for column, widget in enumerate((a, b, note, remove)):
                self.layout_.addWidget(widget, n, column)
            self.rows.append((a, b, note))
        self.layout_.addWidget(
            self.button(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Add link")), self._add),
            len(self.value) + 1,
            0,
        )
        self.layout_.setColumnStretch(2, 3)

    def show_value(self) -> None:
        for (a, b, note), link in zip(self.rows, self.value, strict=True):
            a.setCurrentIndex(link["left"])
            b.setCurrentIndex(link["right"])
            note.set_text_quietly(link["note"])

    def _set(self, n: int, key: str, value: Any, merge: bool = False) -> None:
        self.value[n][key] = value
        self.publish(merge)

    def _add(self) -> None:
        self.value.append({"left": 0, "right": 0, "note": ""})
        self.rebuild()
        self.publish(False)
        self.rows[-1][0].setFocus()

    def _remove(self, n: int) -> None:
        del self.value[n]
        self.rebuild()
        self.publish(False)


class PollEditor(FieldEditor):
    """A count per option, typed or raised with +1; extra options when the sheet allows."""

    def shape(self, value: Any) -> Any:
        return len(value["extra"])

    def build(self) -> None:
        self.spins: list[QSpinBox] = []
        self.labels: list[Any] = []
        rows: list[tuple[str | None, tuple[str, int]]] = [
            (self.loc(o), ("counts", n)) for n, o in enumerate(self.spec.items)
        ]
        rows += [(None, ("extra", n)) for n in range(len(self.value["extra"]))]
        for row, (text, where) in enumerate(rows):
            if text is None:
                label: Any = self.line_input(
                    self.value["extra"][where[1]]["label"], lambda t, n=where[1]: self._label(n, t)
                )
                label.setPlaceholderText(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Own option")))
                remove = self.button("✕", lambda _=False, n=where[1]: self._remove(n))
                remove.setToolTip(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Remove this option")))
                self.layout_.addWidget(remove, row, 3)
                self.labels.append(label)
            else:
                label = plain_label(text, self)
            spin = QSpinBox(self)
            spin.setRange(0, 100_000)
            spin.setValue(self._count(where))
            spin.valueChanged.connect(lambda v, w=where: self._set(w, v))
            plus = self.button("+1", lambda _=False, s=spin: s.setValue(s.value() + 1))
            plus.setToolTip(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Count one more")))
            self.layout_.addWidget(label, row, 0)
            self.layout_.addWidget(spin, row, 1)
            self.layout_.addWidget(plus, row, 2)
            self.spins.append(spin)
        if self.spec.allow_extra:
            self.layout_.addWidget(
                self.button(_tr(QT_TRANSLATE_NOOP("WorksheetEditor", "Add option")), self._add),
                len(rows),
                0,
            )
        self.layout_.setColumnStretch(0, 3)

    def _count(self, where: tuple[str, int]) -> int:
        part, n = where
        return self.value["counts"][n] if part == "counts" else self.value["extra"][n]["count"]

    def show_value(self) -> None:
        counts = self.value["counts"] + [e["count"] for e in self.value["extra"]]
        for spin, count in zip(self.spins, counts, strict=True):
            spin.blockSignals(True)
            spin.setValue(count)
            spin.blockSignals(False)
        for label, extra in zip(self.labels, self.value["extra"], strict=True):
            label.set_text_quietly(extra["label"])

    def _set(self, where: tuple[str, int], count: int) -> None:
        part, n = where
        if part == "counts":
            self.value["counts"][n] = count
        else:
            self.value["extra"][n]["count"] = count
        self.publish(False)

    def _label(self, n: int, text: str) -> None:
        self.value["extra"][n]["label"] = text
        self.publish(True)

    def _add(self) -> None:
        self.value["extra"].append({"label": "", "count": 0})
        self.rebuild()
        self.publish(False)
        self.labels[-1].setFocus()

    def _remove(self, n: int) -> None:
        del self.value["extra"][n]
        self.rebuild()
        self.publish(False)


EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "long_text": TextEditor,
    "list": ListEditor,
    "table": TableEditor,
    "matrix": TableEditor,
    "checklist": MarkEditor,
    "assignment": MarkEditor,
    "steps": StepsEditor,
    "groups": GroupsEditor,
    "links": LinksEditor,
    "poll": PollEditor,
}


def make_editor(spec: Any, value: Any, language: str, parent: QWidget | None = None) -> FieldEditor:
    return EDITORS[spec.type](spec, value, language, parent)
