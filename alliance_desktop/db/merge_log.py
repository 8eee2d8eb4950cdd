"""The merge log (what unmerging a merge puts back) and the pairs marked "not duplicates"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance_desktop.db.models import Base, UTCDateTime, new_uid, utcnow


class MergeRecord(Base):
    """One merge of two records; JSON columns hold what unmerge needs, exactly.

    ``kept_before``: the kept record's fields the merge overwrote, {column: old value};
    ``removed``: rows the merge deleted (the dropped record, a membership that did not stay),
    [{"table", "values"}]; ``moved``: links moved onto the kept record,
    [{"table", "id", "column", "old", "new", "version"}] (``version`` as the merge left it).
    """

    __tablename__ = "merge_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    kind: Mapped[str] = mapped_column(String(20))
    kept_uid: Mapped[str] = mapped_column(String(36), index=True)
    dropped_uid: Mapped[str] = mapped_column(String(36), index=True)
    dropped_label: Mapped[str] = mapped_column(String(300), default="")
    merged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(200))
    # The kept record's version before and after the merge: unmerge refuses a later change, and
    # hands an earlier merge of the same record the version it expects again.
    kept_version_before: Mapped[int] = mapped_column(Integer)
    kept_version: Mapped[int] = mapped_column(Integer)
    kept_before: Mapped[str] = mapped_column(Text, default="{}")
    removed: Mapped[str] = mapped_column(Text, default="[]")
    moved: Mapped[str] = mapped_column(Text, default="[]")
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    undone_by: Mapped[str] = mapped_column(String(200), default="")


class NotDuplicate(Base):
    """Two records a user said are not the same: never offered as a pair again."""

    __tablename__ = "not_duplicate"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    uid_a: Mapped[str] = mapped_column(String(36))  # the smaller of the two uids
    uid_b: Mapped[str] = mapped_column(String(36))
    marked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    marked_by: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        UniqueConstraint("uid_a", "uid_b", name="uq_not_duplicate_pair"),
        Index("ix_not_duplicate_kind", "kind"),
    )
