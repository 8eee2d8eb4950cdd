"""DuplicateService: likely pairs, "not duplicates", a merge's preview, merge and unmerge."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.merge_log import MergeRecord, NotDuplicate
from alliance_desktop.db.models import Authority, CertificateIssue, Membership, Signature
from alliance_desktop.domain.duplicates import (
    DuplicateKind,
    DuplicatePair,
    MergeEntry,
    MergePreview,
    MergeResult,
    MergeSide,
    pair_key,
)
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.services.base import Service, audit, load, meta_of
from alliance_desktop.services.duplicates.finding import likely_pairs
from alliance_desktop.services.duplicates.links import LINKS, MODELS
from alliance_desktop.services.duplicates.merging import FIELDS, merge_in, record_label
from alliance_desktop.services.duplicates.unmerging import unmerge_in

DEFAULT_MIN_SCORE = 85


def _shown(session: Session, field: str, value: Any) -> str:
    if value is None:
        return ""
    if field == "authority_id":
        return str(session.scalar(select(Authority.name).where(Authority.id == value)) or "")
    return str(value)


def _side(session: Session, kind: DuplicateKind, row: Any) -> MergeSide:
    member_no = None
    if kind is DuplicateKind.AUTHORITY:
        member_no = session.scalar(
            select(Membership.participant_no).where(Membership.authority_id == row.id)
        )
    return MergeSide(
        uid=row.uid,
        version=row.version,
        label=row.name,
        values={f: _shown(session, f, getattr(row, f)) for f in FIELDS[kind]},
        updated_at=meta_of(row).updated_at,
        member_no=member_no,
    )


def _moves(session: Session, kind: DuplicateKind, row_id: int) -> dict[str, int]:
    counts = {}
    for link in LINKS[kind]:
        column = link.table.c[link.column]
        counts[link.name] = int(
            session.scalar(select(func.count()).select_from(link.table).where(column == row_id))
            or 0
        )
    if kind is DuplicateKind.AUTHORITY:
        counts["certificates"] = int(
            session.scalar(
                select(func.count())
                .select_from(CertificateIssue)
                .join(Signature, CertificateIssue.signature_id == Signature.id)
                .where(Signature.authority_id == row_id)
            )
            or 0
        )
    return counts


def _entry(row: MergeRecord) -> MergeEntry:
    return MergeEntry(
        merge_uid=row.uid,
        kind=DuplicateKind(row.kind),
        kept_uid=row.kept_uid,
        dropped_uid=row.dropped_uid,
        dropped_label=row.dropped_label,
        merged_at=row.merged_at,
        merged_by=row.merged_by,
        undone=row.undone_at is not None,
    )


class DuplicateService(Service):
    def pairs(self, kind: DuplicateKind, min_score: int = DEFAULT_MIN_SCORE) -> list[DuplicatePair]:
        """Likely duplicates of ``kind``, best first (pairs marked "not duplicates" left out)."""
        with self.db.read() as session:
            return likely_pairs(session, kind, min_score)

    def mark_not_duplicates(self, kind: DuplicateKind, uid_a: str, uid_b: str) -> None:
        """Remember that two records are not the same, so the pair is not offered again."""
        first, second = pair_key(uid_a, uid_b)
        with self.db.write() as session:
            known = select(NotDuplicate.id).where(
                NotDuplicate.uid_a == first, NotDuplicate.uid_b == second
            )
            if session.scalar(known) is None:
                session.add(
                    NotDuplicate(kind=kind.value, uid_a=first, uid_b=second, marked_by=self.user)
                )
                rows = [load(session, MODELS[kind], u, kind.value) for u in (first, second)]
                labels = [record_label(kind, row) for row in rows]
                for row, label, other in zip(rows, labels, reversed(labels), strict=True):
                    audit(
                        session,
                        self.user,
                        AuditAction.NOT_DUPLICATES,
                        kind.value,
                        row.uid,
                        label,
                        [("not_duplicate_of", None, other)],
                    )

    def preview(self, kind: DuplicateKind, left_uid: str, right_uid: str) -> MergePreview:
        """Both records' fields and what each would bring onto the kept one."""
        model = MODELS[kind]
        with self.db.read() as session:
            left = load(session, model, left_uid, kind.value)
            right = load(session, model, right_uid, kind.value)
            left_moves, right_moves = (
                _moves(session, kind, left.id),
                _moves(session, kind, right.id),
            )
            return MergePreview(
                kind=kind,
                fields=FIELDS[kind],
                left=_side(session, kind, left),
                right=_side(session, kind, right),
                moves={name: (n, right_moves[name]) for name, n in left_moves.items()},
            )

    def merge(
        self,
        kind: DuplicateKind,
        keep_uid: str,
        drop_uid: str,
        choices: Mapping[str, str],
        keep_version: int,
        drop_version: int,
    ) -> MergeResult:
        """One transaction: ``drop_uid`` merged into ``keep_uid`` (see merging.merge_in).
        Refused with "changed by X" when either record changed since the versions given."""
        with self.db.write() as session:
            return merge_in(
                session, self.user, kind, keep_uid, drop_uid, choices, (keep_version, drop_version)
            )

    def unmerge(self, merge_uid: str) -> MergeEntry:
        """One transaction: both records and every moved link back as the merge found them.
        Refused, naming it, when the kept record or a moved link changed since."""
        with self.db.write() as session:
            return _entry(unmerge_in(session, self.user, merge_uid))

    def merges_of(self, *uids: str) -> list[MergeEntry]:
        """Merges into these records, newest first (taken-back ones included, marked)."""
        with self.db.read() as session:
            stmt = (
                select(MergeRecord)
                .where(MergeRecord.kept_uid.in_(uids))
                .order_by(MergeRecord.id.desc())
            )
            return [_entry(r) for r in session.scalars(stmt)]

    def label(self, kind: DuplicateKind, uid: str) -> str:
        with self.db.read() as session:
            return record_label(kind, load(session, MODELS[kind], uid, kind.value))
