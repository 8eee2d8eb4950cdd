"""Recent imports and "Undo this import": what an import added removed, what it changed put back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.change_capture import RowChange, table_named
from alliance_desktop.db.import_batches import ImportBatch, ImportBatchRow, decode_values
from alliance_desktop.db.models import utcnow
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import NotFoundError, RefusedError
from alliance_desktop.domain.messages import Message, msg, nmsg
from alliance_desktop.services.base import Service, audit
from alliance_desktop.services.output.exports import LIST_ENTITY, NO_UID
from alliance_desktop.services.undo.row_states import (
    RECORD_KINDS,
    Conflict,
    conflicts,
    current_rows,
    label_of,
    put_back,
)

# How many changed records a refusal names before saying "and N more".
NAMED = 10


@dataclass(frozen=True)
class ImportBatchInfo:
    """One import as Recent imports lists it."""

    id: int
    at: dt.datetime
    user: str
    kind: str
    file_name: str
    added: int
    updated: int
    linked: int
    undone_at: dt.datetime | None
    undone_by: str
    rows: int  # rows it wrote (0: nothing to take back)


@dataclass(frozen=True)
class ImportUndone:
    """What undoing an import did (or, dry run, would do)."""

    batch_id: int
    removed: int  # records it had added
    restored: int  # records whose values were put back
    dry_run: bool
    backup: object = None

    @property
    def message(self) -> Message:
        removed = nmsg("{n} record removed", "{n} records removed", self.removed)
        restored = nmsg("{n} record put back", "{n} records put back", self.restored)
        if self.dry_run:
            return msg(
                "Import {batch} can be undone: {removed}, {restored} (dry run: nothing changed).",
                batch=str(self.batch_id),
                removed=removed,
                restored=restored,
            )
        return msg(
            "Import {batch} undone: {removed}, {restored}.",
            batch=str(self.batch_id),
            removed=removed,
            restored=restored,
        )


class ImportBatchService(Service):
    def list(self, limit: int = 200) -> list[ImportBatchInfo]:
        """The newest imports first."""
        with self.db.read() as session:
            counts = (
                select(ImportBatchRow.batch_id, func.count().label("n"))
                .group_by(ImportBatchRow.batch_id)
                .subquery()
            )
            stmt = (
                select(ImportBatch, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.batch_id == ImportBatch.id)
                .order_by(ImportBatch.id.desc())
                .limit(limit)
            )
            return [_info(batch, int(n)) for batch, n in session.execute(stmt)]

    def undo(self, batch_id: int, *, dry_run: bool = False, backup: bool = True) -> ImportUndone:
        """Remove the records import ``batch_id`` added and put back the values it changed, in
        one transaction after a backup; audited. Refused, naming the records, when any of them
        was changed since (a later edit, delete or import), and when it was undone already."""
        with self.db.read() as session:
            batch, rows = _load(session, batch_id)
            _check(session, batch, rows)
        made = None
        if backup and not dry_run:
            from alliance_desktop.services.data_safety.backups import BackupService

            made = BackupService(self.db).backup_before("undoimport")
        with self.db.write() as session:
            batch, rows = _load(session, batch_id)
            # Someone may have written (or undone it) meanwhile; put_back checks the rows too.
            if dry_run or batch.undone_at is not None:
                _check(session, batch, rows)
            records = [r for r in rows if r.table in RECORD_KINDS]
            removed = sum(1 for r in records if r.before is None)
            restored = len(records) - removed
            if not dry_run:
                put_back(
                    session,
                    self.user,
                    rows,
                    forward=False,
                    action=AuditAction.UNDO_IMPORT,
                    refuse=lambda found: _refusal(session, batch, found),
                )
                batch.undone_at = utcnow()
                batch.undone_by = self.user
                audit(
                    session,
                    self.user,
                    AuditAction.UNDO_IMPORT,
                    LIST_ENTITY,
                    NO_UID,
                    f"{batch.kind} from {batch.file_name}"[:300],
                    [
                        ("batch", None, batch.id),
                        ("file", None, batch.file_name),
                        ("removed", None, removed),
                        ("restored", None, restored),
                    ],
                )
            else:
                session.rollback()
        return ImportUndone(batch_id, removed, restored, dry_run, made)


def _info(batch: ImportBatch, rows: int) -> ImportBatchInfo:
    return ImportBatchInfo(
        batch.id,
        batch.at,
        batch.user,
        batch.kind,
        batch.file_name,
        batch.added,
        batch.updated,
        batch.linked,
        batch.undone_at,
        batch.undone_by,
        rows,
    )


def _load(session: Session, batch_id: int) -> tuple[ImportBatch, list[RowChange]]:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError("import", str(batch_id))
    stored = session.scalars(
        select(ImportBatchRow)
        .where(ImportBatchRow.batch_id == batch_id)
        .order_by(ImportBatchRow.id)
    )
    rows = []
    for row in stored:
        table = table_named(row.table_name)
        rows.append(
            RowChange(
                row.table_name,
                tuple(json.loads(row.row_key)),
                decode_values(table, row.before),
                decode_values(table, row.after),
            )
        )
    return batch, rows


def _check(session: Session, batch: ImportBatch, rows: list[RowChange]) -> None:
    if batch.undone_at is not None:
        raise RefusedError(
            msg(
                "Import {batch} ({file}) was already undone by {user}.",
                batch=str(batch.id),
                file=batch.file_name,
                user=batch.undone_by,
            )
        )
    found = conflicts(rows, current_rows(session, rows), forward=False)
    if found:
        raise _refusal(session, batch, found)


def _refusal(session: Session, batch: ImportBatch, found: list[Conflict]) -> RefusedError:
    """ "Cannot be undone", naming the records changed since (the first NAMED of them)."""
    changed: list[str] = []
    for table, current, expected in found:
        # A record is named once; a row of its own (status history) only when alone.
        named = table in RECORD_KINDS
        if len(changed) < NAMED and (named or not changed):
            label = label_of(session, table, current or expected)
            if label not in changed:
                changed.append(label)
    records = {(t, (c or e or {}).get("uid")) for t, c, e in found if t in RECORD_KINDS}
    count = max(len(records), 1)
    more = count - len(changed)
    return RefusedError(
        nmsg(
            "Import {batch} ({file}) cannot be undone: {n} record it wrote was changed "
            "since: {names}{more}. Nothing was changed.",
            "Import {batch} ({file}) cannot be undone: {n} records it wrote were changed "
            "since: {names}{more}. Nothing was changed.",
            count,
            batch=str(batch.id),
            file=batch.file_name,
            names=", ".join(changed),
            more=msg(" and {n} more", n=str(more)) if more > 0 else "",
        )
    )
