"""Folding, cleaning and country parsing that search, dialogs and imports rely on."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desktop.domain.countries import COUNTRIES, CURRENT_MEMBER_CODES, parse_country
from alliance_desktop.domain.records import SignatureDraft
from alliance_desktop.domain.text import clean_line, fold
from alliance_desktop.domain.validation import clean_draft, validate_signature


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Łódź", "lodz"),
        ("Şişli", "sisli"),
        ("İstanbul", "istanbul"),
        ("Ηράκλειο", "ηρακλειο"),
        ("Timișoara", "timisoara"),
        ("Straße", "strasse"),
    ],
)
def test_fold(name: str, folded: str) -> None:
    assert fold(name) == folded


def test_names_are_nfc_and_trimmed() -> None:
    assert clean_line("  Lo\u0301dz \t  x ") == "Lódz x"


def test_forty_six_member_states_and_russia_as_former() -> None:
    assert len(CURRENT_MEMBER_CODES) == 46
    assert COUNTRIES["RU"].left_on == dt.date(2022, 3, 16)
    assert COUNTRIES["FR"].name_fr == "France" and COUNTRIES["DE"].name_fr == "Allemagne"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("EL", "GR"),
        ("uk", "GB"),
        ("Grèce", "GR"),
        ("Germany", "DE"),
        ("Türkiye", "TR"),
        ("xx", None),
    ],
)
def test_parse_country(text: str, code: str | None) -> None:
    assert parse_country(text) == code


def test_signature_not_before_first_signatures() -> None:
    draft = clean_draft(SignatureDraft(signer_name="A", signed_on=dt.date(2017, 3, 8)))
    assert [e.field for e in validate_signature(draft)] == ["signed_on"]
