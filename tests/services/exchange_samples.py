"""Records for import and export tests: names in several scripts, every field filled somewhere."""

from __future__ import annotations

import datetime as dt

from alliance_desktop.domain.enums import Language, MembershipStatus
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services

MEMBERS = [
    ("Łódź", "Lodz", "PL"),
    ("Timișoara", "", "RO"),
    ("Крагујевац", "Kragujevac", "RS"),
    ("Ηράκλειο", "Irakleio", "GR"),
    ("Şişli", "", "TR"),
]


def add_members(services: Services) -> None:
    for i, (name, latin, country) in enumerate(MEMBERS):
        record, _ = services.members.create(
            AuthorityDraft(
                name=name,
                name_latin=latin,
                country_code=country,
                population=100_000 + i if i % 2 else None,
                phone="+48 042 638 40 00" if i == 0 else "",
                address="ul. Piotrkowska 104\n90-926 Łódź" if i == 0 else "",
                notes="=SUM(A1:A3) is not a formula" if i == 1 else "",
                website="https://example.org" if i == 2 else "",
            ),
            MembershipDraft(
                authority_uid="",
                joined_on=dt.date(2016, 5, 1 + i),
                status=MembershipStatus.WITHDRAWN if i == 4 else MembershipStatus.ACTIVE,
                left_on=dt.date(2020, 1, 1) if i == 4 else None,
                notes="-1 point" if i == 3 else "",
            ),
        )
        if i == 0:
            person = services.persons.create(
                PersonDraft(name="Anna Kowalska", authority_uid=record.authority.uid)
            )
            services.members.update(
                record.uid,
                record.meta.version,
                MembershipDraft(
                    authority_uid=record.authority.uid,
                    joined_on=record.draft.joined_on,
                    participant_no=record.participant_no,
                    focal_point_uid=person.uid,
                ),
            )


def add_signatures(services: Services) -> None:
    member = services.members.list().rows[0]
    services.signatures.create(
        SignatureDraft(
            signer_name="Hanna Zdanowska",
            signer_function="Mayor",
            signed_on=dt.date(2017, 3, 29),
            authority_uid=member.authority_uid,
            place="Strasbourg, 32nd Session",
            language=Language.FR,
        )
    )
    services.signatures.create(
        SignatureDraft(
            signer_name="Ivan Petrov",
            signed_on=dt.date(2018, 10, 2),
            country_code="BG",
            notes="signed in person",
        )
    )


def add_applications(services: Services) -> None:
    services.applications.create(
        ApplicationDraft(
            applicant_name="Košice",
            country_code="SK",
            received_on=dt.date(2024, 2, 1),
            contact_name="Ján Novák",
            contact_email="jan@example.org",
            contact_phone="+421 055 123",
            commitment_letter=True,
        )
    )
