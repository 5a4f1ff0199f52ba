"""The quick poll's rules: what a valid poll is, and the tally of phones plus typed-in votes."""

from __future__ import annotations

import pytest

from app.core import poll as pl


def test_options_are_cleaned_and_keyed_in_order() -> None:
    poll = pl.validate("  Welke  opleiding?  ", pl.OPTIONS, ["", " Excel ", "Budget  beheer", ""])
    assert poll.question == "Welke opleiding?"
    assert [(c.key, c.label) for c in poll.choices] == [("1", "Excel"), ("2", "Budget beheer")]


def test_the_scale_has_five_numbered_choices_and_ignores_options() -> None:
    poll = pl.validate("Hoe nuttig?", pl.SCALE, ["stale"])
    assert poll.keys == ("1", "2", "3", "4", "5") and poll.options == ()


@pytest.mark.parametrize(
    ("question", "mode", "options", "message"),
    [
        ("", pl.OPTIONS, ["a", "b"], pl.NO_QUESTION),
        ("q" * (pl.MAX_QUESTION + 1), pl.OPTIONS, ["a", "b"], pl.LONG_QUESTION),
        ("Q?", "ranking", ["a", "b"], pl.BAD_MODE),
        ("Q?", pl.OPTIONS, ["only one"], pl.TOO_FEW),
        ("Q?", pl.OPTIONS, [str(n) for n in range(7)], pl.TOO_MANY),
        ("Q?", pl.OPTIONS, ["a", "  ", "b"], pl.EMPTY_OPTION),
        ("Q?", pl.OPTIONS, ["a", "x" * (pl.MAX_OPTION + 1)], pl.LONG_OPTION),
        ("Q?", pl.OPTIONS, ["Ja", "Nee", " ja "], pl.SAME_OPTION),
    ],
)
def test_bad_polls_name_what_to_fix(question, mode, options, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(pl.PollError) as raised:
        pl.validate(question, mode, options)
    assert raised.value.text == message and raised.value.context == "PollError"


def test_the_same_option_message_says_which_ones() -> None:
    with pytest.raises(pl.PollError) as raised:
        pl.validate("Q?", pl.OPTIONS, ["Ja", "Nee", " ja "])
    assert str(raised.value).startswith("Options 1 and 3 are the same: “ja”")


def test_six_options_are_allowed() -> None:
    assert len(pl.validate("Q?", pl.OPTIONS, list("abcdef")).choices) == 6


def test_a_stored_poll_is_read_leniently_and_its_problem_named() -> None:
    poll = pl.from_config({"question": "Q?", "mode": "weird", "options": ["a", "", "a", 3]})
    assert poll.mode == pl.OPTIONS and poll.options == ("a", "a", "3")
    problem = pl.problem(poll)
    assert problem is not None and problem.text == pl.SAME_OPTION
    assert pl.problem(pl.from_config({"question": "Q?", "mode": "scale"})) is None
    assert pl.from_config({}).question == "" and pl.problem(pl.from_config({})) is not None


def test_the_tally_adds_typed_in_votes_and_skips_stale_answers() -> None:
    poll = pl.validate("Q?", pl.OPTIONS, ["a", "b", "c"])
    tally = pl.tally(poll, ["1", "2", "2", "6", None], {"2": 3, "3": -4, "1": True, "9": 5})
    assert tally.phones == (1, 2, 0) and tally.typed == (0, 3, 0)
    assert tally.counts == (1, 5, 0) and tally.total == 6 and tally.typed_total == 3
    assert tally.shares() == (1 / 6, 5 / 6, 0.0)


def test_the_scale_mean_and_an_empty_tally() -> None:
    scale = pl.validate("Q?", pl.SCALE, [])
    assert pl.tally(scale, ["1", "5", "3"], {}).mean() == 3.0
    empty = pl.tally(scale, [], {})
    assert empty.mean() is None and empty.shares() == (0.0,) * 5
