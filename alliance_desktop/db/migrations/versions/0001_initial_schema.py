"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_info",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_info")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_uid", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_uid"), ["entity_uid"], unique=False)

    op.create_table(
        "authority",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_latin", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("roma_population", sa.Integer(), nullable=True),
        sa.Column("roma_population_note", sa.String(length=500), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "population IS NULL OR population >= 0",
            name=op.f("ck_authority_population_not_negative"),
        ),
        sa.CheckConstraint(
            "roma_population IS NULL OR roma_population >= 0",
            name=op.f("ck_authority_roma_population_not_negative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authority")),
        sa.UniqueConstraint("uid", name=op.f("uq_authority_uid")),
    )
    with op.batch_alter_table("authority", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_authority_country_code"), ["country_code"], unique=False
        )
        batch_op.create_index(
            "ix_authority_country_name_key", ["country_code", "name_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_authority_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_authority_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "org_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_org_setting")),
    )
    op.create_table(
        "person",
        sa.Column("authority_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["authority_id"],
            ["authority.id"],
            name=op.f("fk_person_authority_id_authority"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uid", name=op.f("uq_person_uid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_authority_id"), ["authority_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "signature",
        sa.Column("authority_id", sa.Integer(), nullable=True),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_function", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("certificate_no", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "signed_on >= '2017-03-09'", name=op.f("ck_signature_signed_after_first_signatures")
        ),
        sa.ForeignKeyConstraint(
            ["authority_id"],
            ["authority.id"],
            name=op.f("fk_signature_authority_id_authority"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature")),
        sa.UniqueConstraint("certificate_no", name=op.f("uq_signature_certificate_no")),
        sa.UniqueConstraint("uid", name=op.f("uq_signature_uid")),
    )
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signature_authority_id"), ["authority_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_signature_country_code"), ["country_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_signature_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_signature_signed_on"), ["signed_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_signature_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "application",
        sa.Column("authority_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("applicant_name_latin", sa.String(length=200), nullable=False),
        sa.Column("applicant_kind", sa.String(length=20), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("commitment_letter", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('received', 'under_review', 'information_requested', 'accepted', 'declined', 'withdrawn')",
            name=op.f("ck_application_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["authority_id"],
            ["authority.id"],
            name=op.f("fk_application_authority_id_authority"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["person.id"],
            name=op.f("fk_application_contact_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
        sa.UniqueConstraint("uid", name=op.f("uq_application_uid")),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_authority_id"), ["authority_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_application_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_application_country_code"), ["country_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_application_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_application_received_on"), ["received_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_application_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_status"), ["status"], unique=False)

    op.create_table(
        "certificate_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signature_id", sa.Integer(), nullable=False),
        sa.Column("certificate_no", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=4), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["signature_id"],
            ["signature.id"],
            name=op.f("fk_certificate_issue_signature_id_signature"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_issue")),
    )
    with op.batch_alter_table("certificate_issue", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_issue_certificate_no"), ["certificate_no"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificate_issue_signature_id"), ["signature_id"], unique=False
        )

    op.create_table(
        "membership",
        sa.Column("authority_id", sa.Integer(), nullable=False),
        sa.Column("participant_no", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("focal_point_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('active', 'suspended', 'withdrawn')",
            name=op.f("ck_membership_status_known"),
        ),
        sa.CheckConstraint(
            "left_on IS NULL OR left_on >= joined_on", name=op.f("ck_membership_left_after_joined")
        ),
        sa.CheckConstraint(
            "participant_no >= 1", name=op.f("ck_membership_participant_no_positive")
        ),
        sa.ForeignKeyConstraint(
            ["authority_id"],
            ["authority.id"],
            name=op.f("fk_membership_authority_id_authority"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["focal_point_id"],
            ["person.id"],
            name=op.f("fk_membership_focal_point_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
        sa.UniqueConstraint("authority_id", name=op.f("uq_membership_authority_id")),
        sa.UniqueConstraint("participant_no", name=op.f("uq_membership_participant_no")),
        sa.UniqueConstraint("uid", name=op.f("uq_membership_uid")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_membership_focal_point_id"), ["focal_point_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_membership_joined_on"), ["joined_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_status"), ["status"], unique=False)

    op.create_table(
        "application_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("previous", sa.String(length=30), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_status_change_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_status_change")),
    )
    with op.batch_alter_table("application_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_status_change_application_id"),
            ["application_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("application_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_status_change_application_id"))

    op.drop_table("application_status_change")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_status"))
        batch_op.drop_index(batch_op.f("ix_membership_joined_on"))
        batch_op.drop_index(batch_op.f("ix_membership_focal_point_id"))
        batch_op.drop_index(batch_op.f("ix_membership_deleted_at"))

    op.drop_table("membership")
    with op.batch_alter_table("certificate_issue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_issue_signature_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_issue_certificate_no"))

    op.drop_table("certificate_issue")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_status"))
        batch_op.drop_index(batch_op.f("ix_application_sort_key"))
        batch_op.drop_index(batch_op.f("ix_application_received_on"))
        batch_op.drop_index(batch_op.f("ix_application_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_application_country_code"))
        batch_op.drop_index(batch_op.f("ix_application_contact_id"))
        batch_op.drop_index(batch_op.f("ix_application_authority_id"))

    op.drop_table("application")
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_sort_key"))
        batch_op.drop_index(batch_op.f("ix_signature_signed_on"))
        batch_op.drop_index(batch_op.f("ix_signature_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_signature_country_code"))
        batch_op.drop_index(batch_op.f("ix_signature_authority_id"))

    op.drop_table("signature")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_person_authority_id"))

    op.drop_table("person")
    op.drop_table("org_setting")
    with op.batch_alter_table("authority", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authority_sort_key"))
        batch_op.drop_index(batch_op.f("ix_authority_deleted_at"))
        batch_op.drop_index("ix_authority_country_name_key")
        batch_op.drop_index(batch_op.f("ix_authority_country_code"))

    op.drop_table("authority")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_uid"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_action"))

    op.drop_table("audit_entry")
    op.drop_table("app_info")
