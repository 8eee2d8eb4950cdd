"""Tables of correspondence: saved searches, letter and e-mail templates, the sending log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance_desktop.db.models import Base, RecordMixin, UTCDateTime, new_uid, utcnow


class SavedSearch(RecordMixin, Base):
    """A tab's search text and filters under a name, shared by every colleague."""

    __tablename__ = "saved_search"

    tab: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    search: Mapped[str] = mapped_column(String(500), default="")
    country_code: Mapped[str | None] = mapped_column(String(2))
    status: Mapped[str | None] = mapped_column(String(30))
    year: Mapped[int | None] = mapped_column()
    created_by: Mapped[str] = mapped_column(String(200), default="")

    __mapper_args__ = {"version_id_col": RecordMixin.version}  # noqa: RUF012
    __table_args__ = (UniqueConstraint("tab", "name", name="uq_saved_search_tab_name"),)


class LetterTemplate(RecordMixin, Base):
    """A letter or e-mail template in one language for one kind of record."""

    __tablename__ = "letter_template"

    kind: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2))
    audience: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # The shipped template this one started from ("" for the user's own): restore defaults.
    default_key: Mapped[str] = mapped_column(String(100), default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")

    __mapper_args__ = {"version_id_col": RecordMixin.version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("kind", "language", "name", name="uq_letter_template_kind_language_name"),
    )


class CorrespondenceItem(Base):
    """One record's part of a letter, e-mail, label or envelope run: the proof of what was sent."""

    __tablename__ = "correspondence"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_uid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(10))
    template: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(2), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_by: Mapped[str] = mapped_column(String(200))

    __table_args__ = (Index("ix_correspondence_entity_uid_sent_at", "entity_uid", "sent_at"),)
