"""Validation and clean-up of drafts, shared by dialogs, imports and services."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

from alliance_desktop.domain.countries import COUNTRIES, parse_country
from alliance_desktop.domain.errors import FieldError, ValidationError
from alliance_desktop.domain.messages import LongDate, Message, current_language, msg
from alliance_desktop.domain.records import (
    FIRST_SIGNATURE_DATE,
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.domain.text import (
    clean_line,
    clean_text,
    describe_character,
    find_forbidden_character,
)

# Maximum lengths; SQLite does not enforce String(n), so they are checked here.
MAX_LENGTHS: dict[str, int] = {
    "name": 200,
    "name_latin": 200,
    "name_en": 200,
    "name_fr": 200,
    "applicant_name": 200,
    "applicant_name_latin": 200,
    "roma_population_note": 500,
    "website": 300,
    "email": 254,
    "contact_email": 254,
    "phone": 40,
    "contact_phone": 40,
    "address": 500,
    "notes": 5000,
    "function": 200,
    "contact_name": 200,
    "contact_function": 200,
    "signer_name": 200,
    "signer_function": 200,
    "place": 200,
    "certificate_no": 40,
    "note": 2000,
}

MULTILINE_FIELDS = frozenset({"address", "notes", "note"})

# A practical address check: one @, a dot in the domain, no spaces; full RFC 5322 is not the aim.
# Compiled when first used (re caches it): their wide character classes take tens of ms to
# compile, which the window's start does not need.
_EMAIL_PATTERN = (
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\u00a0-\uffff-]+@"
    r"(?:[A-Za-z0-9\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff-]{0,61}[A-Za-z0-9\u00a0-\uffff])?\.)+"
    r"[A-Za-z\u00a0-\uffff]{2,63}$"
)
_HOST_PATTERN = (
    r"^(?:[A-Za-z0-9\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff-]{0,61}[A-Za-z0-9\u00a0-\uffff])?\.)+"
    r"[A-Za-z\u00a0-\uffff]{2,63}(?::\d{1,5})?$"
)
_PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{3,40}$")
CERTIFICATE_NO_RE = re.compile(r"^DAG-\d{4}-\d{4,}$")

D = TypeVar("D")


def is_valid_email(value: str) -> bool:
    return bool(re.match(_EMAIL_PATTERN, value)) and ".." not in value


def is_valid_website(value: str) -> bool:
    """``https://example.org/path`` or ``www.example.org``; no other schemes."""
    rest = value
    lowered = value.lower()
    for scheme in ("https://", "http://"):
        if lowered.startswith(scheme):
            rest = value[len(scheme) :]
            break
    else:
        if "://" in value:
            return False
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return bool(host) and " " not in rest and bool(re.match(_HOST_PATTERN, host))


