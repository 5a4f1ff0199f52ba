"""Marking texts for translation and filling their placeholders, without importing Qt.

`pyside6-lupdate` collects calls named QT_TRANSLATE_NOOP; the UI and the command line translate
them later with app.i18n.translate(context, text) (or a widget's self.tr).

One placeholder style: `{name}` (optionally `{name:03d}`), filled by `fill` after translating;
`%n` is Qt's own, for plural forms. Never call `.format` on a translated text: a translation with
a stray or renamed brace would raise in front of the room. docs/checks.md, "Texts and placeholders".
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(\w+)(?::([^{}]*))?\}")


def fill(text: str, /, **values: object) -> str:
    """text with its {name} placeholders replaced by str(value); never raises. A placeholder
    without a value, a stray brace or a bad format spec stays as written; `{{`/`}}` are braces as
    in str.format. Values are inserted as they are (never parsed again, so a brace in a file name
    stays a brace)."""

    def one(match: re.Match[str]) -> str:
        whole, name, spec = match.group(0), match.group(1), match.group(2)
        if name is None:
            return whole[0]  # {{ or }}
        if name not in values:
            return whole
        value = values[name]
        if spec:
            try:
                return format(value, spec)
            except (ValueError, TypeError):
                return str(value)
        return str(value)

    return _PLACEHOLDER.sub(one, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return text unchanged; the call only marks it for the translation catalogue."""
    del context
    return text


def localized(value: object, language: str) -> str:
    """Pick a language from a {"nl": ..., "en": ...} value in a data file; plain text as is."""
    if isinstance(value, dict):
        for lang in (language, "nl", "en"):
            text = value.get(lang)
            if isinstance(text, str):
                return text
        return next((v for v in value.values() if isinstance(v, str)), "")
    return "" if value is None else str(value)


CONTENT_LANGUAGES = ("nl", "en")
DEFAULT_CONTENT_LANGUAGE = "nl"  # sessions made before the choice existed were Dutch
CONTENT_LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # each in its own language


def content_language_of(settings: object) -> str:
    """The content language stored in a session's settings dict; Dutch when absent or odd."""
    value = settings.get("content_language") if isinstance(settings, dict) else None
    return value if value in CONTENT_LANGUAGES else DEFAULT_CONTENT_LANGUAGE
