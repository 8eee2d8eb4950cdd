"""Helpers shared by the services: loading by uid, version checks, audit entries, record meta."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    FunctionElement,
    func,
    literal_column,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, object_session
from sqlalchemy.sql.compiler import SQLCompiler

from alliance_desktop.db.models import AuditEntry, RecordMixin, country_rank_sql, utcnow
from alliance_desktop.db.session import AUDIT_AS, Database
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import ConflictError, NotFoundError
from alliance_desktop.domain.messages import Message, msg
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import RecordMeta
from alliance_desktop.domain.text import LIKE_ESCAPE, like_pattern

M = TypeVar("M", bound=RecordMixin)
T = TypeVar("T")

# Values per IN (...) query: well under SQLite's and PostgreSQL's parameter limits.
IN_CHUNK = 500


def membership_label(name: str, participant_no: int) -> Message:
    """A member as lists of records name it ("Andalucía (no. 69)"), in the language shown."""
    return msg("{name} (no. {number})", name=name, number=str(participant_no))


def in_chunks(items: Sequence[T], size: int = IN_CHUNK) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size``, one IN (...) query each."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


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
        raise ConflictError(kind, row.uid, label, deleted=True, **_last_change(row))
    if expected is not None and row.version != expected:
        raise ConflictError(kind, row.uid, label, **_last_change(row))


def _last_change(row: RecordMixin) -> dict[str, Any]:
    """Who last changed ``row`` and when, from the audit trail (a conflict names them)."""
    session = object_session(row)
    if session is None:
        return {}
    last = session.execute(
        select(AuditEntry.user, AuditEntry.at)
        .where(AuditEntry.entity_uid == row.uid)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return {"by": last.user, "at": last.at} if last is not None else {}


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
    note_audited(session, entity, uid)
    override = session.info.get(AUDIT_AS)
    if override is not None and action == AuditAction.UPDATE:
        # A restored version: an update like any other, said as such in the trail.
        action, version = override
        changes = [*(changes or []), ("restored_version", None, version)]
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


def note_audited(session: Session, entity: str, uid: str) -> None:
    """Remember in the session which records its audit entries name (an import's batch
    finds what the import touched there)."""
    audited = session.info.get(AUDITED)
    if audited is not None:
        audited.add((entity, uid))


# session.info key: a set of (entity, uid) to fill, when someone asked for it.
AUDITED = "audited_records"


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
    return rows, _total(session, rows, query, count)


def _total(
    session: Session, rows: Sequence[Any], query: ListQuery, count: Callable[[], Any]
) -> int:
    """The total the query matches, counted only when its page ``rows`` cannot tell."""
    if query.limit is None:
        return len(rows)
    if not query.with_total or (
        0 < len(rows) < query.limit or (not rows and not query.offset and query.limit > 0)
    ):
        return query.offset + len(rows)
    return int(session.scalar(count()) or 0)


# A filtered list keeping at most MEDIUM rows is sorted from their keys; a longer one is read by
# walking its sort's index, where at least one row in twenty matches (a page comes soon).
MEDIUM = 5_000


@dataclasses.dataclass(frozen=True)
class ListedTable:
    """What filtered_page needs of a list: its table's model (with ``id`` and ``uid``), its
    sorted statement ``select_rows(query, indexed)`` (``indexed`` False: the filters may not
    use their own indexes; the statement's first column is the row's uid), its ORDER BY keys,
    all running one way, and ``select_uids(query, indexed)``: the uids of the live rows the
    query's filters keep, unsorted, joined only to what the keys and filters read."""

    model: Any
    select_rows: Callable[[ListQuery, bool], Any]
    keys: Sequence[Any]
    descending: bool
    select_uids: Callable[[ListQuery, bool], Any]

    def page_by_uids(
        self, session: Session, query: ListQuery, uids: Any, *, by_index: bool = True
    ) -> list[Any]:
        """The page at ``query``'s offset of the uids ``uids`` selects, sorted (``by_index``
        False: off the sort's index, for a few matches read by id), then those rows.

        Skipping tens of thousands of rows to reach a block deep in a list costs SQLite a join
        and a table read per row skipped when it skips whole rows; skipping uids reads mostly
        the sort's index (block 250 of 100,000 signatures by name: 82 -> 8 ms).
        """
        page_uids = list(
            session.scalars(
                uids.order_by(*ordered(self.keys, self.descending, indexed=by_index))
                .offset(query.offset)
                .limit(query.limit)
            )
        )
        everything = ListQuery(sort=query.sort, descending=query.descending)
        stmt = self.select_rows(everything, True).where(self.model.uid.in_(page_uids))
        position = {uid: i for i, uid in enumerate(page_uids)}
        return sorted(session.execute(stmt.order_by(None)), key=lambda r: position[r[0]])


