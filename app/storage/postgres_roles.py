"""The room's logins on PostgreSQL, enforced by the server itself (`tafelronde db setup-roles`).

Two logins besides the database's owner (who alone runs the Alembic migrations):

- the facilitator login: reads and writes every Tafelronde table (no DDL, no migrations);
- the note-taker login: reads sessions, agenda and actions, reads participants *without* the
  e-mail column (column privileges), cannot add, change or delete participants, and may insert
  and update only note results ("notes", "<part>/notes"): row-level security on activity_result.

Running the setup again is harmless: roles are created or given the new password, privileges are
revoked and granted afresh, policies dropped and created, all in one transaction. The app notices
a note-taker login (it cannot read participant.email) and then selects explicit columns
(app/storage/access.py, participants.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.errors import StorageError

FACILITATOR = "tafelronde_facilitator"
NOTE_TAKER = "tafelronde_note_taker"
# the same rule as app.core.roles.is_note_key: "notes", or "<at least one character>/notes"
NOTE_KEY_SQL = "key = 'notes' OR key LIKE '_%/notes'"
NOTE_UPDATE_COLUMNS = ("value", "version", "updated_at", "updated_by")
NOTE_TAKER_READS = (
    "meeting_session", "activity", "action_item", "alembic_version",
    "series", "person", "person_review",
)  # fmt: skip
POLICIES = {
    "tafelronde_facilitator_all": "FOR ALL TO {fac} USING (true) WITH CHECK (true)",
    "tafelronde_note_taker_read": "FOR SELECT TO {nt} USING (true)",
    "tafelronde_note_taker_insert": f"FOR INSERT TO {{nt}} WITH CHECK ({NOTE_KEY_SQL})",
    "tafelronde_note_taker_update": (
        f"FOR UPDATE TO {{nt}} USING ({NOTE_KEY_SQL}) WITH CHECK ({NOTE_KEY_SQL})"
    ),
}

NOT_POSTGRES = QT_TRANSLATE_NOOP(
    "StorageError",
    "Logins exist only on a PostgreSQL server; {name} is not one. A SQLite file is protected by "
    "the laptop's own user account.",
)
BAD_LOGIN = QT_TRANSLATE_NOOP(
    "StorageError",
    "The login {login} cannot be used for a room role: it is the administrator, a superuser, "
    "the database's owner or used for both roles. Choose another name.",
)
SETUP_FAILED = QT_TRANSLATE_NOOP(
    "StorageError",
    "Setting up the logins on {name} failed, nothing was changed: {reason}",
)


@dataclass(frozen=True)
class Login:
    name: str
    password: str


# a note-taker login: the participant table exists and its e-mail column is not readable
NOTES_ONLY_SQL = (
    "SELECT CASE WHEN to_regclass('public.participant') IS NULL THEN false "
    "ELSE NOT has_column_privilege('public.participant', 'email', 'SELECT') END"
)


def is_notes_only_login(engine: Engine) -> bool:
    """True when this connection's login may not read participants' e-mail addresses."""
    try:
        with engine.connect() as connection:
            return bool(connection.execute(text(NOTES_ONLY_SQL)).scalar())
    except SQLAlchemyError:
        return False  # the question itself failed: the server still refuses what it refuses


def setup_roles(admin_address: str, facilitator: Login, note_taker: Login) -> None:
    """Create or refresh both logins and their privileges; raises StorageError.

    The database is migrated first, as the administrator (the owner), so the tables exist and
    belong to the login that will run later migrations too.
    """
    from app.storage.engine import to_url
    from app.storage.migrate import open_database

    url = to_url(admin_address)
    if url.get_backend_name() != "postgresql":
        raise StorageError(NOT_POSTGRES, name=url.render_as_string(hide_password=True))
    open_database(url).close()

    import psycopg

    from app.storage.postgres import libpq_params

    name = url.render_as_string(hide_password=True)
    try:
        with (
            psycopg.connect(**libpq_params(url)) as connection,  # type: ignore[arg-type]
            connection.transaction(),
        ):
            _apply(connection, facilitator, note_taker)
    except psycopg.Error as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise StorageError(SETUP_FAILED, name=name, reason=reason) from exc


def _apply(connection, facilitator: Login, note_taker: Login) -> None:  # type: ignore[no-untyped-def]
    from psycopg import sql

    from app.storage.models import Participant, SQLModel

    def run(statement: str, **names: str) -> None:
        identifiers = {key: sql.Identifier(value) for key, value in names.items()}
        connection.execute(sql.SQL(statement).format(**identifiers))

    admin, database, owner = connection.execute(
        "SELECT current_user, current_database(), pg_get_userbyid(datdba) FROM pg_database "
        "WHERE datname = current_database()"
    ).fetchone()
    table_owner = connection.execute(
        "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
        "AND tablename = 'meeting_session'"
    ).fetchone()[0]
    for login in (facilitator, note_taker):
        _create_login(connection, login, forbidden={admin, owner, table_owner})
    if facilitator.name == note_taker.name:
        raise StorageError(BAD_LOGIN, login=facilitator.name)

    fac, nt = facilitator.name, note_taker.name
    tables = [table.name for table in SQLModel.metadata.sorted_tables] + ["alembic_version"]
    for login in (fac, nt):
        run("GRANT CONNECT ON DATABASE {db} TO {login}", db=database, login=login)
        run("GRANT USAGE ON SCHEMA public TO {login}", login=login)
        for table in tables:  # start from nothing: running the setup again removes extras
            run("REVOKE ALL ON TABLE {table} FROM {login}", table=table, login=login)
    sequences = {
        table: connection.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table]).fetchone()[0]
        for table in tables
        if table != "alembic_version"
    }

    # the facilitator: everything the app does, nothing more (no DDL: the owner migrates)
    for table in tables:
        rights = "SELECT" if table == "alembic_version" else "SELECT, INSERT, UPDATE, DELETE"
        run(f"GRANT {rights} ON TABLE {{table}} TO {{login}}", table=table, login=fac)
    for sequence in sequences.values():
        if sequence:
            connection.execute(
                sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {} TO {}").format(
                    sql.SQL(sequence), sql.Identifier(fac)
                )
            )
    # tables a later migration adds are the facilitator's too
    run(
        "ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {login}",
        owner=table_owner,
        login=fac,
    )
    run("ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        "GRANT USAGE, SELECT ON SEQUENCES TO {login}", owner=table_owner, login=fac)  # fmt: skip

    # the note-taker: read (participants without e-mail), write notes only
    for table in NOTE_TAKER_READS:
        run("GRANT SELECT ON TABLE {table} TO {login}", table=table, login=nt)
    readable = [c.name for c in Participant.__table__.columns if c.name != "email"]  # type: ignore[attr-defined]
    connection.execute(
        sql.SQL("GRANT SELECT ({}) ON TABLE participant TO {}").format(
            sql.SQL(", ").join(map(sql.Identifier, readable)), sql.Identifier(nt)
        )
    )
    run("GRANT SELECT, INSERT ON TABLE activity_result TO {login}", login=nt)
    connection.execute(
        sql.SQL("GRANT UPDATE ({}) ON TABLE activity_result TO {}").format(
            sql.SQL(", ").join(map(sql.Identifier, NOTE_UPDATE_COLUMNS)), sql.Identifier(nt)
        )
    )
    if sequences.get("activity_result"):
        connection.execute(
            sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(
                sql.SQL(sequences["activity_result"]), sql.Identifier(nt)
            )
        )
    run("ALTER TABLE activity_result ENABLE ROW LEVEL SECURITY")
    for policy, rule in POLICIES.items():
        run("DROP POLICY IF EXISTS {policy} ON activity_result", policy=policy)
        run("CREATE POLICY {policy} ON activity_result " + rule, policy=policy, fac=fac, nt=nt)


def _create_login(connection, login: Login, forbidden: set[str]) -> None:  # type: ignore[no-untyped-def]
    """Create the login, or give an existing one the new password. Never a superuser."""
    from psycopg import sql

    if login.name in forbidden:
        raise StorageError(BAD_LOGIN, login=login.name)
    row = connection.execute(
        "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = %s", [login.name]
    ).fetchone()
    if row is not None and row[0]:
        raise StorageError(BAD_LOGIN, login=login.name)
    verb = "CREATE ROLE {} LOGIN PASSWORD {}" if row is None else "ALTER ROLE {} LOGIN PASSWORD {}"
    connection.execute(
        sql.SQL(verb).format(sql.Identifier(login.name), sql.Literal(login.password))
    )
