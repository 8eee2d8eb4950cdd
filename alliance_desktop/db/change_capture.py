"""Capturing the rows a write changes (their values before and after) so it can be undone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, event, inspect, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Base

# A row: its table's name and its primary key's values.
RowKey = tuple[str, tuple[Any, ...]]
RowValues = Mapping[str, Any]
# Tables no undo puts back: the audit trail only grows (an undo is itself recorded).
NOT_CAPTURED = frozenset({"app_info", "audit_entry"})


@dataclass(frozen=True)
class RowChange:
    """One row's values before and after an action (None: the row did not / does not exist)."""

    table: str
    key: tuple[Any, ...]
    before: RowValues | None
    after: RowValues | None


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


def key_clause(table: Table, key: tuple[Any, ...]) -> Any:
    return and_(
        *[column == value for column, value in zip(table.primary_key.columns, key, strict=True)]
    )


def read_row(
    session: Session, table: Table, key: tuple[Any, ...], *, lock: bool = False
) -> dict[str, Any] | None:
    stmt = select(table).where(key_clause(table, key))
    if lock:
        stmt = stmt.with_for_update()
    row = session.connection().execute(stmt).mappings().one_or_none()
    return dict(row) if row is not None else None


def _row_key(obj: object) -> tuple[Table, tuple[Any, ...]] | None:
    table = getattr(obj, "__table__", None)
    if not isinstance(table, Table) or table.name in NOT_CAPTURED:
        return None
    # New rows have no identity yet during the flush; their primary key is already set.
    key = tuple(inspect(obj).mapper.primary_key_from_instance(obj))
    if any(value is None for value in key):
        return None
    return table, key


@dataclass
class _Pending:
    before: dict[RowKey, dict[str, Any] | None] = field(default_factory=dict)
    after: dict[RowKey, dict[str, Any] | None] = field(default_factory=dict)


class ChangeCapture:
    """Set as ``Database.capture``: every write session opened meanwhile reports the rows its
    flushes insert, update or delete; what committed transactions changed is kept, in order
    (the first value seen before, the last one after), what rolled back is forgotten."""

    def __init__(self) -> None:
        self._before: dict[RowKey, dict[str, Any] | None] = {}
        self._after: dict[RowKey, dict[str, Any] | None] = {}

    def attach(self, session: Session) -> None:
        pending = _Pending()
        tables: dict[str, Table] = {}

        def before_flush(session: Session, _context: object, _instances: object) -> None:
            # Rows about to change are read as the transaction sees them before this flush.
            for obj in list(session.dirty) + list(session.deleted):
                found = _row_key(obj)
                if found is None:
                    continue
                table, key = found
                row_key = (table.name, key)
                tables[table.name] = table
                if row_key not in pending.before:
                    pending.before[row_key] = read_row(session, table, key)

        def after_flush(session: Session, _context: object) -> None:
            for obj in list(session.new) + list(session.dirty) + list(session.deleted):
                found = _row_key(obj)
                if found is None:
                    continue
                table, key = found
                tables[table.name] = table
                pending.before.setdefault((table.name, key), None)

        def after_flush_postexec(session: Session, _context: object) -> None:
            # Triggers may have changed derived columns too: every row touched is read again.
            for name, key in list(pending.before):
                pending.after[(name, key)] = read_row(session, tables[name], key)

        def after_commit(_session: Session) -> None:
            for row_key, values in pending.before.items():
                self._before.setdefault(row_key, values)
            self._after.update(pending.after)
            pending.before.clear()
            pending.after.clear()

        def after_rollback(_session: Session) -> None:
            pending.before.clear()
            pending.after.clear()

        event.listen(session, "before_flush", before_flush)
        event.listen(session, "after_flush", after_flush)
        event.listen(session, "after_flush_postexec", after_flush_postexec)
        event.listen(session, "after_commit", after_commit)
        event.listen(session, "after_soft_rollback", lambda s, _t: after_rollback(s))

    def changes(self) -> tuple[RowChange, ...]:
        """The rows whose values differ between before and after, parents' tables first."""
        order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
        found = [
            RowChange(name, key, self._before.get((name, key)), after)
            for (name, key), after in self._after.items()
            if self._before.get((name, key)) != after
        ]
        found.sort(key=lambda c: (order.get(c.table, 0), c.key))
        return tuple(found)
