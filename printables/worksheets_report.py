"""A filled worksheet as content of the meeting report, not as a sheet of paper.

The report already prints the activity's title as its section heading, so the sheet's own big
title is left out; each field's label becomes a heading one level below the section (H3 size),
copies are sub-headings, and only what was filled in is shown: no empty writing boxes, no field
nobody touched, no table row left blank, no instructions meant for the people at the table.
Shares the field renderers of printables/worksheets.py.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.core.worksheet_fields import Field, is_empty, normalize
from app.core.worksheets import Definition
from printables.styles import ACCENT
from printables.worksheets import Page, Translate, _Renderer, _same


class _ReportRenderer(_Renderer):
    """Field renderers for filled values only, with the report's heading sizes."""

    def __init__(self, language: str, width: float, tr: Translate) -> None:
        super().__init__(language, width, 1.0, tr)
        from printables.styles import stylesheet

        base = stylesheet()
        self.label = ParagraphStyle("ReportLabel", parent=base["H2"], fontSize=11, leading=14,
                                    spaceBefore=6, spaceAfter=3, textColor=ACCENT)  # fmt: skip
        self.copy = ParagraphStyle("ReportCopy", parent=base["H2"])

    def field(self, spec: Field, raw: Any, blank: bool) -> list[Flowable]:
        del blank
        value = normalize(spec, raw)
        body = getattr(self, f"_{spec.type}")(spec, value, False)
        if not body:
            return []
        title = self.p(spec.text("label", self.language), self.label)
        return [KeepTogether([title, body[0]]), *body[1:], Spacer(1, 1.5 * mm)]

    def _table(self, spec: Field, value: list[list[str]], blank: bool) -> list[Flowable]:
        cols = [self.loc(c) for c in spec.columns]
        rows: list[list[Any]] = [["", *self.heads(cols)]]
        label = spec.type == "matrix"
        for n, row in enumerate(value):
            if not any(cell.strip() for cell in row):
                continue  # a row nobody wrote in
            first = self.p(self.loc(spec.rows[n]), self.head) if label else self.p(f"{n + 1}")
            rows.append([first, *[self.p(c) for c in row]])
        if len(rows) == 1:
            return []
        first_width = 5.5 if label else 0.7
        return [self.grid(rows, [first_width, *[8] * len(cols)], True, None, label)]

    _matrix = _table

    def _checklist(self, spec: Field, value: list[dict[str, str]], blank: bool) -> list[Flowable]:
        from app.core.worksheet_fields import CHECK_STATE_LABELS, CHECK_STATES

        states = [self.translate("Worksheet", CHECK_STATE_LABELS[s]) for s in CHECK_STATES]
        rows: list[list[Any]] = [["", *self.heads(states), self.p(self.t("Note"), self.head)]]
        for item, mark in zip(spec.items, value, strict=True):
            if mark["state"] or mark["note"].strip():
                boxes = [self.box(mark["state"] == s) for s in CHECK_STATES]
                rows.append([self.p(self.loc(item)), *boxes, self.p(mark["note"])])
        if len(rows) == 1:
            return []
        return [self.grid(rows, [5.5, 2.9, 2.9, 2.9, 6], True)]

    def _assignment(self, spec: Field, value: dict[str, Any], blank: bool) -> list[Flowable]:
        options = [self.loc(o.label) for o in spec.options]
        rows: list[list[Any]] = [["", *self.heads(options), self.p(self.t("Note"), self.head)]]
        marks = [(self.loc(item), m) for item, m in zip(spec.items, value["rows"], strict=True)]
        marks += [(m["item"], m) for m in value["extra"]]
        for text, mark in marks:
            if mark["choice"] or mark["note"].strip():
                boxes = [self.box(mark["choice"] == o.key) for o in spec.options]
                rows.append([self.p(text), *boxes, self.p(mark["note"])])
        if len(rows) == 1:
            return []
        return [self.grid(rows, [6.5, *[3.7] * len(options), 5.5], True)]

    def _steps(self, spec: Field, value: list[str], blank: bool) -> list[Flowable]:
        rows = []
        for n, (step, note) in enumerate(zip(spec.steps, value, strict=True), start=1):
            if note.strip():
                rows.append([self.p(f"{n}. {self.loc(step.title)}", self.head), self.p(note)])
        if not rows:
            return []
        return [self.grid(rows, [5, 9], False, None, label_column=True)]

    def _groups(self, spec: Field, value: list[dict[str, Any]], blank: bool) -> list[Flowable]:
        return super()._groups(spec, value, False) if value else []

    def _links(self, spec: Field, value: list[dict[str, Any]], blank: bool) -> list[Flowable]:
        """Only the links made (the two term lists are the sheet's material, not a result)."""
        if not value:
            return []
        left = [self.loc(t) for t in spec.left_terms]
        right = [self.loc(t) for t in spec.right_terms]
        heads = [self.loc(spec.left), self.loc(spec.right), self.t("Why they belong together")]
        rows: list[list[Any]] = [self.heads(heads)]
        for link in value:
            rows.append([self.p(left[link["left"]] if link["left"] < len(left) else ""),
                         self.p(right[link["right"]] if link["right"] < len(right) else ""),
                         self.p(link["note"])])  # fmt: skip
        return [self.grid(rows, [4, 4, 8], True)]


def report_flowables(
    definition: Definition, pages: list[Page], width: float, language: str = "nl",
    tr: Translate = _same,
) -> list[Flowable]:  # fmt: skip
    """The filled copies as report content: per copy (named when there are several or it has a
    name) the fields that hold something, under headings one level below the section's."""
    renderer = _ReportRenderer(language, width, tr)
    out: list[Flowable] = []
    if definition.intro:  # what the sheet asked, in a line a reader needs for context
        out.append(renderer.p(definition.text("intro", language), renderer.small))
    for page in pages:
        fields = []
        for spec in definition.fields:
            raw = (page.values or {}).get(spec.key)
            if not is_empty(spec, raw):
                fields += renderer.field(spec, raw, False)
        if not fields:
            continue
        if page.name:
            out.append(renderer.p(page.name, renderer.copy))
        out += fields
    return out
