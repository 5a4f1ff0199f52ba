"""Session templates: a ready agenda (kinds, durations, configuration) in one JSON file.

Built-in templates recreate the seed meetings; users save their own and move them between
machines as files. Texts may be given per language ({"nl": ..., "en": ...}).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import resources
from app.core import safe_input
from app.core.atomic import write_text
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, localized

FORMAT = "tafelronde-template"
FORMAT_VERSION = 1
MAX_ACTIVITIES = 200
MAX_BYTES = 2 * 1024 * 1024  # the largest built-in template is ~20 kB
MAX_DEPTH = 32
KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")
# names Windows reserves for devices, with any extension ("con.json" opens the console)
RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{p}{n}" for p in ("com", "lpt") for n in range(10)]
)


class TemplateError(UserError, ValueError):
    """A template file that cannot be used; `message` is a translatable source text."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("TemplateError", message, **params)


@dataclass(frozen=True)
class TemplateActivity:
    kind: str
    title: str
    minutes: int
    config: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    description: str = ""
    capacity: int = 0
    activities: tuple[TemplateActivity, ...] = ()


def _require(condition: bool, message: str, **params: object) -> None:
    if not condition:
        raise TemplateError(message, **params)


def valid_key(key: object) -> bool:
    """A key names the template's file: lower-case letters, digits, '-' and '_' only, so no
    path (``../x``, ``/etc/x``, ``C:\\x``) and no two keys for one file on a case-blind disk."""
    return isinstance(key, str) and KEY.fullmatch(key) is not None and key not in RESERVED


def parse(data: object, language: str = "nl", source: str = "template") -> Template:
    """Validate decoded JSON and build a Template; raises TemplateError naming the problem."""
    _require(
        isinstance(data, dict),
        QT_TRANSLATE_NOOP("TemplateError", "{source}: the file does not hold a template object"),
        source=source,
    )
    assert isinstance(data, dict)
    _require(
        data.get("format", FORMAT) == FORMAT,
        QT_TRANSLATE_NOOP("TemplateError", "{source}: this is not a Tafelronde template"),
        source=source,
    )
    version = data.get("format_version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise TemplateError(
            QT_TRANSLATE_NOOP(
                "TemplateError", "{source} was made by a newer version of Tafelronde."
            ),
            source=source,
        )
    key = data.get("key")
    _require(
        isinstance(key, str) and 0 < len(key) <= 80,
        QT_TRANSLATE_NOOP("TemplateError", "{source}: 'key' must be a short text"),
        source=source,
    )
    _require(
        valid_key(key),
        QT_TRANSLATE_NOOP(
            "TemplateError",
            "{source}: the key “{key}” may hold only lower-case letters a-z, digits, '-' and '_' "
            "(it names the template's file).",
        ),
        source=source,
        key=ascii(key)[1:-1][:40],
    )
    assert isinstance(key, str)  # the checks above raised otherwise; this tells the type checker
    title = localized(data.get("title"), language)
    _require(
        0 < len(title) <= 500,
        QT_TRANSLATE_NOOP("TemplateError", "{source}: 'title' is missing or too long"),
        source=source,
    )
    capacity = data.get("capacity", 0)
    _require(
        isinstance(capacity, int) and not isinstance(capacity, bool) and 0 <= capacity <= 100_000,
        QT_TRANSLATE_NOOP("TemplateError", "{source}: 'capacity' must be a whole number 0-100000"),
        source=source,
    )
    items = data.get("activities", [])
    _require(
        isinstance(items, list),
        QT_TRANSLATE_NOOP("TemplateError", "{source}: 'activities' must be a list"),
        source=source,
    )
    _require(
        len(items) <= MAX_ACTIVITIES,
        QT_TRANSLATE_NOOP("TemplateError", "{source}: more than {max} activities"),
        source=source,
        max=MAX_ACTIVITIES,
    )
    activities = []
    for number, item in enumerate(items, start=1):
        _require(
            isinstance(item, dict),
            QT_TRANSLATE_NOOP("TemplateError", "{source}: activity {number} is not an object"),
            source=source,
            number=number,
        )
        kind = item.get("kind")
        _require(
            isinstance(kind, str) and bool(kind),
            QT_TRANSLATE_NOOP("TemplateError", "{source}: activity {number} has no 'kind'"),
            source=source,
            number=number,
        )
        minutes = item.get("minutes", 15)
        _require(
            isinstance(minutes, int) and not isinstance(minutes, bool) and 0 <= minutes <= 1440,
            QT_TRANSLATE_NOOP(
                "TemplateError",
                "{source}: activity {number}: 'minutes' must be a whole number from 0 to 1440",
            ),
            source=source,
            number=number,
        )
        config = item.get("config", {})
        _require(
            isinstance(config, dict),
            QT_TRANSLATE_NOOP(
                "TemplateError", "{source}: activity {number}: 'config' must be an object"
            ),
            source=source,
            number=number,
        )
        activities.append(
            TemplateActivity(
                kind=kind,
                title=localized(item.get("title", ""), language)[:500],
                minutes=minutes,
                config=_localize_config(config, language),
            )
        )
    return Template(
        key=key,
        title=title,
        description=localized(data.get("description", ""), language),
        capacity=capacity,
        activities=tuple(activities),
    )


