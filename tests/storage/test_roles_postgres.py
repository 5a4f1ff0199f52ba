"""The room's logins on a real PostgreSQL (issue 16 item 7): `tafelronde db setup-roles`, run by
the database's owner (a CREATEROLE login, not a superuser), makes a facilitator login that can do
everything the app does and a note-taker login that the *server* refuses e-mail addresses,
adding or deleting participants and any write but notes: checked with raw SQL, not only through
the app."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from pg_server import PgServer
from sqlalchemy import select
from sqlalchemy.engine import make_url
from test_shared_copy import fill, snapshot

from app.cli import run
from app.storage import open_store
from app.storage.access import RoleError
from app.storage.errors import StorageError
from app.storage.models import Participant

pytestmark = pytest.mark.postgres
_counter = itertools.count()


@dataclass
class Room:
    server: PgServer
    database: str
    owner: str
    facilitator: str
    note_taker: str

    def url(self, user: str, password: str = "") -> str:
        url = make_url(self.server.url(self.database)).set(username=user, password=password or None)
        return url.render_as_string(hide_password=False)

    def raw(self, user: str) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.server.port, user=user,
                               dbname=self.database, autocommit=True)  # fmt: skip

    def setup(self) -> int:
        owner = self.url(self.owner, "eigenaar")
        return run(["--lang", "en", "db", "setup-roles", "--db", owner,
                    "--facilitator-user", self.facilitator, "--facilitator-password", "fac-geheim",
                    "--note-taker-user", self.note_taker, "--note-taker-password", "nt-geheim",
                    ])  # fmt: skip


@pytest.fixture
def room(pg_server: PgServer) -> Iterator[Room]:
    """An empty database owned by a room administrator who may create roles (as the guide
    says), with fresh login names (roles are server-wide)."""
    n = next(_counter)
    room = Room(pg_server, f"room{n}", f"zaal{n}", f"fac{n}", f"nt{n}")
    pg_server.execute(f"CREATE ROLE {room.owner} LOGIN CREATEROLE PASSWORD 'eigenaar'")
    pg_server.execute(f"CREATE DATABASE {room.database} OWNER {room.owner}")
    yield room
    pg_server.execute(f"DROP DATABASE IF EXISTS {room.database} WITH (FORCE)")
    for role in (room.facilitator, room.note_taker, room.owner):
        pg_server.execute(f"DROP ROLE IF EXISTS {role}")


def _seed(room: Room) -> dict[str, int]:
    """A session with a breakout, two people with e-mail and a result, written by the
    facilitator login."""
    store = open_store(room.url(room.facilitator))
    try:
        meeting = store.sessions.create("Sectordag")
        breakout = store.agenda.add(meeting.id, "breakout", "Tafels")
        anna = store.participants.add(meeting.id, first_name="Anna", email="anna@example.org")
        store.participants.add(meeting.id, first_name="Bram", email="bram@example.org")
        store.results.set(breakout.id, "schedule", {"rounds": []})
        return {"session": meeting.id, "breakout": breakout.id, "anna": anna.id}
    finally:
        store.close()


def test_setup_migrates_as_owner_and_runs_twice(room: Room, capsys) -> None:  # type: ignore[no-untyped-def]
    assert room.setup() == 0
    assert room.setup() == 0  # idempotent: roles exist, grants and policies are renewed
    out = capsys.readouterr().out
    assert out.count(room.note_taker) == 2 and "fac-geheim" not in out and "eigenaar" not in out
    with room.raw(room.owner) as owner:
        tables = dict(owner.execute("SELECT tablename, tableowner FROM pg_tables "
                                    "WHERE schemaname = 'public'").fetchall())  # fmt: skip
        policies = owner.execute("SELECT count(*) FROM pg_policies").fetchone()[0]
    assert tables["participant"] == room.owner and tables["alembic_version"] == room.owner
    assert policies == 4  # dropped and created again, not doubled


def test_note_taker_login_refused_by_the_server(room: Room) -> None:
    assert room.setup() == 0
    ids = _seed(room)
    with room.raw(room.note_taker) as sql:
        for refused in (
            "SELECT email FROM participant",
            "SELECT * FROM participant",
            f"DELETE FROM participant WHERE id = {ids['anna']}",
            f"INSERT INTO participant (session_id, first_name, last_name, organisation, role, "
            f"municipality, email, status, consent, position, updated_at, version) VALUES "
            f"({ids['session']}, 'X', '', '', '', '', '', 'registered', false, 9, now(), 1)",
            "UPDATE participant SET first_name = 'Y'",
            "UPDATE meeting_session SET settings = '{}'",  # e.g. removing its own role
            f"DELETE FROM activity WHERE id = {ids['breakout']}",
            "DELETE FROM activity_result",
            "UPDATE activity_result SET key = 'table-1/notes'",
            f"INSERT INTO activity_result (activity_id, key, value, updated_at, updated_by, "
            f"version) VALUES ({ids['breakout']}, 'schedule2', '1', now(), 'x', 1)",  # not a note
            "TRUNCATE participant",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                sql.execute(refused)  # type: ignore[arg-type]
        # what a note-taker may do: read names, write notes
        names = sql.execute("SELECT first_name FROM participant ORDER BY position").fetchall()
        assert [n for (n,) in names] == ["Anna", "Bram"]
        sql.execute(
            "INSERT INTO activity_result (activity_id, key, value, updated_at, updated_by, "
            "version) VALUES (%s, 'table-3/notes', %s, now(), 'nt', 1)",
            [ids["breakout"], '"licht"'],
        )
        sql.execute("UPDATE activity_result SET value = '\"meer licht\"', version = 2 "
                    "WHERE key = 'table-3/notes'")  # fmt: skip
        untouched = sql.execute("UPDATE activity_result SET value = '0' WHERE key = 'schedule'")
        assert untouched.rowcount == 0  # the row-level policy hides non-notes from UPDATE
    with room.raw(room.owner) as owner:
        rows = dict(owner.execute("SELECT key, value FROM activity_result").fetchall())
        people = owner.execute("SELECT count(*) FROM participant").fetchone()[0]
    assert rows == {"schedule": '{"rounds": []}', "table-3/notes": '"meer licht"'}
    assert people == 2


def test_note_taker_login_through_the_app(room: Room) -> None:
    assert room.setup() == 0
    ids = _seed(room)
    store = open_store(room.url(room.note_taker))
    try:
        assert store.notes_only_login
        people = store.participants.list(ids["session"])
        assert [(p.first_name, p.email) for p in people] == [("Anna", ""), ("Bram", "")]
        assert store.participants.get(ids["anna"]).email == ""  # type: ignore[union-attr]
        store.results.set(ids["breakout"], "table-3/notes", "via de app", by="nt")
        assert store.results.get(ids["breakout"], "table-3/notes") == "via de app"
        with pytest.raises(RoleError):
            store.participants.delete(ids["anna"])
        with pytest.raises(RoleError):
            store.results.set(ids["breakout"], "schedule", {})
        # an app with its own checks switched off (a modified copy): the server still says no
        store.db.access.notes_only_login = False
        for attempt in (
            lambda: store.participants.delete(ids["anna"]),
            lambda: store.participants.add(ids["session"], first_name="Indringer"),
            lambda: store.results.set(ids["breakout"], "schedule", {"rounds": [1]}),
            lambda: store.sessions.update(ids["session"], settings="{}"),
        ):
            with pytest.raises(RoleError) as refused:
                attempt()
            assert room.note_taker in str(refused.value)  # "refused for the login ..."
        with pytest.raises(RoleError), store.db.transaction() as s:
            s.execute(select(Participant.email))
    finally:
        store.close()
    facilitator = open_store(room.url(room.facilitator))
    try:
        people = facilitator.participants.list(ids["session"])
        assert [p.email for p in people] == ["anna@example.org", "bram@example.org"]
    finally:
        facilitator.close()


def test_facilitator_login_runs_the_apps_flows(room: Room, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Copy a full session in and out with the facilitator login, then edit and delete as the
    workspace does: all allowed (no DDL needed once the owner migrated)."""
    assert room.setup() == 0
    laptop, back = tmp_path / "laptop.sqlite", tmp_path / "terug.sqlite"
    source = open_store(laptop)
    meeting = fill(source)
    before = snapshot(source, meeting.uid)
    source.close()
    fac_url = room.url(room.facilitator)
    assert run(["--lang", "en", "copy", "--from", str(laptop), "--to", fac_url]) == 0
    assert run(["--lang", "en", "copy", "--from", fac_url, "--to", str(back)]) == 0
    assert "copied" in capsys.readouterr().out
    for url in (fac_url, str(back)):
        copy = open_store(url)
        try:
            assert snapshot(copy, meeting.uid) == before
        finally:
            copy.close()
    store = open_store(fac_url)
    try:
        session_id = next(m.id for m in store.sessions.list() if m.uid == meeting.uid)
        person = store.participants.list(session_id)[0]
        store.participants.update(person.id, email="nieuw@example.org", status="present")
        store.participants.delete(store.participants.list(session_id)[-1].id)
        first = store.agenda.list(session_id)[0]
        store.agenda.remove(first.id)
        store.actions.add(session_id, "Nabellen")
        store.sessions.update(session_id, settings="{}")
        store.sessions.delete(session_id)
        assert store.sessions.list() == []
    finally:
        store.close()


