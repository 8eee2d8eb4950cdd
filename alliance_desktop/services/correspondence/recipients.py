"""Who a letter or e-mail goes to: the records chosen, with their placeholder values.

Each recipient carries its language (the focal point's, signer's or contact's; else the
country's; else English), its address block and e-mail address, and the values every
placeholder of its audience renders to in that language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from alliance_desktop.db.models import (
    Application,
    Authority,
    Membership,
    OrgSetting,
    Person,
    Signature,
)
from alliance_desktop.domain.correspondence import AUDIENCE_ENTITY, Audience
from alliance_desktop.domain.countries import country_name
from alliance_desktop.domain.errors import NotFoundError
from alliance_desktop.domain.long_dates import long_date
from alliance_desktop.domain.postal_address import DEFAULT_SENDER_COUNTRY, SENDER_COUNTRY_SETTING
from alliance_desktop.services.base import in_chunks
from alliance_desktop.services.correspondence.addresses import PostalAddress, address_block

FRENCH_SPEAKING = frozenset({"FR", "MC", "BE", "LU", "CH"})
"""Countries whose authorities are written to in French when no person's language is known."""

# Words printed in letters (not shown in the window): in the letter's language, whatever
# language the window speaks.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "received": ("received", "reçue"),
    "under_review": ("under review", "en cours d'examen"),
    "information_requested": ("information requested", "informations demandées"),
    "accepted": ("accepted", "acceptée"),
    "declined": ("declined", "refusée"),
    "withdrawn": ("withdrawn", "retirée"),
}


def status_words(status: str, language: str) -> str:
    words = STATUS_WORDS.get(status)
    if words is None:
        return status
    return words[1] if language == "fr" else words[0]


@dataclass(frozen=True, slots=True)
class Recipient:
    audience: Audience
    uid: str
    label: str  # how lists name the record ("Łódź", "DAG-2018-0042 Łódź")
    language: str
    name: str  # the person written to ("" when none)
    email: str
    address: PostalAddress
    values: dict[str, str] = field(default_factory=dict)
    sender_country: str = DEFAULT_SENDER_COUNTRY  # no country line for mail inside it

    @property
    def entity(self) -> str:
        return AUDIENCE_ENTITY[self.audience]

    def address_lines(self) -> list[str]:
        return address_block(self.address, self.language, self.sender_country)


def recipient_language(person_language: str | None, country_code: str, chosen: str | None) -> str:
    if chosen in ("en", "fr"):
        return chosen
    if person_language in ("en", "fr"):
        return person_language
    return "fr" if country_code.upper() in FRENCH_SPEAKING else "en"


def salutation(name: str, language: str) -> str:
    """The letter's opening: French formal letters open "Madame, Monsieur," whoever reads."""
    if language == "fr":
        return "Madame, Monsieur,"
    return f"Dear {name}," if name else "Dear Sir or Madam,"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.replace("\r\n", "\n").split("\n") if line.strip())


def _common(
    authority_name: str,
    latin: str,
    country_code: str,
    person: str,
    function: str,
    language: str,
    today: dt.date,
) -> dict[str, str]:
    return {
        "authority_name": authority_name,
        "authority_name_latin": latin or authority_name,
        "country": country_name(country_code, language),
        "date": long_date(today, language),
        "salutation": salutation(person, language),
        "recipient_name": person,
        "recipient_function": function,
    }


def _member(row: Membership, chosen: str | None, today: dt.date) -> Recipient:
    authority = row.authority
    focal = row.focal_point if row.focal_point and row.focal_point.erased_at is None else None
    language = recipient_language(focal.language if focal else None, authority.country_code, chosen)
    person = focal.name if focal else ""
    function = focal.function if focal else ""
    values = _common(
        authority.name,
        authority.name_latin,
        authority.country_code,
        person,
        function,
        language,
        today,
    )
    values |= {
        "focal_point": person,
        "participant_no": str(row.participant_no),
        "joined_on": long_date(row.joined_on, language),
    }
    return Recipient(
        audience=Audience.MEMBER,
        uid=row.uid,
        label=authority.name,
        language=language,
        name=person,
        email=(focal.email if focal and focal.email else authority.email),
        address=PostalAddress(
            authority.name,
            authority.name_latin,
            person,
            function,
            _lines(authority.address),
            authority.country_code,
        ),
        values=values,
    )