def _localize_config(value: Any, language: str) -> Any:
    """Resolve {"nl":..,"en":..} leaves inside a configuration to the chosen language."""
    if isinstance(value, dict):
        if value and set(value) <= {"nl", "en"} and all(isinstance(v, str) for v in value.values()):
            return localized(value, language)
        return {k: _localize_config(v, language) for k, v in value.items()}
    if isinstance(value, list):
        return [_localize_config(v, language) for v in value]
    return value


LIMIT_MESSAGES = {
    "json": QT_TRANSLATE_NOOP("TemplateError", "{source} is not valid JSON (line {line})."),
    "depth": QT_TRANSLATE_NOOP(
        "TemplateError", "{source} is nested more than {max} levels deep, which no template is."
    ),
    "number": QT_TRANSLATE_NOOP(
        "TemplateError", "{source} holds a number that cannot be used ({number})."
    ),
}


def loads(text: str, language: str = "nl", source: str = "template") -> Template:
    """Decode within bounds (nesting, numbers: app/core/safe_input.py), then validate."""
    try:
        data = safe_input.loads(text, max_depth=MAX_DEPTH)
    except safe_input.InputLimit as limit:
        raise TemplateError(LIMIT_MESSAGES[limit.kind], source=source, **limit.params) from limit
    return parse(data, language, source)


def load_file(path: Path, language: str = "nl") -> Template:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise TemplateError(
                QT_TRANSLATE_NOOP(
                    "TemplateError", "{source} is too large for a template (more than {max} kB)."
                ),
                source=path.name,
                max=MAX_BYTES // 1024,
            )
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(
            QT_TRANSLATE_NOOP("TemplateError", "{source} cannot be read."), source=path.name
        ) from exc
    return loads(text, language, path.name)


def user_templates(folder: Path, language: str) -> list[Template]:
    """Templates saved by the user; unreadable files are skipped (and logged), never fatal."""
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            found.append(load_file(path, language))
        except TemplateError as error:
            logging.getLogger(__name__).warning("skipping template %s: %s", path.name, error)
    return found


def path_in(folder: Path, key: str) -> Path:
    """The file of template `key` in `folder`; TemplateError unless it is plainly inside it.

    The key is checked again (a Template can be built in code), and the resolved path must sit
    directly in the resolved folder: an existing symbolic link to elsewhere is refused too."""
    _require(
        valid_key(key),
        QT_TRANSLATE_NOOP(
            "TemplateError",
            "{source}: the key “{key}” may hold only lower-case letters a-z, digits, '-' and '_' "
            "(it names the template's file).",
        ),
        source=ascii(key)[1:-1][:40],
        key=ascii(key)[1:-1][:40],
    )
    path = folder / f"{key}.json"
    inside = path.resolve().parent == folder.resolve() and not path.is_symlink()
    _require(
        inside,
        QT_TRANSLATE_NOOP(
            "TemplateError", "{source}: refused, it would be written outside {folder}"
        ),
        source=path.name,
        folder=str(folder),
    )
    return path


def save(template: Template, folder: Path) -> Path:
    """Store a template among the user's own (replacing one with the same key)."""
    path = path_in(folder, template.key)
    write_text(path, dumps(template))  # whole or not at all (OutputError)
    return path


def import_file(source: Path, folder: Path, language: str = "nl") -> Template:
    """Validate a template file and add it to the user's templates; raises TemplateError.

    What is stored is the validated template written anew, never the file's own bytes."""
    template = load_file(source, language)
    save(template, folder)
    return template


def builtin_keys() -> list[str]:
    return [name.removesuffix(".json") for name in resources.listdir("templates", ".json")]


def builtin(key: str, language: str = "nl") -> Template:
    return loads(resources.read_text(f"templates/{key}.json"), language, f"{key}.json")


def builtins(language: str = "nl") -> list[Template]:
    return [builtin(key, language) for key in builtin_keys()]


def dumps(template: Template) -> str:
    """A template as the JSON text that export writes and import reads."""
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key": template.key,
        "title": template.title,
        "description": template.description,
        "capacity": template.capacity,
        "activities": [
            {"kind": a.kind, "title": a.title, "minutes": a.minutes, "config": a.config}
            for a in template.activities
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
