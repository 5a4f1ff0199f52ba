"""Invariants of the group solver (app/core/groups.py) and its designs."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.groups import GroupingError, GroupProblem, evaluate, resolve, solve, table_sizes
from app.core.groups_designs import best_design

FAST = {"max_iterations": 300, "time_limit": None}


def seated_once(schedule, people, first=0):
    for round_groups in schedule.rounds[first:]:
        seated = [p for table in round_groups for p in table]
        assert sorted(seated) == sorted(people)


def sizes_within_one(schedule, first=0):
    for round_groups in schedule.rounds[first:]:
        sizes = [len(t) for t in round_groups]
        assert max(sizes) - min(sizes) <= 1


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(2, 40),
    groups=st.integers(1, 8),
    rounds=st.integers(1, 4),
    orgs=st.integers(1, 6),
    seed=st.integers(0, 1000),
)
def test_everyone_seated_once_and_sizes_within_one(n, groups, rounds, orgs, seed):
    groups = min(groups, n)
    people = [f"p{i}" for i in range(n)]
    problem = GroupProblem(
        people, rounds, group_count=groups, organisation={p: f"o{i % orgs}" for i, p in
                                                         enumerate(people)}
    )  # fmt: skip
    schedule = solve(problem, seed=seed, **FAST)
    assert len(schedule.rounds) == rounds
    assert all(len(r) == groups for r in schedule.rounds)
    seated_once(schedule, people)
    sizes_within_one(schedule)


def test_target_size_never_exceeded():
    schedule = solve(GroupProblem(list(range(81)), 2, group_size=5), **FAST)
    assert {len(t) for t in schedule.rounds[0]} == {4, 5}
    assert len(schedule.rounds[0]) == 17


def test_hosts_stay_at_their_table():
    people = list(range(30))
    hosts = {0: 2, 1: 0, 7: 4}
    schedule = solve(GroupProblem(people, 4, group_count=6, hosts=hosts), **FAST)
    for round_groups in schedule.rounds:
        for person, table in hosts.items():
            assert person in round_groups[table]


def test_hosts_stay_with_a_design_start():
    people = list(range(28))  # 7 groups of 4 fits a transversal design
    hosts = {5: 6, 9: 0}
    schedule = solve(GroupProblem(people, 5, group_count=7, hosts=hosts), **FAST)
    for round_groups in schedule.rounds:
        assert 5 in round_groups[6] and 9 in round_groups[0]
    assert schedule.repeats == 0


def test_locked_rounds_unchanged_and_late_arrival_seated():
    people = list(range(20))
    first = solve(GroupProblem(people, 3, group_count=4), seed=3, **FAST)
    now_present = [p for p in people if p != 4] + [20, 21]  # 4 left, 20 and 21 came late
    again = resolve(GroupProblem(now_present, 3, group_count=4), first.rounds, 1, seed=3, **FAST)
    assert again.rounds[0] == first.rounds[0]
    seated_once(again, now_present, first=1)
    sizes_within_one(again, first=1)


def test_locked_rounds_count_as_meetings():
    people = list(range(16))
    locked = [[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]]]
    schedule = solve(
        GroupProblem(people, 3, group_count=4, locked=locked), max_iterations=2000, time_limit=None
    )
    assert schedule.rounds[0] == locked[0]
    assert schedule.repeats == 0


def test_forbidden_pairs_apart_when_feasible():
    people = list(range(12))
    forbidden = [(0, 1), (2, 3), (0, 5), (7, 8)]
    schedule = solve(GroupProblem(people, 4, group_count=2, forbidden=forbidden), **FAST)
    assert schedule.forbidden_met == []
    for round_groups in schedule.rounds:
        for table in round_groups:
            for a, b in forbidden:
                assert not (a in table and b in table)


def test_forbidden_pair_that_must_meet_is_reported():
    schedule = solve(GroupProblem([1, 2, 3], 1, group_count=1, forbidden=[(1, 3)]), **FAST)
    assert schedule.forbidden_met == [(0, 1, 3)]
    assert any("should not meet" in str(n) for n in schedule.notices)


def test_same_organisation_apart_and_minimal_when_impossible():
    people = list(range(12))
    orgs = {p: "big" if p < 8 else f"o{p}" for p in people}  # 8 of one org at 4 tables of 3
    schedule = solve(
        GroupProblem(people, 1, group_count=4, organisation=orgs),
        max_iterations=500,
        time_limit=None,
    )
    # 8 people over 4 tables: at best 2 per table -> 4 clashes
    assert schedule.organisation_clashes == 4
    assert any("same organisation" in str(n) for n in schedule.notices)


def test_met_before_avoided():
    people = list(range(8))
    met = [(0, 1), (2, 3), (4, 5), (6, 7)]
    schedule = solve(GroupProblem(people, 1, group_count=4, met_before=met), **FAST)
    assert schedule.repeats == 0
    assert all(sorted(t) not in [list(p) for p in met] for t in schedule.rounds[0])


@pytest.mark.parametrize(
    ("problem", "message"),
    [
        (GroupProblem([], 2, group_count=2), "nobody"),
        (GroupProblem([1, 2], 2, group_count=3), "at least 3 people"),
        (GroupProblem([1, 2], 0, group_count=1), "at least one round"),
        (GroupProblem([1, 2, 3], 2, group_size=1), "at least two"),
        (GroupProblem([1, 2, 3, 4], 2, group_count=2, hosts={1: 5}), "only 2 tables"),
        (GroupProblem([1, 2, 3, 4], 2, group_count=2, hosts={1: 0, 2: 0, 3: 0}), "seats only 2"),
        (GroupProblem([1, 2], 1, group_count=1, locked=[[[1, 2]], [[1, 2]]]), "have started"),
    ],
)
def test_infeasible_input_reported(problem, message):
    with pytest.raises(GroupingError, match=message):
        solve(problem, **FAST)


def test_deterministic_for_a_seed():
    problem = GroupProblem(list(range(24)), 4, group_count=6,
                           organisation={p: f"o{p % 5}" for p in range(24)})  # fmt: skip
    a = solve(problem, seed=7, max_iterations=400, time_limit=None)
    b = solve(problem, seed=7, max_iterations=400, time_limit=None)
    assert a.rounds == b.rounds


def test_perfect_on_kirkman_and_32_people_for_9_rounds():
    kirkman = solve(GroupProblem(list(range(15)), 7, group_count=5), **FAST)
    golfers = solve(GroupProblem(list(range(32)), 9, group_count=8), **FAST)
    assert (kirkman.repeats, golfers.repeats) == (0, 0)


def test_organisations_apart_on_60_people_in_12_organisations():
    orgs = {p: f"org{p // 5}" for p in range(60)}
    problem = GroupProblem(list(range(60)), 3, group_count=10, organisation=orgs)
    schedule = solve(problem, max_iterations=2000, time_limit=None)  # no wall clock: CI is slow
    assert (schedule.repeats, schedule.organisation_clashes) == (0, 0)
    assert schedule.iterations <= 10  # a design start is perfect at once


@pytest.mark.parametrize(
    ("groups", "size", "rounds"),
    [(7, 4, 7), (16, 5, 16), (20, 5, 6), (8, 4, 9), (5, 3, 7), (8, 2, 15)],
)
def test_designs_are_perfect(groups, size, rounds):
    design = best_design(groups, size, rounds)
    assert len(design) == rounds
    met = set()
    for round_groups in design:
        assert sorted(p for t in round_groups for p in t) == list(range(groups * size))
        for table in round_groups:
            for pair in itertools.combinations(sorted(table), 2):
                assert pair not in met
                met.add(pair)


def test_evaluate_counts_repeats_beyond_first():
    rounds = [[[1, 2, 3]], [[1, 2, 3]], [[1, 2], [3]]]
    assert evaluate(rounds, {}).repeats == 4
    assert table_sizes(11, 3) == [4, 4, 3]


def test_the_search_stops_at_the_repeats_the_tables_force():
    """80 people at 8 tables of 10 for 3 rounds: between two rounds each table takes two people
    from two earlier tables (pigeonhole), 16 coinciding pairs per pair of rounds, 48 in all; a
    pair meeting three times covers three of them with two repeats, so 32 repeats are forced."""
    problem = GroupProblem(people=list(range(80)), rounds=3, group_count=8)
    for seed in range(4):  # every seed: the paired grid starts at the bound, no search needed
        schedule = solve(problem, seed=seed, time_limit=None)
        assert schedule.repeats == 32
        assert schedule.iterations <= 1  # stopped at the proof, not at the budget
    # the bound is a bound: two rounds of a 4 x 4 grid (rows, then columns) meet nobody twice
    assert solve(GroupProblem(people=list(range(16)), rounds=2, group_count=4)).repeats == 0


def test_paired_grid_puts_the_forced_repeats_on_fixed_pairs():
    """Tables larger than their number: only the e*g partner pairs meet more than once, and an
    organisation's people (mapped onto consecutive points) are still spread by the search."""
    from app.core.groups_designs import paired_grid

    design = paired_grid(7, 10, 3)  # 70 people, 7 tables of 10
    assert design is not None and len(design) == 3
    assert all(sorted(p for table in r for p in table) == list(range(70)) for r in design)
    assert evaluate(design, {}).repeats == 3 * 7 * 2  # 21 partner pairs, each meeting 3 times
    assert paired_grid(8, 8, 3) is None  # not larger: the perfect designs handle it
    orgs = {p: f"org{p // 5}" for p in range(80)}
    schedule = solve(GroupProblem(list(range(80)), 3, group_count=8, organisation=orgs), seed=0)
    assert schedule.repeats == 32 and schedule.organisation_clashes == 0
