"""A few members, signatories and applications with names in several scripts, via the services."""

from __future__ import annotations

import datetime as dt

from alliance_desktop.domain.enums import ApplicationChannel, Language, MembershipStatus
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services

MEMBERS = [
    ("Łódź", "", "PL", dt.date(2016, 3, 1)),
    ("Timișoara", "", "RO", dt.date(2017, 5, 12)),
    ("Şişli", "", "TR", dt.date(2018, 1, 20)),
    ("Крагујевац", "Kragujevac", "RS", dt.date(2018, 6, 2)),
    ("Львів", "Lviv", "UA", dt.date(2019, 9, 9)),
    ("Ηράκλειο", "Irakleio", "GR", dt.date(2020, 2, 14)),
    ("Saint-Étienne", "", "FR", dt.date(2016, 11, 30)),
    ("Košice", "", "SK", dt.date(2021, 4, 1)),
    ("Graz", "", "AT", dt.date(2015, 10, 5)),
    ("Ghent", "", "BE", dt.date(2016, 7, 7)),
]


def add_sample_records(services: Services, today: dt.date) -> None:
    for i, (name, latin, country, joined) in enumerate(MEMBERS):
        status = MembershipStatus.SUSPENDED if i == 7 else MembershipStatus.ACTIVE
        record, _ = services.members.create(
            AuthorityDraft(name=name, name_latin=latin, country_code=country),
            MembershipDraft(authority_uid="", joined_on=joined, status=status),
        )
        if i < 6:
            services.signatures.create(
                SignatureDraft(
                    signer_name=f"Mayor of {latin or name}",
                    signer_function="Mayor",
                    signed_on=dt.date(2017 + i % 4, 3, 29),
                    authority_uid=record.authority.uid,
                    place="Strasbourg",
                    language=Language.FR if i % 2 else Language.EN,
                )
            )
    for i, (name, country, days) in enumerate(
        [("Kutaisi", "GE", 90), ("Parakar", "AM", 12), ("Brno", "CZ", 61), ("Cluj-Napoca", "RO", 3)]
    ):
        services.applications.create(
            ApplicationDraft(
                applicant_name=name,
                country_code=country,
                received_on=today - dt.timedelta(days=days),
                channel=list(ApplicationChannel)[i % 4],
                contact_name=f"Contact {name}",
            )
        )
