"""SQLAlchemy 2 typed models: the schema of an Alliance Desktop database."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from alliance_desktop.domain.countries import COUNTRIES
from alliance_desktop.domain.text import fold

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def search_index(table: str, *filters: str) -> Index:
    """The list's search keys with deleted_at and the columns its other filters test.

    A search reads every key (a term matches anywhere): the searches keep SQLite off the live
    indexes (deleted_at written ``+deleted_at``), and it then reads this index, the narrowest
    one holding every column the search needs, instead of the table (48 ms for 100,000
    signatures; the index half that). Not partial for that reason.
    """
    return Index(f"ix_{table}_search", "list_search_key", "deleted_at", *filters)


def live_index(table: str, *columns: str, name: str = "") -> Index:
    """An index over the records not in the trash, for the lists' sorts and counts.

    Partial, so that the planner (SQLite without statistics above all) walks it in order and
    stops after a page, instead of picking a deleted_at index and sorting every row.
    """
    where = text("deleted_at IS NULL")
    return Index(
        f"ix_{table}_live_{name or '_'.join(columns)}",
        *columns,
        sqlite_where=where,
        postgresql_where=where,
    )


def country_rank_sql(column: str) -> str:
    """SQL ranking a country code by the country's English name (Switzerland after Belarus).

    Literal SQL, not bound parameters, so that a query's ORDER BY is the very expression of the
    ``country_rank_index`` and the database walks that index instead of sorting every row.
    Ranks, not names: SQLite and PostgreSQL collations differ. An unknown code sorts last.
    """
    ranked = sorted(COUNTRIES.values(), key=lambda c: (fold(c.name_en), c.code))
    whens = " ".join(f"WHEN '{c.code}' THEN {rank}" for rank, c in enumerate(ranked))
    return f"CASE {column} {whens} ELSE {len(ranked)} END"


def country_rank_index(table: str, then: str) -> Index:
    """The live records in country-name order, then ``then``: a page sorted by country."""
    where = text("deleted_at IS NULL")
    return Index(
        f"ix_{table}_live_country_rank",
        text(f"({country_rank_sql('country_code')})"),
        then,
        sqlite_where=where,
        postgresql_where=where,
    )


def trash_index(table: str) -> Index:
    """The trash's index: only deleted records, so that no live list can choose it."""
    where = text("deleted_at IS NOT NULL")
    return Index(f"ix_{table}_deleted_at", "deleted_at", sqlite_where=where, postgresql_where=where)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_uid() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware UTC datetimes; SQLite keeps no zone, so it is put back on load."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use UTC-aware datetimes")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RecordMixin:
    """uid, timestamps, version counter (optimistic locking) and soft delete."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Indexed per table by trash_index (only deleted rows); live lists use live_index.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Authority(RecordMixin, Base):
    __tablename__ = "authority"

    name: Mapped[str] = mapped_column(String(200))
    name_latin: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    name_fr: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default="municipality")
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    population: Mapped[int | None] = mapped_column(Integer)
    roma_population: Mapped[int | None] = mapped_column(Integer)
    roma_population_note: Mapped[str] = mapped_column(String(500), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Folded forms of every name field, kept in step by the service, for search and duplicates.
    search_key: Mapped[str] = mapped_column(Text, default="")
    name_key: Mapped[str] = mapped_column(String(200), default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)

    membership: Mapped[Membership | None] = relationship(back_populates="authority", uselist=False)

    __mapper_args__ = {"version_id_col": RecordMixin.version}  # noqa: RUF012
    __table_args__ = (
        CheckConstraint("population IS NULL OR population >= 0", name="population_not_negative"),
        CheckConstraint(
            "roma_population IS NULL OR roma_population >= 0", name="roma_population_not_negative"
        ),
        Index("ix_authority_country_name_key", "country_code", "name_key"),
        # The search key rides along so that a search sorted by name tests it in the index.
        live_index("authority", "sort_key", "search_key"),
        live_index("authority", "country_code", "sort_key"),
        live_index("authority", "kind", "sort_key"),
        country_rank_index("authority", "sort_key"),
        trash_index("authority"),
    )


def _person_sort_key(context: DefaultExecutionContext) -> str:
    # Rows inserted in bulk (imports) get the key here; the ORM sets it with the name.
    parameters = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return fold(parameters.get("name"))[:200]


class Person(RecordMixin, Base):
    __tablename__ = "person"

    authority_id: Mapped[int | None] = mapped_column(
        ForeignKey("authority.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[str] = mapped_column(String(2), default="en")
    notes: Mapped[str] = mapped_column(Text, default="")
    erased_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The folded name, copied by triggers (migration 0005) to the lists sorted by a person.
    sort_key: Mapped[str] = mapped_column(String(200), default=_person_sort_key, server_default="")

    authority: Mapped[Authority | None] = relationship()

    __mapper_args__ = {"version_id_col": RecordMixin.version}  # noqa: RUF012
    __table_args__ = (trash_index("person"),)

    @validates("name")
    def _keep_sort_key(self, _key: str, name: str) -> str:
        self.sort_key = fold(name)[:200]
        return name


class Membership(RecordMixin, Base):
    __tablename__ = "membership"

    authority_id: Mapped[int] = mapped_column(
        ForeignKey("authority.id", ondelete="RESTRICT"), unique=True
    )
    participant_no: Mapped[int] = mapped_column(Integer, unique=True)
    joined_on: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    focal_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # The focal point's sort_key, kept by triggers (migration 0005) so the sort walks an index.
    focal_sort_key: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The authority's search_key (empty while the authority is in the trash), by the same
    # triggers, so that a search reads one index of this table.
    list_search_key: Mapped[str] = mapped_column(Text, default="", server_default="")

    authority: Mapped[Authority] = relationship(back_populates="membership")
    focal_point: Mapped[Person | None] = relationship()

    __mapper_args__ = {"version_id_col": RecordMixin.version}  # noqa: RUF012
    __table_args__ = (
        CheckConstraint("participant_no >= 1", name="participant_no_positive"),
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
        CheckConstraint("status IN ('active', 'suspended', 'withdrawn')", name="status_known"),
        live_index("membership", "joined_on"),
        live_index("membership", "participant_no"),
        live_index("membership", "status", "participant_no"),
        live_index("membership", "left_on", "participant_no"),
        live_index("membership", "focal_sort_key", "participant_no"),
        search_index("membership", "status", "joined_on"),
        trash_index("membership"),
    )


class Signature(RecordMixin, Base):
    __tablename__ = "signature"

    authority_id: Mapped[int | None] = mapped_column(
        ForeignKey("authority.id", ondelete="RESTRICT"), index=True
    )
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_function: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(2), default="en")
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    certificate_no: Mapped[str] = mapped_column(String(40), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    # Kept by triggers (migration 0005) from the signing authority, so that the list's Name
    # sort and its search read one table: the authority's sort key (else the signer's), and
    # search_key joined with the authority's.
    name_sort_key: Mapped[str] = mapped_column(String(200), default="", server_default="")
    list_search_key: Mapped[str] = mapped_column(Text, default="", server_default="")

    authority: Mapped[Authority | None] = relationship()

    __mapper_args__ = {"version_id_col": RecordMixin.version}  # noqa: RUF012
    __table_args__ = (
        CheckConstraint("signed_on >= '2017-03-09'", name="signed_after_first_signatures"),
        live_index("signature", "signed_on"),
        live_index("signature", "certificate_no"),
        live_index("signature", "name_sort_key", "certificate_no", "list_search_key"),
        live_index("signature", "sort_key", "certificate_no"),
        live_index("signature", "signer_function", "certificate_no"),
        live_index("signature", "place", "certificate_no"),
        live_index("signature", "language", "certificate_no"),
        search_index("signature", "language", "country_code", "signed_on"),
        country_rank_index("signature", "certificate_no"),
        trash_index("signature"),
    )


class CertificateIssue(Base):
    """The register of issued certificates; reprinting keeps the signature's number."""

    __tablename__ = "certificate_issue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signature_id: Mapped[int] = mapped_column(
        ForeignKey("signature.id", ondelete="RESTRICT"), index=True
    )
    certificate_no: Mapped[str] = mapped_column(String(40), index=True)
    language: Mapped[str] = mapped_column(String(4))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))


