"""Signatures of the Declaration against anti-Gypsyism, each with its certificate number."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.db.models import Authority, CertificateIssue, Signature
from alliance_desktop.domain.enums import AuditAction, Language, RecordKind
from alliance_desktop.domain.errors import FieldError, RefusedError, ValidationError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import (
    Page,
    SignatureDraft,
    SignatureRecord,
    SignatureRow,
)
from alliance_desktop.domain.text import fold, search_key
from alliance_desktop.domain.validation import checked, validate_signature
from alliance_desktop.services.authorities import KIND as AUTHORITY_KIND
from alliance_desktop.services.authorities import authority_record
from alliance_desktop.services.base import (
    ListedTable,
    Service,
    audit,
    check_version,
    country_order,
    created_changes,
    draft_values,
    field_changes,
    filtered_page,
    indexable,
    live_ids,
    load,
    meta_of,
    now,
    ordered,
    search_clause,
    soft_delete,
    year_clause,
)
from alliance_desktop.services.follow_ups.queries import due_ids

KIND = RecordKind.SIGNATURE.value


SIGNATURE_SORTS: dict[str, Any] = {
    "certificate_no": Signature.certificate_no,
    "name": Signature.name_sort_key,
    "name_latin": Signature.name_sort_key,
    "country_code": country_order(Signature.country_code),
    "signer_name": Signature.sort_key,
    "signer_function": Signature.signer_function,
    "signed_on": Signature.signed_on,
    "place": Signature.place,
    "language": Signature.language,
}


def signature_record(row: Signature) -> SignatureRecord:
    return SignatureRecord(
        meta=meta_of(row),
        draft=SignatureDraft(
            signer_name=row.signer_name,
            signed_on=row.signed_on,
            authority_uid=row.authority.uid if row.authority is not None else None,
            country_code=row.country_code,
            signer_function=row.signer_function,
            place=row.place,
            language=Language(row.language),
            certificate_no=row.certificate_no,
            notes=row.notes,
        ),
        authority=authority_record(row.authority) if row.authority is not None else None,
    )


def _label(row: Signature) -> str:
    who = row.authority.name if row.authority is not None else row.signer_name
    return f"{who} ({row.certificate_no})"


def next_certificate_no_in(session: Session, year: int) -> str:
    """The next free number of a year; deleted signatures keep theirs, so none is given twice."""
    prefix = f"DAG-{year}-"
    taken = session.scalars(
        select(Signature.certificate_no).where(Signature.certificate_no.like(f"{prefix}%"))
    ).all()
    highest = max((int(n[len(prefix) :]) for n in taken if n[len(prefix) :].isdigit()), default=0)
    return f"{prefix}{highest + 1:04d}"


def _apply(session: Session, row: Signature, draft: SignatureDraft) -> None:
    authority = (
        load(session, Authority, draft.authority_uid, AUTHORITY_KIND)
        if draft.authority_uid
        else None
    )
    country = draft.country_code or (authority.country_code if authority is not None else "")
    if not country:
        raise ValidationError([FieldError("country_code", msg("is required without an authority"))])
    row.authority = authority
    row.signer_name = draft.signer_name
    row.signer_function = draft.signer_function
    row.signed_on = draft.signed_on
    row.place = draft.place
    row.language = draft.language.value
    row.country_code = country
    row.notes = draft.notes
    row.search_key = search_key(draft.signer_name, draft.place, draft.certificate_no)
    row.sort_key = fold(draft.signer_name)[:200]


def _values(draft: SignatureDraft) -> dict[str, Any]:
    values = draft_values(draft)
    values["language"] = draft.language.value
    return values


def _check_number_free(session: Session, number: str, uid: str | None) -> None:
    taken = session.scalar(select(Signature).where(Signature.certificate_no == number))
    if taken is not None and taken.uid != uid:
        raise RefusedError(
            msg(
                "Certificate number {number} already belongs to {holder}.",
                number=number,
                holder=_label(taken),
            )
        )


def _has_issued(session: Session, row: Signature) -> bool:
    stmt = select(CertificateIssue.id).where(CertificateIssue.signature_id == row.id).limit(1)
    return session.scalar(stmt) is not None


def create_signature_in(session: Session, user: str, draft: SignatureDraft) -> Signature:
    number = draft.certificate_no or next_certificate_no_in(session, draft.signed_on.year)
    _check_number_free(session, number, None)
    draft = dataclasses.replace(draft, certificate_no=number)
    row = Signature(certificate_no=number)
    _apply(session, row, draft)
    session.add(row)
    session.flush()
    values = _values(dataclasses.replace(draft, country_code=row.country_code))
    audit(session, user, AuditAction.CREATE, KIND, row.uid, _label(row), created_changes(values))
    return row


class SignatureService(Service):
    def get(self, uid: str) -> SignatureRecord:
        with self.db.read() as session:
            return signature_record(load(session, Signature, uid, KIND))

    def next_certificate_no(self, year: int) -> str:
        with self.db.read() as session:
            return next_certificate_no_in(session, year)

    def create(self, draft: SignatureDraft) -> SignatureRecord:
        """Record a signature; an empty certificate number is assigned as DAG-<year>-<nnnn>."""
        draft = checked(draft, validate_signature)
        with self.db.write() as session:
            return signature_record(create_signature_in(session, self.user, draft))

    def update(self, uid: str, version: int, draft: SignatureDraft) -> SignatureRecord:
        draft = checked(draft, validate_signature)
        with self.db.write() as session:
            row = load(session, Signature, uid, KIND)
            check_version(row, version, KIND, _label(row))
            number = draft.certificate_no or row.certificate_no
            if number != row.certificate_no and _has_issued(session, row):
                raise RefusedError(
                    msg(
                        "Certificate {number} has been issued; its number cannot change, so "
                        "that a reprint carries the number on the first print.",
                        number=row.certificate_no,
                    )
                )
            _check_number_free(session, number, uid)
            draft = dataclasses.replace(draft, certificate_no=number)
            old = _values(signature_record(row).draft)
            _apply(session, row, draft)
            row.certificate_no = number
            row.search_key = search_key(row.signer_name, row.place, number)
            new = _values(dataclasses.replace(draft, country_code=row.country_code))
            changes = field_changes(old, new)
            if changes:
                row.updated_at = now()
                session.flush()
                audit(session, self.user, AuditAction.UPDATE, KIND, uid, _label(row), changes)
            return signature_record(row)

    def delete(self, uid: str, version: int | None = None) -> None:
        with self.db.write() as session:
            row = load(session, Signature, uid, KIND)
            soft_delete(session, self.user, row, version, KIND, _label(row))

    def restore(self, uid: str) -> SignatureRecord:
        with self.db.write() as session:
            row = load(session, Signature, uid, KIND)
            if row.deleted_at is not None:
                row.deleted_at = None
                if row.authority is not None and row.authority.deleted_at is not None:
                    row.authority.deleted_at = None
                    audit(
                        session,
                        self.user,
                        AuditAction.RESTORE,
                        AUTHORITY_KIND,
                        row.authority.uid,
                        row.authority.name,
                    )
                session.flush()
                audit(session, self.user, AuditAction.RESTORE, KIND, uid, _label(row))
            return signature_record(row)

    def list_for_authority(self, authority_uid: str) -> list[SignatureRecord]:
        with self.db.read() as session:
            authority = load(session, Authority, authority_uid, AUTHORITY_KIND)
            rows = session.scalars(
                select(Signature)
                .where(Signature.authority_id == authority.id, Signature.deleted_at.is_(None))
                .order_by(Signature.signed_on)
            )
            return [signature_record(r) for r in rows]

    def list(self, query: ListQuery | None = None) -> Page[SignatureRow]:
        query = query or ListQuery()
        keys, descending = _order(query)
        with self.db.read() as session:
            rows, total = filtered_page(
                session,
                query,
                ListedTable(
                    Signature,
                    self._select,
                    keys,
                    descending,
                    _uids,
                ),
                _matching(query),
                lambda: _count(query),
            )
            return Page(tuple(_signature_row(r) for r in rows), total)

    def list_uids(self, query: ListQuery | None = None) -> tuple[str, ...]:
        """The uids of every signature the query shows, in its order (for batch certificates)."""
        query = dataclasses.replace(query or ListQuery(), offset=0, limit=None)
        with self.db.read() as session:
            return tuple(r[0] for r in session.execute(self._select(query)))

    def _select(self, query: ListQuery, indexed: bool = True) -> Any:
        stmt = (
            select(
                Signature.uid,
                Authority.uid,
                Signature.certificate_no,
                func.coalesce(Authority.name, Signature.signer_name),
                func.coalesce(Authority.name_latin, ""),
                Signature.country_code,
                Signature.signer_name,
                Signature.signer_function,
                Signature.signed_on,
                Signature.place,
                Signature.language,
                Signature.version,
            )
            .outerjoin(Authority, Signature.authority_id == Authority.id)
            .where(Signature.deleted_at.is_(None))
        )
        keys, descending = _order(query)
        return _filtered(stmt, query, indexed).order_by(*ordered(keys, descending))


def _order(query: ListQuery) -> tuple[list[Any], bool]:
    # Ties run in the same direction, so that the database walks one live index backwards.
    column = SIGNATURE_SORTS.get(query.sort, Signature.name_sort_key)
    return [column, Signature.certificate_no], query.descending


def _filtered(stmt: Any, query: ListQuery, indexed: bool = True) -> Any:
    """``stmt`` narrowed by the query; ``indexed`` False keeps the filters other than the
    search off their own indexes (with a search, the search index holds their columns)."""
    if query.search.strip():
        stmt = stmt.where(search_clause(Signature.list_search_key, query.search))
    if query.country:
        stmt = stmt.where(indexable(Signature.country_code, indexed) == query.country)
    if query.status:
        stmt = stmt.where(indexable(Signature.language, indexed) == query.status)
    if query.year:
        stmt = stmt.where(year_clause(indexable(Signature.signed_on, indexed), query.year))
    if query.follow_up_due_by:
        stmt = stmt.where(Signature.id.in_(due_ids(FollowUp.signature_id, query.follow_up_due_by)))
    return stmt


def _uids(query: ListQuery, indexed: bool) -> Any:
    return _filtered(select(Signature.uid).where(Signature.deleted_at.is_(None)), query, indexed)


def _matching(query: ListQuery) -> Any:
    """The ids of the live signatures the query keeps (one table: the search key holds the
    authority's)."""
    return _filtered(live_ids(Signature, query), query, indexed=not query.search.strip())


def _count(query: ListQuery) -> Any:
    return select(func.count()).select_from(_matching(query).subquery())


def _signature_row(r: Any) -> SignatureRow:
    return SignatureRow(
        uid=r[0],
        authority_uid=r[1],
        certificate_no=r[2],
        name=r[3],
        name_latin=r[4],
        country_code=r[5],
        signer_name=r[6],
        signer_function=r[7],
        signed_on=r[8],
        place=r[9],
        language=Language(r[10]),
        version=r[11],
    )
