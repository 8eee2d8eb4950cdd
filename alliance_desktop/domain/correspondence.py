"""Correspondence records: templates, their placeholders, saved searches and the sending log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from alliance_desktop.domain.messages import Message, msg


class TemplateKind(StrEnum):
    LETTER = "letter"
    EMAIL = "email"


class RunKind(StrEnum):
    """What a correspondence run produced (labels and envelopes come from the labels tool)."""

    LETTER = "letter"
    EMAIL = "email"
    LABEL = "label"
    ENVELOPE = "envelope"


class Audience(StrEnum):
    """The kind of record a template writes to; each has its own placeholders."""

    MEMBER = "member"
    SIGNATORY = "signatory"
    APPLICATION = "application"


AUDIENCE_ENTITY = {
    Audience.MEMBER: "membership",
    Audience.SIGNATORY: "signature",
    Audience.APPLICATION: "application",
}
"""The audit trail's entity name of each audience's records."""


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A value a template may insert: its Jinja name and the words staff see for it."""

    key: str
    label: Message


_COMMON = (
    Placeholder("authority_name", msg("authority name")),
    Placeholder("authority_name_latin", msg("authority name (Latin script)")),
    Placeholder("country", msg("country")),
    Placeholder("date", msg("date")),
    Placeholder("salutation", msg("salutation")),
    Placeholder("recipient_name", msg("recipient's name")),
    Placeholder("recipient_function", msg("recipient's function")),
)

PLACEHOLDERS: dict[Audience, tuple[Placeholder, ...]] = {
    Audience.MEMBER: (
        *_COMMON,
        Placeholder("focal_point", msg("focal point")),
        Placeholder("participant_no", msg("participant no.")),
        Placeholder("joined_on", msg("date of joining")),
    ),
    Audience.SIGNATORY: (
        *_COMMON,
        Placeholder("signer_name", msg("signer's name")),
        Placeholder("signer_function", msg("signer's function")),
        Placeholder("certificate_no", msg("certificate no.")),
        Placeholder("signed_on", msg("date of signature")),
        Placeholder("place", msg("place of signature")),
    ),
    Audience.APPLICATION: (
        *_COMMON,
        Placeholder("contact_name", msg("contact person")),
        Placeholder("received_on", msg("date received")),
        Placeholder("application_status", msg("application status")),
    ),
}


def placeholder_keys(audience: Audience) -> frozenset[str]:
    return frozenset(p.key for p in PLACEHOLDERS[audience])


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateDraft:
    name: str
    kind: TemplateKind
    language: str  # "en" or "fr"
    audience: Audience
    subject: str = ""  # e-mails only
    body: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateRecord:
    uid: str
    version: int
    draft: TemplateDraft
    default_key: str  # the shipped template it started from ("" for the user's own)
    updated_at: dt.datetime
    updated_by: str

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """Why a template cannot be used: the message and the line (1-based; 0 when unknown)."""

    part: str  # "subject" or "body"
    line: int
    message: Message

    def render(self, language: str | None = None) -> str:
        return self.message.render(language)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True, slots=True, kw_only=True)
class SavedSearchDraft:
    tab: str  # "members", "signatories" or "applications"
    name: str
    search: str = ""
    country: str | None = None
    status: str | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SavedSearch:
    uid: str
    version: int
    draft: SavedSearchDraft
    created_by: str

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True, slots=True, kw_only=True)
class SentItem:
    """One record's part of a run: what was written for it."""

    entity: str  # "membership", "signature", "application"
    entity_uid: str
    label: str  # the record as people name it (for the audit trail)
    file_name: str
    sha256: str
    language: str
    template: str = ""  # the version used, when it differs from the run's (its French name)


@dataclass(frozen=True, slots=True, kw_only=True)
class CorrespondenceEntry:
    """One line of a record's Correspondence tab."""

    run_uid: str
    at: dt.datetime
    user: str
    kind: RunKind
    template: str
    language: str
    file_name: str
    sha256: str
