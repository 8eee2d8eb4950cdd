"""FollowUpService: add, edit, complete, reopen and delete follow-ups; what is due, and counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.db.models import OrgSetting
from alliance_desktop.domain.enums import AuditAction, RecordKind
from alliance_desktop.domain.errors import FieldError, StateError, ValidationError
from alliance_desktop.domain.follow_ups import (
    DEFAULT_INFORMATION_DAYS,
    MAX_INFORMATION_DAYS,
    FollowUpCounts,
    FollowUpDraft,
    FollowUpRecord,
    FollowUpTarget,
    end_of_week,
    validate_follow_up,
)
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.validation import checked
from alliance_desktop.services.base import (
    Service,
    audit,
    check_version,
    created_changes,
    field_changes,
    load,
    meta_of,
    now,
    soft_delete,
)
from alliance_desktop.services.follow_ups.queries import (
    labelled,
    open_follow_ups,
    record_label,
    record_of,
)

KIND = RecordKind.FOLLOW_UP.value
INFORMATION_DAYS_KEY = "follow_ups.information_days"


def _label(row: FollowUp) -> str:
    return f"{row.due_on.isoformat()}: {row.what}"[:300]


def _values(row: FollowUp) -> dict[str, Any]:
    return {"due_on": row.due_on, "what": row.what, "assignee": row.assignee}


def _target(row: Any) -> FollowUpTarget:
    if row.authority_id is not None:
        return FollowUpTarget.MEMBER
    if row.signature_id is not None:
        return FollowUpTarget.SIGNATURE
    return FollowUpTarget.APPLICATION


def follow_up_record(row: Any, record_uid: str, label: str) -> FollowUpRecord:
    """From a FollowUp, or a row of its columns (queries.labelled)."""
    return FollowUpRecord(
        meta=meta_of(row),
        draft=FollowUpDraft(due_on=row.due_on, what=row.what, assignee=row.assignee),
        target=_target(row),
        record_uid=record_uid,
        record_label=label,
        created_by=row.created_by,
        done_on=row.done_on,
        done_by=row.done_by,
    )


def _labelled_rows(session: Session, *clauses: Any, targets: Any = None) -> list[FollowUpRecord]:
    """Follow-ups of live records matching ``clauses``, by due date then record."""
    records = []
    for target in targets or FollowUpTarget:
        stmt = labelled(target).where(*clauses)
        for row in session.execute(stmt):
            label = record_label(target, row.record_name, row.record_extra)
            records.append(follow_up_record(row, row.record_uid, label))
    records.sort(key=lambda r: (r.draft.due_on, r.record_label.casefold(), r.meta.created_at))
    return records


class FollowUpService(Service):
    """One transaction per call, each audited; a stale version is refused like a record's."""

    # --- one record's follow-ups -------------------------------------------------------

    def for_record(self, target: FollowUpTarget, uid: str) -> list[FollowUpRecord]:
        """Every follow-up of the record (open first by due date, then the done ones)."""
        with self.db.read() as session:
            column, record_id, label = record_of(session, target, uid)
            rows = session.scalars(
                select(FollowUp).where(
                    getattr(FollowUp, column) == record_id, FollowUp.deleted_at.is_(None)
                )
            )
            records = [follow_up_record(row, uid, label) for row in rows]
        return sorted(records, key=lambda r: (r.is_done, r.draft.due_on, r.meta.created_at))

    def get(self, uid: str) -> FollowUpRecord:
        with self.db.read() as session:
            return self._record(session, load(session, FollowUp, uid, KIND))

    def add(self, target: FollowUpTarget, record_uid: str, draft: FollowUpDraft) -> FollowUpRecord:
        """A new follow-up on the record ``record_uid`` (a member's goes on its authority)."""
        draft = checked(draft, validate_follow_up)
        with self.db.write() as session:
            column, record_id, label = record_of(session, target, record_uid)
            row = FollowUp(
                due_on=draft.due_on,
                what=draft.what,
                assignee=draft.assignee,
                created_by=self.user,
                done_by="",
            )
            setattr(row, column, record_id)
            session.add(row)
            session.flush()
            changes = created_changes({"record": label, **_values(row)})
            audit(session, self.user, AuditAction.CREATE, KIND, row.uid, _label(row), changes)
            return follow_up_record(row, record_uid, label)

    def update(self, uid: str, version: int, draft: FollowUpDraft) -> FollowUpRecord:
        draft = checked(draft, validate_follow_up)
        with self.db.write() as session:
            row = self._live(session, uid, version)
            old = _values(row)
            row.due_on, row.what, row.assignee = draft.due_on, draft.what, draft.assignee
            changes = field_changes(old, _values(row))
            if changes:
                row.updated_at = now()
                session.flush()
                audit(session, self.user, AuditAction.UPDATE, KIND, uid, _label(row), changes)
            return self._record(session, row)

    def complete(self, uid: str, version: int, on: dt.date | None = None) -> FollowUpRecord:
        """Mark done (today unless ``on``), by the current user."""
        with self.db.write() as session:
            row = self._live(session, uid, version)
            if row.done_on is not None:
                raise StateError(msg("This follow-up is already done."))
            row.done_on = on or dt.date.today()
            row.done_by = self.user
            row.updated_at = now()
            session.flush()
            changes = [("done_on", None, row.done_on), ("done_by", None, row.done_by)]
            audit(session, self.user, AuditAction.UPDATE, KIND, uid, _label(row), changes)
            return self._record(session, row)

    def reopen(self, uid: str, version: int) -> FollowUpRecord:
        """Take back "done": the follow-up is open again."""
        with self.db.write() as session:
            row = self._live(session, uid, version)
            if row.done_on is None:
                raise StateError(msg("This follow-up is not done."))
            changes = [("done_on", row.done_on, None), ("done_by", row.done_by, None)]
            row.done_on, row.done_by = None, ""
            row.updated_at = now()
            session.flush()
            audit(session, self.user, AuditAction.UPDATE, KIND, uid, _label(row), changes)
            return self._record(session, row)

    def delete(self, uid: str, version: int | None = None) -> None:
        """Remove the follow-up (kept, marked deleted, so that ``restore`` can take it back)."""
        with self.db.write() as session:
            row = load(session, FollowUp, uid, KIND)
            soft_delete(session, self.user, row, version, KIND, _label(row))

    def restore(self, uid: str) -> FollowUpRecord:
        with self.db.write() as session:
            row = load(session, FollowUp, uid, KIND)
            if row.deleted_at is not None:
                row.deleted_at = None
                session.flush()
                audit(session, self.user, AuditAction.RESTORE, KIND, uid, _label(row))
            return self._record(session, row)

    # --- what is due -------------------------------------------------------------------

    def counts(self, today: dt.date | None = None) -> FollowUpCounts:
        """Open follow-ups of live records due from ``today`` to Sunday, and those overdue."""
        today = today or dt.date.today()
        week_end = end_of_week(today)
        with self.db.read() as session:
            overdue = due = 0
            for target in FollowUpTarget:
                open_ones = (
                    labelled(target)
                    .where(open_follow_ups(), FollowUp.due_on <= week_end)
                    .with_only_columns(FollowUp.due_on)
                    .subquery()
                )
                late = func.sum(case((open_ones.c.due_on < today, 1), else_=0))
                total, late_count = session.execute(
                    select(func.count(), func.coalesce(late, 0)).select_from(open_ones)
                ).one()
                due += int(total) - int(late_count)
                overdue += int(late_count)
        return FollowUpCounts(due_this_week=due, overdue=overdue)

    def due(
        self,
        due_by: dt.date | None = None,
        *,
        overdue_on: dt.date | None = None,
        assignee: str | None = None,
    ) -> list[FollowUpRecord]:
        """The open follow-ups of live records due by ``due_by`` (None: all open ones), or only
        those already late on ``overdue_on``; for ``assignee`` alone when given."""
        clauses: list[Any] = [open_follow_ups()]
        if due_by is not None:
            clauses.append(FollowUp.due_on <= due_by)
        if overdue_on is not None:
            clauses.append(FollowUp.due_on < overdue_on)
        if assignee is not None:
            clauses.append(func.lower(FollowUp.assignee) == assignee.strip().lower())
        with self.db.read() as session:
            return _labelled_rows(session, *clauses)

    # --- the organisation's setting ----------------------------------------------------

    def information_days(self) -> int:
        """After requesting information, the follow-up proposed is due this many days later."""
        with self.db.read() as session:
            value = session.scalar(
                select(OrgSetting.value).where(OrgSetting.key == INFORMATION_DAYS_KEY)
            )
        try:
            days = int(value) if value is not None else DEFAULT_INFORMATION_DAYS
        except ValueError:  # a hand-edited value must not stop anyone working
            return DEFAULT_INFORMATION_DAYS
        return min(max(days, 1), MAX_INFORMATION_DAYS)

    def set_information_days(self, days: int) -> None:
        if not 1 <= days <= MAX_INFORMATION_DAYS:
            raise ValidationError(
                [
                    FieldError(
                        "information_days",
                        msg("Give a number of days from 1 to {n}.", n=MAX_INFORMATION_DAYS),
                    )
                ]
            )
        old = self.information_days()
        if old == days:
            return
        with self.db.write() as session:
            row = session.get(OrgSetting, INFORMATION_DAYS_KEY)
            if row is None:
                row = OrgSetting(key=INFORMATION_DAYS_KEY)
                session.add(row)
            row.value, row.updated_at, row.updated_by = str(days), now(), self.user
            audit(
                session,
                self.user,
                AuditAction.SETTINGS,
                "settings",
                "follow_ups",
                "Follow-up settings",
                [("information_days", old, days)],
            )

    # --- helpers -----------------------------------------------------------------------

    def _live(self, session: Session, uid: str, version: int | None) -> FollowUp:
        row = load(session, FollowUp, uid, KIND)
        check_version(row, version, KIND, _label(row))
        return row

    def _record(self, session: Session, row: FollowUp) -> FollowUpRecord:
        target = _target(row)
        # Also when the record is in the Trash (a follow-up changed from its dialog there).
        stmt = labelled(target, live_only=False).where(FollowUp.id == row.id)
        found = session.execute(stmt).one()
        label = record_label(target, found.record_name, found.record_extra)
        return follow_up_record(row, found.record_uid, label)
