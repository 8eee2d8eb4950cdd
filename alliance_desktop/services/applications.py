"""Applications to join the Alliance: their dated status history and the decision on each."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from alliance_desktop.db.models import Application, ApplicationStatusChange, Authority
from alliance_desktop.domain.enums import (
    PENDING_STATUSES,
    ApplicationChannel,
    ApplicationStatus,
    AuditAction,
    AuthorityKind,
    MembershipStatus,
    RecordKind,
)
from alliance_desktop.domain.errors import FieldError, StateError, ValidationError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import (
    AcceptResult,
    ApplicationDraft,
    ApplicationRecord,
    ApplicationRow,
    AuthorityDraft,
    AuthorityRecord,
    MembershipDraft,
    Page,
    StatusChange,
)
from alliance_desktop.domain.text import clean_text, fold, search_key
from alliance_desktop.domain.validation import (
    checked,
    validate_application,
    validate_authority,
)
from alliance_desktop.services.authorities import KIND as AUTHORITY_KIND
from alliance_desktop.services.authorities import (
    authority_record,
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
from alliance_desktop.services.lists.applications import application_page
from alliance_desktop.services.members import create_membership_in, membership_record
from alliance_desktop.services.persons import contact_values, save_contact_in

KIND = RecordKind.APPLICATION.value
# Which status each action may start from.
_ALLOWED: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    ApplicationStatus.UNDER_REVIEW: frozenset(
        {ApplicationStatus.RECEIVED, ApplicationStatus.INFORMATION_REQUESTED}
    ),
    ApplicationStatus.INFORMATION_REQUESTED: frozenset(
        {ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW}
    ),
    ApplicationStatus.ACCEPTED: PENDING_STATUSES,
    ApplicationStatus.DECLINED: PENDING_STATUSES,
    ApplicationStatus.WITHDRAWN: PENDING_STATUSES,
}


def application_record(row: Application) -> ApplicationRecord:
    return ApplicationRecord(
        meta=meta_of(row),
        draft=ApplicationDraft(
            applicant_name=row.applicant_name,
            country_code=row.country_code,
            received_on=row.received_on,
            channel=ApplicationChannel(row.channel),
            applicant_kind=AuthorityKind(row.applicant_kind),
            applicant_name_latin=row.applicant_name_latin,
            authority_uid=row.authority.uid if row.authority is not None else None,
            commitment_letter=row.commitment_letter,
            notes=row.notes,
            **contact_values(row),
        ),
        status=ApplicationStatus(row.status),
        decided_on=row.decided_on,
        decision_note=row.decision_note,
        contact_uid=row.contact.uid if row.contact is not None else None,
        history=tuple(
            StatusChange(
                status=ApplicationStatus(h.status),
                previous=ApplicationStatus(h.previous) if h.previous else None,
                changed_on=h.changed_on,
                changed_at=h.changed_at,
                changed_by=h.changed_by,
                note=h.note,
            )
            for h in row.history
        ),
    )


# The statuses as a sentence names them ("… is under review; it cannot be marked accepted").
STATUS_WORDS = {
    ApplicationStatus.RECEIVED: msg("received"),
    ApplicationStatus.UNDER_REVIEW: msg("under review"),
    ApplicationStatus.INFORMATION_REQUESTED: msg("information requested"),
    ApplicationStatus.ACCEPTED: msg("accepted"),
    ApplicationStatus.DECLINED: msg("declined"),
    ApplicationStatus.WITHDRAWN: msg("withdrawn"),
}


def _label(row: Application) -> str:
    return f"Application of {row.applicant_name}"


def _values(draft: ApplicationDraft) -> dict[str, Any]:
    # Contact details are the person's; the audit trail of the application does not copy them.
    values = draft_values(
        draft,
        skip=(
            "contact_name",
            "contact_function",
            "contact_email",
            "contact_phone",
            "contact_language",
        ),
    )
    values["channel"] = draft.channel.value
    values["applicant_kind"] = draft.applicant_kind.value
    return values


def _apply(session: Session, user: str, row: Application, draft: ApplicationDraft) -> None:
    row.authority = (
        load(session, Authority, draft.authority_uid, AUTHORITY_KIND)
        if draft.authority_uid
        else None
    )
    row.applicant_name = draft.applicant_name
    row.applicant_name_latin = draft.applicant_name_latin
    row.applicant_kind = draft.applicant_kind.value
    row.country_code = draft.country_code
    row.channel = draft.channel.value
    row.received_on = draft.received_on
    row.commitment_letter = draft.commitment_letter
    row.notes = draft.notes
    row.search_key = search_key(draft.applicant_name, draft.applicant_name_latin)
    row.sort_key = fold(draft.applicant_name_latin or draft.applicant_name)[:200]
    save_contact_in(session, user, row, draft)


def _add_history(
    row: Application,
    user: str,
    status: ApplicationStatus,
    previous: ApplicationStatus | None,
    on: dt.date,
    note: str,
) -> None:
    row.history.append(
        ApplicationStatusChange(
            status=status.value,
            previous=previous.value if previous else None,
            changed_on=on,
            changed_at=now(),
            changed_by=user,
            note=note,
        )
    )


def _step_date(row: Application, on: dt.date | None) -> dt.date:
    """The date of a new step in ``row``'s history: ``on`` or today, checked."""
    today = dt.date.today()
    if on is None:
        return today
    last = max((c.changed_on for c in row.history), default=row.received_on)
    if on > today:
        raise ValidationError([FieldError("on", msg("a step cannot be dated in the future"))])
    if on < last:
        raise ValidationError(
            [
                FieldError(
                    "on",
                    # FieldError holds text: put into words now, in the language in use.
                    msg("the application's last step is dated {day}", day=last.isoformat()),
                )
            ]
        )
    return on


