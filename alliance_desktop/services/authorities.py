"""Authorities: the cities and regions behind every tab; duplicates are detected by name key."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority
from alliance_desktop.domain.enums import AuditAction, AuthorityKind, RecordKind
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.records import AuthorityDraft, AuthorityRecord, DuplicateWarning
from alliance_desktop.domain.text import fold, name_key, search_key
from alliance_desktop.domain.validation import checked, validate_authority
from alliance_desktop.services.base import (
    Service,
    audit,
    check_version,
    created_changes,
    draft_values,
    field_changes,
    load,
    meta_of,
    now,
    search_clause,
    soft_delete,
)

KIND = RecordKind.AUTHORITY.value


def authority_record(row: Authority) -> AuthorityRecord:
    return AuthorityRecord(
        meta=meta_of(row),
        draft=AuthorityDraft(
            name=row.name,
            country_code=row.country_code,
            kind=AuthorityKind(row.kind),
            name_latin=row.name_latin,
            name_en=row.name_en,
            name_fr=row.name_fr,
            population=row.population,
            roma_population=row.roma_population,
            roma_population_note=row.roma_population_note,
            website=row.website,
            email=row.email,
            phone=row.phone,
            address=row.address,
            notes=row.notes,
        ),
    )


def authority_values(draft: AuthorityDraft) -> dict[str, object]:
    values = draft_values(draft)
    values["kind"] = draft.kind.value
    return values


def apply_authority(row: Authority, draft: AuthorityDraft) -> None:
    for key, value in authority_values(draft).items():
        setattr(row, key, value)
    row.search_key = search_key(draft.name, draft.name_latin, draft.name_en, draft.name_fr)
    row.name_key = name_key(draft.name)[:200]
    row.sort_key = fold(draft.name_latin or draft.name)[:200]


def find_duplicates_in(
    session: Session, draft: AuthorityDraft, exclude_uid: str | None = None
) -> list[DuplicateWarning]:
    keys = {k for k in (name_key(draft.name), name_key(draft.name_latin)) if k}
    if not keys:
        return []
    stmt = select(Authority).where(
        Authority.country_code == draft.country_code,
        Authority.deleted_at.is_(None),
        (Authority.name_key.in_(keys))
        | (Authority.sort_key.in_({fold(draft.name_latin or draft.name)})),
    )
    if exclude_uid:
        stmt = stmt.where(Authority.uid != exclude_uid)
    return [DuplicateWarning(r.uid, r.name, r.country_code) for r in session.scalars(stmt)]


def create_authority_in(session: Session, user: str, draft: AuthorityDraft) -> Authority:
    row = Authority()
    apply_authority(row, draft)
    session.add(row)
    session.flush()
    audit(
        session,
        user,
        AuditAction.CREATE,
        KIND,
        row.uid,
        row.name,
        created_changes(authority_values(draft)),
    )
    return row


class AuthorityService(Service):
    def get(self, uid: str) -> AuthorityRecord:
        with self.db.read() as session:
            return authority_record(load(session, Authority, uid, KIND))

    def find_duplicates(
        self, draft: AuthorityDraft, exclude_uid: str | None = None
    ) -> list[DuplicateWarning]:
        try:
            draft = checked(draft, validate_authority)
        except ValidationError:
            return []
        with self.db.read() as session:
            return find_duplicates_in(session, draft, exclude_uid)

    def create(self, draft: AuthorityDraft) -> tuple[AuthorityRecord, list[DuplicateWarning]]:
        """Create the authority; the warnings name existing ones that look the same."""
        draft = checked(draft, validate_authority)
        with self.db.write() as session:
            warnings = find_duplicates_in(session, draft)
            row = create_authority_in(session, self.user, draft)
            return authority_record(row), warnings

    def update(self, uid: str, version: int, draft: AuthorityDraft) -> AuthorityRecord:
        draft = checked(draft, validate_authority)
        with self.db.write() as session:
            row = load(session, Authority, uid, KIND)
            check_version(row, version, KIND, row.name)
            before = authority_record(row).draft
            changes = field_changes(authority_values(before), authority_values(draft))
            if changes:
                apply_authority(row, draft)
                row.updated_at = now()
                session.flush()
                audit(session, self.user, AuditAction.UPDATE, KIND, uid, row.name, changes)
            return authority_record(row)

    def delete(self, uid: str, version: int | None = None) -> None:
        with self.db.write() as session:
            row = load(session, Authority, uid, KIND)
            soft_delete(session, self.user, row, version, KIND, row.name)

    def restore(self, uid: str) -> AuthorityRecord:
        with self.db.write() as session:
            row = load(session, Authority, uid, KIND)
            if row.deleted_at is not None:
                row.deleted_at = None
                session.flush()
                audit(session, self.user, AuditAction.RESTORE, KIND, uid, row.name)
            return authority_record(row)

    def search(
        self, text: str, country: str | None = None, limit: int = 50
    ) -> list[AuthorityRecord]:
        """Authorities whose any name matches ``text`` (for pickers and links)."""
        with self.db.read() as session:
            stmt = select(Authority).where(Authority.deleted_at.is_(None))
            if text.strip():
                stmt = stmt.where(search_clause(Authority.search_key, text))
            if country:
                stmt = stmt.where(Authority.country_code == country)
            stmt = stmt.order_by(Authority.sort_key).limit(limit)
            return [authority_record(r) for r in session.scalars(stmt)]
