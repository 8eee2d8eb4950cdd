"""correspondence: saved searches, letter and e-mail templates, and the log of what was sent

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "saved_search",
        sa.Column("tab", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("search", sa.String(length=500), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_search")),
        sa.UniqueConstraint("tab", "name", name="uq_saved_search_tab_name"),
        sa.UniqueConstraint("uid", name=op.f("uq_saved_search_uid")),
    )
    op.create_table(
        "letter_template",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("default_key", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_template")),
        sa.UniqueConstraint(
            "kind", "language", "name", name="uq_letter_template_kind_language_name"
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_letter_template_uid")),
    )
    op.create_table(
        "correspondence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_uid", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_uid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("template", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correspondence")),
    )
    op.create_index("ix_correspondence_run_uid", "correspondence", ["run_uid"])
    op.create_index(
        "ix_correspondence_entity_uid_sent_at", "correspondence", ["entity_uid", "sent_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_correspondence_entity_uid_sent_at", table_name="correspondence")
    op.drop_index("ix_correspondence_run_uid", table_name="correspondence")
    op.drop_table("correspondence")
    op.drop_table("letter_template")
    op.drop_table("saved_search")
