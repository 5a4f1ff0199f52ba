"""Dutch and English hyphenation: words break at syllables with a hyphen, never mid-syllable."""

from __future__ import annotations

from app.core.hyphenation import SOFT_HYPHEN, points, soft_hyphens, split_word, wrap


def test_dutch_and_english_hyphenation_points() -> None:
    assert points("programmatoren", "nl") == (3, 7, 9, 11)  # pro-gram-ma-to-ren
    assert points("cultuurhuizen", "nl") == (3, 7, 10)  # cul-tuur-hui-zen
    assert points("collaboration", "en") != () and points("kort", "nl") == ()
    assert points("2024abc", "nl") == ()  # numbers and codes are never broken


def test_wrap_keeps_fitting_words_whole_and_hyphenates_long_ones() -> None:
    lines = wrap("de programmatoren en cultuurhuizen", 9, len, "nl")
    assert lines == ["de pro-", "grammato-", "ren en", "cultuur-", "huizen"]
    assert wrap("de cultuurhuizen", 20, len, "nl") == ["de cultuurhuizen"]
    assert wrap("een heel kort zinnetje", 9, len, "nl") == ["een heel", "kort", "zinnetje"]


def test_explicit_hyphens_break_without_an_extra_one() -> None:
    assert split_word("kip-of-eiverhaal", 7, len) == ("kip-of-", "eiverhaal")
    assert wrap("kip-of-eiverhaal", 8, len, "nl") == ["kip-of-", "eiver-", "haal"]


def test_a_syllable_wider_than_the_line_is_left_to_the_caller() -> None:
    assert split_word("programmatoren", 2, len) is None
    assert wrap("programmatoren", 3, len) == ["programmatoren"]  # the caller shrinks or cuts


def test_soft_hyphens_for_qt_labels() -> None:
    text = soft_hyphens("Onze programmatoren bezoeken 12 cultuurhuizen", "nl")
    assert text.replace(SOFT_HYPHEN, "") == "Onze programmatoren bezoeken 12 cultuurhuizen"
    assert f"pro{SOFT_HYPHEN}gram{SOFT_HYPHEN}ma" in text and "Onze " in text
    assert soft_hyphens("stakeholders", "en").count(SOFT_HYPHEN) >= 1


def test_paths_urls_addresses_and_markup_are_never_broken() -> None:
    for token in ("/etc/hostname", "https://tafelronde.example/programmatoren",
                  "programmatoren@cultuurhuizen.be", '<img src="/etc/hostname">'):  # fmt: skip
        assert soft_hyphens(f"zie {token} hier", "nl") == f"zie {token} hier"
        assert split_word(token, 12, len) is None
    assert SOFT_HYPHEN in soft_hyphens("programmatoren, cultuurhuizen.", "nl")  # punctuation ok
