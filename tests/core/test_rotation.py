"""Speed-dating rotations: everyone seated each round, no repeated meetings while avoidable."""

from __future__ import annotations

import pytest

from app.core.rotation import Rotation, rotate, table_sizes


def _check_seated(rotation: Rotation, people: list[int]) -> None:
    for round_ in rotation.rounds:
        seated = sorted(p for table in round_ for p in table)
        assert seated == sorted(people), "everyone sits exactly once per round"
        assert all(2 <= len(table) <= 3 for table in round_), "nobody alone, nobody in a four"


@pytest.mark.parametrize(
    ("count", "group_size", "rounds"),
    [
        (20, 2, 4), (20, 2, 19),  # 19 rounds = every pair meets exactly once
        (21, 2, 4), (21, 2, 10),
        (20, 3, 4), (21, 3, 6),
        (80, 2, 4), (80, 2, 15),
        (80, 3, 4), (80, 3, 12),
    ],
)  # fmt: skip
def test_no_repeated_meeting_where_possible(count: int, group_size: int, rounds: int) -> None:
    people = list(range(100, 100 + count))
    rotation = rotate(people, rounds, group_size, seed=7)
    assert len(rotation.rounds) == rounds
    _check_seated(rotation, people)
    assert rotation.repeats() == 0


def test_odd_person_joins_a_trio() -> None:
    rotation = rotate(list(range(21)), 3, 2)
    for round_ in rotation.rounds:
        assert sorted(len(t) for t in round_) == [2] * 9 + [3]


def test_repeats_are_minimal_when_unavoidable() -> None:
    people = [1, 2, 3, 4]
    rotation = rotate(people, 5, 2)
    _check_seated(rotation, people)
    # 3 rounds meet everyone once; each later round of 2 pairs must repeat 2 meetings
    assert rotation.repeats() == 4


def test_table_sizes() -> None:
    assert table_sizes(0, 2) == []
    assert table_sizes(1, 2) == [1]
    assert table_sizes(3, 2) == [3]
    assert table_sizes(7, 2) == [2, 2, 3]
    assert table_sizes(10, 3) == [3, 3, 2, 2]
    assert table_sizes(11, 3) == [3, 3, 3, 2]
    assert table_sizes(4, 3) == [2, 2]


def test_lookup_and_round_trip_through_json() -> None:
    rotation = rotate(["ann", "bob", "cas", "dee", "eva"], 2, 2, seed=3)
    for person in ["ann", "bob", "cas", "dee", "eva"]:
        tables = rotation.schedule_of(person)
        assert all(isinstance(t, int) and 1 <= t <= 2 for t in tables)
    assert rotation.table_of("nobody", 0) is None
    again = Rotation.from_json(rotation.to_json())
    assert again == rotation
    with pytest.raises(ValueError):
        Rotation.from_json({"not": "a list"})


def test_same_seed_same_rotation_and_duplicates_ignored() -> None:
    assert rotate([1, 2, 3, 4, 5, 6], 3, seed=5) == rotate([1, 2, 3, 4, 5, 6], 3, seed=5)
    assert rotate([1, 1, 2, 2], 1).rounds == (((1, 2),),) or rotate([1, 1, 2, 2], 1).rounds == (
        ((2, 1),),
    )
    assert rotate([], 3).rounds == ((), (), ())


@pytest.mark.parametrize(("group_size", "late"), [(2, 2), (2, 3), (3, 4)])
def test_late_arrivals_get_new_tables_without_meeting_anyone_twice(
    group_size: int, late: int
) -> None:
    from app.core.rotation import continue_rotation

    first = list(range(20))
    rotation = rotate(first, 5, group_size, seed=3)
    everyone = first + list(range(100, 100 + late))
    again = continue_rotation(rotation, 2, everyone, group_size, seed=4)
    assert again.rounds[:2] == rotation.rounds[:2]  # rounds already held stay
    assert len(again.rounds) == 5
    for round_ in again.rounds[2:]:
        assert sorted(p for table in round_ for p in table) == sorted(everyone)
        assert all(2 <= len(table) <= 3 for table in round_)
    assert again.repeats() == 0
    assert sorted(again.people()[-late:]) == list(range(100, 100 + late))  # late ones last
    assert again.schedule_of(100)[:2] == [None, None]
