"""Worksheets as data: a definition file per worksheet, validated on load, and filled values.

A definition (resources/worksheets/<key>.json, or the app data folder's worksheets/ folder for
an organiser's own) lists fields of the types in `worksheet_fields`. A broken file never crashes
the app: loading raises WorksheetError naming the file and the field, and the catalogue collects
those errors to show them.

Filled values are stored per field as keyed rows "ws:<instance>:<field>" so note-takers on
different laptops editing different fields (or groups) never overwrite each other.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import resources
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, fill, localized
from app.core.worksheet_fields import (
    Field,
    FieldError,
    Text,
    normalize,
    parse_field,
    read_key,
    read_text,
)

FORMAT = "tafelronde-worksheet"
FORMAT_VERSION = 1
MAX_FIELDS = 40
ROW_PREFIX = "ws:"
DEFAULT_INSTANCE = "main"


class WorksheetError(UserError, ValueError):
    """A definition that cannot be used. `message` is a translatable source text with params;
    str(error) is the English text, e.g. "my_sheet.json, field 'ideas': 'lines' must be …"."""

    def __init__(self, message: str, detail: FieldError | None = None, **params: object) -> None:
        super().__init__("WorksheetError", message, **params)
        self.detail = detail  # the field's own problem, translatable on its own

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the user's language, e.g. with QCoreApplication.translate."""
        params = dict(self.params)
        if params.get("field"):
            where = {"file": params.get("file", ""), "field": params["field"]}
            params["where"] = fill(translate("WorksheetError", WHERE_FIELD), **where)
        if self.detail is not None:
            params["problem"] = self.detail.translated(translate)
        return fill(translate("WorksheetError", self.message), **params)


@dataclass(frozen=True)
class Definition:
    key: str
    title: Text
    code: str = ""  # short mark from the paper original, e.g. "T6"
    intro: Text = field(default_factory=dict)
    fields: tuple[Field, ...] = ()
    source: str = ""  # file name, for messages

    def text(self, name: str, language: str) -> str:
        return localized(getattr(self, name), language)

    def field(self, key: str) -> Field:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)


WHERE_FIELD = QT_TRANSLATE_NOOP("WorksheetError", "{file}, field '{field}'")


def _where(source: str, field_name: str | None) -> str:
    return source if field_name is None else fill(WHERE_FIELD, file=source, field=field_name)


