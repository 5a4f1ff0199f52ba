"""`tafelronde groups ... --save`: the printed schedule becomes the breakout's groups, exactly."""

from __future__ import annotations

import json
from pathlib import Path

from app.activities.breakout.state import BreakoutData
from app.core.agenda import BY_HAND, automatic_minutes
from app.storage import open_store
from app.storage.agenda import config_of
from tests.cli.test_agenda_cli import in_process


def day(db_path: Path, people: int, breakouts: int = 1) -> tuple[int, list[int], list[int]]:
    """A session with `people` registered and `breakouts` breakouts (of one round) after a talk."""
    store = open_store(db_path)
    try:
        session = store.sessions.create("Dag")
        talk = store.agenda.add(session.id, "segment", "Welkom", 10)
        config = {"group_size": 5, "rounds": [{"minutes": 30, "questions": ["Q"]}]}
        rooms = [store.agenda.add(session.id, "breakout", f"Tafels {n}", 30, config)
                 for n in range(breakouts)]  # fmt: skip
        ids = [store.participants.add(session.id, first_name=f"P{i}", organisation=f"o{i % 7}").id
               for i in range(people)]  # fmt: skip
        assert talk.id is not None
        return session.id, [r.id for r in rooms], ids  # type: ignore[misc]
    finally:
        store.close()


def groups(capsys, db_path: Path, session: int, *extra: str):  # type: ignore[no-untyped-def]
    return in_process(capsys, "groups", "--session", str(session), "--db", str(db_path),
                      "--everyone", "--json", *extra)  # fmt: skip


def test_save_stores_exactly_what_it_prints(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, (breakout,), people = day(db_path, 23)
    result = groups(capsys, db_path, session, "--rounds", "2", "--size", "4", "--seed", "7",
                    "--save")  # fmt: skip
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)  # stdout stays the schedule alone
    assert f"Saved as the groups of “Tafels 0” (activity {breakout})." in result.stderr
    store = open_store(db_path)
    try:
        assert BreakoutData(store, breakout).schedule() == printed
        assert len(printed) == 2 and all(sorted(p for t in r for p in t) == people for r in printed)
        activity = store.agenda.get(breakout)
        config = config_of(activity)
        assert config["rounds"] == [{"minutes": 30, "questions": ["Q"]},
                                    {"minutes": 30, "questions": []}]  # fmt: skip
        assert (config["group_size"], config["seed"]) == (4, 7)
        assert activity.planned_minutes == automatic_minutes("breakout", config) == 65  # follows
    finally:
        store.close()


def test_without_save_nothing_is_stored(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, (breakout,), _ = day(db_path, 10)
    assert groups(capsys, db_path, session, "--rounds", "1", "--size", "5").returncode == 0
    store = open_store(db_path)
    try:
        assert BreakoutData(store, breakout).schedule() == []
    finally:
        store.close()


def test_which_breakout_is_said_or_asked_for(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    none, _, _ = day(db_path, 10, breakouts=0)
    result = groups(capsys, db_path, none, "--rounds", "1", "--size", "5", "--save")
    assert result.returncode == 1 and result.stdout == ""
    assert f"Session {none} has no breakout in its agenda" in result.stderr
    two, (first, second), _ = day(db_path, 10, breakouts=2)
    result = groups(capsys, db_path, two, "--rounds", "1", "--size", "5", "--save")
    assert result.returncode == 1
    assert f"several breakouts ({first}, {second}): say which with --activity ID" in result.stderr
    result = groups(capsys, db_path, two, "--rounds", "1", "--size", "5", "--save",
                    "--activity", str(first - 1))  # the talk  # fmt: skip
    assert result.returncode == 1 and f"Activity {first - 1} is not a breakout" in result.stderr
    result = groups(capsys, db_path, two, "--rounds", "1", "--groups", "2", "--activity",
                    str(second))  # fmt: skip
    assert result.returncode == 1 and "--activity goes with --save." in result.stderr
    result = groups(capsys, db_path, two, "--rounds", "1", "--groups", "2", "--save",
                    "--activity", str(second))  # fmt: skip
    assert result.returncode == 0, result.stderr
    store = open_store(db_path)
    try:
        assert BreakoutData(store, first).schedule() == []
        assert len(BreakoutData(store, second).schedule()[0]) == 2
        config = config_of(store.agenda.get(second))
        assert config["group_count"] == 2 and "group_size" not in config
    finally:
        store.close()


def test_the_breakouts_own_rules_count_when_saving(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, (breakout,), people = day(db_path, 20)
    host, a, b = people[0], people[1], people[2]
    store = open_store(db_path)
    try:  # a host at table 3, two people who must never meet, one round already run
        config = config_of(store.agenda.get(breakout))
        config.update(hosts={str(host): 2}, keep_apart=[[a, b]])
        config[BY_HAND] = True  # the organiser typed 45 minutes on the agenda page
        store.agenda.update(breakout, config=config, planned_minutes=45)
        first_round = [people[i::4] for i in range(4)]
        BreakoutData(store, breakout).save_schedule([first_round], 0)
        BreakoutData(store, breakout).mark_started(1)
    finally:
        store.close()
    result = groups(capsys, db_path, session, "--rounds", "3", "--groups", "4", "--save")
    assert result.returncode == 0, result.stderr
    rounds = json.loads(result.stdout)
    assert rounds[0] == first_round  # the round that ran stays as it was
    assert all(host in r[2] for r in rounds[1:])
    assert not any(a in t and b in t for r in rounds[1:] for t in r)
    store = open_store(db_path)
    try:
        assert BreakoutData(store, breakout).schedule() == rounds
        assert store.agenda.get(breakout).planned_minutes == 45  # a time set by hand is kept
    finally:
        store.close()
