"""merge log (what unmerge puts back) and pairs marked "not duplicates"

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("kept_uid", sa.String(length=36), nullable=False),
        sa.Column("dropped_uid", sa.String(length=36), nullable=False),
        sa.Column("dropped_label", sa.String(length=300), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_by", sa.String(length=200), nullable=False),
        sa.Column("kept_version_before", sa.Integer(), nullable=False),
        sa.Column("kept_version", sa.Integer(), nullable=False),
        sa.Column("kept_before", sa.Text(), nullable=False),
        sa.Column("removed", sa.Text(), nullable=False),
        sa.Column("moved", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_record")),
        sa.UniqueConstraint("uid", name=op.f("uq_merge_record_uid")),
    )
    op.create_index(op.f("ix_merge_record_kept_uid"), "merge_record", ["kept_uid"])
    op.create_index(op.f("ix_merge_record_dropped_uid"), "merge_record", ["dropped_uid"])
    op.create_table(
        "not_duplicate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("uid_a", sa.String(length=36), nullable=False),
        sa.Column("uid_b", sa.String(length=36), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("marked_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_duplicate")),
        sa.UniqueConstraint("uid_a", "uid_b", name="uq_not_duplicate_pair"),
    )
    op.create_index("ix_not_duplicate_kind", "not_duplicate", ["kind"])


def downgrade() -> None:
    op.drop_table("not_duplicate")
    op.drop_table("merge_record")
