"""Name particles (tussenvoegsels) stored apart from the last name.

Existing participants keep their names exactly as they were (the particle starts empty; a last
name typed as "van der Berg" stays so and is shown the same). On a shared PostgreSQL database
set up with `tafelronde db setup-roles`, every login that may read participants' last names may
read the new column too, so a note-taker keeps working after the upgrade.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    columns = {column["name"] for column in sa.inspect(connection).get_columns("participant")}
    if "name_particle" not in columns:  # a database put back to an older revision keeps it
        op.add_column(
            "participant",
            sa.Column("name_particle", sa.Text, nullable=False, server_default=""),
        )
    if connection.dialect.name != "postgresql":
        return
    readers = connection.execute(
        sa.text(
            "SELECT DISTINCT grantee FROM information_schema.column_privileges "
            "WHERE table_schema = current_schema() AND table_name = 'participant' "
            "AND column_name = 'last_name' AND privilege_type = 'SELECT' "
            "AND grantee <> current_user AND grantee <> 'PUBLIC'"
        )
    ).scalars()
    quote = connection.dialect.identifier_preparer.quote
    for grantee in list(readers):
        connection.execute(
            sa.text(f"GRANT SELECT (name_particle) ON TABLE participant TO {quote(grantee)}")
        )


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("name_particle")
