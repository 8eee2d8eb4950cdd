"""Plain records (frozen dataclasses) passed between services and the interface."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)
from alliance_desktop.domain.messages import Message, msg


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordMeta:
    """What every stored record carries besides its fields."""

    uid: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None


# --- Authority -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthorityDraft:
    name: str
    country_code: str
    kind: AuthorityKind = AuthorityKind.MUNICIPALITY
    name_latin: str = ""
    name_en: str = ""
    name_fr: str = ""
    population: int | None = None
    roma_population: int | None = None
    roma_population_note: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthorityRecord:
    meta: RecordMeta
    draft: AuthorityDraft

    @property
    def uid(self) -> str:
        return self.meta.uid

    @property
    def display_name(self) -> str:
        return display_name(self.draft.name, self.draft.name_latin)


def display_name(name: str, name_latin: str) -> str:
    """``Крагујевац (Kragujevac)`` when the Latin form differs, else the name alone."""
    if name_latin and name_latin != name:
        return f"{name} ({name_latin})"
    return name


@dataclass(frozen=True, slots=True)
class DuplicateWarning:
    """A new or changed authority looks like an existing one (same normalised name and country)."""

    uid: str
    name: str
    country_code: str

    @property
    def message(self) -> Message:
        return msg(
            "“{name}” ({country}) is already in the register.",
            name=self.name,
            country=self.country_code,
        )


# --- Person ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonDraft:
    name: str
    function: str = ""
    email: str = ""
    phone: str = ""
    language: Language = Language.EN
    authority_uid: str | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonRecord:
    meta: RecordMeta
    draft: PersonDraft
    erased: bool = False

    @property
    def uid(self) -> str:
        return self.meta.uid


# --- Membership ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class MembershipDraft:
    authority_uid: str
    joined_on: dt.date
    participant_no: int | None = None  # None: the next free number
    status: MembershipStatus = MembershipStatus.ACTIVE
    left_on: dt.date | None = None
    focal_point_uid: str | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class MembershipRecord:
    meta: RecordMeta
    draft: MembershipDraft
    authority: AuthorityRecord
    focal_point: PersonRecord | None = None

    @property
    def uid(self) -> str:
        return self.meta.uid

    @property
    def participant_no(self) -> int:
        assert self.draft.participant_no is not None
        return self.draft.participant_no


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One line of the Members table."""

    uid: str
    authority_uid: str
    participant_no: int
    name: str
    name_latin: str
    country_code: str
    kind: AuthorityKind
    joined_on: dt.date
    status: MembershipStatus
    left_on: dt.date | None
    focal_point: str
    version: int


# --- Signature -------------------------------------------------------------------------

FIRST_SIGNATURE_DATE = dt.date(2017, 3, 9)


@dataclass(frozen=True, slots=True, kw_only=True)
class SignatureDraft:
    signer_name: str
    signed_on: dt.date
    authority_uid: str | None = None
    country_code: str = ""  # empty: the authority's country
    signer_function: str = ""
    place: str = ""
    language: Language = Language.EN
    certificate_no: str = ""  # empty: assigned as DAG-<year>-<nnnn> on save
    notes: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SignatureRecord:
    meta: RecordMeta
    draft: SignatureDraft
    authority: AuthorityRecord | None = None

    @property
    def uid(self) -> str:
        return self.meta.uid


@dataclass(frozen=True, slots=True)
class SignatureRow:
    """One line of the Signatories table."""

    uid: str
    authority_uid: str | None
    certificate_no: str
    name: str  # authority name, or the signer's when signed in person
    name_latin: str
    country_code: str
    signer_name: str
    signer_function: str
    signed_on: dt.date
    place: str
    language: Language
    version: int


# --- Application -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ApplicationDraft:
    applicant_name: str
    country_code: str
    received_on: dt.date
    channel: ApplicationChannel = ApplicationChannel.WEB_FORM
    applicant_kind: AuthorityKind = AuthorityKind.MUNICIPALITY
    applicant_name_latin: str = ""
    authority_uid: str | None = None  # link to an existing authority
    contact_name: str = ""
    contact_function: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    contact_language: Language = Language.EN
    commitment_letter: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: ApplicationStatus
    previous: ApplicationStatus | None
    changed_on: dt.date
    changed_at: dt.datetime
    changed_by: str
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ApplicationRecord:
    meta: RecordMeta
    draft: ApplicationDraft
    status: ApplicationStatus
    decided_on: dt.date | None
    decision_note: str
    contact_uid: str | None
    history: tuple[StatusChange, ...] = field(default_factory=tuple)

    @property
    def uid(self) -> str:
        return self.meta.uid


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """One line of the Applications table."""

    uid: str
    authority_uid: str | None
    applicant_name: str
    applicant_name_latin: str
    country_code: str
    channel: ApplicationChannel
    received_on: dt.date
    status: ApplicationStatus
    decided_on: dt.date | None
    contact_name: str
    days_waiting: int
    version: int


@dataclass(frozen=True, slots=True)
class AcceptResult:
    application: ApplicationRecord
    membership: MembershipRecord
    authority_created: bool


# --- Audit, trash, statistics -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: dt.datetime
    user: str
    action: str
    entity: str
    entity_uid: str
    label: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class TrashItem:
    kind: str
    uid: str
    label: str | Message  # a member's "(no. 69)" reads in the language shown
    country_code: str
    deleted_at: dt.datetime
    version: int
    deleted_by: str = ""  # the user the audit trail names; empty when it does not


@dataclass(frozen=True, slots=True)
class CountFigure:
    count: int
    countries: int


@dataclass(frozen=True, slots=True)
class Figures:
    members: CountFigure
    signatories: CountFigure
    pending: int
    oldest_pending_days: int | None
    members_by_country: tuple[tuple[str, int], ...]
    signatories_by_country: tuple[tuple[str, int], ...]
    signatures_by_year: tuple[tuple[int, int], ...]
    members_by_year: tuple[tuple[int, int], ...]


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    rows: tuple[T, ...]
    total: int
