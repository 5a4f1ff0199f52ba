"""Who already met across a series: the solver and the rotation avoid pairs of earlier sessions.

Three sessions of the same 40 people (10 organisations of 4), groups of 5, 3 rounds each, solved
one after the other as a series does (each knows the tables of the sessions before it), against
each session solved alone. The figures are printed (pytest -s) and reproduced by
tests/perf/series_met.py.
"""

from __future__ import annotations

import random

from app.core.encounters import add_meetings, companions, new_encounters, series_repeats
from app.core.groups import GroupProblem, evaluate, solve
from app.core.rotation import continue_rotation, rotate

PEOPLE = list(range(40))
ORGANISATION = {p: f"org{p % 10}" for p in PEOPLE}
BUDGET = {"max_iterations": 6_000, "time_limit": None}


def series_total(aware: bool, rounds: int = 3, order: str = "same") -> tuple[int, list[int]]:
    met: dict[frozenset, int] = {}
    per_session = []
    for number in range(3):
        people = PEOPLE[:]
        if order == "shuffled":
            random.Random(number).shuffle(people)
        problem = GroupProblem(
            people, rounds, group_size=5, organisation=ORGANISATION,
            met_in_series=dict(met) if aware else {},
        )  # fmt: skip
        schedule = solve(problem, seed=number, **BUDGET)
        assert schedule.organisation_clashes == 0
        assert all(len(table) == 5 for round_groups in schedule.rounds for table in round_groups)
        per_session.append(series_repeats(schedule.rounds, met))
        add_meetings(met, schedule.rounds)
    return sum(per_session), per_session


def test_three_sessions_of_forty_repeat_less_than_sessions_solved_alone() -> None:
    series, per_session = series_total(True)
    alone_same, _ = series_total(False)
    alone_shuffled, _ = series_total(False, order="shuffled")
    print(f"\nrepeats over the series: {series} {per_session} knowing earlier sessions; "
          f"{alone_same} solved alone (same order), {alone_shuffled} alone (shuffled)")  # fmt: skip
    # 8 tables of 5 allow 8 rounds in which nobody meets twice (a transversal design); the
    # second session carries on with the design's rounds 4-6, so the first two are perfect
    assert per_session[:2] == [0, 0]
    # the third gets rounds 7-8 and one more round: by then everyone not yet met is a colleague
    # (the design keeps an organisation's people apart), and organisations outrank repeats
    assert series < alone_shuffled < alone_same
    assert series * 4 < alone_shuffled  # not a marginal gain


def test_the_third_session_repeats_only_what_organisations_force() -> None:
    """With one organisation per person (no clash possible), the third session's last round has
    only the design's leftover pairs to avoid repeats with: far fewer repeats."""
    _total, per_session = series_total(True)
    assert per_session[2] > 0
    people = list(range(40))
    met: dict[frozenset[int], int] = {}
    repeats = []
    for _session in range(3):
        problem = GroupProblem(people, 3, group_count=8, met_in_series=dict(met))
        schedule = solve(problem, seed=0, max_iterations=12_000, time_limit=None)
        repeats.append(series_repeats(schedule.rounds, met))
        add_meetings(met, schedule.rounds)
    print(f"\nwithout organisations: {repeats}; with organisations of 4: {per_session}")
    assert repeats[:2] == [0, 0] and repeats[2] < per_session[2]


def test_no_pair_meets_twice_across_the_series_where_possible() -> None:
    series, per_session = series_total(True, rounds=1)
    alone, _ = series_total(False, rounds=1)
    print(f"\none round per session: {series} repeats in the series, {alone} alone")
    assert per_session == [0, 0, 0]
    assert alone == 160  # the same design every time: sessions 2 and 3 repeat all 80 pairs


def test_a_pair_met_before_counts_as_one_earlier_meeting_in_the_solver() -> None:
    met = {frozenset(("a", "b")): 3}
    problem = GroupProblem(["a", "b", "c", "d"], 1, group_size=2, met_in_series=met)
    schedule = solve(problem, max_iterations=200, time_limit=None)
    assert frozenset(("a", "b")) not in {frozenset(t) for t in schedule.rounds[0]}
    assert schedule.repeats == 0
    together = evaluate([[["a", "b"], ["c", "d"]]], {}, met_in_series=met)
    assert together.repeats == 1  # one repeat however often they met before


def test_new_encounters_and_repeats_count_people_not_met_in_the_network() -> None:
    rounds = [[[1, 2, 3], [4, 5, 6]], [[1, 4, 5], [2, 3, 6]]]
    assert companions(rounds)[1] == {2, 3, 4, 5}
    assert new_encounters(rounds, {}) == 20 / 6
    met = {frozenset((1, 2)): 1, frozenset((4, 5)): 2}
    assert new_encounters(rounds, met) == (20 - 4) / 6
    assert series_repeats(rounds) == 2  # 2-3 and 4-5 again in round 2
    assert series_repeats(rounds, met) == 4  # plus 1-2 and 4-5 from earlier sessions
    assert new_encounters([], met) == 0.0


def test_rotation_avoids_pairs_of_earlier_sessions() -> None:
    people = list(range(10))
    earlier = rotate(people, 3, seed=1)
    met = add_meetings({}, earlier.rounds)
    fresh = rotate(people, 3, seed=2, avoid=met)
    assert series_repeats(fresh.rounds, met) == 0
    assert not fresh.pairs() & set(met)
    again = continue_rotation(fresh, 1, people, seed=3, avoid=met)
    assert again.rounds[0] == fresh.rounds[0]
    assert not again.pairs() & set(met)
