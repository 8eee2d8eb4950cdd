"""Merging two records in one session, logging what unmerging (``unmerging``) puts back.

A merge: the kept record takes the chosen fields, every declared link (``links.LINKS``) of
the dropped record moves onto it, and the dropped record is deleted (not trashed: a merged
record is not something to restore from the Trash; unmerge brings it back with its id and
uid). The merge log keeps the dropped row, the moved links and the kept record's overwritten
columns; unmerge refuses when any of them changed since.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from alliance_desktop.db.merge_log import MergeRecord
from alliance_desktop.db.models import Authority, Membership, utcnow
from alliance_desktop.domain.duplicates import DuplicateKind, MergeResult
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.authorities import apply_authority, authority_record
from alliance_desktop.services.base import audit, check_version, load
from alliance_desktop.services.duplicates.links import LINKS, MODELS
from alliance_desktop.services.duplicates.snapshots import dumps, row_values

FIELDS: dict[DuplicateKind, tuple[str, ...]] = {
    DuplicateKind.AUTHORITY: (
        "name",
        "name_latin",
        "name_en",
        "name_fr",
        "kind",
        "country_code",
        "population",
        "roma_population",
        "roma_population_note",
        "website",
        "email",
        "phone",
        "address",
        "notes",
    ),
    DuplicateKind.PERSON: (
        "name",
        "function",
        "email",
        "phone",
        "language",
        "authority_id",
        "notes",
    ),
}
# Columns never compared or put back as a record's values: its identity and change counters.
_META = ("id", "uid", "created_at", "updated_at", "version")
PERSON_LABEL = "contact person"  # personal data stays out of audit labels (services.persons)


def record_label(kind: DuplicateKind, row: Any) -> str:
    return str(row.name) if kind is DuplicateKind.AUTHORITY else PERSON_LABEL


def _refuse_unmergeable(kind: DuplicateKind, keep: Any, drop: Any) -> None:
    if keep.id == drop.id:
        raise RefusedError(msg("A record cannot be merged with itself."))
    for row in (keep, drop):
        if row.deleted_at is not None:
            raise RefusedError(
                msg("“{label}” is in the Trash: restore it before merging.", label=row.name)
            )
        if kind is DuplicateKind.PERSON and row.erased_at is not None:
            raise RefusedError(msg("A person whose personal data was erased cannot be merged."))


def merge_in(
    session: Session,
    user: str,
    kind: DuplicateKind,
    keep_uid: str,
    drop_uid: str,
    choices: Mapping[str, str],
    versions: tuple[int, int],
) -> MergeResult:
    """Merge ``drop_uid`` into ``keep_uid``; ``choices`` maps a field to "keep" or "drop"
    (whose value the kept record takes) and, for two members, "membership" to the one that
    stays. ``versions``: the two records' versions as the user saw them."""
    model = MODELS[kind]
    keep = load(session, model, keep_uid, kind.value, for_update=True)
    drop = load(session, model, drop_uid, kind.value, for_update=True)
    check_version(keep, versions[0], kind.value, record_label(kind, keep))
    check_version(drop, versions[1], kind.value, record_label(kind, drop))
    _refuse_unmergeable(kind, keep, drop)
    kept_table: Table = model.__table__
    version_before = keep.version
    before = row_values(session, kept_table, keep.id)
    dropped = row_values(session, kept_table, drop.id)
    removed: list[dict[str, Any]] = [{"table": kept_table.name, "values": dropped}]
    removed_no = None
    if kind is DuplicateKind.AUTHORITY:
        removed_no = _remove_second_membership(session, user, keep, drop, choices, removed)
    moved = _move_links(session, user, kind, drop.id, keep.id)
    changes = _take_fields(kind, keep, drop, choices)
    drop_uid, merged_with = drop.uid, record_label(kind, drop)
    # The dropped row goes with Core: the ORM would check its version once more.
    session.expunge(drop)
    session.execute(delete(kept_table).where(kept_table.c.id == drop.id))
    keep.updated_at = utcnow()
    session.flush()
    after = row_values(session, kept_table, keep.id)
    kept_before = {k: v for k, v in before.items() if k not in _META and after.get(k) != v}
    log = MergeRecord(
        kind=kind.value,
        kept_uid=keep.uid,
        dropped_uid=drop_uid,
        dropped_label=merged_with[:300],
        merged_by=user,
        kept_version_before=version_before,
        kept_version=keep.version,
        kept_before=dumps(kept_before),
        removed=dumps(removed),
        moved=dumps(moved),
    )
    session.add(log)
    label = record_label(kind, keep)
    if removed_no is not None:
        changes.append(("removed_membership", str(removed_no), None))
    audit(
        session,
        user,
        AuditAction.MERGE,
        kind.value,
        keep.uid,
        label,
        [("merged_with", None, merged_with), *changes],
    )
    audit(
        session,
        user,
        AuditAction.MERGE,
        kind.value,
        drop_uid,
        merged_with,
        [("merged_into", None, label)],
    )
    session.flush()
    counts: dict[str, int] = {}
    for item in moved:
        counts[item["link"]] = counts.get(item["link"], 0) + 1
    return MergeResult(log.uid, keep.uid, drop_uid, keep.version, counts, removed_no)


