"""Members: an authority's membership of the Alliance, with its participant number."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority, Membership, Person
from alliance_desktop.domain.enums import AuditAction, MembershipStatus, RecordKind
from alliance_desktop.domain.errors import RefusedError, StateError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import (
    AuthorityDraft,
    DuplicateWarning,
    MemberRow,
    MembershipDraft,
    MembershipRecord,
    Page,
    PersonDraft,
)
from alliance_desktop.domain.validation import (
    checked,
    validate_authority,
    validate_membership,
    validate_person,
)
from alliance_desktop.services.authorities import (
    KIND as AUTHORITY_KIND,
)
from alliance_desktop.services.authorities import (
    apply_authority,
    authority_record,
    authority_values,
    create_authority_in,
    find_duplicates_in,
)
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
from alliance_desktop.services.lists.members import member_page
from alliance_desktop.services.persons import person_record

KIND = RecordKind.MEMBERSHIP.value
PERSON_KIND = RecordKind.PERSON.value
# As for applicants' contacts: audit entries about a focal point name neither the person nor
# the values (personal data); they say which fields changed.
PERSON_LABEL = "contact person"


def membership_record(row: Membership) -> MembershipRecord:
    return MembershipRecord(
        meta=meta_of(row),
        draft=MembershipDraft(
            authority_uid=row.authority.uid,
            joined_on=row.joined_on,
            participant_no=row.participant_no,
            status=MembershipStatus(row.status),
            left_on=row.left_on,
            focal_point_uid=row.focal_point.uid if row.focal_point is not None else None,
            notes=row.notes,
        ),
        authority=authority_record(row.authority),
        focal_point=person_record(row.focal_point) if row.focal_point is not None else None,
    )


def _values(draft: MembershipDraft) -> dict[str, Any]:
    values = draft_values(draft, skip=("authority_uid",))
    values["status"] = draft.status.value
    return values


def next_participant_no_in(session: Session) -> int:
    # Deleted memberships keep their numbers: a number is never given twice.
    return int(session.scalar(select(func.max(Membership.participant_no))) or 0) + 1


def _label(row: Membership) -> str:
    return f"{row.authority.name} (no. {row.participant_no})"


def _person_values(draft: PersonDraft) -> dict[str, Any]:
    values = draft_values(draft, skip=("authority_uid",))
    values["language"] = draft.language.value
    return values


def save_focal_point_in(
    session: Session,
    user: str,
    authority: Authority,
    uid: str | None,
    version: int | None,
    draft: PersonDraft,
) -> Person:
    """Create the focal point (``uid`` None) for ``authority``, or update person ``uid``
    refusing a stale ``version``; audited without personal values."""
    values = _person_values(draft)
    if uid is None:
        person = Person(**values)
        person.authority = authority
        session.add(person)
        session.flush()
        audit(session, user, AuditAction.CREATE, PERSON_KIND, person.uid, PERSON_LABEL)
        return person
    person = load(session, Person, uid, PERSON_KIND)
    check_version(person, version, PERSON_KIND, "focal point")
    changes = field_changes({key: getattr(person, key) for key in values}, values)
    if changes:
        for key, value in values.items():
            setattr(person, key, value)
        person.updated_at = now()
        session.flush()
        audit(
            session,
            user,
            AuditAction.UPDATE,
            PERSON_KIND,
            person.uid,
            PERSON_LABEL,
            [(name, None, None) for name, _old, _new in changes],
        )
    return person


def create_membership_in(
    session: Session, user: str, authority: Authority, draft: MembershipDraft
) -> Membership:
    if authority.membership is not None:
        existing = authority.membership
        raise StateError(
            msg(
                "{name} is already a member (participant no. {number}).",
                name=authority.name,
                number=existing.participant_no,
            )
        )
    number = draft.participant_no or next_participant_no_in(session)
    taken = session.scalar(select(Membership).where(Membership.participant_no == number))
    if taken is not None:
        raise RefusedError(
            msg(
                "Participant number {number} already belongs to {name}.",
                number=number,
                name=taken.authority.name,
            )
        )
    row = Membership(authority=authority, participant_no=number)
    session.add(row)
    values = _values(dataclasses.replace(draft, participant_no=number))
    for key, value in values.items():
        if key != "focal_point_uid":
            setattr(row, key, value)
    if draft.focal_point_uid:
        row.focal_point = load(session, Person, draft.focal_point_uid, "person")
    session.flush()
    audit(session, user, AuditAction.CREATE, KIND, row.uid, _label(row), created_changes(values))
    return row


class MemberService(Service):
    def get(self, uid: str) -> MembershipRecord:
        with self.db.read() as session:
            return membership_record(load(session, Membership, uid, KIND))

    def get_for_authority(self, authority_uid: str) -> MembershipRecord | None:
        with self.db.read() as session:
            authority = load(session, Authority, authority_uid, AUTHORITY_KIND)
            return membership_record(authority.membership) if authority.membership else None

    def next_participant_no(self) -> int:
        with self.db.read() as session:
            return next_participant_no_in(session)

    def create(
        self,
        authority: AuthorityDraft | str,
        draft: MembershipDraft,
        focal_point: PersonDraft | None = None,
        focal_point_version: int | None = None,
    ) -> tuple[MembershipRecord, list[DuplicateWarning]]:
        """Make an authority a member: a new one from a draft, or an existing one by uid.

        With ``focal_point``, the focal point is saved in the same transaction: a new person
        linked to the member, or (``draft.focal_point_uid`` set) that person updated.
        """
        draft = checked(draft, validate_membership)
        if focal_point is not None:
            focal_point = checked(focal_point, validate_person)
        warnings: list[DuplicateWarning] = []
        with self.db.write() as session:
            if isinstance(authority, str):
                authority_row = load(session, Authority, authority, AUTHORITY_KIND)
            else:
                authority = checked(authority, validate_authority)
                warnings = find_duplicates_in(session, authority)
                authority_row = create_authority_in(session, self.user, authority)
            if focal_point is not None:
                person = save_focal_point_in(
                    session,
                    self.user,
                    authority_row,
                    draft.focal_point_uid,
                    focal_point_version,
                    focal_point,
                )
                draft = dataclasses.replace(draft, focal_point_uid=person.uid)
            row = create_membership_in(session, self.user, authority_row, draft)
            return membership_record(row), warnings

    def update(
        self,
        uid: str,
        version: int,
        draft: MembershipDraft,
        authority: AuthorityDraft | None = None,
        authority_version: int | None = None,
        focal_point: PersonDraft | None = None,
        focal_point_version: int | None = None,
    ) -> MembershipRecord:
        """Save a member's membership fields and, when given, its authority's fields and its
        focal point, all in one transaction (a conflict on any of them saves nothing).

        ``focal_point`` updates the person ``draft.focal_point_uid`` names (refusing a stale
        ``focal_point_version``), or without one creates a person and makes it the focal point.
        """
        draft = checked(draft, validate_membership)
        if authority is not None:
            authority = checked(authority, validate_authority)
        if focal_point is not None:
            focal_point = checked(focal_point, validate_person)
        with self.db.write() as session:
            row = load(session, Membership, uid, KIND)
            check_version(row, version, KIND, _label(row))
            if authority is not None:
                a_row = row.authority
                check_version(a_row, authority_version, AUTHORITY_KIND, a_row.name)
                a_changes = field_changes(
                    authority_values(authority_record(a_row).draft), authority_values(authority)
                )
                if a_changes:
                    apply_authority(a_row, authority)
                    a_row.updated_at = now()
                    audit(
                        session,
                        self.user,
                        AuditAction.UPDATE,
                        AUTHORITY_KIND,
                        a_row.uid,
                        a_row.name,
                        a_changes,
                    )
            if focal_point is not None:
                person = save_focal_point_in(
                    session,
                    self.user,
                    row.authority,
                    draft.focal_point_uid,
                    focal_point_version,
                    focal_point,
                )
                draft = dataclasses.replace(draft, focal_point_uid=person.uid)
            number = draft.participant_no or row.participant_no
            if number != row.participant_no:
                taken = session.scalar(
                    select(Membership).where(Membership.participant_no == number)
                )
                if taken is not None:
                    raise RefusedError(
                        msg(
                            "Participant number {number} already belongs to {name}.",
                            number=number,
                            name=taken.authority.name,
                        )
                    )
            draft = dataclasses.replace(draft, participant_no=number)
            old = _values(membership_record(row).draft)
            new = _values(draft)
            changes = field_changes(old, new)
            if changes:
                for key, value in new.items():
                    if key != "focal_point_uid":
                        setattr(row, key, value)
                row.focal_point = (
                    load(session, Person, draft.focal_point_uid, "person")
                    if draft.focal_point_uid
                    else None
                )
                row.updated_at = now()
                session.flush()
                audit(session, self.user, AuditAction.UPDATE, KIND, uid, _label(row), changes)
            session.flush()
            return membership_record(row)

    def delete(self, uid: str, version: int | None = None) -> None:
        with self.db.write() as session:
            row = load(session, Membership, uid, KIND)
            soft_delete(session, self.user, row, version, KIND, _label(row))

    def restore(self, uid: str) -> MembershipRecord:
        with self.db.write() as session:
            row = load(session, Membership, uid, KIND)
            if row.deleted_at is not None:
                row.deleted_at = None
                if row.authority.deleted_at is not None:
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
            return membership_record(row)

    def list(self, query: ListQuery | None = None) -> Page[MemberRow]:
        with self.db.read() as session:
            return member_page(session, query or ListQuery())
