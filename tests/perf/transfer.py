"""A big session moved between databases, with every participant reference (run by hand):

    .venv/bin/python tests/perf/transfer.py [--people N] [--pg URL|auto]

N participants (default 2 000) with a speed-dating rotation (8 rounds), a breakout schedule
(3 rounds) with hosts and keep-apart pairs, and one note per group; the target already holds
another session of N people, so every id must be rewritten. Times `copy_session` SQLite ->
SQLite (and -> PostgreSQL with --pg, an empty migrated database), the session-file export and
import, and checks by name that the rotation and the schedule survived.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from app.core.rotation import rotate
from app.storage import open_store
from app.storage.participants import full_name
from app.storage.session_file import import_session_file, write_session_file
from app.storage.transfer import copy_session


def names(store, session_id: int, value: list) -> list:  # type: ignore[no-untyped-def, type-arg]
    who = {p.id: full_name(p) for p in store.participants.list(session_id)}
    return [[sorted(who[p] for p in table) for table in round_] for round_ in value]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--pg", default="")
    options = parser.parse_args()
    n = options.people
    folder = Path(tempfile.mkdtemp(prefix="tafelronde-transfer-"))
    source = open_store(folder / "bron.sqlite")
    meeting = source.sessions.create("Groot")
    rows = [{"first_name": f"P{i}", "last_name": "Bron", "status": "present"} for i in range(n)]
    ids = [p.id for p in source.participants.add_many(meeting.id, rows)]
    greet = source.agenda.add(meeting.id, "meet_greet", config={"mode": "speed_dating"})
    rotation = rotate(ids, 8, 2, seed=1).to_json()
    source.results.set(greet.id, "rotation", {"people": ids, "group_size": 2, "rounds": rotation})
    groups = [[ids[g :: n // 5] for g in range(n // 5)] for _ in range(3)]
    config = {"hosts": {str(ids[0]): 0}, "keep_apart": [[ids[1], ids[2]]], "group_size": 5}
    breakout = source.agenda.add(meeting.id, "breakout", config=config)
    source.results.set(breakout.id, "schedule", {"rounds": groups, "seed": 1})
    source.results.set_many(breakout.id, {f"note:r1:g{g}:q1": "notitie" for g in range(n // 5)})
    expected = names(source, meeting.id, rotation)
    targets = [("sqlite", str(folder / "doel.sqlite"))]
    server = None
    if options.pg == "auto":  # a throw-away PostgreSQL, as the tests start it
        sys.path.insert(0, str(Path(__file__).parents[1] / "storage"))
        from pg_server import PgServer

        server = PgServer()
        server.init()
        server.start()
        server.execute("CREATE DATABASE perf")
        options.pg = server.url("perf")
    if options.pg:
        targets.append(("postgres", options.pg))
    for label, url in targets:
        target = open_store(url)
        other = target.sessions.create("Iemand anders")
        target.participants.add_many(other.id, [{"first_name": f"X{i}"} for i in range(n)])
        started = time.perf_counter()
        copy_session(source, target, meeting.id)
        took = time.perf_counter() - started
        copy = next(m for m in target.sessions.list() if m.title == "Groot")
        greet_copy = next(a for a in target.agenda.list(copy.id) if a.kind == "meet_greet")
        got = names(target, copy.id, target.results.get(greet_copy.id, "rotation")["rounds"])
        assert got == expected, "rotation names differ"
        print(f"copy {n} people -> {label:<8} {took:6.2f} s  (rotation checked by name)")
        target.close()
    started = time.perf_counter()
    file = write_session_file(source, meeting.id, folder / "groot.tafelronde")
    print(f"export session file            {time.perf_counter() - started:6.2f} s")
    elsewhere = open_store(folder / "elders.sqlite")
    elsewhere.participants.add_many(elsewhere.sessions.create("Ander").id, rows)
    started = time.perf_counter()
    outcome = import_session_file(elsewhere, file)
    print(f"import session file            {time.perf_counter() - started:6.2f} s")
    greet_copy = next(
        a for a in elsewhere.agenda.list(outcome.session_id) if a.kind == "meet_greet"
    )
    value = elsewhere.results.get(greet_copy.id, "rotation")["rounds"]
    assert names(elsewhere, outcome.session_id, value) == expected
    elsewhere.close()
    source.close()
    if server is not None:
        server.destroy()


if __name__ == "__main__":
    main()
