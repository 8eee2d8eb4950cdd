"""Records with links for merge tests, and a dump of every table a merge touches."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, text

from alliance_desktop.db.models import CertificateIssue, Signature
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.duplicates.links import AFFECTED_TABLES

# Change counters: a merge and its unmerge each count as a change of the rows they touch.
COUNTERS = {"version", "updated_at"}


def dump(services: Services) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table a merge touches, without the change counters."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with services.db.read() as session:
        for name in (*AFFECTED_TABLES, "certificate_issue"):
            rows = session.execute(text(f"SELECT * FROM {name} ORDER BY id")).mappings()
            tables[name] = [{k: v for k, v in r.items() if k not in COUNTERS} for r in rows]
    return tables


def authority(services: Services, name: str, country: str = "PL", **fields: Any) -> str:
    record, _ = services.authorities.create(
        AuthorityDraft(name=name, country_code=country, **fields)
    )
    return record.uid


def member(services: Services, authority_uid: str, focal: str = "") -> str:
    focal_point = (
        PersonDraft(name=focal, email=f"{focal.split()[0].lower()}@example.org") if focal else None
    )
    record, _ = services.members.create(
        authority_uid,
        MembershipDraft(authority_uid=authority_uid, joined_on=dt.date(2018, 5, 4)),
        focal_point,
    )
    return record.uid


def signature(
    services: Services, authority_uid: str, signer: str, *, certificate: bool = False
) -> str:
    record = services.signatures.create(
        SignatureDraft(
            signer_name=signer, signed_on=dt.date(2019, 3, 1), authority_uid=authority_uid
        )
    )
    if certificate:
        with services.db.write() as session:
            row = session.scalars(select(Signature).where(Signature.uid == record.uid)).one()
            session.add(
                CertificateIssue(
                    signature_id=row.id,
                    certificate_no=row.certificate_no,
                    language="en",
                    issued_by="tester",
                    sha256="0" * 64,
                )
            )
    return record.uid


def application(services: Services, authority_uid: str | None, name: str, contact: str = "") -> str:
    record = services.applications.create(
        ApplicationDraft(
            applicant_name=name,
            country_code="PL",
            received_on=dt.date(2024, 1, 10),
            authority_uid=authority_uid,
            contact_name=contact,
            contact_email=f"{contact.split()[0].lower()}@example.org" if contact else "",
        )
    )
    return record.uid


def twin_cities(services: Services) -> tuple[str, str]:
    """Łódź (a member with a focal point, a signature with a certificate, an application) and
    "City of Lodz" (a member too, a signature, an application with a contact)."""
    lodz = authority(services, "Łódź", website="https://uml.lodz.pl", population=660000)
    twin = authority(services, "City of Lodz", email="info@uml.lodz.pl", website="www.uml.lodz.pl/")
    member(services, lodz, "Anna Nowak")
    member(services, twin)
    signature(services, lodz, "Hanna Zdanowska", certificate=True)
    signature(services, twin, "Jan Kowalski")
    application(services, twin, "City of Lodz", "Ewa Lis")
    application(services, lodz, "Łódź")
    return lodz, twin