class Application(RecordMixin, Base):
    __tablename__ = "application"

    authority_id: Mapped[int | None] = mapped_column(
        ForeignKey("authority.id", ondelete="RESTRICT"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_name_latin: Mapped[str] = mapped_column(String(200), default="")
    applicant_kind: Mapped[str] = mapped_column(String(20), default="municipality")
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    channel: Mapped[str] = mapped_column(String(20), default="web_form")
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(30), default="received", index=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    commitment_letter: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    # Kept by triggers (migration 0005): the contact's sort_key, and search_key joined with
    # the linked authority's, so that the list sorts and searches one table.
    contact_sort_key: Mapped[str] = mapped_column(String(200), default="", server_default="")
    list_search_key: Mapped[str] = mapped_column(Text, default="", server_default="")

    authority: Mapped[Authority | None] = relationship()
    contact: Mapped[Person | None] = relationship()
    history: Mapped[list[ApplicationStatusChange]] = relationship(
        back_populates="application", order_by="ApplicationStatusChange.id"
    )

    __mapper_args__ = {"version_id_col": RecordMixin.version}  # noqa: RUF012
    __table_args__ = (
        CheckConstraint(
            "status IN ('received', 'under_review', 'information_requested', 'accepted', "
            "'declined', 'withdrawn')",
            name="status_known",
        ),
        live_index("application", "sort_key", "received_on", "list_search_key"),
        live_index("application", "received_on"),
        live_index("application", "channel", "received_on"),
        live_index("application", "status", "received_on"),
        # The status rides along: the pending list walks these past the decided ones.
        live_index("application", "decided_on", "received_on", "status"),
        live_index("application", "contact_sort_key", "received_on", "status"),
        search_index("application", "status", "country_code", "received_on"),
        country_rank_index("application", "sort_key"),
        trash_index("application"),
    )


class ApplicationStatusChange(Base):
    __tablename__ = "application_status_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    previous: Mapped[str | None] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")

    application: Mapped[Application] = relationship(back_populates="history")


class AuditEntry(Base):
    """Who changed what and when; written in the same transaction as the change."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20), index=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_uid: Mapped[str] = mapped_column(String(36), index=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    # JSON list of [field, old, new]; text so that SQLite and PostgreSQL store it alike.
    changes: Mapped[str] = mapped_column(Text, default="[]")


class OrgSetting(Base):
    """Organisation-wide settings (certificate texts, signers, logo) shared by every colleague."""

    __tablename__ = "org_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class AppInfo(Base):
    """Marks a database as Alliance Desktop's, so a foreign SQLite file is recognised."""

    __tablename__ = "app_info"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# Tables kept in their own modules, registered on the same Base wherever the schema is read
# (migrations, tests): the correspondence log and templates, import batches, follow-ups.
from alliance_desktop.db import correspondence_models as _correspondence_models  # noqa: E402,F401
from alliance_desktop.db import follow_ups as _follow_ups  # noqa: E402,F401
from alliance_desktop.db import import_batches as _import_batches  # noqa: E402,F401
