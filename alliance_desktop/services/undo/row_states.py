"""Putting captured rows back to one of their states: checked against concurrent edits, audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from alliance_desktop.db.change_capture import RowChange, table_named
from alliance_desktop.db.models import AuditEntry, Base, utcnow
from alliance_desktop.domain.errors import ConflictError
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.base import audit, in_chunks, plain

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


RowState = tuple[Table, tuple[Any, ...], "dict[str, Any] | None", "Mapping[str, Any] | None"]
Conflict = tuple[str, "Mapping[str, Any] | None", "Mapping[str, Any] | None"]


def current_rows(
    session: Session, rows: Sequence[RowChange], *, lock: bool = False
) -> dict[tuple[str, tuple[Any, ...]], dict[str, Any] | None]:
    """The rows as they are now, read a table at a time (None: no longer there)."""
    found: dict[tuple[str, tuple[Any, ...]], dict[str, Any] | None] = {}
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for change in rows:
        by_table.setdefault(change.table, []).append(change.key)
    for name, keys in by_table.items():
        table = table_named(name)
        for key in keys:
            found[(name, key)] = None
        [column] = table.primary_key.columns
        for chunk in in_chunks(sorted({k[0] for k in keys})):
            stmt = select(table).where(column.in_(chunk))
            if lock:
                stmt = stmt.with_for_update()
            for row in session.execute(stmt).mappings():
                found[(name, (row[column.name],))] = dict(row)
    return found


def conflicts(
    rows: Sequence[RowChange],
    currents: Mapping[tuple[str, tuple[Any, ...]], dict[str, Any] | None],
    *,
    forward: bool,
) -> list[Conflict]:
    """The rows no longer as the action left them (``forward``: as before it): (table,
    current values, expected values)."""
    found: list[Conflict] = []
    for change in rows:
        expected = change.before if forward else change.after
        current = currents[(change.table, change.key)]
        if differs(current, expected):
            found.append((change.table, current, expected))
    return found


def put_back(
    session: Session,
    user: str,
    rows: Sequence[RowChange],
    *,
    forward: bool,
    action: str,
    refuse: Callable[[list[Conflict]], Exception] | None = None,
) -> None:
    """Put every row of ``rows`` into its ``after`` state (``forward``) or its ``before`` state,
    in ``session``'s transaction. Refuses, before writing anything, when a row is no longer in
    the state the action left it (``after``, or ``before`` to go forward): someone changed it
    since; the error is ``refuse(conflicts)``, or a ConflictError naming the first record and
    who changed it. Each record changed gets an audit entry of ``action``. Rows are read and
    written a table at a time (an import's 20,000 rows in a few statements)."""
    currents = current_rows(session, rows, lock=True)
    found = conflicts(rows, currents, forward=forward)
    if found:
        if refuse is not None:
            raise refuse(found)
        raise _conflict(session, *found[0])
    states: list[RowState] = [
        (
            table_named(c.table),
            c.key,
            currents[(c.table, c.key)],
            c.after if forward else c.before,
        )
        for c in rows
    ]
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    stamp = utcnow()
    # Parents are inserted before their children, children deleted before their parents.
    inserts: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = {}
    updates: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = {}
    deletes: dict[str, list[Any]] = {}
    for table, key, current, target in states:
        if target is None:
            if current is not None:
                deletes.setdefault(table.name, []).append(key[0])
            continue
        values = _stamped(table, target, stamp, user)
        group = inserts if current is None else updates
        group.setdefault((table.name, frozenset(values)), []).append(values)
    for (name, _columns), params in sorted(inserts.items(), key=lambda i: order[i[0][0]]):
        session.execute(insert(table_named(name)), params)
    for (name, columns), params in updates.items():
        table = table_named(name)
        [pk] = table.primary_key.columns
        stmt = (
            update(table)
            .where(pk == bindparam("_key"))
            .values({c: bindparam(f"_{c}") for c in columns if c != pk.name})
        )
        session.execute(
            stmt, [{f"_{k}": v for k, v in p.items()} | {"_key": p[pk.name]} for p in params]
        )
    for name, ids in sorted(deletes.items(), key=lambda i: -order[i[0]]):
        table = table_named(name)
        [pk] = table.primary_key.columns
        for chunk in in_chunks(sorted(ids)):
            session.execute(delete(table).where(pk.in_(chunk)))
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
    settings = table == SETTINGS_TABLE
    # The certificate settings are audited as one record, "certificate".
    uid = "certificate" if settings else str((known or {}).get("uid", ""))
    last = session.execute(
        select(AuditEntry.user, AuditEntry.at)
        .where(AuditEntry.entity_uid == uid)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    deleted = not settings and (
        current is None
        or (
            current.get("deleted_at") is not None
            and (expected is None or expected.get("deleted_at") is None)
        )
    )
    return ConflictError(
        table if table in RECORD_KINDS else "record",
        uid,
        msg("organisation settings") if settings else label_of(session, table, known),
        deleted=deleted,
        by=last.user if last is not None else "",
        at=last.at if last is not None else None,
    )


def _audit(session: Session, user: str, action: str, states: Sequence[RowState]) -> None:
    # The imports' audit writer, loaded here: the window's start does not load the imports.
    from alliance_desktop.services.imports.plan import audit_row, audit_rows

    settings: list[tuple[str, Any, Any]] = []
    entries: list[dict[str, Any]] = []
    uids = [
        str(known["uid"])
        for table, _key, current, target in states
        if table.name in RECORD_KINDS
        for known in (current if current is not None else target,)
        if known is not None and known.get("uid")
    ]
    labels = _labels(session, uids)
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
        uid = str(known.get("uid") or "")
        if not uid:
            continue
        # A record removed is named, not listed field by field (an import's thousands).
        names = [] if target is None else [c.name for c in table.c if c.name in target]
        changes = [
            (name, _shown(table.name, old), _shown(table.name, new))
            for name in names
            if not _unaudited(name)
            for old, new in [((current or {}).get(name), target.get(name) if target else None)]
            if plain(old) != plain(new)
        ]
        label = labels.get(uid) or _fallback_label(table.name, known)
        entries.append(audit_row(user, action, table.name, uid, label, changes))
    audit_rows(session, entries)
    if settings:
        audit(session, user, action, "settings", "certificate", "Certificate settings", settings)


def _labels(session: Session, uids: Sequence[str]) -> dict[str, str]:
    """How the audit trail last named each record."""
    labels: dict[str, str] = {}
    for chunk in in_chunks(sorted(set(uids))):
        stmt = (
            select(AuditEntry.entity_uid, AuditEntry.label)
            .where(AuditEntry.entity_uid.in_(chunk))
            .order_by(AuditEntry.id)
        )
        labels.update({uid: label for uid, label in session.execute(stmt) if label})
    return labels


def _fallback_label(table: str, values: Mapping[str, Any]) -> str:
    if table == "person":
        return "contact person"
    return next((str(values[n]) for n in LABEL_FIELDS if values.get(n)), table)


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
