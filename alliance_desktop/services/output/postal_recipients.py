"""Who labels, envelopes and letters go to: the rows a tab shows or selects, with their address.

A choice of recipients is a list kind with either the rows the user selected (their uids, in
that order) or a filter (the tab's current search and filters: every row it matches, in the
tab's order). A saved search is a filter too: whoever runs one passes its query here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from alliance_desktop.db.models import Application, Authority, Membership, Person, Signature
from alliance_desktop.domain.postal_address import PostalRecipient
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.erasing import ERASED_NAME

if TYPE_CHECKING:
    from alliance_desktop.services.data_safety.opening import Services

_CHUNK = 500
"""uids per ``IN (…)`` list: well under every database's parameter limit."""


@dataclass(frozen=True, slots=True)
class RecipientChoice:
    """Which records to write to: ``uids`` (selected rows, in order) or else every row
    ``query`` matches (the current filter; None: the whole list)."""

    kind: ListKind
    uids: tuple[str, ...] = ()
    query: ListQuery | None = None

    @property
    def by_selection(self) -> bool:
        return bool(self.uids)


def chosen_uids(services: Services, choice: RecipientChoice) -> list[str]:
    """The records' uids in print order: the selection as given, or the filter's rows."""
    if choice.uids:
        return list(dict.fromkeys(choice.uids))
    query = dataclasses.replace(choice.query or ListQuery(), offset=0, limit=None)
    if choice.kind is ListKind.MEMBERS:
        return [r.uid for r in services.members.list(query).rows]
    if choice.kind is ListKind.SIGNATORIES:
        return list(services.signatures.list_uids(query))
    return [r.uid for r in services.applications.list(query).rows]


def load_recipients(session: Session, kind: ListKind, uids: Sequence[str]) -> list[PostalRecipient]:
    """The recipients for ``uids`` in that order; uids not found (or in the Trash) are left out."""
    found: dict[str, PostalRecipient] = {}
    for chunk in _chunks(list(uids)):
        for recipient in _LOADERS[kind](session, chunk):
            found[recipient.uid] = recipient
    return [found[uid] for uid in uids if uid in found]


def _chunks(uids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(uids), _CHUNK):
        yield uids[start : start + _CHUNK]


def _person(name: str | None, erased: Any, deleted: Any) -> str:
    """A contact's name for the *attention* line; nobody once erased or in the Trash."""
    return "" if not name or erased is not None or deleted is not None else name


def _members(session: Session, uids: list[str]) -> Iterator[PostalRecipient]:
    focal = aliased(Person)
    stmt = (
        select(
            Membership.uid,
            Authority.name,
            Authority.name_latin,
            Authority.country_code,
            Authority.address,
            focal.name,
            focal.erased_at,
            focal.deleted_at,
            focal.language,
        )
        .join(Authority, Membership.authority_id == Authority.id)
        .outerjoin(focal, Membership.focal_point_id == focal.id)
        .where(Membership.uid.in_(uids), Membership.deleted_at.is_(None))
    )
    for uid, name, latin, country, address, person, erased, deleted, language in session.execute(
        stmt
    ):
        yield PostalRecipient(
            uid=uid,
            name=name,
            name_latin=latin,
            country_code=country,
            address=address,
            attention=_person(person, erased, deleted),
            language=language or "en",
        )


def _signatures(session: Session, uids: list[str]) -> Iterator[PostalRecipient]:
    stmt = (
        select(
            Signature.uid,
            Signature.signer_name,
            Signature.country_code,
            Signature.language,
            Authority.name,
            Authority.name_latin,
            Authority.address,
            Authority.deleted_at,
        )
        .outerjoin(Authority, Signature.authority_id == Authority.id)
        .where(Signature.uid.in_(uids), Signature.deleted_at.is_(None))
    )
    for uid, signer, country, language, name, latin, address, gone in session.execute(stmt):
        if name and gone is None:
            yield PostalRecipient(
                uid=uid,
                name=name,
                name_latin=latin,
                country_code=country,
                address=address,
                attention="" if signer == ERASED_NAME else signer,
                language=language,
            )
        else:  # signed in their own name: the letter goes to the signer
            yield PostalRecipient(uid=uid, name=signer, country_code=country, language=language)


def _applications(session: Session, uids: list[str]) -> Iterator[PostalRecipient]:
    contact = aliased(Person)
    stmt = (
        select(
            Application.uid,
            Application.applicant_name,
            Application.applicant_name_latin,
            Application.country_code,
            Authority.address,
            contact.name,
            contact.erased_at,
            contact.deleted_at,
            contact.language,
        )
        .outerjoin(Authority, Application.authority_id == Authority.id)
        .outerjoin(contact, Application.contact_id == contact.id)
        .where(Application.uid.in_(uids), Application.deleted_at.is_(None))
    )
    for uid, name, latin, country, address, person, erased, deleted, language in session.execute(
        stmt
    ):
        yield PostalRecipient(
            uid=uid,
            name=name,
            name_latin=latin,
            country_code=country,
            address=address or "",
            attention=_person(person, erased, deleted),
            language=language or "en",
        )


_LOADERS = {
    ListKind.MEMBERS: _members,
    ListKind.SIGNATORIES: _signatures,
    ListKind.APPLICATIONS: _applications,
}
