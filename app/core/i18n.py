"""Marking texts for translation without importing Qt.

`pyside6-lupdate` collects calls named QT_TRANSLATE_NOOP; the UI and the command line translate
them later with QCoreApplication.translate(context, text).
"""

from __future__ import annotations


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
