"""The Applications tab's list: its sorts and filters (pending, decided), counted and paged in
the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, not_, select
from sqlalchemy.orm import Session

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.db.models import Application, Authority, Person
from alliance_desktop.domain.enums import PENDING_STATUSES, ApplicationChannel, ApplicationStatus
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import ApplicationRow, Page
from alliance_desktop.services.base import (
    ListedTable,
    country_order,
    filtered_page,
    indexable,
    live_ids,
    ordered,
    search_clause,
    year_clause,
)
from alliance_desktop.services.follow_ups.queries import due_ids

_PENDING = [s.value for s in PENDING_STATUSES]
# The pending statuses are one run of the statuses in alphabetical order, and each status has its
# own first letter (so every collation agrees): a range test finds them with two comparisons,
# where IN costs a lookup per row (10 ms of a search over 100,000 applications).
PENDING_RANGE = (min(_PENDING), max(_PENDING))

APPLICATION_SORTS: dict[str, Any] = {
    "applicant_name": Application.sort_key,
    "name": Application.sort_key,
    "country_code": country_order(Application.country_code),
    "channel": Application.channel,
    "received_on": Application.received_on,
    "status": Application.status,
    "decided_on": Application.decided_on,
    "contact_name": Application.contact_sort_key,
    # Days waiting grow as the date received falls, so this sort runs the other way.
    "days_waiting": Application.received_on,
}


def application_page(session: Session, query: ListQuery, today: dt.date) -> Page[ApplicationRow]:
    """The page of live applications ``query`` asks for (days waiting counted to ``today``),
    and how many it matches."""
    keys, descending = _order(query)
    rows, total = filtered_page(
        session,
        query,
        ListedTable(Application, select_applications, keys, descending, _uids),
        _matching(query),
        lambda: _count(query),
    )
    return Page(tuple(_application_row(r, today) for r in rows), total)


def select_applications(query: ListQuery, indexed: bool = True) -> Any:
    """The list's rows in the query's order (``indexed``: see ``_filtered``)."""
    stmt = (
        select(
            Application.uid,
            Authority.uid,
            Application.applicant_name,
            Application.applicant_name_latin,
            Application.country_code,
            Application.channel,
            Application.received_on,
            Application.status,
            Application.decided_on,
            Person.name,
            Application.version,
        )
        .outerjoin(Authority, Application.authority_id == Authority.id)
        .outerjoin(Person, Application.contact_id == Person.id)
        .where(Application.deleted_at.is_(None))
    )
    keys, descending = _order(query)
    return _filtered(stmt, query, indexed).order_by(*ordered(keys, descending))


def _order(query: ListQuery) -> tuple[list[Any], bool]:
    column = APPLICATION_SORTS.get(query.sort, Application.sort_key)
    descending = query.descending
    if query.sort == "days_waiting":
        descending = not descending
    # Ties run in the same direction, so that the database walks one live index backwards;
    # within a country by name, as its index runs.
    by_name = [Application.sort_key] if query.sort == "country_code" else []
    return [column, *by_name, Application.received_on, Application.id], descending


def _filtered(stmt: Any, query: ListQuery, indexed: bool = True) -> Any:
    """``stmt`` narrowed by the query; ``indexed`` False keeps the filters other than the
    search off their own indexes (with a search, the search index holds their columns; the
    pending applications may be most of them)."""
    status = indexable(Application.status, indexed)
    if query.search.strip():
        stmt = stmt.where(search_clause(Application.list_search_key, query.search))
    if query.country:
        stmt = stmt.where(indexable(Application.country_code, indexed) == query.country)
    if query.status == "pending":
        stmt = stmt.where(status.between(*PENDING_RANGE))
    elif query.status == "decided":
        stmt = stmt.where(not_(status.between(*PENDING_RANGE)))
    elif query.status:
        stmt = stmt.where(status == query.status)
    if query.year:
        stmt = stmt.where(year_clause(indexable(Application.received_on, indexed), query.year))
    if query.follow_up_due_by:
        stmt = stmt.where(
            Application.id.in_(due_ids(FollowUp.application_id, query.follow_up_due_by))
        )
    return stmt


def _uids(query: ListQuery, indexed: bool) -> Any:
    return _filtered(
        select(Application.uid).where(Application.deleted_at.is_(None)), query, indexed
    )


def _matching(query: ListQuery) -> Any:
    """The ids of the live applications the query keeps (one table: the search key holds the
    linked authority's)."""
    return _filtered(live_ids(Application, query), query, indexed=not query.search.strip())


def _count(query: ListQuery) -> Any:
    return select(func.count()).select_from(_matching(query).subquery())


def _application_row(r: Any, today: dt.date) -> ApplicationRow:
    status = ApplicationStatus(r[7])
    decided = r[8]
    return ApplicationRow(
        uid=r[0],
        authority_uid=r[1],
        applicant_name=r[2],
        applicant_name_latin=r[3],
        country_code=r[4],
        channel=ApplicationChannel(r[5]),
        received_on=r[6],
        status=status,
        decided_on=decided,
        contact_name=r[9] or "",
        days_waiting=_days_waiting(r[6], None if status.is_pending else decided, today),
        version=r[10],
    )


def _days_waiting(received: dt.date, decided: dt.date | None, today: dt.date) -> int:
    return max(0, ((decided or today) - received).days)
