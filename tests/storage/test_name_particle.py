"""The name particle is stored apart: a database made at the previous revision upgrades without
loss, the particle travels in session files and `tafelronde copy`, and the session's name order
(Dutch or Flemish practice) is a setting that sorts the participants."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg
import pytest
from pg_server import PgServer
from sqlalchemy.engine import make_url

from app.storage import open_store
from app.storage.engine import Database, make_engine, to_url
from app.storage.migrate import head_revision, upgrade
from app.storage.name_order import name_order, people_by_name, set_name_order
from app.storage.participants import full_name
from app.storage.session_file import import_session_file, write_session_file
from app.storage.transfer import copy_session


def test_a_database_at_0003_upgrades_without_loss(db_path: Path) -> None:
    db = Database(to_url(db_path), make_engine(to_url(db_path)))
    upgrade(db, "0003")
    db.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO meeting_session (uid, title, created_at, updated_at) "
            "VALUES ('a1', 'Sectordag', '2026-03-01 10:00:00', '2026-03-01 10:00:00')"
        )
        connection.executemany(
            "INSERT INTO participant (session_id, first_name, last_name, organisation, role, "
            "municipality, email, status, consent, position, updated_at, version) "
            "VALUES (1, ?, ?, 'GGD', 'arts', 'Gent', ?, 'registered', 1, ?, "
            "'2026-03-01 10:00:00', 3)",
            [("Zoë", "van der Öztürk", "zoe@example.nl", 1), ("Wim", "Willems", "", 2)],
        )
    store = open_store(db_path)
    try:
        people = store.participants.list(1)
        assert [(p.first_name, p.name_particle, p.last_name) for p in people] == [
            ("Zoë", "", "van der Öztürk"),  # as typed before: shown exactly the same
            ("Wim", "", "Willems"),
        ]
        assert [full_name(p) for p in people] == ["Zoë van der Öztürk", "Wim Willems"]
        assert [(p.email, p.consent, p.version, p.position) for p in people] == [
            ("zoe@example.nl", True, 3, 1), ("", True, 3, 2)]  # fmt: skip
        store.participants.update(people[0].id, name_particle="van der", last_name="Öztürk")
        assert full_name(store.participants.get(people[0].id)) == "Zoë van der Öztürk"
    finally:
        store.close()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    assert list(db_path.parent.glob(f"{db_path.name}.before-migration-*.bak"))


@pytest.fixture
def session(store):  # type: ignore[no-untyped-def]
    meeting = store.sessions.create("Sectordag")
    for first, particle, last in [
        ("Zoë", "van der", "Öztürk"),
        ("Wim", "", "Willems"),
        ("Lies", "Van den", "Berghe"),
        ("Eva", "", "Oosterhuis"),
    ]:
        store.participants.add(meeting.id, first_name=first, name_particle=particle,
                               last_name=last)  # fmt: skip
    return meeting.id


def test_name_order_is_a_session_setting(store, session: int) -> None:  # type: ignore[no-untyped-def]
    assert name_order(store, session) == "last_name"
    assert [full_name(p) for p in people_by_name(store, session)] == [
        "Lies Van den Berghe", "Eva Oosterhuis", "Zoë van der Öztürk", "Wim Willems"]  # fmt: skip
    store.sessions.update(session, settings=json.dumps({"content_language": "en"}))
    set_name_order(store, session, "particle")
    assert name_order(store, session) == "particle"
    settings = json.loads(store.sessions.get(session).settings)
    assert settings == {"content_language": "en", "name_order": "particle"}  # others kept
    assert [full_name(p) for p in people_by_name(store, session)] == [
        "Eva Oosterhuis", "Lies Van den Berghe", "Zoë van der Öztürk", "Wim Willems"]  # fmt: skip
    with pytest.raises(ValueError, match="unknown name order"):
        set_name_order(store, session, "first_name")


def test_particle_and_order_travel_in_a_session_file(store, session: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_name_order(store, session, "particle")
    path = write_session_file(store, session, tmp_path / "sectordag.tafelronde")
    other = open_store(tmp_path / "other.sqlite")
    try:
        outcome = import_session_file(other, path)
        new_id = outcome.session_id
        parts = [(p.first_name, p.name_particle, p.last_name)
                 for p in other.participants.list(new_id)]  # fmt: skip
        assert parts[0] == ("Zoë", "van der", "Öztürk")
        assert parts[2] == ("Lies", "Van den", "Berghe")
        assert name_order(other, new_id) == "particle"
    finally:
        other.close()


def test_a_session_file_without_particles_still_imports(
    store, session: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Files written before the particle existed have no such field: read as no particle."""
    path = write_session_file(store, session, tmp_path / "old.tafelronde")
    data = json.loads(path.read_text(encoding="utf-8"))
    for person in data["participants"]:
        person.pop("name_particle")
    path.write_text(json.dumps(data), encoding="utf-8")
    other = open_store(tmp_path / "other.sqlite")
    try:
        new_id = import_session_file(other, path).session_id
        assert [p.name_particle for p in other.participants.list(new_id)] == ["", "", "", ""]
    finally:
        other.close()


def test_particle_travels_with_copy(store, session: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = open_store(tmp_path / "target.sqlite")
    try:
        copy_session(store, target, session)
        copied = target.sessions.list()[0]
        assert sorted(full_name(p) for p in target.participants.list(copied.id)) == [
            "Eva Oosterhuis",
            "Lies Van den Berghe",
            "Wim Willems",
            "Zoë van der Öztürk",
        ]
        assert {p.name_particle for p in target.participants.list(copied.id)} == {
            "", "van der", "Van den"}  # fmt: skip
    finally:
        target.close()


@pytest.mark.postgres
def test_postgres_readers_of_last_names_may_read_the_particle(pg_server: PgServer) -> None:
    """A shared database set up with roles before 0004: the note-taker keeps reading names."""
    pg_server.execute("CREATE DATABASE particle_roles")
    pg_server.execute("CREATE ROLE particle_reader LOGIN PASSWORD 'lezer'")
    url = pg_server.url("particle_roles")
    db = Database(to_url(url), make_engine(to_url(url)))
    try:
        upgrade(db, "0003")
        params = make_url(url)
        connect = {"host": params.host, "port": params.port, "dbname": "particle_roles",
                   "user": params.username}  # fmt: skip
        if params.password:
            connect["password"] = params.password
        with psycopg.connect(**connect, autocommit=True) as connection:
            connection.execute(
                "GRANT SELECT (id, first_name, last_name) ON participant TO particle_reader"
            )
            upgrade(db, "head")
            allowed = connection.execute(
                "SELECT has_column_privilege('particle_reader', 'participant', 'name_particle', "
                "'SELECT'), has_column_privilege('particle_reader', 'participant', 'email', "
                "'SELECT')"
            ).fetchone()
        assert allowed == (True, False)
    finally:
        db.close()
        pg_server.execute("DROP DATABASE IF EXISTS particle_roles WITH (FORCE)")
        pg_server.execute("DROP ROLE IF EXISTS particle_reader")
