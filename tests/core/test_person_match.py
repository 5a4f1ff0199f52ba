"""Who is the same human: e-mail first, then name and organisation after normalising case,
accents and Dutch particles; uncertain pairs are said to be uncertain, never certain."""

from __future__ import annotations

import pytest

from app.core.person_match import (
    CERTAIN,
    DIFFERENT,
    ONE_LETTER,
    SAME_EMAIL,
    SAME_NAME_NO_ORGANISATION,
    SAME_NAME_ORGANISATION,
    SAME_NAME_OTHER_EMAIL,
    SAME_NAME_OTHER_ORGANISATION,
    UNCERTAIN,
    Someone,
    compare,
    name_key,
    one_letter_apart,
)


def who(first: str = "", particle: str = "", last: str = "", org: str = "", email: str = ""):  # type: ignore[no-untyped-def]
    return Someone(1, first, particle, last, org, email)


def test_the_same_email_is_the_same_person_whatever_the_names() -> None:
    found = compare(
        who("Zoë", email="Zoe@Example.NL "), who("Z.", last="Ö", email="zoe@example.nl")
    )
    assert (found.kind, found.reason, found.score) == (CERTAIN, SAME_EMAIL, 100)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (who("Jan", "van der", "Berg", "VPT"), who("jan", "", "Van der Berg", "vpt")),
        (who("Jan", "van der", "Berg", "VPT"), who("Jan", "", "Berg, van der", "VPT")),
        (who("Jan", "van der", "Berg", "VPT"), who("Jan", "", "Vanderberg", "V.P.T.")),
        (who("Zoë", "", "Öztürk", "Théâtre d'Ici"), who("ZOE", "", "ozturk", "theatre d ici")),
        (
            who("Lies", "Van den", "Berghe", "Kunstenpunt"),
            who("Lies", "van den", "Berghe", "Kunstenpunt", "lies@x.be"),
        ),
    ],
)
def test_name_and_organisation_match_after_normalising(a: Someone, b: Someone) -> None:
    found = compare(a, b)
    assert (found.kind, found.reason) == (CERTAIN, SAME_NAME_ORGANISATION)
    assert compare(b, a) == found  # the order of the two does not matter


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            who("Eva", "", "Oosterhuis", "Zaal"),
            who("Eva", "", "Oosterhuis", "Andere zaal"),
            SAME_NAME_OTHER_ORGANISATION,
        ),
        (
            who("Eva", "", "Oosterhuis", "Zaal", "eva@zaal.nl"),
            who("Eva", "", "Oosterhuis", "Zaal", "eva@prive.nl"),
            SAME_NAME_OTHER_EMAIL,
        ),
        (
            who("Eva", "", "Oosterhuis", "Zaal"),
            who("Eva", "", "Oosterhuis", ""),
            SAME_NAME_NO_ORGANISATION,
        ),
        (who("Piet", "", "Jansen", "Mug"), who("Piet", "", "Janssen", "Mug"), ONE_LETTER),
        (who("Piet", "", "Jansen", "Mug"), who("Piet", "", "Jamsen", "mug"), ONE_LETTER),
    ],
)
def test_uncertain_pairs_are_left_for_review(a: Someone, b: Someone, reason: str) -> None:
    found = compare(a, b)
    assert (found.kind, found.reason) == (UNCERTAIN, reason)
    assert 0 < found.score < 100


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (who("Piet", "", "Jansen", "Mug"), who("Piet", "", "Janssen", "Zaal")),  # typo + other org
        (who("Anna", "", "Smit", "Mug", "a@x.nl"), who("Bram", "", "Smit", "Mug", "b@x.nl")),
        (who("", "", "", "Mug"), who("", "", "", "Mug")),  # no names: never matched on name
        (who("New", "", "", ""), who("New", "", "", "")),  # a first name alone says too little
        (who("Piet", "", "Jansen", "Mug", "p@a.nl"), who("Piet", "", "Janssen", "Mug", "p@b.nl")),
    ],
)
def test_different_people_stay_apart(a: Someone, b: Someone) -> None:
    assert compare(a, b).kind == DIFFERENT


def test_name_key_and_one_letter() -> None:
    assert name_key(who("Jan", "van der", "Berg")) == name_key(who("Jan", "", "van der Berg"))
    assert name_key(who("Jan", "", "Vandenberg")) != name_key(who("Jan", "", "van der Berg"))
    assert one_letter_apart("jansen", "janssen") and one_letter_apart("jamsen", "jansen")
    assert not one_letter_apart("jansen", "jansen") and not one_letter_apart("jansen", "jensens")
