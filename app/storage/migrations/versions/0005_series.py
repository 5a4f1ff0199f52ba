"""Series of meetings (a network) and the people known across them.

New tables `series`, `person` (one human across a series' meetings) and `person_review` (pairs
that may be the same person, for the organiser to decide); new nullable columns
`meeting_session.series_id` / `series_position` and `participant.person_id`. Existing sessions
stand alone (no series) and existing participants are linked to nobody: nothing changes for them.

The new columns are added in place (ALTER TABLE ... ADD COLUMN, on SQLite with its REFERENCES
clause): no table is rebuilt, so no cascade can touch existing rows. On a shared PostgreSQL
database set up with `tafelronde db setup-roles`, the logins that may read participants' last
names may read `person_id` too, those that read sessions may read the new tables, and those that
write sessions may write them.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _columns(connection, table: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {column["name"] for column in sa.inspect(connection).get_columns(table)}


def upgrade() -> None:
    connection = op.get_bind()
    tables = set(sa.inspect(connection).get_table_names())
    if "series" not in tables:
        op.create_table(
            "series",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("uid", sa.String(32), nullable=False),
            sa.Column("title", sa.Text, nullable=False, server_default=""),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, index=True),
            sa.Column("anonymise_after", sa.Date, nullable=True),
            sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        )
        op.create_index("ix_series_uid", "series", ["uid"], unique=True)
    if "person" not in tables:
        op.create_table(
            "person",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column(
                "series_id",
                sa.Integer,
                sa.ForeignKey("series.id", ondelete="CASCADE"),
                nullable=False,
                index=True,
            ),
        )
    sqlite = connection.dialect.name == "sqlite"
    if "series_id" not in _columns(connection, "meeting_session"):
        _add_reference(sqlite, "meeting_session", "series_id", "series")
        op.add_column("meeting_session", sa.Column("series_position", sa.Integer, nullable=True))
        op.create_index("ix_meeting_session_series_id", "meeting_session", ["series_id"])
    if "person_id" not in _columns(connection, "participant"):
        _add_reference(sqlite, "participant", "person_id", "person")
        op.create_index("ix_participant_person_id", "participant", ["person_id"])
    if "person_review" not in tables:
        op.create_table(
            "person_review",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column(
                "series_id",
                sa.Integer,
                sa.ForeignKey("series.id", ondelete="CASCADE"),
                nullable=False,
                index=True,
            ),
            sa.Column(
                "participant_a",
                sa.Integer,
                sa.ForeignKey("participant.id", ondelete="CASCADE"),
                nullable=False,
                index=True,
            ),
            sa.Column(
                "participant_b",
                sa.Integer,
                sa.ForeignKey("participant.id", ondelete="CASCADE"),
                nullable=False,
                index=True,
            ),
            sa.Column("reason", sa.Text, nullable=False, server_default=""),
            sa.Column("score", sa.Integer, nullable=False, server_default="0"),
            sa.Column("decision", sa.String, nullable=False, server_default="pending"),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, index=True),
            sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        )
    if not sqlite:
        _grant(connection)


def _add_reference(sqlite: bool, table: str, column: str, target: str) -> None:
    """A nullable column referencing `target`, cleared when that row goes."""
    if sqlite:  # SQLite adds a column with its REFERENCES clause in place (no rebuild)
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
            f"REFERENCES {target} (id) ON DELETE SET NULL"
        )
        return
    op.add_column(table, sa.Column(column, sa.Integer, nullable=True))
    op.create_foreign_key(
        f"fk_{table}_{column}", table, target, [column], ["id"], ondelete="SET NULL"
    )


def _grantees(connection, sql: str) -> list[str]:  # type: ignore[no-untyped-def]
    return list(connection.execute(sa.text(sql)).scalars())


def _grant(connection) -> None:  # type: ignore[no-untyped-def]
    """The room's logins (tafelronde db setup-roles) keep working after the upgrade."""
    quote = connection.dialect.identifier_preparer.quote
    others = "AND grantee <> current_user AND grantee <> 'PUBLIC'"
    for grantee in _grantees(
        connection,
        "SELECT DISTINCT grantee FROM information_schema.column_privileges "
        "WHERE table_schema = current_schema() AND table_name = 'participant' "
        f"AND column_name = 'last_name' AND privilege_type = 'SELECT' {others}",
    ):
        connection.execute(
            sa.text(f"GRANT SELECT (person_id) ON TABLE participant TO {quote(grantee)}")
        )
    new_tables = ("series", "person", "person_review")
    for grantee in _grantees(
        connection,
        "SELECT DISTINCT grantee FROM information_schema.table_privileges "
        "WHERE table_schema = current_schema() AND table_name = 'meeting_session' "
        f"AND privilege_type = 'SELECT' {others}",
    ):
        for table in new_tables:
            connection.execute(sa.text(f"GRANT SELECT ON TABLE {table} TO {quote(grantee)}"))
    for grantee in _grantees(
        connection,
        "SELECT DISTINCT grantee FROM information_schema.table_privileges "
        "WHERE table_schema = current_schema() AND table_name = 'meeting_session' "
        f"AND privilege_type = 'INSERT' {others}",
    ):
        for table in new_tables:
            connection.execute(
                sa.text(
                    f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE {table} TO {quote(grantee)}"
                )
            )
            sequence = connection.execute(
                sa.text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}
            ).scalar()
            if sequence:
                connection.execute(
                    sa.text(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {quote(grantee)}")
                )


def downgrade() -> None:
    op.drop_table("person_review")
    with op.batch_alter_table("participant") as batch:
        batch.drop_index("ix_participant_person_id")
        batch.drop_column("person_id")
    with op.batch_alter_table("meeting_session") as batch:
        batch.drop_index("ix_meeting_session_series_id")
        batch.drop_column("series_position")
        batch.drop_column("series_id")
    op.drop_table("person")
    op.drop_table("series")
