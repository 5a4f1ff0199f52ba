"""`tafelronde groups` on a real database file: one real process, the rest in-process (quick)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.storage import open_store


def tafelronde(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def in_process(capsys, *args: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    """The same command in this process; output captured like a subprocess's."""
    from app.cli import run

    code = run(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


def make_session(db_path: Path, present: int, registered: int, waiting: int) -> tuple[int, dict]:
    store = open_store(db_path)
    try:
        session = store.sessions.create("Breakout test", capacity=present + registered)
        ids: dict[str, list[int]] = {"present": [], "registered": [], "waiting": []}
        for status, count in (("present", present), ("registered", registered),
                              ("waiting", waiting)):  # fmt: skip
            for i in range(count):
                person = store.participants.add(
                    session.id, first_name=f"{status}{i}", organisation=f"org{i % 4}"
                )
                store.participants.update(person.id, status=status)
                ids[status].append(person.id)
        return session.id, ids
    finally:
        store.close()


def test_groups_json_for_present_participants(db_path: Path) -> None:
    session, ids = make_session(db_path, present=12, registered=3, waiting=2)
    result = tafelronde("groups", "--session", str(session), "--db", str(db_path),
                        "--rounds", "3", "--size", "3", "--seed", "2", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    rounds = json.loads(result.stdout)
    assert len(rounds) == 3
    met = set()
    for round_groups in rounds:
        assert len(round_groups) == 4 and all(len(g) == 3 for g in round_groups)
        assert sorted(p for g in round_groups for p in g) == sorted(ids["present"])
        pairs = {frozenset((a, b)) for g in round_groups for a in g for b in g if a != b}
        assert not pairs & met  # 12 people in 4 groups of 3 can mix for 3 rounds
        met |= pairs


def test_everyone_takes_registered_but_not_waiting(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, ids = make_session(db_path, present=5, registered=5, waiting=3)
    result = in_process(capsys, "groups", "--session", str(session), "--db", str(db_path),
                        "--rounds", "1", "--groups", "2", "--everyone", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    seated = sorted(p for g in json.loads(result.stdout)[0] for p in g)
    assert seated == sorted(ids["present"] + ids["registered"])


def test_cannot_schedule_exits_1_with_a_message(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, _ = make_session(db_path, present=3, registered=0, waiting=0)
    result = in_process(capsys, "groups", "--session", str(session), "--db", str(db_path),
                        "--rounds", "2", "--groups", "5", "--json")  # fmt: skip
    assert result.returncode == 1
    assert "5 groups need at least 5 people; there are 3." in result.stderr
    nobody, _ = make_session(db_path, present=0, registered=2, waiting=0)
    result = in_process(capsys, "groups", "--session", str(nobody), "--db", str(db_path),
                        "--rounds", "2", "--size", "2", "--json")  # fmt: skip
    assert result.returncode == 1
    assert "marked present" in result.stderr


def test_text_output_names_people_per_table(capsys, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(db_path)
    try:
        session = store.sessions.create("Names at tables", capacity=6)
        people = {}
        for first, last in (("Zoë", "Öztürk"), ("Bram", "Jansen"), ("Anna", "de Vries"),
                            ("Kees", "Willems"), ("Els", "Peeters"), ("Jan", "Claes")):  # fmt: skip
            person = store.participants.add(session.id, first_name=first, last_name=last)
            store.participants.update(person.id, status="present")
            people[person.id] = f"{first} {last}"
    finally:
        store.close()
    common = ("--session", str(session.id), "--db", str(db_path), "--rounds", "2", "--size", "3")
    text = in_process(capsys, "groups", *common)
    assert text.returncode == 0, text.stderr
    ids = json.loads(in_process(capsys, "groups", *common, "--json").stdout)
    lines = text.stdout.splitlines()
    assert lines[0] == "Round 1" and lines[3] == "Round 2"
    for r, round_groups in enumerate(ids):
        for t, members in enumerate(round_groups, start=1):
            assert lines[1 + r * 3 + t - 1] == f"  Table {t}: " + ", ".join(
                people[p] for p in members
            )
    assert "Zoë Öztürk" in text.stdout
    members_text = [line.split(": ", 1)[1] for line in lines if line.startswith("  ")]
    assert len(members_text) == 4 and not any(c.isdigit() for c in "".join(members_text))
