"""`tafelronde groups`: the breakout schedule for a session's participants: names per table as
text, participant ids as JSON (--json)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from app.cli import groups_save
from app.cli.common import add_db_argument, fail, session_store
from app.core.i18n import QT_TRANSLATE_NOOP
from app.i18n import translate

if TYPE_CHECKING:
    from app.storage.models import Participant

NAME = "groups"


def add_arguments(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("groups", help="mix participants into groups for several rounds")
    parser.add_argument("--session", type=int, required=True, help="session id")
    parser.add_argument("--rounds", type=int, required=True)
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--size", type=int, help="target group size (no group gets bigger)")
    size.add_argument("--groups", type=int, help="number of groups")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--everyone", action="store_true", help="all registered people, not only those present"
    )
    parser.add_argument("--json", action="store_true", help="print the schedule as JSON")
    groups_save.add_options(parser)
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(options: argparse.Namespace) -> int:
    from app.activities.met_before import (
        encounters_text,
        in_series,
        met_in_series,
        person_order,
    )
    from app.core.encounters import new_encounters
    from app.core.groups import GroupingError, GroupProblem, participant_rounds, solve

    with session_store(options) as store:
        wanted = ("registered", "present") if options.everyone else ("present",)
        people = [p for p in store.participants.list(options.session) if p.status in wanted]
        breakout = groups_save.target(store, options)  # None without --save
        rules = groups_save.constraints(store, breakout, options.rounds) if breakout else {}
        series = in_series(store, options.session)
        met = met_in_series(store, options.session) if series else {}
        order = person_order(store, options.session) if series else {}
    if not people:
        text = (
            QT_TRANSLATE_NOOP("groups", "Nobody is registered in session {id}.")
            if options.everyone
            else QT_TRANSLATE_NOOP("groups", "Nobody in session {id} is marked present (use "
                                   "--everyone for all registered people).")
        )  # fmt: skip
        return fail(translate("groups", text, id=options.session))
    problem = GroupProblem(
        [p.id for p in people],
        options.rounds,
        group_count=options.groups,
        group_size=options.size,
        organisation={p.id: p.organisation.strip().casefold() for p in people},
        # copied as pairs of any hashable person (a Mapping's key type does not widen)
        met_in_series={pair: times for pair, times in met.items()},
        order={pid: rank for pid, rank in order.items()},
        **rules,
    )
    try:
        schedule = solve(problem, seed=options.seed)
    except GroupingError as error:
        from app.i18n import user_text

        return fail(user_text(error))
    rounds = participant_rounds(schedule.rounds)
    if options.json:
        print(json.dumps(rounds))
    else:
        print_text(rounds, people)
    for notice in schedule.notices:
        print(translate("groups", notice.text, **notice.values), file=sys.stderr)
    if series:
        print(encounters_text(new_encounters(rounds, met)), file=sys.stderr)
    if breakout is not None:
        with session_store(options) as store:
            print(groups_save.save(store, breakout, rounds, options), file=sys.stderr)
    return 0


def print_text(rounds: list[list[list[int]]], people: list[Participant]) -> None:
    """Per round, each table with its people's names (in table order); the JSON keeps ids."""
    from app.storage.participants import full_name

    names = {p.id: full_name(p) or f"#{p.id}" for p in people}
    for number, round_groups in enumerate(rounds, start=1):
        print(translate("groups", QT_TRANSLATE_NOOP("groups", "Round {n}"), n=number))
        for table, members in enumerate(round_groups, start=1):
            label = translate("groups", QT_TRANSLATE_NOOP("groups", "Table {n}"), n=table)
            print(f"  {label}: {', '.join(names.get(p, f'#{p}') for p in members)}")
