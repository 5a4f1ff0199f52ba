"""Durations in the interface language: the unit words of app/core/durations.py, translated
with Qt's %n plural forms ("1 h 26 min" / "1 u 26 min")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core import durations


def words(unit: str, count: int) -> str:
    """One unit piece in the interface language (lupdate sees each text as a plural form)."""
    if unit == "h":
        return QCoreApplication.translate("Duration", "%n h", "", count)
    if unit == "s":
        return QCoreApplication.translate("Duration", "%n s", "", count)
    return QCoreApplication.translate("Duration", "%n min", "", count)


def duration(seconds: float, with_seconds: bool = True) -> str:
    """ "4 min 21 s", "1 h 26 min" in the interface language."""
    return durations.duration_text(seconds, words, with_seconds)


def minutes(count: float) -> str:
    """A planned length: "15 min", "1 h 30 min"."""
    return durations.minutes_text(count, words)
