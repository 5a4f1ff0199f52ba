"""Series of meetings and the people known across them, on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.storage import open_store
from app.storage.engine import Database, make_engine, to_url
from app.storage.errors import NotFoundError, StorageError
from app.storage.migrate import head_revision, upgrade


def _people(store, session_id: int, rows: list[tuple[str, str, str, str, str]]) -> list[int]:  # type: ignore[no-untyped-def]
    added = store.participants.add_many(
        session_id,
        [
            {"first_name": f, "name_particle": p, "last_name": ln, "organisation": o, "email": e}
            for f, p, ln, o, e in rows
        ],
    )
    return [person.id for person in added]


def test_a_series_holds_sessions_in_order(any_store) -> None:  # type: ignore[no-untyped-def]
    series_id = any_store.series.create("Netwerk productieleiders")
    other = any_store.series.create("Lerend netwerk")
    first = any_store.sessions.create("Aftrap").id
    second = any_store.sessions.create("Tweede").id
    third = any_store.sessions.create("Derde").id
    alone = any_store.sessions.create("Los").id
    assert any_store.series.get(series_id).title == "Netwerk productieleiders"
    assert len(any_store.series.get(series_id).uid) == 32
    for session_id in (first, third):
        any_store.series.add_session(series_id, session_id)
    any_store.series.add_session(series_id, second, position=1)
    assert [m.id for m in any_store.series.sessions(series_id)] == [first, second, third]
    assert [m.series_position for m in any_store.series.sessions(series_id)] == [0, 1, 2]
    assert any_store.series.of_session(second) == series_id
    assert any_store.series.of_session(alone) is None
    assert [m.id for m in any_store.series.earlier_sessions(third)] == [first, second]
    assert any_store.series.earlier_sessions(first) == []
    assert any_store.series.earlier_sessions(alone) == []
    assert [s.title for s in any_store.series.list()] == [
        "Lerend netwerk", "Netwerk productieleiders"]  # fmt: skip
    assert any_store.series.session_counts() == {series_id: 3}

    any_store.series.add_session(series_id, second)  # already there: it keeps its place
    assert [m.id for m in any_store.series.sessions(series_id)] == [first, second, third]
    any_store.series.add_session(series_id, third, position=0)  # moved to the front
    assert [m.id for m in any_store.series.sessions(series_id)] == [third, first, second]
    any_store.series.add_session(other, first)  # moved to another series: no gap left behind
    assert [m.series_position for m in any_store.series.sessions(series_id)] == [0, 1]
    assert any_store.series.of_session(first) == other
    any_store.series.add_session(None, first)  # taken out: stands alone again
    assert any_store.series.of_session(first) is None
    assert any_store.sessions.get(first).series_position is None
    assert any_store.series.session_counts() == {series_id: 2}


def test_unknown_series_or_session_is_a_clear_error(any_store) -> None:  # type: ignore[no-untyped-def]
    session_id = any_store.sessions.create("Los").id
    with pytest.raises(NotFoundError):
        any_store.series.add_session(999, session_id)
    with pytest.raises(NotFoundError):
        any_store.series.add_session(any_store.series.create("N"), 999)
    assert any_store.series.of_session(session_id) is None


def test_people_are_linked_across_the_series(any_store) -> None:  # type: ignore[no-untyped-def]
    series_id = any_store.series.create("Netwerk")
    first = any_store.sessions.create("Aftrap").id
    second = any_store.sessions.create("Tweede").id
    a = _people(any_store, first, [
        ("Jan", "van der", "Berg", "VPT", ""),
        ("Zoë", "", "Öztürk", "Mug", "Zoe@Example.nl"),
        ("Eva", "", "Oosterhuis", "Zaal", ""),
    ])  # fmt: skip
    any_store.series.add_session(series_id, first)
    people_first = any_store.series.people(first)
    assert set(people_first) == set(a) and len(set(people_first.values())) == 3

    # people added to a session of a series are linked as they come in
    any_store.series.add_session(series_id, second)
    b = _people(any_store, second, [
        ("jan", "", "Van der Berg", "vpt", ""),  # name with particle, case: certain
        ("Zoe", "", "Ozturk", "Ander", " zoe@example.NL "),  # same e-mail: certain
        ("Eva", "", "Oosterhuis", "Andere zaal", ""),  # other organisation: review
        ("Piet", "", "Nieuw", "Zaal", ""),  # nobody: a new person
    ])  # fmt: skip
    people_second = any_store.series.people(second)
    assert people_second[b[0]] == people_first[a[0]]
    assert people_second[b[1]] == people_first[a[1]]
    assert people_second[b[2]] != people_first[a[2]]  # nothing merged silently
    assert people_second[b[3]] not in people_first.values()
    reviews = any_store.series.reviews(series_id)
    assert [(r.participant_a, r.participant_b, r.reason) for r in reviews] == [
        (a[2], b[2], "same_name_other_organisation")
    ]
    assert any_store.series.pending_reviews(series_id) == 1
    assert [p.id for p in any_store.series.participants_of_person(people_first[a[0]])] == [
        a[0], b[0]]  # fmt: skip

    any_store.series.decide(reviews[0].id, "merged")
    assert any_store.series.people(second)[b[2]] == people_first[a[2]]
    assert any_store.series.pending_reviews(series_id) == 0
    any_store.series.unlink(b[2])  # the merge undone
    assert any_store.series.people(second)[b[2]] != people_first[a[2]]
    assert any_store.series.pending_reviews(series_id) == 1
    any_store.series.decide(reviews[0].id, "apart")
    assert any_store.series.reviews(series_id) == []
    assert [r.decision for r in any_store.series.reviews(series_id, pending_only=False)] == [
        "apart"]  # fmt: skip


def test_linking_never_widens_consent(any_store) -> None:  # type: ignore[no-untyped-def]
    series_id = any_store.series.create("Netwerk")
    first = any_store.sessions.create("Aftrap").id
    second = any_store.sessions.create("Tweede").id
    (a,) = _people(any_store, first, [("Ada", "", "Smit", "Zaal", "ada@example.org")])
    any_store.participants.update(a, consent=True)
    (b,) = _people(any_store, second, [("Ada", "", "Smit", "Zaal", "ada@example.org")])
    for session_id in (first, second):
        any_store.series.add_session(series_id, session_id)
    assert any_store.series.people(first)[a] == any_store.series.people(second)[b]
    assert any_store.participants.get(a).consent is True
    assert any_store.participants.get(b).consent is False  # consent given once stays there


def test_a_session_leaving_takes_its_links_along(any_store) -> None:  # type: ignore[no-untyped-def]
    series_id = any_store.series.create("Netwerk")
    first = any_store.sessions.create("Aftrap").id
    second = any_store.sessions.create("Tweede").id
    _people(any_store, first, [("Eva", "", "Oosterhuis", "Zaal", "")])
    _people(any_store, second, [("Eva", "", "Oosterhuis", "Andere", "")])
    for session_id in (first, second):
        any_store.series.add_session(series_id, session_id)
    assert any_store.series.pending_reviews(series_id) == 1
    any_store.series.add_session(None, second)
    assert any_store.series.people(second) == {}
    assert any_store.series.pending_reviews(series_id) == 0
    any_store.sessions.delete(first)  # deleting a session of a series leaves nothing dangling
    assert any_store.series.sessions(series_id) == []
    any_store.series.delete(series_id)
    assert any_store.series.get(series_id) is None
    assert any_store.series.of_session(second) is None


def test_two_of_one_session_are_never_one_person(any_store) -> None:  # type: ignore[no-untyped-def]
    series_id = any_store.series.create("Netwerk")
    first = any_store.sessions.create("Aftrap").id
    second = any_store.sessions.create("Tweede").id
    _people(any_store, first, [("Eva", "", "Oosterhuis", "Zaal", ""),
                               ("Eva", "", "Oosterhuis", "Andere", "")])  # fmt: skip
    b = _people(any_store, second, [("Eva", "", "Oosterhuis", "Zaal", "")])
    for session_id in (first, second):
        any_store.series.add_session(series_id, session_id)
    reviews = any_store.series.reviews(series_id)
    assert len(reviews) == 1  # b is Eva of Zaal; Eva of Andere may be her too
    assert reviews[0].participant_b == b[0]
    with pytest.raises(StorageError):
        any_store.series.decide(reviews[0].id, "merged")
    assert any_store.series.pending_reviews(series_id) == 1


def test_retention_date_is_stored(any_store) -> None:  # type: ignore[no-untyped-def]
    series_id = any_store.series.create("Netwerk", anonymise_after=date(2027, 6, 30))
    assert any_store.series.get(series_id).anonymise_after == date(2027, 6, 30)
    any_store.series.update(series_id, anonymise_after=None, title="Netwerk 2")
    again = any_store.series.get(series_id)
    assert (again.title, again.anonymise_after, again.version) == ("Netwerk 2", None, 2)


def test_a_database_at_0004_upgrades_without_loss(db_path: Path) -> None:
    db = Database(to_url(db_path), make_engine(to_url(db_path)))
    upgrade(db, "0004")
    db.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO meeting_session (uid, title, created_at, updated_at) "
            "VALUES ('a1', 'Sectordag', '2026-03-01 10:00:00', '2026-03-01 10:00:00')"
        )
        connection.execute(
            "INSERT INTO participant (session_id, first_name, last_name, organisation, role, "
            "municipality, email, status, consent, position, updated_at, version) "
            "VALUES (1, 'Zoë', 'Öztürk', 'GGD', '', '', 'zoe@example.nl', 'registered', 1, 1, "
            "'2026-03-01 10:00:00', 3)"
        )
    store = open_store(db_path)
    try:
        (person,) = store.participants.list(1)
        assert (person.first_name, person.email, person.consent, person.person_id) == (
            "Zoë", "zoe@example.nl", True, None)  # fmt: skip
        assert store.series.of_session(1) is None
        series_id = store.series.create("Netwerk")
        store.series.add_session(series_id, 1)
        assert list(store.series.people(1)) == [person.id]
        store.series.delete(series_id)  # a series going never takes sessions or people along
        assert [p.first_name for p in store.participants.list(1)] == ["Zoë"]
    finally:
        store.close()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_next_meeting_copies_the_agenda_without_people(any_store) -> None:  # type: ignore[no-untyped-def]
    from app.storage.agenda import config_of

    series_id = any_store.series.create("Netwerk")
    first = any_store.sessions.create("Aftrap").id
    any_store.series.add_session(series_id, first)
    a, b = _people(any_store, first, [("Ada", "", "Smit", "Zaal", ""), ("Bo", "", "Li", "Mug", "")])
    talk = any_store.agenda.add(first, "segment", "Welkom", 10, {"caption": "Hallo"})
    tables = any_store.agenda.add(first, "breakout", "Tafels", 30, {
        "group_size": 5, "hosts": {str(a): 1}, "keep_apart": [[a, b]]})  # fmt: skip
    any_store.results.set(tables.id, "schedule", {"rounds": [[[a, b]]]})
    any_store.actions.add(first, what="Verslag rondsturen")

    made = any_store.series.new_session(series_id, "Tweede", agenda_from=first, venue="Gent")
    assert made.venue == "Gent"
    assert [m.id for m in any_store.series.sessions(series_id)] == [first, made.id]
    copied = any_store.agenda.list(made.id)
    assert [(x.kind, x.title, x.planned_minutes) for x in copied] == [
        ("segment", "Welkom", 10), ("breakout", "Tafels", 30)]  # fmt: skip
    assert config_of(copied[0]) == {"caption": "Hallo"}
    assert config_of(copied[1]) == {"group_size": 5, "hosts": {}, "keep_apart": []}
    assert any_store.results.get(copied[1].id, "schedule") is None
    assert any_store.participants.list(made.id) == [] and any_store.actions.list(made.id) == []
    assert talk.id not in {x.id for x in copied}
    blank = any_store.series.new_session(series_id, "Derde")
    assert any_store.agenda.list(blank.id) == [] and blank.series_position == 2


def test_a_note_taker_laptop_cannot_link_or_decide(tmp_path: Path) -> None:
    """A laptop listed as note-taker of the meeting may not move it, add people (and so link
    them), decide who is who, or anonymise: the storage refuses, whatever widget asks."""
    import json

    from app.core import roles
    from app.storage.access import RoleError

    path = tmp_path / "room.sqlite"
    boss = open_store(path)
    taker = open_store(path)
    try:
        series_id = boss.series.create("Netwerk")
        first = boss.sessions.create("Aftrap").id
        second = boss.sessions.create("Tweede").id
        for session_id, org in ((first, "Zaal"), (second, "Huis")):
            boss.series.add_session(series_id, session_id)
            boss.participants.add(session_id, first_name="Eva", last_name="O", organisation=org)
        tables = boss.agenda.add(second, "breakout", "Tafels")
        settings = roles.assign({}, "laptop3", tables.id, "table-3")
        boss.sessions.update(second, settings=json.dumps(settings))
        taker.act_as("laptop3")
        (review,) = taker.series.reviews(series_id)  # reading is fine
        for decision in ("merged", "apart"):  # "apart" touches only the review row
            with pytest.raises(RoleError):
                taker.series.decide(review.id, decision)
        with pytest.raises(RoleError):
            taker.series.add_session(None, second)
        with pytest.raises(RoleError):
            taker.participants.add(second, first_name="Nieuw")
        with pytest.raises(RoleError):
            taker.series.anonymise(series_id)
        assert boss.series.pending_reviews(series_id) == 1
        assert boss.series.of_session(second) == series_id
        assert boss.participants.list(first)[0].first_name == "Eva"
    finally:
        taker.close()
        boss.close()


def test_two_people_kept_apart_are_not_asked_about_again(any_store) -> None:  # type: ignore[no-untyped-def]
    series_id = any_store.series.create("Netwerk")
    for n, org in enumerate(("Zaal", "Zaal", "Huis", "Huis")):
        session_id = any_store.sessions.create(f"S{n}").id
        any_store.series.add_session(series_id, session_id)
        _people(any_store, session_id, [("Eva", "", "Oosterhuis", org, "")])
        if n == 2:
            (review,) = any_store.series.reviews(series_id)
            any_store.series.decide(review.id, "apart")
    # the fourth Eva is the third one (certain); Eva of Zaal was already kept apart from her
    assert any_store.series.pending_reviews(series_id) == 0
    people = {
        any_store.series.people(m.id).popitem()[1] for m in any_store.series.sessions(series_id)
    }
    assert len(people) == 2


def test_a_row_typed_in_is_linked_once_its_name_is_there(any_store) -> None:  # type: ignore[no-untyped-def]
    """The Participants page adds "New" and the name is typed after: linking follows the edit,
    and leaves alone what the organiser already decided."""
    series_id = any_store.series.create("Netwerk")
    first = any_store.sessions.create("Aftrap").id
    second = any_store.sessions.create("Tweede").id
    for session_id in (first, second):
        any_store.series.add_session(series_id, session_id)
    (jan, eva) = _people(any_store, first, [("Jan", "", "de Vries", "VPT", ""),
                                            ("Eva", "", "Oosterhuis", "Zaal", "")])  # fmt: skip
    placeholder = any_store.participants.add(first, first_name="New")
    typed = any_store.participants.add(second, first_name="New")
    assert any_store.series.pending_reviews(series_id) == 0  # "New" and "New": too little
    assert any_store.series.people(second)[typed.id] != any_store.series.people(first)[
        placeholder.id]  # fmt: skip
    any_store.participants.update(typed.id, first_name="Jan", last_name="de Vries")
    any_store.participants.update(typed.id, organisation="vpt")
    assert any_store.series.people(second)[typed.id] == any_store.series.people(first)[jan]

    other = any_store.participants.add(second, first_name="Eva", last_name="Oosterhuis",
                                       organisation="Huis")  # fmt: skip
    (review,) = any_store.series.reviews(series_id)
    any_store.series.decide(review.id, "merged")
    any_store.participants.update(other.id, organisation="Huis 2")  # decided: stays merged
    assert any_store.series.people(second)[other.id] == any_store.series.people(first)[eva]
