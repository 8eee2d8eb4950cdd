"""The rules every dialog, import and service shares, with the messages people read."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from alliance_desktop.domain.enums import MembershipStatus
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    SignatureDraft,
)
from alliance_desktop.domain.validation import (
    checked,
    validate_application,
    validate_authority,
    validate_membership,
    validate_signature,
)


def _fields(draft: AuthorityDraft) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        checked(draft, validate_authority)
    return {e.field: e.text for e in caught.value.errors}


def test_names_are_trimmed_and_nfc_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "  Timișoara  ")
    draft = checked(AuthorityDraft(name=decomposed, country_code="romania"), validate_authority)
    assert draft.name == "Timișoara"
    assert unicodedata.is_normalized("NFC", draft.name)
    assert draft.country_code == "RO"


@pytest.mark.parametrize(
    ("char", "described"),
    [
        ("\u0000", "U+0000"),
        ("\u0007", "U+0007"),
        ("\u200b", "ZERO WIDTH SPACE"),
        ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
        ("\ufeff", "U+FEFF"),
    ],
)
def test_control_and_invisible_characters_are_refused_by_name(char: str, described: str) -> None:
    message = _fields(AuthorityDraft(name=f"Lo{char}dz", country_code="PL"))["name"]
    assert "invisible or control character" in message
    assert described in message


def test_required_lengths_addresses_and_numbers() -> None:
    errors = _fields(
        AuthorityDraft(
            name="",
            country_code="XX",
            email="mayor@@example",
            website="ftp://example.org",
            population=-1,
            notes="x" * 5001,
        )
    )
    assert errors["name"] == "name is required"
    assert "not a Council of Europe member state" in errors["country_code"]
    assert "not a valid e-mail address" in errors["email"]
    assert "not a valid web address" in errors["website"]
    assert errors["population"] == "cannot be negative"
    assert "at most 5000" in errors["notes"]
    assert "at most 200" in _fields(AuthorityDraft(name="N" * 201, country_code="FR"))["name"]


def test_good_addresses_pass() -> None:
    draft = AuthorityDraft(
        name="Ústí nad Labem",
        country_code="CZ",
        email="podatelna@usti-nad-labem.example.org",
        website="https://www.usti-nad-labem.example.org/en",
        phone="+420 475 271 111",
    )
    assert validate_authority(draft) == []


def test_dates() -> None:
    before = SignatureDraft(signer_name="A", signed_on=dt.date(2017, 3, 8), country_code="FR")
    assert [e.field for e in validate_signature(before)] == ["signed_on"]
    first_day = SignatureDraft(signer_name="A", signed_on=dt.date(2017, 3, 9), country_code="FR")
    assert validate_signature(first_day) == []
    left_before_joining = MembershipDraft(
        authority_uid="x",
        joined_on=dt.date(2020, 5, 1),
        left_on=dt.date(2019, 1, 1),
        status=MembershipStatus.WITHDRAWN,
    )
    assert [e.field for e in validate_membership(left_before_joining)] == ["left_on"]
    future = ApplicationDraft(
        applicant_name="Gent",
        country_code="BE",
        received_on=dt.date.today() + dt.timedelta(days=1),
    )
    assert [e.field for e in validate_application(future)] == ["received_on"]
