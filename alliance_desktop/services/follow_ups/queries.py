"""The SQL behind the follow-ups: open ones by due date, whose record is live, and labels."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.db.models import Application, Authority, Membership, Signature
from alliance_desktop.domain.follow_ups import FollowUpTarget
from alliance_desktop.services.base import load, membership_label

# The column of follow_up each kind of record is found by.
TARGET_COLUMN: dict[FollowUpTarget, Any] = {
    FollowUpTarget.MEMBER: FollowUp.authority_id,
    FollowUpTarget.SIGNATURE: FollowUp.signature_id,
    FollowUpTarget.APPLICATION: FollowUp.application_id,
}


def open_follow_ups() -> Any:
    """The clause of the open follow-ups: the partial index ``ix_follow_up_open_due``'s own."""
    return and_(FollowUp.done_on.is_(None), FollowUp.deleted_at.is_(None))


def due_ids(column: Any, due_by: dt.date) -> Any:
    """The ids in ``column`` (authority, signature or application) of the records with an open
    follow-up due by ``due_by``: a walk of the open index up to that date, for an IN (...)."""
    return select(column).where(open_follow_ups(), FollowUp.due_on <= due_by, column.is_not(None))


def labelled(target: FollowUpTarget, *, live_only: bool = True) -> Any:
    """Follow-ups of ``target``'s kind with their record's uid and naming columns, on live
    records only unless ``live_only`` is False (a record in the Trash takes its follow-ups
    with it until restored)."""
    stmt = _labelled(target)
    if not live_only:
        return stmt
    if target is FollowUpTarget.MEMBER:
        return stmt.where(Authority.deleted_at.is_(None), Membership.deleted_at.is_(None))
    if target is FollowUpTarget.SIGNATURE:
        return stmt.where(Signature.deleted_at.is_(None))
    return stmt.where(Application.deleted_at.is_(None))


# The follow-up's own columns, read as plain rows (no ORM object per row: the due list may be
# long) with the record's uid, name and number as record_uid, record_name, record_extra.
FOLLOW_UP_COLUMNS = tuple(FollowUp.__table__.columns)


def _labelled(target: FollowUpTarget) -> Any:
    if target is FollowUpTarget.MEMBER:
        return (
            select(
                *FOLLOW_UP_COLUMNS,
                Membership.uid.label("record_uid"),
                Authority.name.label("record_name"),
                Membership.participant_no.label("record_extra"),
            )
            .join(Authority, FollowUp.authority_id == Authority.id)
            .join(Membership, Membership.authority_id == Authority.id)
        )
    if target is FollowUpTarget.SIGNATURE:
        return (
            select(
                *FOLLOW_UP_COLUMNS,
                Signature.uid.label("record_uid"),
                func.coalesce(Authority.name, Signature.signer_name).label("record_name"),
                Signature.certificate_no.label("record_extra"),
            )
            .join(Signature, FollowUp.signature_id == Signature.id)
            .outerjoin(Authority, Signature.authority_id == Authority.id)
        )
    return select(
        *FOLLOW_UP_COLUMNS,
        Application.uid.label("record_uid"),
        Application.applicant_name.label("record_name"),
        Application.received_on.label("record_extra"),
    ).join(Application, FollowUp.application_id == Application.id)


def record_label(target: FollowUpTarget, name: str, extra: Any) -> str:
    """How a list of follow-ups names the record ("Andalucía (no. 69)", "DAG-2018-0042 …")."""
    if target is FollowUpTarget.MEMBER:
        return str(membership_label(name, int(extra)))
    if target is FollowUpTarget.SIGNATURE:
        return f"{name} ({extra})"
    return str(name)


def record_of(session: Session, target: FollowUpTarget, uid: str) -> tuple[str, Any, str]:
    """(column name, id, label) of the record ``uid`` of kind ``target`` that a follow-up sets;
    raises NotFoundError for an unknown uid."""
    if target is FollowUpTarget.MEMBER:
        member = load(session, Membership, uid, "membership")
        label = record_label(target, member.authority.name, member.participant_no)
        return "authority_id", member.authority_id, label
    if target is FollowUpTarget.SIGNATURE:
        signature = load(session, Signature, uid, "signature")
        name = signature_name(session, signature)
        label = record_label(target, name, signature.certificate_no)
        return "signature_id", signature.id, label
    application = load(session, Application, uid, "application")
    return "application_id", application.id, application.applicant_name


def signature_name(session: Session, signature: Signature) -> str:
    """A signature's name in lists: its authority's, else its signer's."""
    if signature.authority_id is not None:
        name = session.scalar(select(Authority.name).where(Authority.id == signature.authority_id))
        return name or signature.signer_name
    return signature.signer_name