def _signatory(row: Signature, chosen: str | None, today: dt.date) -> Recipient:
    authority = row.authority
    language = recipient_language(row.language, row.country_code, chosen)
    name = authority.name if authority else row.signer_name
    latin = authority.name_latin if authority else ""
    values = _common(
        name, latin, row.country_code, row.signer_name, row.signer_function, language, today
    )
    values |= {
        "signer_name": row.signer_name,
        "signer_function": row.signer_function,
        "certificate_no": row.certificate_no,
        "signed_on": long_date(row.signed_on, language),
        "place": row.place,
    }
    return Recipient(
        audience=Audience.SIGNATORY,
        uid=row.uid,
        label=f"{row.certificate_no} {name}",
        language=language,
        name=row.signer_name,
        email=_signatory_email(authority),
        address=PostalAddress(
            name if authority else "",
            latin,
            row.signer_name,
            row.signer_function,
            _lines(authority.address) if authority else (),
            row.country_code,
        ),
        values=values,
    )


def _signatory_email(authority: Authority | None) -> str:
    """The authority's address, else its focal point's when the authority is a member."""
    if authority is None:
        return ""
    if authority.email:
        return authority.email
    membership = authority.membership
    if membership is None or membership.deleted_at is not None:
        return ""
    focal = membership.focal_point
    return focal.email if focal is not None and focal.erased_at is None else ""


def _application(row: Application, chosen: str | None, today: dt.date) -> Recipient:
    contact: Person | None = row.contact if row.contact and row.contact.erased_at is None else None
    authority: Authority | None = row.authority
    language = recipient_language(contact.language if contact else None, row.country_code, chosen)
    person = contact.name if contact else ""
    function = contact.function if contact else ""
    values = _common(
        row.applicant_name,
        row.applicant_name_latin,
        row.country_code,
        person,
        function,
        language,
        today,
    )
    values |= {
        "contact_name": person,
        "received_on": long_date(row.received_on, language),
        "application_status": status_words(row.status, language),
    }
    email = contact.email if contact and contact.email else (authority.email if authority else "")
    return Recipient(
        audience=Audience.APPLICATION,
        uid=row.uid,
        label=row.applicant_name,
        language=language,
        name=person,
        email=email,
        address=PostalAddress(
            row.applicant_name,
            row.applicant_name_latin,
            person,
            function,
            _lines(authority.address) if authority else (),
            row.country_code,
        ),
        values=values,
    )


def recipients_in(
    session: Session,
    audience: Audience,
    uids: Sequence[str],
    language: str | None = None,
    today: dt.date | None = None,
) -> list[Recipient]:
    """The recipients behind ``uids`` in the order given; refuses unknown or trashed records.

    ``language`` ("en"/"fr") writes to everyone in that language instead of their own.
    """
    day = today or dt.date.today()
    wanted = list(dict.fromkeys(uids))
    found: dict[str, Recipient] = {}
    for chunk in in_chunks(wanted):
        if audience is Audience.MEMBER:
            members = select(Membership).where(
                Membership.uid.in_(chunk), Membership.deleted_at.is_(None)
            )
            for m in session.scalars(
                members.options(
                    selectinload(Membership.authority), selectinload(Membership.focal_point)
                )
            ):
                found[m.uid] = _member(m, language, day)
        elif audience is Audience.SIGNATORY:
            signatures = select(Signature).where(
                Signature.uid.in_(chunk), Signature.deleted_at.is_(None)
            )
            loading = (
                selectinload(Signature.authority)
                .selectinload(Authority.membership)
                .selectinload(Membership.focal_point)
            )
            for s in session.scalars(signatures.options(loading)):
                found[s.uid] = _signatory(s, language, day)
        else:
            applications = select(Application).where(
                Application.uid.in_(chunk), Application.deleted_at.is_(None)
            )
            for a in session.scalars(
                applications.options(
                    selectinload(Application.contact), selectinload(Application.authority)
                )
            ):
                found[a.uid] = _application(a, language, day)
    sender = session.scalar(
        select(OrgSetting.value).where(OrgSetting.key == SENDER_COUNTRY_SETTING)
    )
    result = []
    for uid in wanted:
        if uid not in found:
            raise NotFoundError(AUDIENCE_ENTITY[audience], uid)
        result.append(replace(found[uid], sender_country=sender or DEFAULT_SENDER_COUNTRY))
    return result


def sample_values(audience: Audience, language: str) -> dict[str, str]:
    """Values for previewing a template when the register has no record of its kind yet."""
    today = dt.date.today()
    values = _common("Łódź", "Lodz", "PL", "Anna Kowalska", "Focal point", language, today)
    values |= {
        "focal_point": "Anna Kowalska",
        "participant_no": "69",
        "joined_on": long_date(dt.date(2016, 3, 1), language),
        "signer_name": "Anna Kowalska",
        "signer_function": "Mayor",
        "certificate_no": "DAG-2018-0042",
        "signed_on": long_date(dt.date(2017, 3, 29), language),
        "place": "Strasbourg",
        "contact_name": "Anna Kowalska",
        "received_on": long_date(today, language),
        "application_status": status_words("received", language),
    }
    return values
