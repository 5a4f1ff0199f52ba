"""Bingo cards: unique, balanced, low overlap, deterministic; win checks agree with brute force."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import bingo, bingo_game, bingo_pool

LAYOUTS = st.sampled_from([("grid4", False), ("grid5", False), ("grid5", True), ("list", False)])


@st.composite
def games(draw):  # type: ignore[no-untyped-def]
    name, free = draw(LAYOUTS)
    list_size = draw(st.integers(3, 18))
    layout = bingo.layout_of(name, free, list_size)
    k = layout.statements
    pool_size = draw(st.integers(k + 2, k + 30))
    count = draw(st.integers(1, min(60, bingo.max_unique_cards(pool_size, k))))
    seed = draw(st.integers(0, 2**31))
    return layout, [f"s{i}" for i in range(pool_size)], count, seed


@settings(max_examples=40, deadline=None)
@given(games())
def test_cards_are_unique_balanced_and_deterministic(game) -> None:  # type: ignore[no-untyped-def]
    layout, pool, count, seed = game
    cards = bingo.generate(pool, count, layout, seed)
    assert [c.number for c in cards] == list(range(1, count + 1))
    assert len({c.statement_ids for c in cards}) == count
    for card in cards:
        assert len(card.cells) == layout.cells
        assert len(card.statement_ids) == layout.statements  # no statement twice on a card
        free = layout.free_index
        assert free is None or card.cells[free] == bingo.FREE
    uses = Counter(s for c in cards for s in c.statement_ids)
    counts = [uses.get(s, 0) for s in pool]
    assert max(counts) - min(counts) <= 1
    again = bingo.generate(pool, count, layout, seed)
    assert again == cards
    assert [c.code for c in again] == [c.code for c in cards]


@settings(max_examples=25, deadline=None)
@given(games())
def test_overlap_stays_near_what_balance_allows(game) -> None:  # type: ignore[no-untyped-def]
    layout, pool, count, seed = game
    cards = bingo.generate(pool, max(count, 2), layout, seed)
    k, p = layout.statements, len(pool)
    overlaps = [len(a.statement_ids & b.statement_ids) for a, b in itertools.combinations(cards, 2)]
    expected = k * k / p  # two random k-sets of a p-pool share this many on average
    assert sum(overlaps) / len(overlaps) <= expected + 1
    assert max(overlaps) <= min(k - 1, int(expected) + 1 + k // 2)


def test_overlap_of_a_room_sized_set_is_low() -> None:
    pool = [s.id for s in bingo_pool.default_pool()]
    layout = bingo.layout_of("grid4")
    cards = bingo.generate(pool, 120, layout, seed=2026)
    overlaps = [len(a.statement_ids & b.statement_ids) for a, b in itertools.combinations(cards, 2)]
    assert max(overlaps) <= 10  # of 16; random cards from 48 share 5.3 on average
    assert sum(overlaps) / len(overlaps) < 5.5


def test_a_different_seed_gives_different_cards() -> None:
    pool = [f"s{i}" for i in range(40)]
    layout = bingo.layout_of("grid4")
    assert bingo.generate(pool, 5, layout, 1) != bingo.generate(pool, 5, layout, 2)


def test_cards_are_a_stable_prefix_so_late_card_numbers_still_verify() -> None:
    pool = [f"s{i}" for i in range(40)]
    layout = bingo.layout_of("grid5", True)
    assert bingo.generate(pool, 30, layout, 9)[:10] == bingo.generate(pool, 10, layout, 9)


def brute_force_wins(card: bingo.Card, heard: set[str], rule: bingo.Rule, side: int) -> bool:
    marked = [cell == bingo.FREE or cell in heard for cell in card.cells]
    if rule.kind == "count":
        return sum(cell in heard for cell in card.cells if cell != bingo.FREE) >= rule.target
    if rule.kind == "full":
        return all(marked)
    grid = [[marked[r * side + c] for c in range(side)] for r in range(side)]
    candidates = [row for row in grid]
    candidates += [[grid[r][c] for r in range(side)] for c in range(side)]
    candidates += [[grid[i][i] for i in range(side)], [grid[i][side - 1 - i] for i in range(side)]]
    return any(all(line) for line in candidates)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from([("grid4", False), ("grid5", False), ("grid5", True), ("list", False)]),
    st.sampled_from(["count", "line", "full"]),
    st.integers(1, 16),
    st.integers(0, 1000),
    st.data(),
)
def test_win_check_agrees_with_brute_force(shape, kind, target, seed, data) -> None:  # type: ignore[no-untyped-def]
    layout = bingo.layout_of(*shape)
    if kind == "line" and layout.side == 0:
        kind = "full"
    rule = bingo.rule_of(kind, min(target, layout.statements), layout)
    pool = [f"s{i}" for i in range(30)]
    cards = bingo.generate(pool, 8, layout, seed)
    heard = set(data.draw(st.lists(st.sampled_from(pool), max_size=30)))
    for card in cards:
        expected = brute_force_wins(card, heard, rule, layout.side)
        assert bingo.wins(card, heard, rule, layout) == expected
        verdict = bingo.verify(cards, card.number, heard, rule, layout)
        assert verdict.wins == expected
        assert verdict.heard == len(card.statement_ids & heard)
    assert sorted(c.number for c in bingo.winners(cards, heard, rule, layout)) == sorted(
        c.number for c in cards if brute_force_wins(c, heard, rule, layout.side)
    )


def test_a_full_line_wins_and_a_broken_line_does_not() -> None:
    layout = bingo.layout_of("grid5", True)
    card = bingo.generate([f"s{i}" for i in range(30)], 1, layout, 3)[0]
    rule = bingo.rule_of("line")
    diagonal = {card.cells[i] for i in (0, 6, 18, 24)}  # the centre is free
    assert bingo.wins(card, diagonal, rule, layout)
    assert not bingo.wins(card, diagonal - {card.cells[6]}, rule, layout)


def test_verifying_an_unknown_card_number_says_so() -> None:
    layout = bingo.layout_of("grid4")
    cards = bingo.generate([f"s{i}" for i in range(20)], 3, layout, 1)
    verdict = bingo.verify(cards, 99, set(), bingo.rule_of("count"), layout)
    assert verdict.card is None and not verdict.wins


@pytest.mark.parametrize(
    ("pool", "count", "layout"),
    [(10, 1, "grid4"), (16, 2, "grid4"), (24, 1, "grid5")],
)
def test_impossible_requests_are_refused_with_a_reason(pool: int, count: int, layout: str) -> None:
    with pytest.raises(bingo.BingoError) as error:
        bingo.generate([f"s{i}" for i in range(pool)], count, bingo.layout_of(layout), 1)
    assert "pool" in str(error.value)


def test_contradictory_rules_are_refused() -> None:
    with pytest.raises(bingo.BingoError):
        bingo.rule_of("line", layout=bingo.layout_of("list"))
    with pytest.raises(bingo.BingoError):
        bingo.rule_of("count", 17, bingo.layout_of("grid4"))
    with pytest.raises(bingo.BingoError):
        bingo.layout_of("hexagon")


def test_default_pool_has_at_least_40_statements_in_both_languages() -> None:
    nl, en = bingo_pool.default_pool("nl"), bingo_pool.default_pool("en")
    assert len(nl) >= 40 and len(nl) == len(en)
    assert len({s.id for s in nl}) == len(nl)
    assert all(s.text and len(s.text) <= bingo_pool.MAX_LENGTH for s in nl + en)
    assert nl[0].text != en[0].text


def test_importing_lines_cleans_and_skips_with_reasons() -> None:
    existing = [bingo_pool.Statement("d1", "We moeten meer samenwerken.")]
    text = "- Eerste uitspraak\n\n2. Tweede uitspraak\nwe moeten meer samenwerken.\n" + "x" * 200
    result = bingo_pool.parse_lines(text, existing)
    assert result.statements == ["Eerste uitspraak", "Tweede uitspraak"]
    assert [line for line, _ in result.skipped] == [4, 5]
    assert bingo_pool.read_text_file("café".encode("cp1252")) == "café"
    assert bingo_pool.read_text_file("\ufeffcafé".encode()) == "café"


def test_settings_default_to_one_card_per_participant_plus_spares() -> None:
    settings = bingo_game.settings_of({"rule": "count", "target": 10, "layout": "grid4"}, 50)
    assert settings.count == 55
    assert bingo_game.settings_of({}, 3).count == 8
    assert bingo_game.settings_of({"cards": 12}).count == 12
    _, pool, cards = bingo_game.make_cards({"seed": 5, "cards": 4, "names": True}, "en", ["Ann"])
    assert cards[0].name == "Ann" and cards[1].name == ""
    assert {s.id for s in pool} >= cards[0].statement_ids
