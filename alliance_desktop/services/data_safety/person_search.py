"""Subject access: find anyone by name or e-mail (focal points, contacts, signers), grouped.

Persons sharing an e-mail address (in any case: an import may have created one person twice)
are one group, so that exporting or erasing covers every copy; a person without e-mail is a
group of their own; the signatures of one signer (same folded name, same authority or, signed
in person, same country) are one group. Search is case- and accent-insensitive like the lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Application, Authority, Membership, Person, Signature
from alliance_desktop.domain.privacy import PersonGroup, PersonRole
from alliance_desktop.domain.text import LIKE_ESCAPE, fold, like_pattern
from alliance_desktop.services.data_safety.erasing import ERASED_NAME
from alliance_desktop.services.data_safety.erasure_ledger import normal_email

MAX_GROUPS = 200
FOCAL_POINT = "focal point"
APPLICANT_CONTACT = "applicant contact"
CONTACT = "contact"
SIGNER = "signer"


def _literal(text: str) -> str:
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


def find_groups(session: Session, text: str, limit: int = MAX_GROUPS) -> list[PersonGroup]:
    """The groups with someone whose name or e-mail contains ``text``, by name."""
    text = text.strip()
    if not text:
        return []
    folded = fold(text)
    persons = list(
        session.scalars(
            select(Person).where(
                Person.erased_at.is_(None),
                or_(
                    Person.sort_key.like(like_pattern(text), escape=LIKE_ESCAPE),
                    Person.email.ilike(_literal(text), escape=LIKE_ESCAPE),
                    Person.email.ilike(_literal(folded), escape=LIKE_ESCAPE),
                ),
            )
        )
    )
    groups = person_groups(session, _with_same_email(session, persons))
    signatures = session.scalars(
        select(Signature).where(
            Signature.sort_key.like(like_pattern(text), escape=LIKE_ESCAPE),
            Signature.signer_name != ERASED_NAME,
        )
    )
    groups += signer_groups(signatures)
    groups.sort(key=lambda g: (fold(g.name), g.email, g.key))
    return groups[:limit]


def _with_same_email(session: Session, persons: list[Person]) -> list[Person]:
    """``persons`` and every unerased person sharing one of their e-mail addresses."""
    emails = {normal_email(p.email) for p in persons if p.email.strip()}
    found = {p.id: p for p in persons}
    if emails:
        lowered = [e.lower() for e in emails]
        for person in session.scalars(
            select(Person).where(
                Person.erased_at.is_(None), func.lower(func.trim(Person.email)).in_(lowered)
            )
        ):
            if normal_email(person.email) in emails:
                found[person.id] = person
    return list(found.values())


def persons_with_email(session: Session, email: str) -> list[Person]:
    """Every unerased person whose e-mail is ``email`` in any case (an erase covers them all)."""
    wanted = normal_email(email)
    if not wanted:
        return []
    rows = session.scalars(
        select(Person).where(
            Person.erased_at.is_(None), func.lower(func.trim(Person.email)) == wanted.lower()
        )
    )
    return [p for p in rows if normal_email(p.email) == wanted]


def person_groups(session: Session, persons: Iterable[Person]) -> list[PersonGroup]:
    by_key: dict[str, list[Person]] = {}
    for person in persons:
        email = normal_email(person.email)
        by_key.setdefault(f"email:{email}" if email else f"person:{person.uid}", []).append(person)
    roles = _roles(session, [p for members in by_key.values() for p in members])
    groups = []
    for key, members in by_key.items():
        members.sort(key=lambda p: p.created_at)
        groups.append(
            PersonGroup(
                key=key,
                name=members[0].name,
                email=members[0].email.strip(),
                person_uids=tuple(p.uid for p in members),
                signature_uids=(),
                roles=tuple(r for p in members for r in roles.get(p.id, ())),
                names=_distinct(p.name for p in members),
            )
        )
    return groups


def signer_groups(signatures: Iterable[Signature]) -> list[PersonGroup]:
    by_key: dict[str, list[Signature]] = {}
    for signature in signatures:
        where = f"a{signature.authority_id}" if signature.authority_id else signature.country_code
        by_key.setdefault(f"signer:{fold(signature.signer_name)}:{where}", []).append(signature)
    groups = []
    for key, members in by_key.items():
        members.sort(key=lambda s: (s.signed_on, s.certificate_no))
        groups.append(
            PersonGroup(
                key=key,
                name=members[0].signer_name,
                email="",
                person_uids=(),
                signature_uids=tuple(s.uid for s in members),
                roles=tuple(
                    PersonRole(SIGNER, s.uid, _signed_where(s) + f" ({s.certificate_no})")
                    for s in members
                ),
                names=_distinct(s.signer_name for s in members),
            )
        )
    return groups


def _signed_where(signature: Signature) -> str:
    if signature.authority is not None:
        return signature.authority.name
    return signature.place or signature.country_code


def _roles(session: Session, persons: list[Person]) -> dict[int, list[PersonRole]]:
    ids = [p.id for p in persons]
    roles: dict[int, list[PersonRole]] = {i: [] for i in ids}
    if not ids:
        return roles
    focal: Any = session.execute(
        select(Membership.focal_point_id, Membership.uid, Authority.name)
        .join(Authority, Membership.authority_id == Authority.id)
        .where(Membership.focal_point_id.in_(ids))
    )
    for person_id, uid, name in focal:
        roles[person_id].append(PersonRole(FOCAL_POINT, uid, name))
    contacts: Any = session.execute(
        select(Application.contact_id, Application.uid, Application.applicant_name).where(
            Application.contact_id.in_(ids)
        )
    )
    for person_id, uid, name in contacts:
        roles[person_id].append(PersonRole(APPLICANT_CONTACT, uid, name))
    for person in persons:
        if not roles[person.id]:
            where = person.authority.name if person.authority is not None else ""
            roles[person.id].append(PersonRole(CONTACT, person.uid, where))
    return roles


def _distinct(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name), name)
    return tuple(seen.values())
