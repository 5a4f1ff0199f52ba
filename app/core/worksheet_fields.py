"""The field types of a worksheet: how each is declared in a definition and what its value is.

Each type knows three things: how to read its declaration from JSON (raising FieldError with a
translatable message), the empty value, and how to turn whatever is stored (maybe written by an
older version, maybe damaged) back into a value of the right shape. Values are plain JSON data,
so they go to the database and back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, localized

Text = dict[str, str]  # {"nl": ..., "en": ...}
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
CHECK_STATES = ("present", "to_start", "not_relevant")
CHECK_STATE_LABELS = {
    "present": QT_TRANSLATE_NOOP("Worksheet", "present"),
    "to_start": QT_TRANSLATE_NOOP("Worksheet", "to start"),
    "not_relevant": QT_TRANSLATE_NOOP("Worksheet", "not relevant"),
}
TYPES = (
    "text",
    "long_text",
    "list",
    "table",
    "matrix",
    "checklist",
    "assignment",
    "steps",
    "groups",
    "links",
    "poll",
)
MAX_ITEMS = 60


class FieldError(UserError, ValueError):
    """A problem in one field's declaration; the loader adds file and field names."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("WorksheetError", message, **params)


def _problem(message: str, **params: object) -> FieldError:
    return FieldError(message, **params)


def read_text(data: dict[str, Any], name: str, required: bool = True) -> Text:
    """A {"nl", "en"} text (a plain string counts for both languages)."""
    value = data.get(name)
    if value is None and not required:
        return {}
    if isinstance(value, str) and value.strip():
        return {"nl": value, "en": value}
    if (
        isinstance(value, dict)
        and value
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
        and any(v.strip() for v in value.values())
    ):
        return dict(value)
    raise _problem(
        QT_TRANSLATE_NOOP("WorksheetError", '\'{name}\' must be a text or {{"nl": …, "en": …}}'),
        name=name,
    )


def read_texts(data: dict[str, Any], name: str, low: int = 1, high: int = MAX_ITEMS) -> list[Text]:
    items = data.get(name)
    if not isinstance(items, list) or not low <= len(items) <= high:
        raise _problem(
            QT_TRANSLATE_NOOP("WorksheetError", "'{name}' must be a list of {low} to {high} texts"),
            name=name,
            low=low,
            high=high,
        )
    return [read_text({name: item}, name) for item in items]


def read_int(data: dict[str, Any], name: str, default: int, low: int, high: int) -> int:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "WorksheetError", "'{name}' must be a whole number from {low} to {high}"
            ),
            name=name,
            low=low,
            high=high,
        )
    return value


def read_key(value: object, name: str = "key") -> str:
    if not isinstance(value, str) or not KEY_PATTERN.match(value):
        raise _problem(
            QT_TRANSLATE_NOOP(
                "WorksheetError",
                "'{name}' must be lower-case letters, digits or _ (starting with a letter)",
            ),
            name=name,
        )
    return value


@dataclass(frozen=True)
class Choice:
    """A keyed option: an assignment pole, a list in a group."""

    key: str
    label: Text


@dataclass(frozen=True)
class Step:
    title: Text
    hint: Text = field(default_factory=dict)


@dataclass(frozen=True)
class Field:
    """One field of a worksheet. Only the attributes of its type are filled in."""

    key: str
    type: str
    label: Text
    help: Text = field(default_factory=dict)
    lines: int = 4  # writing space on a blank print (text lines or list rows)
    columns: tuple[Text, ...] = ()
    rows: tuple[Text, ...] = ()  # matrix: labelled rows; table: empty labels, numbered
    items: tuple[Text, ...] = ()  # checklist / assignment / poll options
    options: tuple[Choice, ...] = ()  # assignment poles / groups' lists
    steps: tuple[Step, ...] = ()
    left: Text = field(default_factory=dict)  # links: the two term lists
    right: Text = field(default_factory=dict)
    left_terms: tuple[Text, ...] = ()
    right_terms: tuple[Text, ...] = ()
    allow_extra: bool = False  # assignment / poll: note-takers may add their own rows

    def text(self, name: str, language: str) -> str:
        return localized(getattr(self, name), language)


