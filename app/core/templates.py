"""Session templates: a ready agenda (kinds, durations, configuration) in one JSON file.

Built-in templates recreate the seed meetings; users save their own and move them between
machines as files. Texts may be given per language ({"nl": ..., "en": ...}).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import resources
from app.core.i18n import QT_TRANSLATE_NOOP, localized

FORMAT = "tafelronde-template"
FORMAT_VERSION = 1
MAX_ACTIVITIES = 200


class TemplateError(ValueError):
    """A template file that cannot be used; `message` is a translatable source text."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


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


def _require(condition: bool, source: str, what: str) -> None:
    if not condition:
        raise TemplateError(
            QT_TRANSLATE_NOOP("TemplateError", "{source}: {what}"), source=source, what=what
        )


def parse(data: object, language: str = "nl", source: str = "template") -> Template:
    """Validate decoded JSON and build a Template; raises TemplateError naming the problem."""
    _require(isinstance(data, dict), source, "the file does not hold a template object")
    assert isinstance(data, dict)
    _require(data.get("format", FORMAT) == FORMAT, source, "this is not a Tafelronde template")
    version = data.get("format_version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise TemplateError(
            QT_TRANSLATE_NOOP(
                "TemplateError", "{source} was made by a newer version of Tafelronde."
            ),
            source=source,
        )
    key = data.get("key")
    _require(isinstance(key, str) and 0 < len(key) <= 80, source, "'key' must be a short text")
    title = localized(data.get("title"), language)
    _require(0 < len(title) <= 500, source, "'title' is missing or too long")
    capacity = data.get("capacity", 0)
    _require(isinstance(capacity, int) and 0 <= capacity <= 100_000, source, "bad 'capacity'")
    items = data.get("activities", [])
    _require(isinstance(items, list), source, "'activities' must be a list")
    _require(len(items) <= MAX_ACTIVITIES, source, "too many activities")
    activities = []
    for number, item in enumerate(items, start=1):
        where = f"activity {number}"
        _require(isinstance(item, dict), source, f"{where} is not an object")
        kind = item.get("kind")
        _require(isinstance(kind, str) and bool(kind), source, f"{where} has no 'kind'")
        minutes = item.get("minutes", 15)
        _require(
            isinstance(minutes, int) and 0 <= minutes <= 24 * 60,
            source,
            f"{where}: 'minutes' must be a whole number from 0 to 1440",
        )
        config = item.get("config", {})
        _require(isinstance(config, dict), source, f"{where}: 'config' must be an object")
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


def loads(text: str, language: str = "nl", source: str = "template") -> Template:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            QT_TRANSLATE_NOOP("TemplateError", "{source} is not valid JSON (line {line})."),
            source=source,
            line=exc.lineno,
        ) from exc
    return parse(data, language, source)


def load_file(path: Path, language: str = "nl") -> Template:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(
            QT_TRANSLATE_NOOP("TemplateError", "{source} cannot be read."), source=path.name
        ) from exc
    return loads(text, language, path.name)


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
