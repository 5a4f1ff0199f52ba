"""A session moved to another database still names the same people everywhere.

The target already holds other sessions, so the source's participant ids belong to somebody
else there: a reference copied verbatim would name a stranger. Checked on both engines, through
`tafelronde copy` and through a session file, by name (ids differ by design).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.activities import registry
from app.activities.bingo.state import BingoGame
from app.activities.breakout.state import BreakoutConfig, BreakoutData, solve_and_store
from app.cli import run
from app.core import participant_refs, roles
from app.core.rotation import Rotation, rotate
from app.storage import open_store
from app.storage.participants import full_name
from app.storage.session_file import import_session_file, write_session_file

NAMES = ["Ada", "Bo", "Cas", "Dewi", "Eef", "Fien", "Guus", "Hans", "Ilse", "Jip", "Kees", "Lot"]


def names_of(store, session_id: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {p.id: full_name(p) for p in store.participants.list(session_id)}


def everybody(store) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Every participant of every session: a stale id would name a stranger ("... Vreemd")."""
    return {k: v for m in store.sessions.list() for k, v in names_of(store, m.id).items()}


def named(ids: Any, who: dict[int, str]) -> list[str]:
    """The people behind ids (a deleted person's id names nobody and is left out)."""
    return sorted(who[p] for p in ids if p in who)


def fill(store) -> int:  # type: ignore[no-untyped-def]
    """A session with every activity kind, the ones naming people filled the way the app does."""
    meeting = store.sessions.create("Sectordag", settings='{"room_pick_name": true}')
    people = store.participants.add_many(
        meeting.id, [{"first_name": n, "last_name": "Bron", "status": "present"} for n in NAMES]
    )
    ids = [p.id for p in people]
    for kind in registry.KINDS:
        store.agenda.add(meeting.id, kind.key, title=kind.key, config=kind.default_config)
    by_kind = {a.kind: a for a in store.agenda.list(meeting.id)}
    rotation = rotate(sorted(ids), 3, 2, seed=4)
    stored = {"people": sorted(ids), "group_size": 2, "rounds": rotation.to_json()}
    store.results.set(by_kind["meet_greet"].id, "rotation", stored)
    breakout = by_kind["breakout"]
    config = BreakoutConfig.parse({**registry.kind("breakout").default_config, "group_size": 4})
    config.hosts = {ids[0]: 0, ids[5]: 2}
    config.keep_apart = [(ids[1], ids[2]), (ids[3], ids[11])]
    store.agenda.update(breakout.id, config=config.to_config())
    solve_and_store(store, meeting.id, breakout.id, config)  # uses the rotation: who met whom
    bingo = BingoGame(store, by_kind["bingo"].id)
    bingo.update_config(names=True, count=len(NAMES))
    bingo.ensure_seed()  # the cards are drawn from it (made on first use otherwise)
    store.participants.delete(ids[7])  # Hans leaves after he was seated: he names nobody now
    settings = roles.assign(json.loads(store.sessions.get(meeting.id).settings), "lap-3",
                            breakout.id, "group-2")  # fmt: skip
    settings = roles.assign(settings, "lap-4", by_kind["worksheet"].id)
    store.sessions.update(meeting.id, settings=json.dumps(settings))
    return meeting.id


