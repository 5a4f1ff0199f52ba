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
            if isinstance(value.get(lang), str):
                return value[lang]
        return next((v for v in value.values() if isinstance(v, str)), "")
    return "" if value is None else str(value)