def test_room_logins_cannot_migrate(room: Room) -> None:
    """A database behind the app's schema is brought up to date by the owner only; the
    facilitator gets a plain message, not a permission traceback."""
    assert room.setup() == 0
    with room.raw(room.owner) as owner:
        owner.execute("DROP INDEX ix_meeting_session_uid")
        owner.execute("ALTER TABLE meeting_session DROP COLUMN uid")
        owner.execute("UPDATE alembic_version SET version_num = '0002'")
    with pytest.raises(StorageError) as refused:
        open_store(room.url(room.facilitator))
    assert "owner" in str(refused.value) and "setup-roles" in str(refused.value)
    assert room.setup() == 0  # the owner's setup migrates again
    open_store(room.url(room.facilitator)).close()


def test_setup_refuses_bad_targets(room: Room, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sqlite = ["--lang", "en", "db", "setup-roles", "--db", str(tmp_path / "x.sqlite"),
              "--facilitator-password", "a", "--note-taker-password", "b"]  # fmt: skip
    assert run(sqlite) == 1
    assert "PostgreSQL" in capsys.readouterr().err
    as_owner = ["--lang", "en", "db", "setup-roles", "--db", room.url(room.owner),
                "--facilitator-user", "postgres", "--facilitator-password", "a",
                "--note-taker-password", "b"]  # fmt: skip
    assert run(as_owner) == 1  # a superuser can never become a room login
    err = capsys.readouterr().err
    assert "postgres" in err and "Traceback" not in err
    with room.raw(room.owner) as owner:  # the failed run changed nothing (one transaction)
        made = owner.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                             [room.note_taker]).fetchone()[0]  # fmt: skip
    assert made == 0


