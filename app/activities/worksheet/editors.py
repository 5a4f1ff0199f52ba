"""The editor for each worksheet field type: typed fields (typed_editors.py) and fields that
are picked or counted (choice_editors.py), all on the base in field_editor.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.activities.worksheet.choice_editors import LinksEditor, MarkEditor, PollEditor
from app.activities.worksheet.field_editor import FieldEditor
from app.activities.worksheet.typed_editors import (
    GroupsEditor,
    ListEditor,
    StepsEditor,
    TableEditor,
    TextEditor,
)

__all__ = ["EDITORS", "FieldEditor", "make_editor"]

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
