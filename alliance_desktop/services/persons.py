"""Contact persons: focal points, applicants' contacts, signers' offices."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Application, Authority, Person
from alliance_desktop.domain.enums import AuditAction, Language, RecordKind
from alliance_desktop.domain.records import ApplicationDraft, PersonDraft, PersonRecord
from alliance_desktop.domain.validation import checked, validate_person
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
    soft_delete,
)

KIND = RecordKind.PERSON.value
# Personal data stays out of audit labels: entries name the person by uid only.
_LABEL = "contact person"


def person_record(row: Person) -> PersonRecord:
    return PersonRecord(
        meta=meta_of(row),
        draft=PersonDraft(
            name=row.name,
            function=row.function,
            email=row.email,
            phone=row.phone,
            language=Language(row.language),
            authority_uid=row.authority.uid if row.authority is not None else None,
            notes=row.notes,
        ),
        erased=row.erased_at is not None,
    )


def contact_values(row: Application) -> dict[str, Any]:
    """The contact_* fields of an application's draft, from its contact person."""
    c = row.contact
    return {
        "contact_name": c.name if c is not None else "",
        "contact_function": c.function if c is not None else "",
        "contact_email": c.email if c is not None else "",
        "contact_phone": c.phone if c is not None else "",
        "contact_language": Language(c.language) if c is not None else Language.EN,
    }


def save_contact_in(session: Session, user: str, row: Application, draft: ApplicationDraft) -> None:
    """The application's contact person as the draft says: made, changed or unlinked."""
    has_contact = any(
        (draft.contact_name, draft.contact_function, draft.contact_email, draft.contact_phone)
    )
    if not has_contact:
        row.contact = None
        return
    values = {
        "name": draft.contact_name,
        "function": draft.contact_function,
        "email": draft.contact_email,
        "phone": draft.contact_phone,
        "language": draft.contact_language.value,
    }
    person = row.contact
    if person is None:
        person = Person(authority=row.authority, **values)
        session.add(person)
        session.flush()
        audit(session, user, AuditAction.CREATE, KIND, person.uid, _LABEL)
        row.contact = person
        return
    old = {k: getattr(person, k) for k in values}
    if field_changes(old, values):
        for key, value in values.items():
            setattr(person, key, value)
        person.updated_at = now()
        # Only which fields changed: the values are personal data (DESIGN.md §6).
        audit(
            session,
            user,
            AuditAction.UPDATE,
            KIND,
            person.uid,
            _LABEL,
            [(name, None, None) for name, _, _ in field_changes(old, values)],
        )


def _values(draft: PersonDraft) -> dict[str, object]:
    values = draft_values(draft, skip=("authority_uid",))
    values["language"] = draft.language.value
    return values


def create_person_in(session: Session, user: str, draft: PersonDraft) -> Person:
    row = Person()
    for key, value in _values(draft).items():
        setattr(row, key, value)
    if draft.authority_uid:
        row.authority = load(session, Authority, draft.authority_uid, "authority")
    session.add(row)
    session.flush()
    audit(session, user, AuditAction.CREATE, KIND, row.uid, _LABEL, created_changes(_values(draft)))
    return row


class PersonService(Service):
    def get(self, uid: str) -> PersonRecord:
        with self.db.read() as session:
            return person_record(load(session, Person, uid, KIND))

    def create(self, draft: PersonDraft) -> PersonRecord:
        draft = checked(draft, validate_person)
        with self.db.write() as session:
            return person_record(create_person_in(session, self.user, draft))

    def update(self, uid: str, version: int, draft: PersonDraft) -> PersonRecord:
        draft = checked(draft, validate_person)
        with self.db.write() as session:
            row = load(session, Person, uid, KIND)
            check_version(row, version, KIND, _LABEL)
            changes = field_changes(_values(person_record(row).draft), _values(draft))
            if changes:
                for key, value in _values(draft).items():
                    setattr(row, key, value)
                row.updated_at = now()
                session.flush()
                audit(session, self.user, AuditAction.UPDATE, KIND, uid, _LABEL, changes)
            return person_record(row)

    def delete(self, uid: str, version: int | None = None) -> None:
        with self.db.write() as session:
            soft_delete(session, self.user, load(session, Person, uid, KIND), version, KIND, _LABEL)

    def restore(self, uid: str) -> PersonRecord:
        with self.db.write() as session:
            row = load(session, Person, uid, KIND)
            if row.deleted_at is not None:
                row.deleted_at = None
                session.flush()
                audit(session, self.user, AuditAction.RESTORE, KIND, uid, _LABEL)
            return person_record(row)

    def list_for_authority(self, authority_uid: str) -> list[PersonRecord]:
        with self.db.read() as session:
            stmt = (
                select(Person)
                .join(Authority, Person.authority_id == Authority.id)
                .where(Authority.uid == authority_uid, Person.deleted_at.is_(None))
                .order_by(Person.name)
            )
            return [person_record(r) for r in session.scalars(stmt)]