def _remove_second_membership(
    session: Session,
    user: str,
    keep: Authority,
    drop: Authority,
    choices: Mapping[str, str],
    removed: list[dict[str, Any]],
) -> int | None:
    """Two members cannot become one authority with two memberships: the one the user chose
    stays (default: the older participant number); the other is removed, logged for unmerge
    and its participant number written in the audit trail."""
    ours = session.scalars(select(Membership).where(Membership.authority_id == keep.id)).first()
    theirs = session.scalars(select(Membership).where(Membership.authority_id == drop.id)).first()
    if ours is None or theirs is None:
        return None
    choice = choices.get("membership") or (
        "keep" if ours.participant_no <= theirs.participant_no else "drop"
    )
    gone = theirs if choice == "keep" else ours
    table: Table = Membership.__table__  # type: ignore[assignment]
    label = f"{keep.name if gone is ours else drop.name} (no. {gone.participant_no})"
    removed.append({"table": table.name, "values": row_values(session, table, gone.id)})
    number = gone.participant_no
    session.expunge(gone)
    session.execute(delete(table).where(table.c.id == gone.id))
    audit(
        session,
        user,
        AuditAction.MERGE,
        "membership",
        gone.uid,
        label,
        [("participant_no", str(number), None)],
    )
    return number


def _move_links(
    session: Session, user: str, kind: DuplicateKind, old: int, new: int
) -> list[dict[str, Any]]:
    moved: list[dict[str, Any]] = []
    for link in LINKS[kind]:
        column = link.table.c[link.column]
        rows = session.execute(select(link.table).where(column == old)).mappings().all()
        for row in rows:
            values = {link.column: new, "version": row["version"] + 1, "updated_at": utcnow()}
            session.execute(update(link.table).where(link.table.c.id == row["id"]).values(values))
            moved.append(
                {
                    "link": link.name,
                    "table": link.table.name,
                    "column": link.column,
                    "id": row["id"],
                    "old": old,
                    "new": new,
                    "version": row["version"] + 1,
                }
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
    # Moved rows loaded in this session would otherwise keep their old links.
    session.expire_all()
    return moved


def _take_fields(
    kind: DuplicateKind, keep: Any, drop: Any, choices: Mapping[str, str]
) -> list[tuple[str, Any, Any]]:
    changes: list[tuple[str, Any, Any]] = []
    for field in FIELDS[kind]:
        if choices.get(field) != "drop":
            continue
        old, new = getattr(keep, field), getattr(drop, field)
        if old == new:
            continue
        setattr(keep, field, new)
        if kind is DuplicateKind.PERSON:
            changes.append((field, None, None))  # personal data: which field only
        else:
            changes.append((field, old, new))
    if kind is DuplicateKind.AUTHORITY:
        apply_authority(keep, authority_record(keep).draft)  # the name, search and sort keys
    return changes
