"""The follow_up table: a due date, what to do and who, on a member, signature or application."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from alliance_desktop.db.models import Base, RecordMixin

# The open follow-ups (not done, not deleted) by due date, with the record each is about: the
# Overview's counts, the due list and the tabs' "follow-up due" filter read this index alone.
OPEN = "done_on IS NULL AND deleted_at IS NULL"


class FollowUp(RecordMixin, Base):
    """Exactly one of ``authority_id`` (a member's: kept on the authority, so that merging two
    authorities moves them with one UPDATE), ``signature_id`` or ``application_id`` is set.

    Versioned like the records, but on its own: adding a follow-up does not bump the record's
    version, so nobody editing the record meanwhile gets a conflict.
    """

    __tablename__ = "follow_up"

    authority_id: Mapped[int | None] = mapped_column(
        ForeignKey("authority.id", ondelete="RESTRICT"), index=True
    )
    signature_id: Mapped[int | None] = mapped_column(
        ForeignKey("signature.id", ondelete="RESTRICT"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="RESTRICT"), index=True
    )
    due_on: Mapped[dt.date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text, default="")
    # A user name, like the audit trail's: who should do it (empty: anyone).
    assignee: Mapped[str] = mapped_column(String(200), default="")
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")

    __mapper_args__ = {"version_id_col": RecordMixin.version}  # noqa: RUF012
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN authority_id IS NULL THEN 0 ELSE 1 END) "
            "+ (CASE WHEN signature_id IS NULL THEN 0 ELSE 1 END) "
            "+ (CASE WHEN application_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_record",
        ),
        Index(
            "ix_follow_up_open_due",
            "due_on",
            "authority_id",
            "signature_id",
            "application_id",
            sqlite_where=text(OPEN),
            postgresql_where=text(OPEN),
        ),
    )
