"""What the group solver is asked: who, how many rounds and tables, and what to respect.

A module of its own so the solver (app/core/groups.py) and its cost model
(app/core/groups_cost.py) both read it without importing each other.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field

PersonId = Hashable
Round = list[list[PersonId]]


@dataclass(frozen=True)
class GroupProblem:
    people: Sequence[PersonId]
    rounds: int  # total, including locked rounds
    group_count: int | None = None
    group_size: int | None = None  # target: no table gets more than this
    organisation: Mapping[PersonId, str | None] = field(default_factory=dict)
    hosts: Mapping[PersonId, int] = field(default_factory=dict)  # person -> table (0-based)
    forbidden: Sequence[tuple[PersonId, PersonId]] = ()
    met_before: Sequence[tuple[PersonId, PersonId]] = ()
    locked: Sequence[Sequence[Sequence[PersonId]]] = ()  # rounds already started: kept as they are
    # pairs who sat together in earlier sessions of the series -> how often; each counts as one
    # earlier meeting (every further meeting costs 1 whatever the count, as for earlier rounds)
    met_in_series: Mapping[frozenset[PersonId], int] = field(default_factory=dict)
    # a rank per person that stays the same across a series' sessions (the linked person's id):
    # the same person takes the same point of a design in every session, so a later session can
    # carry on with the design's next rounds instead of starting over
    order: Mapping[PersonId, int] = field(default_factory=dict)
