"""Restoring a backup as a user sees it: the file put back, then audited and the ledger re-applied.

``restore_file`` puts the backup in place (the replaced file kept); then, on the restored
database: the audit entries the replaced file made after the backup was taken are carried
over (each marked with a ``carried_over`` change naming the file they came from), the
restore itself is recorded (who, when, which backup, when it was made), and the erasure ledger
is re-applied, so that nobody erased since the backup comes back. One transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alliance_desktop.db.engine import read_only_uri
from alliance_desktop.db.models import AuditEntry
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import DatabaseError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.privacy import RestoreReport
from alliance_desktop.services.base import audit
from alliance_desktop.services.data_safety.backups import restore_file, stamp_of
from alliance_desktop.services.data_safety.erasing import CARRIED_OVER

DATABASE_ENTITY = "database"
__all__ = ["CARRIED_OVER", "RestoreReport", "backup_taken_at", "restore_database"]

_COLUMNS = "id, at, user, action, entity, entity_uid, label, changes"


def backup_taken_at(backup: Path) -> dt.datetime | None:
    """When ``backup`` was made: its name's stamp for the application's own backups, else the
    newest entry of its audit trail (None when it has none)."""
    stamp = stamp_of(backup)
    if stamp is not None:
        return stamp
    try:
        newest = _newest_entry(backup)
    except (sqlite3.Error, ValueError):
        return None
    return newest[1] if newest is not None else None


def _read(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
        return list(conn.execute(sql, params))


def _when(value: Any) -> dt.datetime:
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _newest_entry(path: Path) -> tuple[int, dt.datetime] | None:
    rows = _read(path, "SELECT id, at FROM audit_entry ORDER BY at DESC, id DESC LIMIT 1")
    return (int(rows[0][0]), _when(rows[0][1])) if rows else None


def entries_after(replaced: Path, backup: Path) -> list[tuple[Any, ...]] | None:
    """The replaced file's audit entries made after the newest one the backup holds (all of
    them when the backup has none), oldest first; None when either cannot be read."""
    try:
        newest = _newest_entry(backup)
        rows = _read(replaced, f"SELECT {_COLUMNS} FROM audit_entry ORDER BY id")
    except (sqlite3.Error, ValueError):
        return None
    if newest is None:
        return rows
    last_id, last_at = newest
    out = []
    for row in rows:
        at = _when(row[1])
        if at > last_at or (at == last_at and row[0] > last_id):
            out.append(row)
    return out


def restore_database(database: Path, backup: Path) -> RestoreReport:
    """Put ``backup`` in place of ``database`` (checked first, the current file kept), then
    carry the replaced file's later audit entries over, record the restore and re-apply the
    erasure ledger. Raises DatabaseError when the restore succeeded but what follows did not
    (the message says so: the restored file is in place, the ledger not re-applied)."""
    from alliance_desktop.services.data_safety.opening import open_database

    taken = backup_taken_at(backup)
    result = restore_file(database, backup)
    lost = entries_after(result.kept, backup) if result.kept is not None else []
    try:
        # The restore re-applies the ledger itself, after auditing, and reports what it did.
        services = open_database(database, create=False, auto_backup=False, reapply_erasures=False)
    except DatabaseError as exc:
        raise DatabaseError(
            msg(
                "The backup was restored, but the restored database could not be opened to "
                "re-apply the erasures ({problem}). Open it again: nothing was lost, the "
                "replaced file is in the backups folder.",
                problem=exc.message,
            )
        ) from exc
    try:
        db = services.db
        with _after_restore(result.kept), db.write() as session:
            kept_name = result.kept.name if result.kept is not None else ""
            for row in lost or []:
                session.add(_carried(row, kept_name))
            changes: list[tuple[str, Any, Any]] = [
                ("backup", None, backup.name),
                ("backup_made_at", None, taken.isoformat(timespec="seconds") if taken else None),
                ("replaced_file_kept_as", None, kept_name or None),
                ("entries_carried_over", None, len(lost) if lost is not None else None),
            ]
            audit(
                session,
                db.user,
                AuditAction.BACKUP_RESTORE,
                DATABASE_ENTITY,
                "",
                f"restored from {backup.name}",
                changes,
            )
            re_erased = services.privacy.ledger.reapply(session, db.user)
        if re_erased.erasures:
            services.privacy.clean_file()
    finally:
        services.db.dispose()
    carried = len(lost) if lost is not None else None
    return RestoreReport(result, taken, carried, re_erased)


@contextlib.contextmanager
def _after_restore(kept: Path | None) -> Iterator[None]:
    try:
        yield
    except RefusedError as exc:
        if kept is None:
            raise DatabaseError(
                msg(
                    "The backup was restored, but the erasures made since could not be "
                    "re-applied ({problem}): people erased since the backup may be back. Restore "
                    "again once that is fixed, or erase them again.",
                    problem=exc.message,
                )
            ) from exc
        raise DatabaseError(
            msg(
                "The backup was restored, but the erasures made since could not be re-applied "
                "({problem}): people erased since the backup may be back. Restore again once "
                "that is fixed, or erase them again. The replaced file is kept as {kept}.",
                problem=exc.message,
                kept=str(kept),
            )
        ) from exc


def _carried(row: tuple[Any, ...], kept_name: str) -> AuditEntry:
    _id, at, user, action, entity, entity_uid, label, changes = row
    try:
        marked = json.loads(changes or "[]")
    except ValueError:
        marked = []
    marked.append([CARRIED_OVER, None, kept_name or "the replaced file"])
    return AuditEntry(
        at=_when(at),
        user=user,
        action=action,
        entity=entity,
        entity_uid=entity_uid,
        label=label,
        changes=json.dumps(marked, ensure_ascii=False),
    )
