"""Dates and times as people type them (app/core/dates.py)."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.core.dates import InputError, parse_date, parse_time, show_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2027-03-18", date(2027, 3, 18)), ("18-03-2027", date(2027, 3, 18)),
     ("18/3/2027", date(2027, 3, 18)), (" 1.12.2026 ", date(2026, 12, 1)),
     ("2027/3/8", date(2027, 3, 8))],
)  # fmt: skip
def test_day_first_and_year_first_dates(typed: str, expected: date) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["", "18-03-27", "2027-03", "morgen", "2027-03-18x", "31-02-2027",
                                   "2027-13-01", "00-01-2027"])  # fmt: skip
def test_anything_else_is_refused_naming_what_was_typed(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(typed)
    assert typed.strip() in str(caught.value)


def test_times_and_the_way_a_date_is_written_back() -> None:
    assert parse_time("9:30") == time(9, 30)
    assert parse_time("09.30") == time(9, 30)
    assert parse_time("1330") == time(13, 30)
    for wrong in ("24:00", "13:60", "half twee", ""):
        with pytest.raises(InputError):
            parse_time(wrong)
    assert show_date(date(2027, 3, 8)) == "08-03-2027"
