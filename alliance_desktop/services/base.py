"""Helpers shared by the services: loading by uid, version checks, audit entries, record meta."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, FunctionElement, literal_column, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from alliance_desktop.db.models import AuditEntry, RecordMixin, country_rank_sql, utcnow
from alliance_desktop.db.session import Database
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import ConflictError, NotFoundError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import RecordMeta
from alliance_desktop.domain.text import LIKE_ESCAPE, like_pattern

M = TypeVar("M", bound=RecordMixin)


class Service:
    def __init__(self, database: Database) -> None:
        self.db = database

    @property
    def user(self) -> str:
        return self.db.user


def meta_of(row: RecordMixin) -> RecordMeta:
    return RecordMeta(
        uid=row.uid,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
    )


def load(session: Session, model: type[M], uid: str, kind: str, *, for_update: bool = False) -> M:
    stmt = select(model).where(model.uid == uid)
    if for_update:
        stmt = stmt.with_for_update()
    row = session.scalars(stmt).one_or_none()
    if row is None:
        raise NotFoundError(kind, uid)
    return row


def check_version(row: RecordMixin, expected: int | None, kind: str, label: str) -> None:
    """Refuse a save made from a stale copy (optimistic locking; the database also checks)."""
    if row.deleted_at is not None and expected is not None:
        raise ConflictError(kind, row.uid, label, deleted=True)
    if expected is not None and row.version != expected:
        raise ConflictError(kind, row.uid, label)


def soft_delete(
    session: Session, user: str, row: RecordMixin, version: int | None, kind: str, label: str
) -> None:
    """Move a record to the Trash (once), refusing a stale copy, with its audit entry."""
    check_version(row, version, kind, label)
    if row.deleted_at is None:
        row.deleted_at = utcnow()
        session.flush()
        audit(session, user, AuditAction.DELETE, kind, row.uid, label)


def plain(value: Any) -> str | None:
    """The text an audit entry stores for a value."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    changes = []
    for key in new:
        before, after = plain(old.get(key)), plain(new[key])
        if (before or "") != (after or ""):
            changes.append((key, before, after))
    return changes


def draft_values(draft: object, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        f.name: getattr(draft, f.name)
        for f in dataclasses.fields(draft)  # type: ignore[arg-type]
        if f.name not in skip
    }


def audit(
    session: Session,
    user: str,
    action: str,
    entity: str,
    uid: str,
    label: str,
    changes: list[tuple[str, Any, Any]] | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=utcnow(),
            user=user,
            action=action,
            entity=entity,
            entity_uid=uid,
            label=label[:300],
            changes=json.dumps(
                [[name, plain(old), plain(new)] for name, old, new in changes or []],
                ensure_ascii=False,
            ),
        )
    )


def created_changes(values: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    return [(k, None, v) for k, v in values.items() if plain(v) not in (None, "")]


def search_clause(column: Any, text: str) -> ColumnElement[bool]:
    return column.like(like_pattern(text), escape=LIKE_ESCAPE)  # type: ignore[no-any-return]


def year_clause(column: Any, year: int) -> ColumnElement[bool]:
    return (column >= dt.date(year, 1, 1)) & (column <= dt.date(year, 12, 31))  # type: ignore[no-any-return]


def paged(
    session: Session, stmt: Any, query: ListQuery, count: Callable[[], Any]
) -> tuple[list[Any], int]:
    """One page of ``stmt``'s rows and the total the query matches.

    ``count`` (a COUNT statement over the same filters) runs only when the page cannot tell:
    a short page ends the list, so the total is known. A count over the page's own query,
    ``count(*) OVER ()``, was slower on SQLite: it makes the database build every row instead
    of stopping after a page walked in index order.
    """
    if query.offset:
        stmt = stmt.offset(query.offset)
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    rows = list(session.execute(stmt))
    if query.limit is None:
        return rows, len(rows)
    if not query.with_total or (
        0 < len(rows) < query.limit or (not rows and not query.offset and query.limit > 0)
    ):
        return rows, query.offset + len(rows)
    return rows, int(session.scalar(count()) or 0)


# How a filtered list is read depends on how many rows its filters keep: up to SPARSE, by their
# ids; up to MEDIUM, by one pass over the matches keeping the best page; beyond, by walking the
# sort's index, where at least one row in five matches (so a page comes soon).
SPARSE = 3000
MEDIUM = 20_000


def filtered_page(
    session: Session,
    query: ListQuery,
    select_rows: Callable[[bool, bool], Any],
    matching_ids: Callable[[], Any],
    id_column: Any,
    count: Callable[[], Any],
) -> tuple[list[Any], int]:
    """One page of a list and its total, read the fast way for how many rows the filters keep.

    ``select_rows(indexed_filters, indexed_order)`` is the list's sorted statement with its
    filters; the database may use their indexes, or the sort's, only where told.
    ``matching_ids()`` selects the ids the filters keep. Without statistics SQLite picks any
    filter's index and then sorts all it found (60,000 pending applications: 130 ms), or walks
    the sort's index through every row for a rare search (125 ms at 100,000 members).
    """
    if not query.filtered or query.limit is None:
        return paged(session, select_rows(True, True), query, count)
    ids = list(session.scalars(matching_ids().limit(SPARSE + 1)))
    if len(ids) <= SPARSE:
        if not ids or query.offset >= len(ids):
            return [], len(ids)
        stmt = select_rows(True, True).where(id_column.in_(ids))
        rows, _ = paged(session, stmt, dataclasses.replace(query, with_total=False), count)
        return rows, len(ids)
    total = int(session.scalar(count()) or 0)
    # Matches in the sort's order may all lie at its far end (a search for "lo" sorted by
    # name); only when they are many is walking the index sure to be quick.
    dense = total > MEDIUM
    stmt = select_rows(not dense, dense)
    rows, _ = paged(session, stmt, dataclasses.replace(query, with_total=False), count)
    return rows, total


def ordered(keys: Sequence[Any], descending: bool, indexed: bool = True) -> list[Any]:
    """ORDER BY terms for ``keys``, all one way; ``indexed`` False keeps SQLite off the sort's
    index (it then keeps the best rows of one pass over the matches)."""
    terms = [k if indexed else unindexed(k) for k in keys]
    return [t.desc() if descending else t.asc() for t in terms]


class unindexed(FunctionElement[Any]):  # noqa: N801 (an SQL function's name)
    """A column that SQLite's planner may not use an index for (a unary plus there)."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _compile_unindexed(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _compile_unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


def country_order(column: Any) -> Any:
    """Sorts country codes by the country's English name, through the country-rank index."""
    return literal_column(country_rank_sql(f"{column.table.name}.{column.name}"))


def now() -> dt.datetime:
    return utcnow()
