"""Putting captured rows back to one of their states: checked against concurrent edits, audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from alliance_desktop.db.change_capture import RowChange, key_clause, read_row, table_named
from alliance_desktop.db.models import AuditEntry, Base, utcnow
from alliance_desktop.domain.errors import ConflictError
from alliance_desktop.services.base import audit, plain

# Columns that change with every write and say nothing of the record's values: neither
# compared (a conflict) nor put back (they take the time and user of the undo).
VOLATILE = frozenset({"updated_at", "updated_by"})
# Columns kept out of an audit entry's field changes: keys, counters, derived search keys.
UNAUDITED = frozenset(
    {"id", "uid", "version", "created_at", "updated_at", "updated_by", "deleted_at"}
)
RECORD_KINDS = frozenset({"authority", "person", "membership", "signature", "application"})
LABEL_FIELDS = ("name", "applicant_name", "signer_name", "certificate_no")
SETTINGS_TABLE = "org_setting"


def differs(current: Mapping[str, Any] | None, expected: Mapping[str, Any] | None) -> bool:
    """Whether a row is no longer as expected: on every column ``expected`` holds (all of
    them, or for a row an import added its version counter), volatile ones aside."""
    if current is None or expected is None:
        return current is not expected
    return any(current.get(k) != v for k, v in expected.items() if k not in VOLATILE)


def put_back(
    session: Session,
    user: str,
    rows: Sequence[RowChange],
    *,
    forward: bool,
    action: str,
) -> None:
    """Put every row of ``rows`` into its ``after`` state (``forward``) or its ``before`` state,
    in ``session``'s transaction. Refuses with ConflictError, before writing anything, when a
    row is no longer in the state the action left it (``after``, or ``before`` to go forward):
    someone changed it since. Each record changed gets an audit entry of ``action``."""
    states = []
    for change in rows:
        table = table_named(change.table)
        expected, target = (
            (change.before, change.after) if forward else (change.after, change.before)
        )
        current = read_row(session, table, change.key, lock=True)
        if differs(current, expected):
            raise _conflict(session, change.table, current, expected)
        states.append((table, change.key, current, target))
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    # Parents are inserted before their children, children deleted before their parents.
    inserts = [(t, k, v) for t, k, c, v in states if c is None and v is not None]
    updates = [(t, k, v) for t, k, c, v in states if c is not None and v is not None]
    deletes = [s for s in states if s[2] is not None and s[3] is None]
    stamp = utcnow()
    for table, _key, target in sorted(inserts, key=lambda s: order[s[0].name]):
        session.execute(insert(table).values(**_stamped(table, target, stamp, user)))
    for table, key, target in updates:
        values = _stamped(table, target, stamp, user)
        session.execute(update(table).where(key_clause(table, key)).values(**values))
    for table, key, _current, _target in sorted(deletes, key=lambda s: -order[s[0].name]):
        session.execute(delete(table).where(key_clause(table, key)))
    session.flush()
    _audit(session, user, action, states)


def _stamped(
    table: Table, values: Mapping[str, Any], stamp: dt.datetime, user: str
) -> dict[str, Any]:
    stamped = dict(values)
    if "updated_at" in table.c:
        stamped["updated_at"] = stamp
    if "updated_by" in table.c:
        stamped["updated_by"] = user
    return stamped


def label_of(session: Session, table: str, values: Mapping[str, Any] | None) -> str:
    """How the audit trail last named a record (its name as a fallback)."""
    if values is None:
        return table
    if table == "person":
        return "contact person"  # no personal data in messages that may reach logs
    uid = values.get("uid")
    if uid:
        label = session.scalar(
            select(AuditEntry.label)
            .where(AuditEntry.entity_uid == uid)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        )
        if label:
            return str(label)
    for name in LABEL_FIELDS:
        if values.get(name):
            return str(values[name])
    return table


def _conflict(
    session: Session,
    table: str,
    current: Mapping[str, Any] | None,
    expected: Mapping[str, Any] | None,
) -> ConflictError:
    known = current if current is not None else expected
    uid = str(known.get("uid", "")) if known is not None else ""
    kind = table if table in RECORD_KINDS else "record"
    if table == SETTINGS_TABLE:
        kind, uid = "record", str(known.get("key", "")) if known is not None else ""
    last = session.execute(
        select(AuditEntry.user, AuditEntry.at)
        .where(AuditEntry.entity_uid == (uid or "certificate"))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    deleted = current is None or (
        current.get("deleted_at") is not None
        and (expected is None or expected.get("deleted_at") is None)
    )
    return ConflictError(
        kind,
        uid,
        label_of(session, table, known),
        deleted=deleted,
        by=last.user if last is not None else "",
        at=last.at if last is not None else None,
    )


def _audit(
    session: Session,
    user: str,
    action: str,
    states: Sequence[
        tuple[Table, tuple[Any, ...], dict[str, Any] | None, Mapping[str, Any] | None]
    ],
) -> None:
    settings: list[tuple[str, Any, Any]] = []
    for table, _key, current, target in states:
        if table.name == SETTINGS_TABLE:
            known = current if current is not None else target
            assert known is not None
            name = str(known["key"]).split(".", 1)[-1]
            settings.append((name, _setting_text(current), _setting_text(target)))
            continue
        if table.name not in RECORD_KINDS:
            continue  # a record's own rows (its status history) go with its entry
        known = current if current is not None else target
        assert known is not None
        changes = [
            (name, _shown(table.name, old), _shown(table.name, new))
            for name in table.c.keys()  # noqa: SIM118 (a column collection)
            if not _unaudited(name)
            for old, new in [
                ((current or {}).get(name), (target or {}).get(name)),
            ]
            if plain(old) != plain(new)
        ]
        label = label_of(session, table.name, known)
        audit(session, user, action, table.name, str(known["uid"]), label, changes)
    if settings:
        audit(session, user, action, "settings", "certificate", "Certificate settings", settings)


def _unaudited(name: str) -> bool:
    return name in UNAUDITED or name.endswith(("_key", "_id"))


def _shown(table: str, value: Any) -> Any:
    # A contact person's values are personal data: the trail says which fields changed only.
    return None if table == "person" else value


def _setting_text(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    if values.get("blob"):
        return "image"
    return str(values.get("value") or "")
