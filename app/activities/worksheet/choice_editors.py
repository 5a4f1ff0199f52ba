"""Editors for the fields people pick or count in: a mark per item (checklist states, assignment
poles, with a note and the group's own items), links between two lists of terms, and polls (a
count per option)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from app.activities.worksheet.field_editor import FieldEditor
from app.activities.worksheet.inputs import LineInput
from app.core.worksheet_fields import CHECK_STATE_LABELS, CHECK_STATES
from app.i18n import translate
from app.widgets.plain import escaped, plain_label


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
                item.setPlaceholderText(translate("WorksheetEditor", "Own item"))
                self.layout_.addWidget(item, row, 0)
            pick = self.combo(
                labels, keys.index(mark[key]), lambda i, w=where: self._set(w, key, keys[i], False)
            )
            note = self.line_input(mark["note"], lambda t, w=where: self._set(w, "note", t))
            note.setPlaceholderText(translate("WorksheetEditor", "Note"))
            self.layout_.addWidget(pick, row, 1)
            self.layout_.addWidget(note, row, 2)
            if extra is not None:
                remove = self.button("✕", lambda _=False, n=extra: self._remove(n))
                remove.setToolTip(translate("WorksheetEditor", "Remove this item"))
                self.layout_.addWidget(remove, row, 3)
            self.rows.append((pick, note, item))
        if self.spec.allow_extra:
            self.layout_.addWidget(
                self.button(
                    translate("WorksheetEditor", "Add own item"),
                    self._add,
                ),
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
        if (own_item := self.rows[-1][2]) is not None:  # the new row is an own item: it has one
            own_item.setFocus()

    def _remove(self, n: int) -> None:
        del self.value["extra"][n]
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
            note.setPlaceholderText(translate("WorksheetEditor", "Why they belong together"))
            remove = self.button("✕", lambda _=False, n=n - 1: self._remove(n))
            remove.setToolTip(translate("WorksheetEditor", "Remove this link"))
            for column, widget in enumerate((a, b, note, remove)):
                self.layout_.addWidget(widget, n, column)
            self.rows.append((a, b, note))
        self.layout_.addWidget(
            self.button(
                translate("WorksheetEditor", "Add link"),
                self._add,
            ),
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
                label.setPlaceholderText(translate("WorksheetEditor", "Own option"))
                remove = self.button("✕", lambda _=False, n=where[1]: self._remove(n))
                remove.setToolTip(translate("WorksheetEditor", "Remove this option"))
                self.layout_.addWidget(remove, row, 3)
                self.labels.append(label)
            else:
                label = plain_label(text, self)
            spin = QSpinBox(self)
            spin.setRange(0, 100_000)
            spin.setValue(self._count(where))
            spin.valueChanged.connect(lambda v, w=where: self._set(w, v))
            plus = self.button("+1", lambda _=False, s=spin: s.setValue(s.value() + 1))
            plus.setToolTip(translate("WorksheetEditor", "Count one more"))
            self.layout_.addWidget(label, row, 0)
            self.layout_.addWidget(spin, row, 1)
            self.layout_.addWidget(plus, row, 2)
            self.spins.append(spin)
        if self.spec.allow_extra:
            self.layout_.addWidget(
                self.button(
                    translate("WorksheetEditor", "Add option"),
                    self._add,
                ),
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