def clean_draft(draft: D) -> D:
    """Return the draft with every text field NFC-normalised and trimmed."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(draft):  # type: ignore[arg-type]
        value = getattr(draft, f.name)
        if isinstance(value, str) and not hasattr(value, "value"):  # skip StrEnum members
            if f.name in MULTILINE_FIELDS:
                changes[f.name] = clean_text(value)
            else:
                changes[f.name] = clean_line(value)
    if hasattr(draft, "country_code"):
        raw = changes.get("country_code", draft.country_code)
        code = parse_country(raw)
        changes["country_code"] = code if code else raw.upper()
    return dataclasses.replace(draft, **changes)  # type: ignore[type-var]


class _Checker:
    def __init__(self, draft: object) -> None:
        self.draft = draft
        self.errors: list[FieldError] = []

    def add(self, field: str, message: Message) -> None:
        if not any(e.field == field for e in self.errors):
            self.errors.append(FieldError(field, message))

    def text_fields(self) -> None:
        for f in dataclasses.fields(self.draft):  # type: ignore[arg-type]
            value = getattr(self.draft, f.name)
            if not isinstance(value, str) or hasattr(value, "value"):
                continue
            bad = find_forbidden_character(value, multiline=f.name in MULTILINE_FIELDS)
            if bad is not None:
                self.add(
                    f.name,
                    msg(
                        "contains an invisible or control character ({character})",
                        character=describe_character(bad),
                    ),
                )
                continue
            limit = MAX_LENGTHS.get(f.name)
            if limit is not None and len(value) > limit:
                self.add(
                    f.name,
                    msg(
                        "is too long ({length} characters; at most {limit})",
                        length=len(value),
                        limit=limit,
                    ),
                )

    def required(self, field: str, label: Message) -> None:
        if not getattr(self.draft, field):
            self.add(field, msg("{label} is required", label=label))

    def country(self, field: str = "country_code") -> None:
        value = getattr(self.draft, field)
        if not value:
            self.add(field, msg("country is required"))
        elif value not in COUNTRIES:
            self.add(field, msg("“{value}” is not a Council of Europe member state", value=value))

    def email(self, field: str) -> None:
        value = getattr(self.draft, field)
        if value and not is_valid_email(value):
            self.add(field, msg("“{value}” is not a valid e-mail address", value=value))

    def website(self, field: str) -> None:
        value = getattr(self.draft, field)
        if value and not is_valid_website(value):
            self.add(
                field,
                msg(
                    "“{value}” is not a valid web address (http://, https:// or www.)", value=value
                ),
            )

    def phone(self, field: str) -> None:
        value = getattr(self.draft, field)
        if value and not _PHONE_RE.match(value):
            self.add(
                field,
                msg("“{value}” is not a phone number (digits, spaces, + ( ) . / -)", value=value),
            )

    def not_negative(self, field: str) -> None:
        value = getattr(self.draft, field)
        if value is not None and value < 0:
            self.add(field, msg("cannot be negative"))

    def not_future(self, field: str, today: dt.date) -> None:
        value = getattr(self.draft, field)
        if value is not None and value > today:
            # The day as typed (ISO) in English, written out in French ("le 4 décembre 2026").
            self.add(field, msg("{day} is in the future", day=_Day(value)))


class _Day(LongDate):
    """A day in a field message: ISO as the user typed it in English, written out in French."""

    __slots__ = ()

    def render(self, language: str | None = None) -> str:
        if (language or current_language()) == "fr":
            return LongDate.render(self, "fr")
        return self.day.isoformat()


def _run(draft: object, check: Callable[[_Checker], None]) -> list[FieldError]:
    checker = _Checker(draft)
    checker.text_fields()
    check(checker)
    return checker.errors


def validate_authority(draft: AuthorityDraft) -> list[FieldError]:
    def check(c: _Checker) -> None:
        c.required("name", msg("name"))
        c.country()
        c.email("email")
        c.website("website")
        c.phone("phone")
        c.not_negative("population")
        c.not_negative("roma_population")
        if (
            draft.population is not None
            and draft.roma_population is not None
            and draft.roma_population > draft.population
        ):
            c.add("roma_population", msg("is larger than the population"))

    return _run(draft, check)


def validate_person(draft: PersonDraft) -> list[FieldError]:
    def check(c: _Checker) -> None:
        c.required("name", msg("name"))
        c.email("email")
        c.phone("phone")

    return _run(draft, check)


def validate_membership(draft: MembershipDraft, today: dt.date | None = None) -> list[FieldError]:
    today = today or dt.date.today()

    def check(c: _Checker) -> None:
        if draft.participant_no is not None and draft.participant_no < 1:
            c.add("participant_no", msg("must be 1 or more"))
        c.not_future("joined_on", today)
        if draft.left_on is not None:
            if draft.left_on < draft.joined_on:
                c.add("left_on", msg("cannot be before the date of joining"))
            c.not_future("left_on", today)
            if draft.status == "active":
                c.add("left_on", msg("an active member has no leaving date"))
        elif draft.status == "withdrawn":
            c.add("left_on", msg("a withdrawn member needs a leaving date"))

    return _run(draft, check)


def validate_signature(draft: SignatureDraft, today: dt.date | None = None) -> list[FieldError]:
    today = today or dt.date.today()

    def check(c: _Checker) -> None:
        c.required("signer_name", msg("signer's name"))
        if draft.signed_on < FIRST_SIGNATURE_DATE:
            c.add(
                "signed_on",
                msg(
                    "{day} is before the first signatures ({first})",
                    day=_Day(draft.signed_on),
                    first=LongDate(FIRST_SIGNATURE_DATE),
                ),
            )
        c.not_future("signed_on", today)
        if draft.certificate_no and not CERTIFICATE_NO_RE.match(draft.certificate_no):
            c.add("certificate_no", msg("must look like DAG-2018-0042"))

    return _run(draft, check)


def validate_application(draft: ApplicationDraft, today: dt.date | None = None) -> list[FieldError]:
    today = today or dt.date.today()

    def check(c: _Checker) -> None:
        c.required("applicant_name", msg("applicant's name"))
        c.country()
        c.not_future("received_on", today)
        c.email("contact_email")
        c.phone("contact_phone")

    return _run(draft, check)


def checked(draft: D, validate: Callable[[D], list[FieldError]]) -> D:
    """Clean ``draft`` and raise :class:`ValidationError` if it does not pass ``validate``."""
    cleaned = clean_draft(draft)
    errors = validate(cleaned)
    if errors:
        raise ValidationError(errors)
    return cleaned
