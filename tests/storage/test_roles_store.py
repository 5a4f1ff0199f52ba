"""Roles in the storage layer (SQLite): a store acting as the note-taker of table 3 writes only
table 3's notes, cannot undo its role, reads no e-mail addresses and cannot touch participants,
whichever repository method is called (issue 16 item 7)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import roles
from app.storage import open_store
from app.storage.access import RoleError
from app.storage.store import Store

LAPTOP = "table3laptop"


@pytest.fixture
def room(tmp_path: Path) -> Iterator[tuple[Store, Store, dict[str, int]]]:
    """(facilitator store, note-taker store, ids) on one SQLite file; the note-taker laptop is
    assigned to table-3 of the breakout."""
    path = tmp_path / "room.sqlite"
    boss = open_store(path)
    meeting = boss.sessions.create("Sectordag")
    breakout = boss.agenda.add(meeting.id, "breakout", "Tafels")
    other = boss.agenda.add(meeting.id, "segment", "Plenair")
    anna = boss.participants.add(meeting.id, first_name="Anna", email="anna@example.org",
                                 consent=True)  # fmt: skip
    bram = boss.participants.add(meeting.id, first_name="Bram", email="bram@example.org")
    settings = roles.assign({}, LAPTOP, breakout.id, "table-3")
    boss.sessions.update(meeting.id, settings=json.dumps(settings))
    taker = open_store(path)
    taker.act_as(LAPTOP)
    ids = {"session": meeting.id, "breakout": breakout.id, "other": other.id,
           "anna": anna.id, "bram": bram.id}  # fmt: skip
    yield boss, taker, ids
    taker.close()
    boss.close()


def test_note_taker_writes_its_own_tables_notes(room) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    taker.results.set(ids["breakout"], "table-3/notes", "Idee: meer licht")
    assert boss.results.get(ids["breakout"], "table-3/notes") == "Idee: meer licht"
    taker.results.set(ids["breakout"], "table-3/notes", "Tweede versie", expected_version=1)
    assert boss.results.row(ids["breakout"], "table-3/notes").version == 2  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("activity", "key"),
    [
        ("breakout", "table-1/notes"),  # another table
        ("breakout", "notes"),  # the whole activity: only table 3 is assigned
        ("breakout", "schedule"),  # not a note at all
        ("breakout", "/notes"),  # no part: not a note key
        ("other", "notes"),  # an activity it is not assigned to
    ],
)
def test_note_taker_cannot_write_other_results(room, activity: str, key: str) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    with pytest.raises(RoleError) as refused:
        taker.results.set(ids[activity], key, "overschreven")
    assert "Nothing was saved" in refused.value.message
    with pytest.raises(RoleError):
        taker.results.set_many(ids[activity], {key: "overschreven"})
    assert boss.results.all(ids[activity]) == {}


def test_note_taker_cannot_delete_notes_even_its_own(room) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    boss.results.set(ids["breakout"], "table-3/notes", "bewaren")
    with pytest.raises(RoleError):
        taker.results.delete(ids["breakout"], "table-3/notes")
    assert boss.results.get(ids["breakout"], "table-3/notes") == "bewaren"


def test_note_taker_cannot_remove_its_own_role(room) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    before = boss.sessions.get(ids["session"])
    released = roles.release(json.loads(before.settings), LAPTOP)  # type: ignore[union-attr]
    with pytest.raises(RoleError):
        taker.sessions.update(ids["session"], settings=json.dumps(released))
    with pytest.raises(RoleError):
        taker.sessions.update(ids["session"], title="Gekaapt")
    after = boss.sessions.get(ids["session"])
    assert after.settings == before.settings and after.title == "Sectordag"  # type: ignore[union-attr]
    assert roles.is_note_taker(json.loads(after.settings), LAPTOP)  # type: ignore[union-attr]


def test_note_taker_reads_no_email_addresses(room) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    people = taker.participants.list(ids["session"])
    assert [p.first_name for p in people] == ["Anna", "Bram"]
    assert [p.email for p in people] == ["", ""]  # not even the consenting Anna's
    assert taker.participants.get(ids["bram"]).email == ""  # type: ignore[union-attr]
    assert taker.participants.counts(ids["session"])["registered"] == 2
    assert [p.email for p in boss.participants.list(ids["session"])] == [
        "anna@example.org",
        "bram@example.org",
    ]


def test_note_taker_cannot_add_change_or_delete_participants(room) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    with pytest.raises(RoleError) as refused:
        taker.participants.delete(ids["bram"])
    assert "participants" in refused.value.message
    with pytest.raises(RoleError):
        taker.participants.add(ids["session"], first_name="Indringer")
    with pytest.raises(RoleError):
        taker.participants.add_many(ids["session"], [{"first_name": "X"}, {"first_name": "Y"}])
    with pytest.raises(RoleError):
        taker.participants.update(ids["anna"], email="attacker@example.org")
    people = boss.participants.list(ids["session"])
    assert [(p.first_name, p.email) for p in people] == [
        ("Anna", "anna@example.org"),
        ("Bram", "bram@example.org"),
    ]


def test_note_taker_cannot_touch_agenda_actions_or_the_session(room) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    boss.results.set(ids["breakout"], "schedule", {"rounds": []})
    for attempt in (
        lambda: taker.agenda.remove(ids["breakout"]),  # bulk DELETE of its results first
        lambda: taker.agenda.update(ids["other"], title="Weg"),
        lambda: taker.agenda.add(ids["session"], "segment", "Extra"),
        lambda: taker.actions.add(ids["session"], "iets"),
        lambda: taker.sessions.delete(ids["session"]),
    ):
        with pytest.raises(RoleError):
            attempt()
    assert [a.title for a in boss.agenda.list(ids["session"])] == ["Tafels", "Plenair"]
    assert boss.results.get(ids["breakout"], "schedule") == {"rounds": []}
    assert boss.actions.list(ids["session"]) == []
    assert boss.sessions.get(ids["session"]) is not None


def test_the_role_holds_per_session_and_per_laptop(room) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    # a session where this laptop is not a note-taker: it may do everything there
    own = taker.sessions.create("Eigen overleg")
    person = taker.participants.add(own.id, first_name="Cas", email="cas@example.org")
    assert taker.participants.get(person.id).email == "cas@example.org"  # type: ignore[union-attr]
    taker.participants.delete(person.id)
    # the same file opened as a laptop that is not listed: the facilitator
    taker.act_as("facilitator-laptop")
    taker.results.set(ids["breakout"], "table-1/notes", "mag")
    assert taker.participants.get(ids["anna"]).email == "anna@example.org"  # type: ignore[union-attr]
    boss.participants.delete(ids["bram"])
    assert [p.first_name for p in boss.participants.list(ids["session"])] == ["Anna"]


def test_whole_activity_assignment_covers_its_parts(room) -> None:  # type: ignore[no-untyped-def]
    boss, taker, ids = room
    settings = json.loads(boss.sessions.get(ids["session"]).settings)  # type: ignore[union-attr]
    settings = roles.assign(settings, LAPTOP, ids["other"], None)
    boss.sessions.update(ids["session"], settings=json.dumps(settings))
    taker.results.set(ids["other"], "notes", "plenair")
    taker.results.set(ids["other"], "group-2/notes", "groep twee")
    with pytest.raises(RoleError):
        taker.results.set(ids["other"], "tally", 3)
    assert boss.results.all(ids["other"]) == {"notes": "plenair", "group-2/notes": "groep twee"}


def test_no_way_round_to_the_email_addresses(room, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Other readers of whole participants (the session file export, a copy to another
    database) get no e-mail on the note-taker's store either."""
    from app.storage.session_file import export_session
    from app.storage.transfer import copy_session

    boss, taker, ids = room
    exported = json.dumps(export_session(taker, ids["session"]))
    assert "anna@example.org" not in exported and "Anna" in exported
    elsewhere = open_store(tmp_path / "elders.sqlite")
    try:
        copy_session(taker, elsewhere, ids["session"])
        (copied,) = elsewhere.sessions.list()
        assert [(p.first_name, p.email) for p in elsewhere.participants.list(copied.id)] == [
            ("Anna", ""),
            ("Bram", ""),
        ]
    finally:
        elsewhere.close()
    assert "anna@example.org" in json.dumps(export_session(boss, ids["session"]))