def parse(data: object, source: str = "worksheet") -> Definition:
    """Validate decoded JSON; raises WorksheetError naming the source and the field."""

    def fail(problem: FieldError, field_name: str | None = None) -> WorksheetError:
        where = _where(source, field_name)
        return WorksheetError(
            QT_TRANSLATE_NOOP("WorksheetError", "{where}: {problem}"),
            problem,
            where=where,
            problem=str(problem),
            file=source,
            field=field_name or "",
        )

    if not isinstance(data, dict):
        raise fail(
            FieldError(
                QT_TRANSLATE_NOOP("WorksheetError", "the file does not hold a worksheet object")
            )
        )
    if data.get("format", FORMAT) != FORMAT:
        raise fail(
            FieldError(QT_TRANSLATE_NOOP("WorksheetError", "this is not a Tafelronde worksheet"))
        )
    version = data.get("format_version", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version > FORMAT_VERSION:
        raise fail(
            FieldError(QT_TRANSLATE_NOOP("WorksheetError", "made by a newer version of Tafelronde"))
        )
    try:
        key = read_key(data.get("key"))
        title = read_text(data, "title")
        intro = read_text(data, "intro", required=False)
        code = data.get("code", "")
        if not isinstance(code, str) or len(code) > 12:
            raise FieldError(QT_TRANSLATE_NOOP("WorksheetError", "'code' must be a short text"))
    except FieldError as problem:
        raise fail(problem) from None
    raw_fields = data.get("fields")
    if not isinstance(raw_fields, list) or not 1 <= len(raw_fields) <= MAX_FIELDS:
        raise fail(
            FieldError(
                QT_TRANSLATE_NOOP("WorksheetError", "'fields' must list 1 to {high} fields"),
                high=MAX_FIELDS,
            )
        )
    fields: list[Field] = []
    for number, raw in enumerate(raw_fields, start=1):
        name = raw.get("key") if isinstance(raw, dict) and isinstance(raw.get("key"), str) else None
        try:
            fields.append(parse_field(raw))
        except FieldError as problem:
            raise fail(problem, name or f"#{number}") from None
    seen: set[str] = set()
    for spec in fields:
        if spec.key in seen:
            raise fail(
                FieldError(QT_TRANSLATE_NOOP("WorksheetError", "the key is used twice")), spec.key
            )
        seen.add(spec.key)
    return Definition(key, title, code, intro, tuple(fields), source)


def load_file(path: Path) -> Definition:
    """Read and validate one definition file; raises WorksheetError for any problem."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise WorksheetError(
            QT_TRANSLATE_NOOP("WorksheetError", "{where}: cannot be read ({error})"),
            where=path.name,
            error=str(error),
        ) from None
    except json.JSONDecodeError as error:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "WorksheetError", "{where}: not valid JSON (line {line}, column {column})"
            ),
            where=path.name,
            line=error.lineno,
            column=error.colno,
        ) from None
    definition = parse(data, path.name)
    if definition.key != path.stem:
        raise WorksheetError(
            QT_TRANSLATE_NOOP(
                "WorksheetError", "{where}: the key '{key}' must match the file name"
            ),
            where=path.name,
            key=definition.key,
        )
    return definition


@dataclass
class Catalogue:
    """Every usable definition by key, plus the errors of files that could not be loaded."""

    definitions: dict[str, Definition] = field(default_factory=dict)
    errors: list[WorksheetError] = field(default_factory=list)

    def known(self) -> list[str]:
        return sorted(self.definitions)

    def get(self, key: str) -> Definition | None:
        return self.definitions.get(key)


def builtin_dir() -> Path:
    return resources.path("worksheets")


def catalogue(custom_dir: Path | None = None) -> Catalogue:
    """Built-in definitions, then the organiser's own from custom_dir (which may replace a
    built-in of the same key). Broken files are listed in `errors`, never raised."""
    result = Catalogue()
    for folder in (builtin_dir(), custom_dir):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                definition = load_file(path)
            except WorksheetError as error:
                result.errors.append(error)
                continue
            result.definitions[definition.key] = definition
    return result


def builtin_keys() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.json"))


# ---------------------------------------------------------------- values and rows


def row_key(instance: str, field_key: str) -> str:
    return f"{ROW_PREFIX}{instance}:{field_key}"


def instance_prefix(instance: str) -> str:
    return f"{ROW_PREFIX}{instance}:"


def values_from_rows(definition: Definition, rows: dict[str, Any], instance: str) -> dict[str, Any]:
    """The values of one instance from stored rows (missing fields are empty)."""
    prefix = instance_prefix(instance)
    return {spec.key: normalize(spec, rows.get(prefix + spec.key)) for spec in definition.fields}


def rows_from_values(
    definition: Definition, values: dict[str, Any], instance: str
) -> dict[str, Any]:
    """Keyed rows for every field of one instance (the inverse of values_from_rows)."""
    return {
        row_key(instance, spec.key): normalize(spec, values.get(spec.key))
        for spec in definition.fields
    }


@dataclass(frozen=True)
class Instance:
    """One filled copy of a worksheet in an activity (e.g. one per group)."""

    id: str
    name: str


def instances_of(config: dict[str, Any]) -> list[Instance]:
    """The instances listed in an activity's config; one default instance when none are."""
    result: list[Instance] = []
    raw = config.get("instances")
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        ident, name = item.get("id"), item.get("name")
        if (
            isinstance(ident, str)
            and ident
            and ":" not in ident
            and ident not in {i.id for i in result}
        ):
            result.append(Instance(ident, name if isinstance(name, str) else ident))
    return result or [Instance(DEFAULT_INSTANCE, "")]


def instances_config(instances: list[Instance]) -> list[dict[str, str]]:
    return [{"id": i.id, "name": i.name} for i in instances]


def new_instance_id(instances: list[Instance]) -> str:
    taken = {i.id for i in instances}
    number = len(instances) + 1
    while f"g{number}" in taken:
        number += 1
    return f"g{number}"
