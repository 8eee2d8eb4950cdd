"""follow-ups: a due date, what to do and who, on a member (its authority), signature or application

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OPEN = "done_on IS NULL AND deleted_at IS NULL"
TARGETS = ("authority", "signature", "application")


def upgrade() -> None:
    op.create_table(
        "follow_up",
        sa.Column("authority_id", sa.Integer(), nullable=True),
        sa.Column("signature_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("assignee", sa.String(length=200), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(CASE WHEN authority_id IS NULL THEN 0 ELSE 1 END) "
            "+ (CASE WHEN signature_id IS NULL THEN 0 ELSE 1 END) "
            "+ (CASE WHEN application_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_follow_up_one_record"),
        ),
        *(
            sa.ForeignKeyConstraint(
                [f"{target}_id"],
                [f"{target}.id"],
                name=op.f(f"fk_follow_up_{target}_id_{target}"),
                ondelete="RESTRICT",
            )
            for target in TARGETS
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
        sa.UniqueConstraint("uid", name=op.f("uq_follow_up_uid")),
    )
    for target in TARGETS:
        op.create_index(f"ix_follow_up_{target}_id", "follow_up", [f"{target}_id"])
    where = sa.text(OPEN)
    op.create_index(
        "ix_follow_up_open_due",
        "follow_up",
        ["due_on", "authority_id", "signature_id", "application_id"],
        sqlite_where=where,
        postgresql_where=where,
    )


def downgrade() -> None:
    op.drop_index("ix_follow_up_open_due", table_name="follow_up")
    for target in TARGETS:
        op.drop_index(f"ix_follow_up_{target}_id", table_name="follow_up")
    op.drop_table("follow_up")
