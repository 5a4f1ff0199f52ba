"""Names shown and sorted as the Netherlands (by last name without particle) and Flanders (by
particle and last name) do, with accents sorting by their letter and IJ as I + J."""

from __future__ import annotations

import pytest

from app.core import names

PEOPLE = [
    ("Wim", "", "Willems"),
    ("Zoë", "van der", "Öztürk"),
    ("Eva", "", "Oosterhuis"),
    ("Ed", "", "Éwald"),
    ("Émile", "", "Ezra"),
    ("Ian", "", "IJzerman"),
    ("Ida", "", "Ivens"),
    ("Ilse", "", "Iepenburg"),
    ("Kees", "", "Ĳsselmuiden"),  # the one-character ligature
    ("Lies", "Van den", "Berghe"),
    ("An", "", "Vandamme"),
    ("Jo", "de", "Vries"),
    ("Ole", "", "Pauwels"),
    ("Madonna", "", ""),
]


def ordered(convention: str) -> list[str]:
    people = sorted(PEOPLE, key=lambda p: names.sort_key(*p, convention))
    return [names.display_name(*p) for p in people]


def test_display_name_keeps_the_particle() -> None:
    assert names.display_name("Zoë", "van der", "Öztürk") == "Zoë van der Öztürk"
    assert names.display_name("", "van der", "Öztürk") == "van der Öztürk"
    assert names.display_name("Madonna", "", "") == "Madonna"
    assert names.display_name(" Zoë ", " ", "Öztürk") == "Zoë Öztürk"


def test_dutch_practice_sorts_on_the_last_name_without_particle() -> None:
    assert ordered(names.LAST_NAME) == [
        "Lies Van den Berghe",  # B
        "Ed Éwald",  # É with E: before Ezra, not after Z
        "Émile Ezra",
        "Ilse Iepenburg",  # IJ as I + J: after "ie", before "iv"
        "Kees Ĳsselmuiden",
        "Ian IJzerman",
        "Ida Ivens",
        "Madonna",
        "Eva Oosterhuis",
        "Zoë van der Öztürk",  # Ö with O: after Oosterhuis, before Pauwels (not after Willems)
        "Ole Pauwels",
        "An Vandamme",
        "Jo de Vries",  # V
        "Wim Willems",
    ]


def test_flemish_practice_sorts_on_particle_and_last_name() -> None:
    assert ordered(names.PARTICLE) == [
        "Jo de Vries",  # D
        "Ed Éwald",
        "Émile Ezra",
        "Ilse Iepenburg",
        "Kees Ĳsselmuiden",
        "Ian IJzerman",
        "Ida Ivens",
        "Madonna",
        "Eva Oosterhuis",
        "Ole Pauwels",
        "An Vandamme",  # "vandamme" before "vandenberghe": the particle is read as one word
        "Lies Van den Berghe",  # V
        "Zoë van der Öztürk",  # "vanderozturk"
        "Wim Willems",
    ]


def test_the_fallback_fold_orders_accents_with_their_letter() -> None:
    assert names.fold("Öztürk") == "ozturk" and names.fold("Ĳssel") == "ijssel"
    assert sorted(["Willems", "Öztürk", "Oosterhuis"], key=names.fold) == [
        "Oosterhuis", "Öztürk", "Willems"]  # fmt: skip


def test_the_collation_table_is_loaded() -> None:
    """pyuca is installed with the app: the real collation, not the fallback, is in use."""
    assert names._collator() is not None


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Zoë van der Öztürk", ("Zoë", "van der", "Öztürk")),
        ("Anna Maria van den Berg", ("Anna Maria", "van den", "Berg")),
        ("Jan in 't Veld", ("Jan", "in 't", "Veld")),
        ("Jan in ’t Veld", ("Jan", "in ’t", "Veld")),
        ("Dirk Van den Berghe", ("Dirk", "Van den", "Berghe")),
        ("Jan Peter Balkenende", ("Jan", "", "Peter Balkenende")),
        ("Hélène D'Hondt", ("Hélène", "", "D'Hondt")),
        ("Madonna", ("Madonna", "", "")),
        ("Karel de", ("Karel", "", "de")),  # a particle needs a last name after it
    ],
)
def test_split_full_name(full: str, parts: tuple[str, str, str]) -> None:
    assert names.split_full_name(full) == parts


def test_split_last_name() -> None:
    assert names.split_last_name("van der Öztürk") == ("van der", "Öztürk")
    assert names.split_last_name("Öztürk, van der") == ("van der", "Öztürk")
    assert names.split_last_name("De") == ("", "De")
    assert names.split_last_name("Vries") == ("", "Vries")


def test_convention_from_settings() -> None:
    assert names.convention_of({}) == names.LAST_NAME
    assert names.convention_of({"name_order": "particle"}) == names.PARTICLE
    assert names.convention_of({"name_order": 3}) == names.LAST_NAME