def test_note_takers_window_on_the_note_taker_login(qtbot, room: Room) -> None:  # type: ignore[no-untyped-def]
    """The whole window works on the restricted login: the session opens, participants show
    without e-mail, the roles editor is hidden and a note is saved."""
    from app.ui.main_window import MainWindow
    from app.ui.shared_page import SharedPage

    assert room.setup() == 0
    ids = _seed(room)
    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.open_database(room.url(room.note_taker), ids["session"])
        workspace = window.workspace
        assert workspace is not None
        assert [p.email for p in workspace.participants.model.records] == ["", ""]
        page = workspace.findChild(SharedPage)
        assert page is not None and not page.assign_button.isVisibleTo(page)
        assert page.target_list() == [(ids["breakout"], None)]  # a login, no assignment yet
        page.editor.setPlainText("genoteerd op de notulistenlogin")
        page.flush()
        assert page.note_state.text() == "Saved."
    finally:
        window.close()
    with room.raw(room.owner) as owner:
        saved = owner.execute("SELECT value FROM activity_result WHERE key = 'notes'").fetchone()
    assert saved == ('"genoteerd op de notulistenlogin"',)


def test_connect_dialog_says_which_login_it_is(qtbot, room: Room) -> None:  # type: ignore[no-untyped-def]
    from app.ui.connect_dialog import ConnectDialog

    assert room.setup() == 0
    for user, note_taker in ((room.note_taker, True), (room.facilitator, False)):
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        dialog.address.setText(room.url(user))
        dialog.test_connection()
        qtbot.waitUntil(lambda d=dialog: d.status.text().startswith("Connected"), timeout=20_000)
        assert ("note-taker login" in dialog.status.text()) is note_taker
