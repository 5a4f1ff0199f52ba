"""The room's logins keep working across revision 0005 (series): a database whose logins were
set up before the upgrade lets the facilitator make series and link people, and the note-taker
read participants (with their person link, without e-mail) and the series — granted by the
migration itself, as 0004 did for the name particle."""

from __future__ import annotations

import pytest
from test_roles_postgres import Room, room  # noqa: F401  (the fixture)

from app.storage import open_store
from app.storage.access import RoleError
from app.storage.engine import Database, make_engine, to_url
from app.storage.migrate import current_revision, head_revision

pytestmark = pytest.mark.postgres


def _downgrade_to_0004(url: str) -> None:
    from alembic import command

    from app.storage.migrate import alembic_config

    db = Database(to_url(url), make_engine(to_url(url)))
    try:
        config = alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
        assert current_revision(db) == "0004"
    finally:
        db.close()


def test_logins_set_up_before_0005_keep_working(room: Room) -> None:  # noqa: F811
    assert room.setup() == 0
    owner = room.url(room.owner, "eigenaar")
    _downgrade_to_0004(owner)
    open_store(owner).close()  # the owner opens it: migrated to head, grants given

    facilitator = open_store(room.url(room.facilitator, "fac-geheim"))
    try:
        assert current_revision(facilitator.db) == head_revision()
        series_id = facilitator.series.create("Netwerk")
        first = facilitator.sessions.create("Aftrap").id
        second = facilitator.sessions.create("Tweede").id
        for session_id in (first, second):
            facilitator.series.add_session(series_id, session_id)
            facilitator.participants.add(session_id, first_name="Anna", last_name="Smit",
                                         email="anna@example.org")  # fmt: skip
        linked = facilitator.series.people(second)
        assert set(linked.values()) == set(facilitator.series.people(first).values())
    finally:
        facilitator.close()

    note_taker = open_store(room.url(room.note_taker, "nt-geheim"))
    try:
        (anna,) = note_taker.participants.list(second)
        assert anna.email == "" and anna.person_id == linked[anna.id]
        assert [s.title for s in note_taker.series.list()] == ["Netwerk"]
        assert [m.id for m in note_taker.series.earlier_sessions(second)] == [first]
        with pytest.raises(RoleError):
            note_taker.series.create("Niet van mij")
    finally:
        note_taker.close()
