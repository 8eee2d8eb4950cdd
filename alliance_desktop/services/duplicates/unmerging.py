"""Unmerging: the two records and every moved link put back exactly as a merge found them.

Refused, naming it, when the kept record or a moved link changed since the merge, or when the
participant number of a membership the merge removed has been given to another member.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from alliance_desktop.db.merge_log import MergeRecord
from alliance_desktop.db.models import AuditEntry, Authority, Membership, utcnow
from alliance_desktop.domain.duplicates import DuplicateKind
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import ConflictError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.base import audit, check_version, load
from alliance_desktop.services.duplicates.links import LINKS, MODELS, Link, table_named
from alliance_desktop.services.duplicates.merging import record_label
from alliance_desktop.services.duplicates.snapshots import decoded


def unmerge_in(session: Session, user: str, merge_uid: str) -> MergeRecord:
    """Put back the two records and their links exactly as the merge found them."""
    log = session.scalars(select(MergeRecord).where(MergeRecord.uid == merge_uid)).one_or_none()
    if log is None:
        raise RefusedError(msg("This merge is not in the merge log."))
    if log.undone_at is not None:
        raise RefusedError(msg("This merge was already taken back."))
    kind = DuplicateKind(log.kind)
    model = MODELS[kind]
    keep = load(session, model, log.kept_uid, kind.value, for_update=True)
    check_version(keep, log.kept_version, kind.value, record_label(kind, keep))
    moved: list[dict[str, Any]] = json.loads(log.moved)
    removed: list[dict[str, Any]] = json.loads(log.removed)
    _check_links_unchanged(session, kind, moved)
    _check_numbers_free(session, removed)
    first, *others = removed
    dropped_table = table_named(first["table"])
    session.execute(insert(dropped_table).values(decoded(dropped_table, first["values"])))
    for item in moved:
        table = table_named(item["table"])
        current = session.execute(
            select(table.c.version).where(table.c.id == item["id"])
        ).scalar_one()
        session.execute(
            update(table)
            .where(table.c.id == item["id"])
            .values({item["column"]: item["old"], "version": current + 1, "updated_at": utcnow()})
        )
    for item in others:
        table = table_named(item["table"])
        session.execute(insert(table).values(decoded(table, item["values"])))
    session.expire_all()
    kept_before = json.loads(log.kept_before)
    for key, value in decoded(model.__table__, kept_before).items():
        setattr(keep, key, value)
    keep.updated_at = utcnow()
    log.undone_at = utcnow()
    log.undone_by = user
    session.flush()
    # The kept record is again as an earlier merge into it left it: that merge can be undone.
    session.execute(
        update(MergeRecord)
        .where(
            MergeRecord.kept_uid == log.kept_uid,
            MergeRecord.undone_at.is_(None),
            MergeRecord.kept_version == log.kept_version_before,
        )
        .values(kept_version=keep.version)
    )
    _audit_unmerge(session, user, kind, log, keep, moved, others)
    return log


def _check_links_unchanged(
    session: Session, kind: DuplicateKind, moved: list[dict[str, Any]]
) -> None:
    links = {link.name: link for link in LINKS[kind]}
    for item in moved:
        link: Link = links[item["link"]]
        table = link.table
        row = (
            session.execute(select(table).where(table.c.id == item["id"])).mappings().one_or_none()
        )
        if row is None or row[link.column] != item["new"] or row["version"] != item["version"]:
            label = link.label(session, row) if row is not None else item["link"]
            by = _last_user(session, row["uid"]) if row is not None else ""
            raise ConflictError(link.entity, row["uid"] if row is not None else "", label, by=by)


def _last_user(session: Session, uid: str) -> str:
    user = session.scalar(
        select(AuditEntry.user)
        .where(AuditEntry.entity_uid == uid)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    return user or ""


def _check_numbers_free(session: Session, removed: list[dict[str, Any]]) -> None:
    for item in removed:
        if item["table"] != "membership":
            continue
        number = item["values"]["participant_no"]
        holder = session.scalar(
            select(Authority.name)
            .join(Membership, Membership.authority_id == Authority.id)
            .where(Membership.participant_no == number)
        )
        if holder is not None:
            raise RefusedError(
                msg(
                    "Participant no. {number} has been given to {holder} since the merge: "
                    "the merge cannot be taken back.",
                    number=str(number),
                    holder=holder,
                )
            )


def _audit_unmerge(
    session: Session,
    user: str,
    kind: DuplicateKind,
    log: MergeRecord,
    keep: Any,
    moved: list[dict[str, Any]],
    others: list[dict[str, Any]],
) -> None:
    label = record_label(kind, keep)
    audit(
        session,
        user,
        AuditAction.UNMERGE,
        kind.value,
        keep.uid,
        label,
        [("merged_with", log.dropped_label, None)],
    )
    audit(
        session,
        user,
        AuditAction.UNMERGE,
        kind.value,
        log.dropped_uid,
        log.dropped_label,
        [("merged_into", label, None)],
    )
    links = {link.name: link for link in LINKS[kind]}
    for item in moved:
        link = links[item["link"]]
        row = (
            session.execute(select(link.table).where(link.table.c.id == item["id"]))
            .mappings()
            .one()
        )
        audit(
            session,
            user,
            AuditAction.UPDATE,
            link.entity,
            row["uid"],
            link.label(session, row),
            [(link.audit_field, None, None)],
        )
    for item in others:
        values = item["values"]
        number = str(values.get("participant_no"))
        owner = session.scalar(select(Authority.name).where(Authority.id == values["authority_id"]))
        audit(
            session,
            user,
            AuditAction.UNMERGE,
            item["table"],
            values["uid"],
            f"{owner} (no. {number})",
            [("participant_no", None, number)],
        )
