"""live indexes for the Members tab's sorts by kind, status and leaving date

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LIVE = (
    ("authority", ("kind", "sort_key")),
    ("membership", ("status", "participant_no")),
    ("membership", ("left_on", "participant_no")),
)


def upgrade() -> None:
    where = sa.text("deleted_at IS NULL")
    for table, columns in LIVE:
        op.create_index(
            f"ix_{table}_live_{'_'.join(columns)}",
            table,
            list(columns),
            sqlite_where=where,
            postgresql_where=where,
        )


def downgrade() -> None:
    for table, columns in LIVE:
        op.drop_index(f"ix_{table}_live_{'_'.join(columns)}", table_name=table)
