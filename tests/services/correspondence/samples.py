"""A member, a signatory and an application to write to, with names that test the output."""

from __future__ import annotations

import datetime as dt

from alliance_desktop.domain.correspondence import Audience
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services

HOSTILE = "A<b>&amp; </para> \u202eevil"


def add_recipients(
    services: Services,
    *,
    name: str = "Крагујевац",
    latin: str = "Kragujevac",
    person: str = "Ивана Петровић",
    language: Language = Language.EN,
    email: str = "ivana@example.org",
    country: str = "RS",
) -> dict[Audience, str]:
    """One record of each audience; returns their uids."""
    member, _ = services.members.create(
        AuthorityDraft(
            name=name,
            name_latin=latin,
            country_code=country,
            address="Трг српских добровољаца 3\n34000 Крагујевац",
            email="grad@example.org",
        ),
        MembershipDraft(authority_uid="", joined_on=dt.date(2018, 6, 2)),
        PersonDraft(name=person, function="Focal point", email=email, language=language),
    )
    signature = services.signatures.create(
        SignatureDraft(
            signer_name=person,
            signer_function="Mayor",
            signed_on=dt.date(2017, 3, 29),
            authority_uid=member.authority.uid,
            place="Strasbourg",
            language=language,
        )
    )
    application = services.applications.create(
        ApplicationDraft(
            applicant_name=name,
            applicant_name_latin=latin,
            country_code=country,
            received_on=dt.date(2026, 11, 2),
            contact_name=person,
            contact_email=email,
            contact_function="Focal point",
            contact_language=language,
        )
    )
    return {
        Audience.MEMBER: member.uid,
        Audience.SIGNATORY: _uid(signature),
        Audience.APPLICATION: _uid(application),
    }


def _uid(created: object) -> str:
    record = created[0] if isinstance(created, tuple) else created
    return str(record.uid)  # type: ignore[attr-defined]


def rename_authorities(services: Services, old: str, new: str) -> None:
    """Give authorities a name the forms refuse (an old import, a colleague's older copy)."""
    from alliance_desktop.db.models import Application, Authority

    with services.db.write() as session:
        session.query(Authority).filter(Authority.name == old).update({"name": new})
        session.query(Application).filter(Application.applicant_name == old).update(
            {"applicant_name": new}
        )
