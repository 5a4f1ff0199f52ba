"""A stable identity for sessions, so copying between databases never duplicates one.

Revision ID: 0003
Revises: 0002
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("meeting_session", sa.Column("uid", sa.String(32), nullable=True))
    connection = op.get_bind()
    ids = [row[0] for row in connection.execute(sa.text("SELECT id FROM meeting_session"))]
    for session_id in ids:
        connection.execute(
            sa.text("UPDATE meeting_session SET uid = :uid WHERE id = :id"),
            {"uid": uuid.uuid4().hex, "id": session_id},
        )
    with op.batch_alter_table("meeting_session") as batch:
        batch.alter_column("uid", existing_type=sa.String(32), nullable=False)
        batch.create_index("ix_meeting_session_uid", ["uid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("meeting_session") as batch:
        batch.drop_index("ix_meeting_session_uid")
        batch.drop_column("uid")
