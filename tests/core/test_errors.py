"""The one user-facing error type: English text filled in, the fields every caller reads."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.core.atomic import OutputError
from app.core.bingo import BingoError
from app.core.dates import InputError, parse_date
from app.core.errors import UserError
from app.core.groups import GroupingError
from app.core.i18n import fill
from app.storage.errors import StorageError


def test_str_is_the_english_text_filled_in() -> None:
    error = UserError("ctx", "{path} is {what}", path="a{b}.db", what="gone")
    assert str(error) == "a{b}.db is gone"  # a value's braces are never read as placeholders
    assert (error.context, error.text, error.params) == (
        "ctx",
        "{path} is {what}",
        {"path": "a{b}.db", "what": "gone"},
    )
    assert error.message == error.text and error.values == error.params


def test_a_missing_value_leaves_its_placeholder_and_a_stray_brace_does_not_fail() -> None:
    assert fill("{a} and {b}", a=1) == "1 and {b}"
    assert fill("broken {", a=1) == "broken {"


def test_translated_uses_the_context_and_translates_nested_errors() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "«" + text + "»"

    inner = BingoError("inner {n}", n=3)
    outer = StorageError("outer: {why}", why=inner)
    assert outer.translated(translate) == "«outer: «inner 3»»"
    assert seen == [("Bingo", "inner {n}"), ("StorageError", "outer: {why}")]


def test_the_areas_errors_are_user_errors_and_still_what_callers_catch() -> None:
    grouping = GroupingError("{n} people", n=3)
    assert isinstance(grouping, UserError) and isinstance(grouping, ValueError)
    assert (grouping.context, grouping.text, grouping.values) == ("groups", "{n} people", {"n": 3})
    with pytest.raises(InputError) as caught:
        parse_date("31-02-2027")
    assert caught.value.context == "DateInput" and caught.value.params == {"text": "31-02-2027"}
    assert str(caught.value) == "31-02-2027 does not exist on the calendar"


def test_output_error_keeps_the_os_fields() -> None:
    error = OutputError(Path("/x/out.pdf"), OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(error, OSError) and isinstance(error, UserError)
    assert (error.errno, error.strerror, error.filename) == (
        errno.ENOSPC,
        "No space left on device",
        "/x/out.pdf",
    )
    assert error.context == "OutputError" and "/x/out.pdf" in str(error)
