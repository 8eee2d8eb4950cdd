"""Shared helpers for the exchange tests: sample rows in every script, file builders."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest

from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)

NAMES = [
    ("Łódź", "", "PL"),
    ("Timișoara", "", "RO"),
    ("Şişli", "", "TR"),
    ("İstanbul", "", "TR"),
    ("Крагујевац", "Kragujevac", "RS"),
    ("Львів", "Lviv", "UA"),
    ("Βόλος", "Volos", "GR"),
    ("Ηράκλειο", "Irakleio", "GR"),
    ("Փարաքար", "Parakar", "AM"),
    ("ქუთაისი", "Kutaisi", "GE"),
]

# Cells a spreadsheet would run as formulas, and legitimate values that look like them.
# Full-width and small-form look-alikes ("＝1+1") count as formulas too; "'s-Hertogenbosch" is
# a Dutch city whose apostrophe is its own.
TRICKY = [
    "=1+1",
    "+33 1 23 45 67 89",
    "-",
    "@home",
    "'=quoted",
    "''=x",
    "'plain",
    "'",
    "=",
    "#N/A",
    "＝1+1",
    "＋33 1 23",
    "－5",
    "＠home",
    "﹦x",
    "'＝x",
    "'s-Hertogenbosch",
]


def _uid(n: int) -> str:
    return str(uuid.UUID(int=n + 1))


def member_rows(count: int = len(NAMES)) -> list[dict[str, Any]]:
    rows = []
    for i in range(count):
        name, latin, country = NAMES[i % len(NAMES)]
        rows.append(
            {
                "participant_no": i + 1,
                "name": name if count <= len(NAMES) else f"{name} {i + 1}",
                "name_latin": latin,
                "name_en": "Heraklion" if name == "Ηράκλειο" else "",
                "name_fr": "Héraklion" if name == "Ηράκλειο" else "",
                "country_code": country,
                "kind": AuthorityKind.REGION if i % 4 == 0 else AuthorityKind.MUNICIPALITY,
                "joined_on": dt.date(2015, 1, 1) + dt.timedelta(days=37 * i),
                "status": MembershipStatus.ACTIVE,
                "left_on": None,
                "focal_point": "Ana Popescu",
                "population": 10_000 + i,
                "roma_population": 500 + i,
                "roma_population_note": "estimate 2020",
                "website": "https://example.org",
                "email": "office@example.org",
                "phone": "+33 1 23 45 67 89" if i % 2 else "0049 30 1234",
                "address": "Piața Victoriei 1\n300030 Timișoara",
                "notes": TRICKY[i % len(TRICKY)],
                "membership_notes": "",
                "uid": _uid(i),
                "authority_uid": _uid(1000 + i),
            }
        )
    return rows


def signatory_rows() -> list[dict[str, Any]]:
    return [
        {
            "certificate_no": f"DAG-2018-{i + 1:04d}",
            "name": name,
            "name_latin": latin,
            "country_code": country,
            "signer_name": "Jean Dupont" if i % 2 else "Мирослав Петровић",
            "signer_function": "Mayor",
            "signed_on": dt.date(2017, 3, 29) + dt.timedelta(days=i),
            "place": "Strasbourg, 32nd Session",
            "language": Language.FR if i % 2 else Language.EN,
            "notes": TRICKY[i % len(TRICKY)],
            "uid": _uid(2000 + i),
            "authority_uid": _uid(1000 + i),
        }
        for i, (name, latin, country) in enumerate(NAMES)
    ]


def application_rows() -> list[dict[str, Any]]:
    return [
        {
            "applicant_name": name,
            "applicant_name_latin": latin,
            "applicant_kind": AuthorityKind.MUNICIPALITY,
            "country_code": country,
            "channel": list(ApplicationChannel)[i % 4],
            "received_on": dt.date(2023, 5, 1) + dt.timedelta(days=i),
            "status": list(ApplicationStatus)[i % 6],
            "decided_on": dt.date(2023, 9, 1) if i % 2 else None,
            "decision_note": "",
            "contact_name": "Ana Popescu",
            "contact_function": "Focal point",
            "contact_email": "ana@example.org",
            "contact_phone": "+40 256 408 300",
            "contact_language": Language.EN,
            "commitment_letter": i % 2 == 0,
            "notes": TRICKY[i % len(TRICKY)],
            "uid": _uid(3000 + i),
            "authority_uid": _uid(1000 + i) if i % 3 == 0 else None,
        }
        for i, (name, latin, country) in enumerate(NAMES)
    ]


@pytest.fixture
def write_bytes(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write
