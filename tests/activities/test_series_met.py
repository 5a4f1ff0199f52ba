"""Who already met across a series, read from the database: three meetings of the same 40 people
(linked by e-mail), a breakout of 3 rounds of 5 in each, solved one after the other."""

from __future__ import annotations

from app.activities.breakout.model import (
    BreakoutConfig,
    BreakoutData,
    build_problem,
    solve_and_store,
)
from app.activities.met_before import in_series, met_in_series
from app.core.encounters import add_meetings, new_encounters, series_repeats
from app.core.groups import GroupProblem, solve
from app.storage.agenda import config_of
from tests.helpers.series_network import breakout, build_network


def as_people(store, session_id: int, rounds: list) -> list:  # type: ignore[no-untyped-def]
    """The tables in person ids (the same human has another participant id in every session)."""
    person = store.series.people(session_id)
    return [[[person[p] for p in table] for table in round_groups] for round_groups in rounds]


def test_pairs_of_earlier_sessions_are_mapped_and_avoided(store_url) -> None:  # type: ignore[no-untyped-def]
    from app.storage import open_store

    store = open_store(store_url)
    try:
        _series, sessions = build_network(store)
        assert not in_series(store, store.sessions.create("Los").id)
        met_people: dict[frozenset, int] = {}
        repeats, fresh = [], []
        for number, session_id in enumerate(sessions):
            activity = breakout(store, session_id)
            met = met_in_series(store, session_id)
            # every earlier meeting of two people arrives, in this session's participant ids
            assert sum(met.values()) == 3 * 80 * number
            config = BreakoutConfig.parse(config_of(store.agenda.get(activity)))
            config.seed = number
            schedule = solve_and_store(store, session_id, activity, config)
            rounds = as_people(store, session_id, schedule.rounds)
            repeats.append(series_repeats(rounds, met_people))
            fresh.append(new_encounters(schedule.rounds, met))
            add_meetings(met_people, rounds)
            assert BreakoutData(store, activity).schedule() == schedule.rounds
        alone = 0
        seen: dict[frozenset, int] = {}
        for number, session_id in enumerate(sessions):
            problem = build_problem(store, session_id, BreakoutConfig.parse(
                {"group_size": 5, "rounds": [{}, {}, {}]}))  # fmt: skip
            problem = GroupProblem(**{**problem.__dict__, "met_in_series": {}})
            rounds = as_people(store, session_id, solve(problem, seed=number).rounds)
            alone += series_repeats(rounds, seen)
            add_meetings(seen, rounds)
        print(f"\nrepeats across the series: {sum(repeats)} {repeats} as a series, {alone} alone;"
              f" new people per person {[round(f, 1) for f in fresh]}")  # fmt: skip
        assert repeats[0] == 0 and repeats[1] <= 12
        assert sum(repeats) * 3 < alone
        assert fresh[0] == 12.0 and fresh[1] > 11
    finally:
        store.close()