def create_application_in(session: Session, user: str, draft: ApplicationDraft) -> Application:
    if not draft.contact_name and any(
        (draft.contact_function, draft.contact_email, draft.contact_phone)
    ):
        raise ValidationError([FieldError("contact_name", msg("is required with contact details"))])
    row = Application(status=ApplicationStatus.RECEIVED.value)
    session.add(row)
    # Loading the linked authority must not flush the row before its fields are set.
    with session.no_autoflush:
        _apply(session, user, row, draft)
    _add_history(row, user, ApplicationStatus.RECEIVED, None, draft.received_on, "")
    session.flush()
    audit(
        session,
        user,
        AuditAction.CREATE,
        KIND,
        row.uid,
        _label(row),
        created_changes(_values(draft)),
    )
    return row


class ApplicationService(Service):
    def get(self, uid: str) -> ApplicationRecord:
        with self.db.read() as session:
            return application_record(load(session, Application, uid, KIND))

    def create(self, draft: ApplicationDraft) -> ApplicationRecord:
        """Record a new application with status *received* (its contact becomes a person)."""
        draft = checked(draft, validate_application)
        with self.db.write() as session:
            return application_record(create_application_in(session, self.user, draft))

    def update(self, uid: str, version: int, draft: ApplicationDraft) -> ApplicationRecord:
        draft = checked(draft, validate_application)
        with self.db.write() as session:
            row = load(session, Application, uid, KIND)
            check_version(row, version, KIND, _label(row))
            if not draft.contact_name and any(
                (draft.contact_function, draft.contact_email, draft.contact_phone)
            ):
                raise ValidationError(
                    [FieldError("contact_name", msg("is required with contact details"))]
                )
            old = _values(application_record(row).draft)
            _apply(session, self.user, row, draft)
            changes = field_changes(old, _values(draft))
            if changes:
                row.updated_at = now()
                session.flush()
                audit(session, self.user, AuditAction.UPDATE, KIND, uid, _label(row), changes)
            session.flush()
            return application_record(row)

    # Each step is dated today unless ``on`` says when it was taken (a decision made at a
    # meeting and entered later; the demo's history): not before the last step, not ahead.

    def review(
        self, uid: str, version: int | None, note: str = "", *, on: dt.date | None = None
    ) -> ApplicationRecord:
        return self._move(uid, version, ApplicationStatus.UNDER_REVIEW, note, on)

    def request_information(
        self, uid: str, version: int | None, note: str = "", *, on: dt.date | None = None
    ) -> ApplicationRecord:
        return self._move(uid, version, ApplicationStatus.INFORMATION_REQUESTED, note, on)

    def decline(
        self, uid: str, version: int | None, reason: str, *, on: dt.date | None = None
    ) -> ApplicationRecord:
        if not clean_text(reason):
            raise ValidationError([FieldError("reason", msg("a reason is required to decline"))])
        return self._move(uid, version, ApplicationStatus.DECLINED, reason, on)

    def withdraw(
        self, uid: str, version: int | None, note: str = "", *, on: dt.date | None = None
    ) -> ApplicationRecord:
        return self._move(uid, version, ApplicationStatus.WITHDRAWN, note, on)

    def _move(
        self,
        uid: str,
        version: int | None,
        status: ApplicationStatus,
        note: str,
        on: dt.date | None,
    ) -> ApplicationRecord:
        with self.db.write() as session:
            row = load(session, Application, uid, KIND)
            self._transition(session, row, version, status, clean_text(note), on)
            return application_record(row)

    def _transition(
        self,
        session: Session,
        row: Application,
        version: int | None,
        status: ApplicationStatus,
        note: str,
        on: dt.date | None,
    ) -> None:
        check_version(row, version, KIND, _label(row))
        if row.deleted_at is not None:
            raise StateError(
                msg(
                    "Application of {name} is in the Trash; restore it first.",
                    name=row.applicant_name,
                )
            )
        current = ApplicationStatus(row.status)
        if current not in _ALLOWED[status]:
            raise StateError(
                msg(
                    "Application of {name} is {current}; it cannot be marked {wanted}.",
                    name=row.applicant_name,
                    current=STATUS_WORDS[current],
                    wanted=STATUS_WORDS[status],
                )
            )
        on = _step_date(row, on)
        row.status = status.value
        if status in PENDING_STATUSES:
            row.decided_on = None
        else:
            row.decided_on = on
            row.decision_note = note
        row.updated_at = now()
        _add_history(row, self.user, status, current, on, note)
        session.flush()
        audit(
            session,
            self.user,
            AuditAction.STATUS,
            KIND,
            row.uid,
            _label(row),
            [("status", current.value, status.value)] + ([("note", None, note)] if note else []),
        )

    def accept(
        self,
        uid: str,
        version: int | None,
        *,
        authority_uid: str | None = None,
        joined_on: dt.date | None = None,
        note: str = "",
        on: dt.date | None = None,
    ) -> AcceptResult:
        """Accept: link (or create) the authority and make it a member with the next participant
        number, the contact as its focal point; all in one transaction. The member joins on
        ``joined_on``, by default the day of the decision (``on``, by default today)."""
        with self.db.write() as session:
            row = load(session, Application, uid, KIND)
            check_version(row, version, KIND, _label(row))
            authority: Authority | None = (
                load(session, Authority, authority_uid, AUTHORITY_KIND)
                if authority_uid
                else row.authority
            )
            created = authority is None
            if authority is None:
                draft = checked(
                    AuthorityDraft(
                        name=row.applicant_name,
                        name_latin=row.applicant_name_latin,
                        country_code=row.country_code,
                        kind=AuthorityKind(row.applicant_kind),
                    ),
                    validate_authority,
                )
                authority = create_authority_in(session, self.user, draft)
            elif authority.deleted_at is not None:
                raise StateError(
                    msg("{name} is in the Trash; restore it first.", name=authority.name)
                )
            row.authority = authority
            if row.contact is not None and row.contact.authority is None:
                row.contact.authority = authority
            self._transition(session, row, None, ApplicationStatus.ACCEPTED, clean_text(note), on)
            membership = create_membership_in(
                session,
                self.user,
                authority,
                MembershipDraft(
                    authority_uid=authority.uid,
                    joined_on=joined_on or row.decided_on or dt.date.today(),
                    status=MembershipStatus.ACTIVE,
                    focal_point_uid=row.contact.uid if row.contact is not None else None,
                ),
            )
            session.flush()
            return AcceptResult(
                application=application_record(row),
                membership=membership_record(membership),
                authority_created=created,
            )

    def matches(self, uid: str) -> list[AuthorityRecord]:
        """Existing authorities that look like the applicant (same normalised name and country)."""
        with self.db.read() as session:
            row = load(session, Application, uid, KIND)
            draft = AuthorityDraft(
                name=row.applicant_name,
                name_latin=row.applicant_name_latin,
                country_code=row.country_code,
            )
            found = [w.uid for w in find_duplicates_in(session, draft)]
            if row.authority is not None and row.authority.uid not in found:
                found.insert(0, row.authority.uid)
            return [authority_record(load(session, Authority, u, AUTHORITY_KIND)) for u in found]

    def delete(self, uid: str, version: int | None = None) -> None:
        with self.db.write() as session:
            row = load(session, Application, uid, KIND)
            soft_delete(session, self.user, row, version, KIND, _label(row))

    def restore(self, uid: str) -> ApplicationRecord:
        with self.db.write() as session:
            row = load(session, Application, uid, KIND)
            if row.deleted_at is not None:
                row.deleted_at = None
                session.flush()
                audit(session, self.user, AuditAction.RESTORE, KIND, uid, _label(row))
            return application_record(row)

    def list(
        self, query: ListQuery | None = None, today: dt.date | None = None
    ) -> Page[ApplicationRow]:
        with self.db.read() as session:
            return application_page(session, query or ListQuery(), today or dt.date.today())