def filtered_page(
    session: Session,
    query: ListQuery,
    listed: ListedTable,
    matching: Any,
    count: Callable[[], Any],
) -> tuple[list[Any], int]:
    """One page of a list and its total, read the fast way for how many rows the filters keep.

    ``matching`` selects the ids of the rows the query keeps. Without statistics SQLite picks
    a filter's index and then sorts everything it found (60,000 pending applications: 130 ms),
    or walks the sort's index through every row for a rare search (125 ms at 100,000
    members). So on SQLite the matches' ids come first, at most MEDIUM + 1 of them, in one
    pass: up to MEDIUM are read by id and sorted; more mean that walking the sort's index finds
    a page soon. PostgreSQL keeps statistics and plans this itself.
    """
    plain = query.limit is None or session.get_bind().dialect.name != "sqlite"
    if plain:
        return paged(session, listed.select_rows(query, True), query, count)
    if not query.filtered:
        return _walked_page(session, query, listed, count, indexed=True)
    # The first MEDIUM + 1 ids as one JSON array built by SQLite (no Python object per id):
    # a rare match is found in one pass, a common one stops the pass early.
    first = matching.limit(MEDIUM + 1).subquery()
    found, ids = session.execute(
        select(func.count(), func.json_group_array(first.c.id)).select_from(first)
    ).one()
    if found > MEDIUM:
        total = int(session.scalar(count()) or 0)
        unsized = dataclasses.replace(query, with_total=False)
        rows, _ = _walked_page(session, unsized, listed, count, indexed=False)
        return rows, total
    if not found or query.offset >= found:
        return [], found
    # The page's uids first, sorted from the keys alone (no row built for every match), then
    # those rows. Off the sort's index, so that SQLite reads the matches by id.
    matched = func.json_each(ids).table_valued("value")
    uids = listed.select_uids(ListQuery(), True).where(listed.model.id.in_(select(matched.c.value)))
    return listed.page_by_uids(session, query, uids, by_index=False), found


# From this offset on, a page of a walked list is found by its uids first (ListedTable.
# page_by_uids); nearer the top, reading whole rows stops soon enough and is one query.
DEEP = 1_000


def _walked_page(
    session: Session,
    query: ListQuery,
    listed: ListedTable,
    count: Callable[[], Any],
    *,
    indexed: bool,
) -> tuple[list[Any], int]:
    """A page read by walking the sort's index (``indexed`` False: the filters stay off theirs)."""
    if query.offset < DEEP:
        return paged(session, listed.select_rows(query, indexed), query, count)
    rows = listed.page_by_uids(session, query, listed.select_uids(query, indexed))
    return rows, _total(session, rows, query, count)


def ordered(keys: Sequence[Any], descending: bool, indexed: bool = True) -> list[Any]:
    """ORDER BY terms for ``keys``, all one way; ``indexed`` False keeps SQLite off the sort's
    index (it then sorts the rows it reads)."""
    terms = [indexable(k, indexed) for k in keys]
    return [t.desc() if descending else t.asc() for t in terms]


def indexable(column: Any, indexed: bool) -> Any:
    """``column`` as it is, or (``indexed`` False) kept off its indexes on SQLite."""
    return column if indexed else unindexed(column)


def live_ids(model: Any, query: ListQuery) -> Any:
    """The ids of ``model``'s rows not in the trash, for ``query``'s filters to narrow.

    A search reads every row: in table order then, not at random through a live index that
    SQLite (without statistics) would take for the deleted_at clause (twice as slow).
    """
    return select(model.id).where(indexable(model.deleted_at, not query.search.strip()).is_(None))


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
