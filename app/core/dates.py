"""Reading dates and clock times the way people type them (no Qt).

A date may be typed day first ("18-03-2027", "18/3/2027", "18.03.2027") or year first
("2027-03-18"); a time as "9:30", "09.30" or "0930". Anything else, or a day that does not exist
(31-02-2027), is refused with a message naming what was typed, so a field never silently keeps
a different value than the one on the screen.
"""

from __future__ import annotations

import re
from datetime import date, time

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP

DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
CLOCK = re.compile(r"(\d{1,2})[:.h]?(\d{2})")

NOT_A_DATE = QT_TRANSLATE_NOOP(
    "DateInput", "“{text}” is not a date: type it as dd-mm-yyyy or yyyy-mm-dd"
)
NO_SUCH_DAY = QT_TRANSLATE_NOOP("DateInput", "{text} does not exist on the calendar")
NOT_A_TIME = QT_TRANSLATE_NOOP("DateInput", "“{text}” is not a time: type it as 13:30")


class InputError(UserError, ValueError):
    """What was typed cannot be read; `message` is a translatable source text ("DateInput"),
    params["text"] what was typed."""

    def __init__(self, message: str, text: str) -> None:
        super().__init__("DateInput", message, text=text)


def parse_date(text: str) -> date:
    """The date typed, day first or year first; InputError otherwise."""
    typed = text.strip()
    match = DAY_FIRST.fullmatch(typed)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = YEAR_FIRST.fullmatch(typed)
        if not match:
            raise InputError(NOT_A_DATE, typed[:40])
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(NO_SUCH_DAY, typed) from None


def parse_time(text: str) -> time:
    """A clock time typed as 9:30, 09.30 or 0930; InputError otherwise."""
    typed = text.strip()
    match = CLOCK.fullmatch(typed)
    if not match:
        raise InputError(NOT_A_TIME, typed[:40])
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InputError(NOT_A_TIME, typed)
    return time(hour, minute)


def show_date(value: date) -> str:
    """How a date is written back in the field: day first, as Dutch people write it."""
    return value.strftime("%d-%m-%Y")
