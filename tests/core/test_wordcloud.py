"""The word cloud's rules: normalising, counting with merges and hidden words, a stable layout."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.core import wordcloud as wc
from printables import fonts
from tests.core.wordcloud_words import WORDS, counts


def measure(text: str, size: float) -> float:
    """Real widths: the bold face the beamer and the report draw in."""
    fonts.register()
    return stringWidth(text, fonts.BOLD, size)


def words_of(pairs: list[tuple[str, int]]) -> list[wc.Word]:
    return [wc.Word(wc.normal(t), t, n, i) for i, (t, n) in enumerate(pairs)]


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("  Netwerk!! ", "netwerk"),
        ("«Samenwerking»", "samenwerking"),
        ("NETWERK", "netwerk"),
        ("gedeelde    agenda", "gedeelde agenda"),
        ("gedeelde\tagenda\n", "gedeelde agenda"),
        ("...", ""),
        ("C++", "c++"),  # symbols are part of the word; only punctuation is trimmed
        ("collega's", "collega's"),  # inner punctuation stays
        ("Straße", "strasse"),  # case folding, not lowercasing
        ("e\u0301nergie", "énergie"),  # composed and decomposed accents are one word
        ("a\u200bb", "ab"),  # invisible format characters do not make another word
    ],
)
def test_normal_form(typed: str, normal: str) -> None:
    assert wc.normal(typed) == normal


def test_plurals_stay_two_words() -> None:
    words = wc.tally(["netwerk", "netwerken", "Netwerk.", "network", "networks"])
    assert [(w.key, w.count) for w in words] == [
        ("netwerk", 2), ("netwerken", 1), ("network", 1), ("networks", 1)
    ]  # fmt: skip


def test_same_word_grows_and_shows_the_most_typed_spelling() -> None:
    words = wc.tally(["energie", "Energie", "ENERGIE!", "Energie", "rust"])
    assert len(words) == 2
    assert (words[0].key, words[0].text, words[0].count) == ("energie", "Energie", 4)
    assert words[0].first == 0 and words[1].first == 4


def test_cleaned_text_is_capped() -> None:
    assert len(wc.clean("x" * 100)) == wc.MAX_WORD


def test_merge_and_hide() -> None:
    answers = ["netwerken", "Netwerk", "netwerk", "ruis", "netwerken"]
    words = wc.tally(answers, merges={"netwerken": "netwerk"}, hidden={"ruis"})
    assert [(w.key, w.text, w.count, w.hidden) for w in words] == [
        ("netwerk", "Netwerk", 4, False), ("ruis", "ruis", 1, True)
    ]  # fmt: skip
    assert words[0].first == 0  # the merged word keeps the first arrival of its spellings
    assert words[0].merged == ("netwerken",)


def test_merge_chains_and_loops_end() -> None:
    assert wc.resolve("a", {"a": "b", "b": "c"}) == "c"
    assert wc.resolve("a", {"a": "b", "b": "a"}) == "b"
    words = wc.tally(["a", "b"], merges={"a": "b", "b": "a"})
    assert sum(w.count for w in words) == 2


def test_size_steps() -> None:
    assert [wc.step(n) for n in (1, 2, 3, 4, 7, 8, 15, 16, 500)] == [0, 1, 1, 2, 2, 3, 3, 4, 4]


def test_150_words_fit_a_beamer_readably() -> None:
    """1920x1080 beamer, the cloud below the prompt (950 px high); sizes count from 1080."""
    words = words_of(list(zip(WORDS, counts(), strict=True)))
    cloud = wc.layout(words, 1920, 950, measure, reference=1080)
    assert len(cloud.placed) == 150 and not cloud.left_out
    assert cloud.smallest >= 1080 / 40
    for i, a in enumerate(cloud.placed):
        assert a.x >= 0 and a.y >= 0 and a.x + a.w <= 1920 and a.y + a.h <= 950
        assert a.w >= measure(a.text, a.size)  # the box holds the measured text
        for b in cloud.placed[i + 1 :]:
            assert not a.overlaps(b), (a.text, b.text)
    steps = {p.key: p.step for p in cloud.placed}
    assert steps[WORDS[0].lower()] == 4 and steps[WORDS[4].lower()] == 0


def test_few_words_are_large() -> None:
    cloud = wc.layout(words_of([("energie", 1), ("rust", 1)]), 1920, 950, measure, 1080)
    assert cloud.smallest == round(1080 / 16)


def test_adding_a_word_moves_no_placed_word() -> None:
    pairs = list(zip(WORDS, counts(), strict=True))
    same_tier = 0
    for n in range(5, 150, 12):
        before = wc.layout(words_of(pairs[:n]), 1920, 950, measure, 1080)
        after = wc.layout(words_of(pairs[: n + 1]), 1920, 950, measure, 1080)
        if after.base == before.base:  # the same tier: everything stays where it was
            assert after.placed[:n] == before.placed
            assert len(after.placed) == n + 1
            same_tier += 1
    assert same_tier >= 9  # the tier changes only a few times on the way to 150 words


def test_growing_a_word_moves_only_it_and_later_words() -> None:
    pairs = [(w, 1) for w in WORDS[:40]]
    before = wc.layout(words_of(pairs), 1920, 950, measure, 1080)
    pairs[20] = (WORDS[20], 2)
    after = wc.layout(words_of(pairs), 1920, 950, measure, 1080)
    assert after.base == before.base
    assert after.placed[:20] == before.placed[:20]
    assert after.placed[20].step == 1 and after.placed[20].size > before.placed[20].size


def test_one_more_answer_rarely_changes_a_size() -> None:
    changes = sum(wc.step(n + 1) != wc.step(n) for n in range(1, 30))
    assert changes == 4  # at 2, 4, 8 and 16 answers only


def test_hidden_words_are_not_drawn_and_layout_is_deterministic() -> None:
    words = words_of([("a", 1), ("b", 3), ("c", 1)])
    words[1] = wc.Word("b", "b", 3, 1, hidden=True)
    one = wc.layout(words, 800, 400, measure)
    two = wc.layout(words, 800, 400, measure)
    assert one == two and [p.key for p in one.placed] == ["a", "c"]


def test_a_long_phrase_is_shrunk_to_the_width_and_nothing_fits_nowhere() -> None:
    words = words_of([("x" * 40, 20)])
    cloud = wc.layout(words, 300, 300, measure)
    assert cloud.placed and cloud.placed[0].w <= 300
    assert wc.layout(words, 0, 0, measure).left_out == words


def test_a_large_room_where_every_word_is_popular_still_fits() -> None:
    """300 phones x 10 answers: every word reaches the top step; the steps shift down."""
    words = words_of([(w, 10 + i % 15) for i, w in enumerate(WORDS)])
    cloud = wc.layout(words, 1920, 950, measure, reference=1080)
    assert len(cloud.placed) == 150 and not cloud.left_out
    assert cloud.smallest >= 1080 / 40
    assert {p.step for p in cloud.placed} == {0, 1}  # counts at steps 3 and 4, shifted down
    sizes = {p.step: p.size for p in cloud.placed}
    assert sizes[1] > sizes[0]


def test_the_last_try_places_what_fits() -> None:
    words = words_of([(w, 1) for w in WORDS])
    cloud = wc.layout(words, 400, 120, measure, reference=1080)  # a strip of a beamer
    assert cloud.placed and cloud.left_out
    assert len(cloud.placed) + len(cloud.left_out) == 150
