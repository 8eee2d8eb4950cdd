"""Signatures as certificates: loading them, and what each one's certificate says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from alliance_desktop.db.models import CertificateIssue, Signature
from alliance_desktop.domain.certificate_issues import CertificateIssueRecord
from alliance_desktop.domain.countries import country_name
from alliance_desktop.domain.enums import AuditAction, RecordKind
from alliance_desktop.domain.errors import NotFoundError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.reports import CertificateData, CertificateLanguage
from alliance_desktop.services.base import audit, in_chunks, now

KIND = RecordKind.SIGNATURE.value
LANGUAGES: tuple[CertificateLanguage, ...] = ("en", "fr", "both")


def chosen_language(value: str | None) -> CertificateLanguage | None:
    if value is None or value == "":
        return None
    if value not in LANGUAGES:
        raise RefusedError(
            msg("The certificate language must be en, fr or both, not “{value}”.", value=value)
        )
    return value


def issue_label(item: CertificateData) -> str:
    return f"{item.certificate_no} {item.name}"


def certificate_data(
    row: Signature, language: CertificateLanguage | None, issued_on: dt.date
) -> CertificateData:
    authority = row.authority
    # Signed in person (no authority): the certificate names the elected representative.
    name = authority.name if authority is not None else row.signer_name
    latin = authority.name_latin if authority is not None else ""
    return CertificateData(
        certificate_no=row.certificate_no,
        name=name,
        name_latin=latin,
        country_en=country_name(row.country_code, "en"),
        country_fr=country_name(row.country_code, "fr"),
        signed_on=row.signed_on,
        issued_on=issued_on,
        language=language or cast(CertificateLanguage, row.language or "en"),
        signer_name=row.signer_name if authority is not None else "",
        signer_function=row.signer_function,
        place=row.place,
    )


def register_issues_in(
    session: Session,
    user: str,
    entries: Sequence[tuple[str, CertificateData, str]],
    step: Callable[[int], bool] | None = None,
    chunk_size: int = 250,
) -> list[CertificateIssueRecord]:
    """Register ``(signature uid, certificate, SHA-256)`` entries as issued, in ``session``'s
    transaction: a register line and an audit entry per certificate.

    ``step(done)`` is called every ``chunk_size`` certificates (a Cancelled it raises rolls
    everything back).
    """
    rows = {row.uid: row for row in signatures_in(session, [e[0] for e in entries])}
    stamp = now()
    records = [
        CertificateIssueRecord(
            certificate_no=item.certificate_no,
            signature_uid=uid,
            name=item.name,
            language=str(item.language),
            issued_at=stamp,
            issued_by=user,
            sha256=digest,
        )
        for uid, item, digest in entries
    ]
    for start in range(0, len(records), chunk_size):
        chunk = records[start : start + chunk_size]
        # One multi-row INSERT per chunk: a batch of 1,000 registers in a blink.
        session.execute(
            insert(CertificateIssue),
            [
                {
                    "signature_id": rows[r.signature_uid].id,
                    "certificate_no": r.certificate_no,
                    "language": r.language,
                    "issued_at": r.issued_at,
                    "issued_by": r.issued_by,
                    "sha256": r.sha256,
                }
                for r in chunk
            ],
        )
        for record, (_uid, item, _digest) in zip(
            chunk, entries[start : start + chunk_size], strict=True
        ):
            audit(
                session,
                user,
                AuditAction.CERTIFICATE,
                KIND,
                record.signature_uid,
                issue_label(item),
                [
                    ("certificate_no", None, record.certificate_no),
                    ("language", None, record.language),
                    ("sha256", None, record.sha256),
                ],
            )
        session.flush()
        if step is not None:
            step(start + len(chunk))
    return records


def signatures_in(session: Session, uids: Sequence[str]) -> list[Signature]:
    """The signatures with these uids, in the order given; refuses unknown or deleted ones."""
    found: dict[str, Signature] = {}
    for chunk in in_chunks(uids):
        stmt = (
            select(Signature)
            .where(Signature.uid.in_(chunk))
            .options(selectinload(Signature.authority))
        )
        found.update((row.uid, row) for row in session.scalars(stmt))
    rows = []
    for uid in uids:
        row = found.get(uid)
        if row is None:
            raise NotFoundError(KIND, uid)
        if row.deleted_at is not None:
            raise RefusedError(
                msg(
                    "The signature {number} is in the Trash; restore it to print its certificate.",
                    number=row.certificate_no,
                )
            )
        rows.append(row)
    return rows


def unique(uids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(uids))