def _choices(data: dict[str, Any], name: str, low: int, high: int) -> tuple[Choice, ...]:
    items = data.get(name)
    if not isinstance(items, list) or not low <= len(items) <= high:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "WorksheetError", "'{name}' must be a list of {low} to {high} keyed options"
            ),
            name=name,
            low=low,
            high=high,
        )
    result = []
    for item in items:
        if not isinstance(item, dict):
            raise _problem(
                QT_TRANSLATE_NOOP("WorksheetError", "each of '{name}' needs a key and a label"),
                name=name,
            )
        result.append(Choice(read_key(item.get("key"), f"{name}.key"), read_text(item, "label")))
    if len({c.key for c in result}) != len(result):
        raise _problem(QT_TRANSLATE_NOOP("WorksheetError", "keys in '{name}' repeat"), name=name)
    return tuple(result)


def parse_field(data: object) -> Field:
    """Read one field declaration; raises FieldError."""
    if not isinstance(data, dict):
        raise _problem(QT_TRANSLATE_NOOP("WorksheetError", "a field must be an object"))
    key = read_key(data.get("key"))
    kind = data.get("type")
    if kind not in TYPES:
        raise _problem(
            QT_TRANSLATE_NOOP("WorksheetError", "unknown type {type}; known: {known}"),
            type=repr(kind),
            known=", ".join(TYPES),
        )
    common: dict[str, Any] = {
        "key": key,
        "type": kind,
        "label": read_text(data, "label"),
        "help": read_text(data, "help", required=False),
    }
    extra = data.get("allow_extra", False)
    if not isinstance(extra, bool):
        raise _problem(QT_TRANSLATE_NOOP("WorksheetError", "'allow_extra' must be true or false"))
    if kind in ("text", "long_text", "list"):
        default = {"text": 1, "long_text": 5, "list": 6}[kind]
        return Field(**common, lines=read_int(data, "lines", default, 1, 40))
    if kind == "table":
        count = read_int(data, "rows", 5, 1, MAX_ITEMS)
        return Field(
            **common,
            columns=tuple(read_texts(data, "columns", 1, 8)),
            rows=tuple({} for _ in range(count)),
            lines=read_int(data, "lines", 2, 1, 20),
        )
    if kind == "matrix":
        return Field(
            **common,
            columns=tuple(read_texts(data, "columns", 1, 8)),
            rows=tuple(read_texts(data, "rows", 1, 30)),
            lines=read_int(data, "lines", 4, 1, 20),
        )
    if kind == "checklist":
        return Field(**common, items=tuple(read_texts(data, "items")))
    if kind == "assignment":
        return Field(
            **common,
            items=tuple(read_texts(data, "items", 0)),
            options=_choices(data, "options", 2, 7),
            allow_extra=extra,
            lines=read_int(data, "lines", 3, 0, 20),
        )
    if kind == "poll":
        return Field(**common, items=tuple(read_texts(data, "options", 1, 30)), allow_extra=extra)
    if kind == "steps":
        raw = data.get("steps")
        if not isinstance(raw, list) or not 1 <= len(raw) <= 20:
            raise _problem(QT_TRANSLATE_NOOP("WorksheetError", "'steps' must list 1 to 20 steps"))
        steps = []
        for item in raw:
            if not isinstance(item, dict):
                raise _problem(QT_TRANSLATE_NOOP("WorksheetError", "each step needs a title"))
            steps.append(Step(read_text(item, "title"), read_text(item, "hint", required=False)))
        return Field(**common, steps=tuple(steps), lines=read_int(data, "lines", 5, 1, 30))
    if kind == "groups":
        return Field(
            **common,
            options=_choices(data, "lists", 1, 4),
            columns=(read_text(data, "group_label"),),
            lines=read_int(data, "groups", 3, 1, 12),
        )
    # links
    sides = []
    for side in ("left", "right"):
        part = data.get(side)
        if not isinstance(part, dict):
            raise _problem(
                QT_TRANSLATE_NOOP("WorksheetError", "'{name}' must hold a label and terms"),
                name=side,
            )
        sides.append((read_text(part, "label"), tuple(read_texts(part, "terms", 1, 30))))
    return Field(
        **common,
        left=sides[0][0],
        left_terms=sides[0][1],
        right=sides[1][0],
        right_terms=sides[1][1],
        lines=read_int(data, "lines", 4, 0, 20),
    )


# ---------------------------------------------------------------- values


def _s(value: object) -> str:
    return value if isinstance(value, str) else ""


def _n(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _strings(value: object) -> list[str]:
    return [_s(v) for v in value] if isinstance(value, list) else []


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v if isinstance(v, dict) else {} for v in value] if isinstance(value, list) else []


def _fit(items: list[Any], length: int, filler: Any) -> list[Any]:
    """Exactly `length` items: cut or pad (a definition may have changed since saving)."""
    return (items + [filler() for _ in range(length)])[:length]


