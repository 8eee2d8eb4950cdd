"""partial indexes for the live lists; deleted_at indexes hold only the trash

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("authority", "person", "membership", "signature", "application")
LIVE = (
    ("authority", "sort_key"),
    ("membership", "joined_on"),
    ("membership", "participant_no"),
    ("signature", "signed_on"),
    ("signature", "certificate_no"),
    ("application", "sort_key"),
    ("application", "received_on"),
)


def _where(clause: str) -> dict[str, sa.TextClause]:
    return {"sqlite_where": sa.text(clause), "postgresql_where": sa.text(clause)}


def upgrade() -> None:
    # A full deleted_at index made SQLite (no statistics) filter on it and sort every row.
    for table in TABLES:
        op.drop_index(f"ix_{table}_deleted_at", table_name=table)
        op.create_index(
            f"ix_{table}_deleted_at", table, ["deleted_at"], **_where("deleted_at IS NOT NULL")
        )
    for table, column in LIVE:
        op.create_index(
            f"ix_{table}_live_{column}", table, [column], **_where("deleted_at IS NULL")
        )


def downgrade() -> None:
    for table, column in LIVE:
        op.drop_index(f"ix_{table}_live_{column}", table_name=table)
    for table in TABLES:
        op.drop_index(f"ix_{table}_deleted_at", table_name=table)
        op.create_index(f"ix_{table}_deleted_at", table, ["deleted_at"])