def references(store, session_id: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Every participant reference of the session, as names, read by the activities' own code."""
    who = everybody(store)
    out: dict[str, Any] = {}
    # activity ids in the session settings: the note-takers' roles, as activity titles
    titles = {a.id: f"{a.title} ({m.title})" for m in store.sessions.list()
              for a in store.agenda.list(m.id)}  # fmt: skip
    settings = json.loads(store.sessions.get(session_id).settings)
    out["roles"] = {
        laptop: [(titles.get(e["activity"]), e["part"]) for e in entries]
        for laptop, entries in settings["roles"]["note_takers"].items()
    }
    for activity in store.agenda.list(session_id):
        config = json.loads(activity.config)
        if activity.kind == "meet_greet":
            stored = store.results.get(activity.id, "rotation")
            rounds = Rotation.from_json(stored["rounds"]).rounds
            out["rotation"] = [[named(t, who) for t in r] for r in rounds]
            out["rotation people"] = named(stored["people"], who)
        elif activity.kind == "breakout":
            parsed = BreakoutConfig.parse(config)
            out["hosts"] = sorted((who[p], t) for p, t in parsed.hosts.items() if p in who)
            out["keep apart"] = sorted(named(pair, who) for pair in parsed.keep_apart)
            schedule = BreakoutData(store, activity.id).schedule()
            out["schedule"] = [[named(g, who) for g in r] for r in schedule]
        elif activity.kind == "bingo":
            out["bingo cards"] = [card.name for card in BingoGame(store, activity.id).cards()]
        # and generically, through the registry: every reference of every kind, as names
        refs = participant_refs.refs_for(activity.kind)
        out[f"config {activity.kind}"] = refs.remap_config(config, who)
        for key, value in store.results.all(activity.id).items():
            out[f"result {activity.kind} {key}"] = refs.remap_result(key, value, who)
    return out


def stranger_session(store) -> None:  # type: ignore[no-untyped-def]
    """Somebody else's session, so that the target's ids 1..n belong to other people."""
    for title in ("Ander netwerk", "Nog een"):
        meeting = store.sessions.create(title)
        for kind in ("breakout", "worksheet", "segment"):  # their ids are taken there too
            store.agenda.add(meeting.id, kind, title=f"{kind} van {title}")
        store.participants.add_many(
            meeting.id, [{"first_name": n, "last_name": "Vreemd"} for n in NAMES + NAMES]
        )


def check(source_path: Path, target, session_id: int, before: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    copies = [m for m in target.sessions.list() if m.title == "Sectordag"]
    assert len(copies) == 1
    copy_id = copies[0].id
    after = references(target, copy_id)
    assert after == before
    # no number in any reference names a person outside the copied session
    assert "Vreemd" not in repr(after)
    assert all(name.endswith("Bron") for name in names_of(target, copy_id).values())


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, int, dict[str, Any]]:
    path = tmp_path / "laptop.sqlite"
    store = open_store(path)
    session_id = fill(store)
    before = references(store, session_id)
    store.close()
    # the references are really there and name people (the test would prove nothing otherwise)
    assert len(before["schedule"]) == 1 and sum(map(len, before["schedule"][0])) == 11
    assert len(before["rotation"]) == 3 and before["hosts"] == [("Ada Bron", 0), ("Fien Bron", 2)]
    assert before["keep apart"] == [["Bo Bron", "Cas Bron"], ["Dewi Bron", "Lot Bron"]]
    assert before["roles"] == {
        "lap-3": [("breakout (Sectordag)", "group-2")],
        "lap-4": [("worksheet (Sectordag)", None)],
    }
    assert "Hans Bron" not in repr(before)
    assert {n for n in before["bingo cards"] if n} == {f"{n} Bron" for n in NAMES if n != "Hans"}
    return path, session_id, before


def test_copy_keeps_every_reference(source, any_url: str, qapp) -> None:  # type: ignore[no-untyped-def]
    path, session_id, before = source
    target = open_store(any_url)
    stranger_session(target)
    target.close()
    assert run(["--lang", "en", "copy", "--from", str(path), "--to", any_url]) == 0
    target = open_store(any_url)
    try:
        check(path, target, session_id, before)
    finally:
        target.close()
    # and back again into a laptop that has its own sessions
    back = path.with_name("terug.sqlite")
    other = open_store(back)
    stranger_session(other)
    other.close()
    assert run(["--lang", "en", "copy", "--from", any_url, "--to", str(back)]) == 0
    other = open_store(back)
    try:
        check(path, other, session_id, before)
    finally:
        other.close()


def test_session_file_keeps_every_reference(source, any_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, session_id, before = source
    store = open_store(path)
    file = write_session_file(store, session_id, tmp_path / "sectordag.tafelronde")
    store.close()
    target = open_store(any_url)
    try:
        stranger_session(target)
        assert import_session_file(target, file).created
        check(path, target, session_id, before)
    finally:
        target.close()


def test_the_registry_names_the_table_storage_uses() -> None:
    """The activity registry is the plug-in description; storage reads app/core by kind."""
    for kind in registry.KINDS:
        named = registry.load(kind.participant_refs) if kind.participant_refs else None
        assert participant_refs.refs_for(kind.key) is (named or participant_refs.NONE), kind.key
    assert set(participant_refs.BY_KIND) <= set(registry.keys())


def test_the_table_uses_the_result_keys_the_kinds_own() -> None:
    """Core cannot import a kind's state.py, so the table spells the keys again: kept equal."""
    from app.activities.breakout.state import SCHEDULE
    from app.activities.meet_greet.state import ROTATION_KEY

    assert set(participant_refs.MEET_GREET.results or {}) == {ROTATION_KEY}
    assert participant_refs.MEET_GREET.seating == (ROTATION_KEY,)
    assert set(participant_refs.BREAKOUT.results or {}) == {SCHEDULE}
    assert participant_refs.BREAKOUT.seating == (SCHEDULE,)