def empty_value(spec: Field) -> Any:
    return normalize(spec, None)


def normalize(spec: Field, raw: object) -> Any:
    """The stored value made to fit the field: never raises, whatever `raw` is."""
    kind = spec.type
    if kind in ("text", "long_text"):
        return _s(raw)
    if kind == "list":
        return _strings(raw)
    if kind in ("table", "matrix"):
        rows = [
            _fit(_strings(r), len(spec.columns), str)
            for r in (raw if isinstance(raw, list) else [])
        ]
        return _fit(rows, len(spec.rows), lambda: [""] * len(spec.columns))
    if kind == "checklist":
        marks = [
            {
                "state": d.get("state") if d.get("state") in CHECK_STATES else "",
                "note": _s(d.get("note")),
            }
            for d in _dicts(raw)
        ]
        return _fit(marks, len(spec.items), lambda: {"state": "", "note": ""})
    if kind == "assignment":
        keys = {o.key for o in spec.options}
        data = raw if isinstance(raw, dict) else {}

        def mark(d: dict[str, Any], with_item: bool) -> dict[str, str]:
            choice = _s(d.get("choice")) if d.get("choice") in keys else ""
            out = {"choice": choice, "note": _s(d.get("note"))}
            return {"item": _s(d.get("item")), **out} if with_item else out

        rows = _fit(
            [mark(d, False) for d in _dicts(data.get("rows"))],
            len(spec.items),
            lambda: {"choice": "", "note": ""},
        )
        extra = [mark(d, True) for d in _dicts(data.get("extra"))] if spec.allow_extra else []
        return {"rows": rows, "extra": extra}
    if kind == "poll":
        data = raw if isinstance(raw, dict) else {}
        counts = _fit(
            [_n(v) for v in data.get("counts", [])] if isinstance(data.get("counts"), list) else [],
            len(spec.items),
            int,
        )
        own = (
            [
                {"label": _s(d.get("label")), "count": _n(d.get("count"))}
                for d in _dicts(data.get("extra"))
            ]
            if spec.allow_extra
            else []
        )
        return {"counts": counts, "extra": own}
    if kind == "steps":
        return _fit(_strings(raw), len(spec.steps), str)
    if kind == "groups":
        groups = []
        for d in _dicts(raw):
            found = d.get("lists")
            lists: dict[str, Any] = found if isinstance(found, dict) else {}
            groups.append(
                {
                    "name": _s(d.get("name")),
                    "lists": {o.key: _strings(lists.get(o.key)) for o in spec.options},
                }
            )
        return groups
    # links
    links = []
    for d in _dicts(raw):
        left, right = d.get("left"), d.get("right")
        if _valid_index(left, spec.left_terms) and _valid_index(right, spec.right_terms):
            links.append({"left": left, "right": right, "note": _s(d.get("note"))})
    return links


def _valid_index(value: object, items: tuple[Any, ...]) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(items)


def texts_of(spec: Field, value: Any) -> list[str]:
    """Every piece of text a note-taker typed in the value (search, tests, empty check)."""
    value = normalize(spec, value)
    kind = spec.type
    if kind in ("text", "long_text"):
        return [value] if value else []
    if kind in ("list", "steps"):
        return [v for v in value if v]
    if kind in ("table", "matrix"):
        return [c for row in value for c in row if c]
    if kind == "checklist":
        return [m["note"] for m in value if m["note"]]
    if kind == "assignment":
        out = [m["note"] for m in value["rows"] if m["note"]]
        for m in value["extra"]:
            out += [t for t in (m["item"], m["note"]) if t]
        return out
    if kind == "poll":
        return [e["label"] for e in value["extra"] if e["label"]]
    if kind == "groups":
        return [
            t
            for g in value
            for t in [g["name"], *(t for items in g["lists"].values() for t in items)]
            if t
        ]
    return [link["note"] for link in value if link["note"]]


def is_empty(spec: Field, value: Any) -> bool:
    """True when nothing was filled in (no text, no mark, no count, no link)."""
    value = normalize(spec, value)
    if texts_of(spec, value):
        return False
    if spec.type == "checklist":
        return not any(m["state"] for m in value)
    if spec.type == "assignment":
        return not any(m["choice"] for m in value["rows"] + value["extra"])
    if spec.type == "poll":
        return not any(value["counts"]) and not value["extra"]
    if spec.type in ("groups", "links"):
        return not value
    return True
